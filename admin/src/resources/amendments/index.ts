import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { AmendmentList } from './AmendmentList';
import { AmendmentShow } from './AmendmentShow';

export const amendments: Omit<ResourceProps, 'name'> = {
  list: AmendmentList,
  show: AmendmentShow,
  icon: AssignmentIcon,
  recordRepresentation: 'applicationNumber',
};
