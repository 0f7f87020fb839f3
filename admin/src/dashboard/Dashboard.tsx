import {
  Alert,
  Box,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Skeleton,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { GoldcardDataProvider } from '../dataProvider';
import type { AmendmentStatus } from '../generated/graphql';
import { listPath } from '../resources/amendments/savedFilters';

/** The order officers think in: from filing to collection. */
const STATUS_ORDER: AmendmentStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'SUPPLEMENT_REQUESTED',
  'APPROVED',
  'CARD_READY',
  'CARD_COLLECTED',
  'REJECTED',
  'WITHDRAWN',
];

function Figure(props: {
  label: string;
  help: string;
  value?: number;
  to: string;
  testId: string;
}) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea
        component={Link}
        to={props.to}
        sx={{ height: '100%' }}
        data-testid={props.testId}
      >
        <CardContent>
          <Typography component="h2" variant="h6">
            {props.label}
          </Typography>
          <Typography variant="h3" component="p" sx={{ my: 1, fontVariantNumeric: 'tabular-nums' }}>
            {props.value ?? <Skeleton width={60} aria-hidden />}
          </Typography>
          <Typography color="text.secondary">{props.help}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/**
 * Cases by status, my queue, unassigned and overdue (`amendmentStats`), each opening the list on
 * its work-queue tab (or filtered by the status).
 */
export function Dashboard() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const { identity } = useGetIdentity();
  const stats = useQuery({
    queryKey: ['amendmentStats'],
    queryFn: () => dataProvider.amendmentStats(),
    // No polling: every request extends the session, and an idle console must still sign out.
  });
  const counts = new Map(stats.data?.byStatus.map((s) => [s.status, s.count]));

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={translate('goldcard.dashboard.title')} />
      <Typography component="h1" variant="h5" sx={{ mb: 2 }}>
        {identity?.fullName
          ? translate('goldcard.dashboard.welcome', { name: identity.fullName })
          : translate('goldcard.dashboard.title')}
      </Typography>
      {stats.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(stats.error.message, { _: stats.error.message })}
        </Alert>
      )}
      <Grid container spacing={2} sx={{ mb: 3 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure
            label={translate('goldcard.dashboard.my_queue')}
            help={translate('goldcard.dashboard.my_queue_help')}
            value={stats.data?.myQueue}
            to={listPath({ queue: 'MINE' })}
            testId="stat-my-queue"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure
            label={translate('goldcard.dashboard.unassigned')}
            help={translate('goldcard.dashboard.unassigned_help')}
            value={stats.data?.unassigned}
            to={listPath({ queue: 'TO_CLAIM' })}
            testId="stat-unassigned"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Figure
            label={translate('goldcard.dashboard.overdue')}
            help={translate('goldcard.dashboard.overdue_help')}
            value={stats.data?.overdue}
            to={listPath({ queue: 'OVERDUE' })}
            testId="stat-overdue"
          />
        </Grid>
      </Grid>
      <Card variant="outlined">
        <CardContent>
          <Typography component="h2" variant="h6" id="by-status-heading">
            {translate('goldcard.dashboard.by_status')}
          </Typography>
          <List aria-labelledby="by-status-heading" data-testid="stats-by-status">
            {STATUS_ORDER.map((status) => (
              <ListItem key={status} disablePadding>
                <ListItemButton component={Link} to={listPath({ status: [status] })}>
                  <ListItemText primary={translate(`goldcard.status.${status}`)} />
                  <Typography
                    component="span"
                    sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 'bold' }}
                    data-status={status}
                  >
                    {stats.data ? (counts.get(status) ?? 0) : '…'}
                  </Typography>
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
}
