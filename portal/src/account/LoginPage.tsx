import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function LoginPage() {
  return <Page title="LoginPage">…</Page>;
}
