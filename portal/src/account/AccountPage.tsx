import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function AccountPage() {
  return <Page title="AccountPage">…</Page>;
}
