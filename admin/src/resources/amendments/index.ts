import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { AmendmentList } from './AmendmentList';
import { AmendmentShowLazy } from './AmendmentShowLazy';

export const amendments: Omit<ResourceProps, 'name'> = {
  list: AmendmentList,
  show: AmendmentShowLazy,
  icon: AssignmentIcon,
  recordRepresentation: 'applicationNumber',
};
