import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ForgotAccountNamePage() {
  return <Page title="ForgotAccountNamePage">…</Page>;
}
