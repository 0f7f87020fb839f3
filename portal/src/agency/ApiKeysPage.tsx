import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ApiKeysPage() {
  return <Page title="ApiKeysPage">…</Page>;
}
