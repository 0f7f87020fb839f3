import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceProps } from 'react-admin';
import { MandateList } from './MandateList';

/** Mandates and powers of attorney (委託書審核), for officers and supervisors. */
export const mandates: Omit<ResourceProps, 'name'> = {
  list: MandateList,
  icon: VerifiedUserIcon,
};
