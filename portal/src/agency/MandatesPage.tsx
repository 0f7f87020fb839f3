import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function MandatesPage() {
  return <Page title="MandatesPage">…</Page>;
}
