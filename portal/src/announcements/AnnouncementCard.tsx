import { Link as RouterLink } from 'react-router';
import { Box, Card, CardContent, Chip, Link, Typography } from '@mui/material';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import type { AnnouncementsNoticeFieldsFragment } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { announcementMessages } from './announcements.messages';
import { NoticeBody } from './NoticeBody';

/**
 * One notice: "important" in words with an icon (not colour alone), the title as a link to the
 * notice's own page, the issuing unit, the date and the text.
 */
export function AnnouncementCard({
  notice,
  heading,
}: {
  notice: AnnouncementsNoticeFieldsFragment;
  /**
   * The title's level: h3 inside a section of the home page, h2 on the list page; none on the
   * notice's own page, where the title is the page's h1.
   */
  heading: 'h2' | 'h3' | 'none';
}) {
  const t = useMessages(announcementMessages);
  const { locale } = useLocale();
  const titleId = `announcement-${notice.id}`;
  return (
    <Card
      variant="outlined"
      component="article"
      aria-labelledby={heading === 'none' ? undefined : titleId}
      data-important={notice.important || undefined}
      sx={{
        borderLeftWidth: notice.important ? 4 : 1,
        borderLeftColor: notice.important ? 'warning.main' : 'divider',
      }}
    >
      <CardContent>
        {notice.important && (
          <Chip
            size="small"
            color="warning"
            icon={<PriorityHighIcon aria-hidden />}
            label={t('important')}
            sx={{ fontWeight: 600, mb: heading === 'none' ? 1.5 : 1 }}
          />
        )}
        {heading !== 'none' && (
          <Typography
            id={titleId}
            component={heading}
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            <Link component={RouterLink} to={`/announcements/${notice.id}`}>
              {notice.title}
            </Link>
          </Typography>
        )}
        <Box
          component="dl"
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            columnGap: 2,
            rowGap: 0,
            m: 0,
            mb: 1,
            color: 'text.secondary',
            typography: 'body2',
            '& dt': { fontWeight: 600 },
            '& dd': { m: 0, ml: 0.5, overflowWrap: 'anywhere' },
            '& div': { display: 'flex' },
          }}
        >
          <div>
            <dt>{t('issuedBy')}</dt>
            <dd>{notice.issuingUnit}</dd>
          </div>
          <div>
            <dt>{t('publishedOn')}</dt>
            <dd>
              <time dateTime={notice.publishFrom}>{formatDate(notice.publishFrom, locale)}</time>
              {notice.publishUntil &&
                ` (${t('until', { date: formatDate(notice.publishUntil, locale) })})`}
            </dd>
          </div>
        </Box>
        <NoticeBody text={notice.body} />
      </CardContent>
    </Card>
  );
}
