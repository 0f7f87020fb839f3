import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceProps } from 'react-admin';
import { CasePaymentsPage } from './CasePayments';
import { ReconciliationPage } from './ReconciliationPage';

/** Payment reconciliation (繳費對帳), for supervisors (authProvider.canAccess). */
export const paymentReconciliation: Omit<ResourceProps, 'name'> = {
  list: ReconciliationPage,
  icon: AccountBalanceIcon,
};

/** One case's fee, payments and PDFs, at `#/casePayments/<case id>/show` (officers). */
export const casePayments: Omit<ResourceProps, 'name'> = {
  show: CasePaymentsPage,
};
