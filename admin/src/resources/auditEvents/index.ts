import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditEventList } from './AuditEventList';

export const auditEvents: Omit<ResourceProps, 'name'> = {
  list: AuditEventList,
  icon: HistoryIcon,
};
