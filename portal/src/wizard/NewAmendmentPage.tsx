import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function NewAmendmentPage() {
  return <Page title="NewAmendmentPage">…</Page>;
}
