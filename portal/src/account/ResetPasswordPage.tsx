import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ResetPasswordPage() {
  return <Page title="ResetPasswordPage">…</Page>;
}
