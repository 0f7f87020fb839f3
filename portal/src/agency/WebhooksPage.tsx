import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function WebhooksPage() {
  return <Page title="WebhooksPage">…</Page>;
}
