import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import {
  Link,
  ShowBase,
  Title,
  useCreatePath,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useShowContext,
  useTranslate,
  Loading,
} from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { formatDateTime, holderName } from '../../format';
import { CaseAuditLink } from '../auditEvents/CaseAuditLink';
import { CasePdfLinks } from '../payments/CasePdfLinks';
import { DecisionBar } from './DecisionBar';
import { Checklist } from './DocumentsPanel';
import { FeePanel } from './FeePanel';
import { StatusChip } from './StatusChip';
import { Timeline } from './Timeline';
import { ReviewPanes } from './ReviewPanes';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid={`section-${id}`}
    >
      <CardContent>
        <Typography component="h2" variant="h6" id={`${id}-heading`} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="div" sx={{ minWidth: 160 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children || '—'}
      </Typography>
    </Box>
  );
}

function CaseFacts({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { identity } = useGetIdentity();
  const officer = record.assignedOfficer;
  const filer = record.filedBy;
  return (
    <Stack component="dl" direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap', m: 0 }}>
      <Fact label={translate('goldcard.amendments.case.holder')}>
        <Link to={createPath({ resource: 'applicants', type: 'show', id: record.applicant.id })}>
          {holderName(record.applicant)}
        </Link>{' '}
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{record.applicant.uiNumber}</span>
      </Fact>
      <Fact label={translate('goldcard.amendments.case.filed_by')}>
        {filer.displayName}
        {filer.organisationName ? `（${filer.organisationName}）` : ''} ·{' '}
        {translate(`goldcard.role.${record.filedByRole}`)}
      </Fact>
      <Fact label={translate('resources.amendments.fields.submittedAt')}>
        {formatDateTime(record.submittedAt, locale)}
      </Fact>
      <Fact label={translate('goldcard.amendments.case.assigned')}>
        {officer
          ? officer.id === identity?.id
            ? translate('goldcard.amendments.you', { name: officer.displayName })
            : officer.displayName
          : translate('goldcard.amendments.unassigned')}
      </Fact>
      {record.decidedAt && (
        <Fact label={translate('goldcard.amendments.case.decided')}>
          {formatDateTime(record.decidedAt, locale)}
        </Fact>
      )}
      <Fact label={translate('resources.amendments.fields.items')}>
        <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={0.5} useFlexGap component="span">
          {record.items.map((item) => (
            <Chip
              key={item}
              size="small"
              variant="outlined"
              label={translate(`goldcard.item.${item}`)}
              component="span"
            />
          ))}
        </Stack>
      </Fact>
      <Fact label={translate('goldcard.amendments.case.version')}>{record.version}</Fact>
    </Stack>
  );
}

function AmendmentView() {
  const translate = useTranslate();
  const record = useRecordContext<AmendmentDetailFragment>();
  const { isPending, error } = useShowContext();
  if (isPending) return <Loading />;
  if (error || !record) return null;
  const number = record.applicationNumber ?? translate('goldcard.amendments.draft');
  const title = translate('goldcard.amendments.title', { number });
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title={title} />
      <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={2} useFlexGap>
        <Typography component="h1" variant="h5" data-testid="amendment-title">
          {title}
        </Typography>
        <StatusChip status={record.status} size="medium" />
        {record.overdue && <Chip color="error" label={translate('goldcard.amendments.overdue')} />}
      </Stack>
      <Section id="case" title={translate('goldcard.amendments.sections.case')}>
        <Stack spacing={2}>
          <CaseFacts record={record} />
          <DecisionBar record={record} />
        </Stack>
      </Section>
      <ReviewPanes record={record} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Section id="checklist" title={translate('goldcard.amendments.sections.checklist')}>
            <Checklist record={record} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Section id="fee" title={translate('goldcard.amendments.sections.fee')}>
            <Stack spacing={2}>
              <FeePanel fee={record.fee} caseStatus={record.status} />
              <CasePdfLinks record={record} />
            </Stack>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Section id="timeline" title={translate('goldcard.amendments.sections.timeline')}>
            <Timeline events={record.events} />
            {/* Supervisors only: the link hides itself from anyone else. */}
            <CaseAuditLink amendmentId={record.id} />
          </Section>
        </Grid>
      </Grid>
    </Stack>
  );
}

/**
 * One case: the comparison, documents, fee with its receipt and summary PDFs, timeline (with the
 * case's audit events for supervisors) and the decisions.
 */
export function AmendmentShow() {
  return (
    // List rows are partial records; react-admin seeds the getOne cache with them unless the
    // detail query has its own key (meta), so the page never renders a row as if it were whole.
    <ShowBase queryOptions={{ meta: { detail: true } }}>
      <AmendmentView />
    </ShowBase>
  );
}
