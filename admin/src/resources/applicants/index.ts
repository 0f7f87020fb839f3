import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceProps } from 'react-admin';
import { ApplicantList } from './ApplicantList';
import { ApplicantShow } from './ApplicantShow';

export const applicants: Omit<ResourceProps, 'name'> = {
  list: ApplicantList,
  show: ApplicantShow,
  icon: BadgeIcon,
  recordRepresentation: 'uiNumber',
};
