import { Menu as RaMenu } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BadgeIcon from '@mui/icons-material/Badge';
import CampaignIcon from '@mui/icons-material/Campaign';
import HistoryIcon from '@mui/icons-material/History';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';

/**
 * The dashboard and the resources; react-admin hides the ones `authProvider.canAccess` refuses
 * (the audit log, staff accounts and announcements are for supervisors).
 */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItem name="amendments" leftIcon={<AssignmentIcon />} />
      <RaMenu.ResourceItem name="applicants" leftIcon={<BadgeIcon />} />
      <RaMenu.ResourceItem name="auditEvents" leftIcon={<HistoryIcon />} />
      <RaMenu.ResourceItem name="staffAccounts" leftIcon={<ManageAccountsIcon />} />
      <RaMenu.ResourceItem name="announcements" leftIcon={<CampaignIcon />} />
      <RaMenu.ResourceItem name="mandates" leftIcon={<VerifiedUserIcon />} />
      <RaMenu.ResourceItem name="paymentReconciliation" leftIcon={<AccountBalanceIcon />} />
    </RaMenu>
  );
}
