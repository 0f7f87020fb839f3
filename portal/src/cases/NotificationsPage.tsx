import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function NotificationsPage() {
  return <Page title="NotificationsPage">…</Page>;
}
