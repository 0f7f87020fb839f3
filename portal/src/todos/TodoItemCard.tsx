import { Link as RouterLink } from 'react-router';
import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import type { SvgIconComponent } from '@mui/icons-material';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import EditNoteIcon from '@mui/icons-material/EditNote';
import HandshakeIcon from '@mui/icons-material/HandshakeOutlined';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import PaymentsIcon from '@mui/icons-material/PaymentsOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import type { TodoKind, TodosItemFieldsFragment } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { todoMessages } from './todos.messages';

/** A picture of the kind of task, beside its words (decoration: the title says it all). */
const ICON: Record<TodoKind, SvgIconComponent> = {
  PAY_FEE: PaymentsIcon,
  UPLOAD_DOCUMENTS: UploadFileIcon,
  COLLECT_CARD: BadgeIcon,
  DRAFT_EXPIRING: EditNoteIcon,
  MANDATE_PENDING: HandshakeIcon,
  PASSWORD_EXPIRING: KeyIcon,
};

/** One task: what to do (the API's words, a link to where it is done), its detail and deadline. */
export function TodoItemCard({ item }: { item: TodosItemFieldsFragment }) {
  const t = useMessages(todoMessages);
  const { locale } = useLocale();
  const Icon = ICON[item.kind];
  // The API names portal paths; anything else is shown without a link rather than followed.
  const inPortal = /^\/(?![/\\])/.test(item.link);
  // The case's number, unless the API's detail already names it.
  const number =
    item.applicationNumber && !item.detail?.includes(item.applicationNumber)
      ? item.applicationNumber
      : undefined;
  return (
    <Card variant="outlined" data-testid="todo-item" data-kind={item.kind}>
      <CardContent sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
        <Icon aria-hidden sx={{ color: 'warning.main', mt: 0.25 }} />
        <Box sx={{ minWidth: 0 }}>
          <Typography
            component="h3"
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {inPortal ? (
              <Link component={RouterLink} to={item.link}>
                {item.title}
              </Link>
            ) : (
              item.title
            )}
          </Typography>
          {item.detail && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {item.detail}
            </Typography>
          )}
          {(number || item.dueAt) && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {number && (
                <Box component="span" sx={{ mr: 2, overflowWrap: 'anywhere' }}>
                  {t('applicationNumber')} {number}
                </Box>
              )}
              {item.dueAt && (
                <Box component="span" sx={{ fontWeight: 600, color: 'text.primary' }}>
                  {t('due')} <time dateTime={item.dueAt}>{formatDateTime(item.dueAt, locale)}</time>
                </Box>
              )}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
