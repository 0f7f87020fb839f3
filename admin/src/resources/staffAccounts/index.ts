import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ResourceProps } from 'react-admin';
import { StaffAccountCreate } from './StaffAccountCreate';
import { StaffAccountList } from './StaffAccountList';

export const staffAccounts: Omit<ResourceProps, 'name'> = {
  list: StaffAccountList,
  create: StaffAccountCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'accountName',
};
