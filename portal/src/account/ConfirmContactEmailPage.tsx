import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ConfirmContactEmailPage() {
  return <Page title="ConfirmContactEmailPage">…</Page>;
}
