import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function MyCasesPage() {
  return <Page title="MyCasesPage">…</Page>;
}
