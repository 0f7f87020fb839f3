import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ChangePasswordPage() {
  return <Page title="ChangePasswordPage">…</Page>;
}
