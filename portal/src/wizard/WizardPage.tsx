import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function WizardPage() {
  return <Page title="WizardPage">…</Page>;
}
