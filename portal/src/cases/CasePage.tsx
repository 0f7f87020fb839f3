import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function CasePage() {
  return <Page title="CasePage">…</Page>;
}
