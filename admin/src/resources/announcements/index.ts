import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceProps } from 'react-admin';
import { AnnouncementCreate } from './AnnouncementCreate';
import { AnnouncementEdit } from './AnnouncementEdit';
import { AnnouncementList } from './AnnouncementList';

/** The bulletin board (公布欄), for supervisors (authProvider.canAccess). */
export const announcements: Omit<ResourceProps, 'name'> = {
  list: AnnouncementList,
  create: AnnouncementCreate,
  edit: AnnouncementEdit,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
