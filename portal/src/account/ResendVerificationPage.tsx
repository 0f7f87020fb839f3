import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ResendVerificationPage() {
  return <Page title="ResendVerificationPage">…</Page>;
}
