import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function RegisterPage() {
  return <Page title="RegisterPage">…</Page>;
}
