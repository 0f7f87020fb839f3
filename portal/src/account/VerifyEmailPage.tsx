import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function VerifyEmailPage() {
  return <Page title="VerifyEmailPage">…</Page>;
}
