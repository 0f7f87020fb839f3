import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Card, CardActions, CardContent, Link, Typography } from '@mui/material';
import type { CasesMyAmendmentsQuery } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { actionPath, feeDue, holderName, nextStep, type CaseFacts } from './caseStatus';
import { myCasesMessages } from './myCases.messages';
import { StatusChip } from './StatusChip';
import { statusMessages } from './status.messages';
import { useCaseLabels } from './useCaseLabels';

type Case = CasesMyAmendmentsQuery['myAmendments'][number];

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/** One case in the list: who, what, where it stands and the one thing to do next. */
export function CaseCard({ item }: { item: Case }) {
  const t = useMessages(myCasesMessages);
  const s = useMessages(statusMessages);
  const { locale } = useLocale();
  const { itemLabel } = useCaseLabels();
  const centre = item.requested.collectionPlace ?? item.current.collectionPlace;
  const facts: CaseFacts = { ...item, centreName: centre?.name };
  const isDraft = item.status === 'DRAFT';
  const casePath = isDraft ? `/amendments/${item.id}/edit` : `/amendments/${item.id}`;
  const primary = isDraft
    ? t('continueDraft')
    : item.status === 'SUPPLEMENT_REQUESTED'
      ? t('answer')
      : feeDue(facts)
        ? t('pay')
        : undefined;
  const number = item.applicationNumber ?? s('draft');

  return (
    <Card variant="outlined" component="article" aria-label={t('caseLabel', { number })}>
      <CardContent sx={{ pb: 1 }}>
        <Typography component="h2" variant="h6" sx={{ overflowWrap: 'anywhere', mb: 1 }}>
          <Link component={RouterLink} to={casePath}>
            {item.applicationNumber ?? t('draftNumber')}
          </Link>
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'minmax(8rem, max-content) 1fr' },
            columnGap: 2,
            rowGap: { xs: 0.25, sm: 0.75 },
            m: 0,
            '& dd': { mb: { xs: 1, sm: 0 } },
          }}
        >
          <Row label={t('holder')}>{holderName(item.applicant)}</Row>
          <Row label={t('changes')}>
            {item.items.map(itemLabel).join(locale === 'en' ? ', ' : '、')}
          </Row>
          <Row label={t('status')}>
            <StatusChip status={item.status} label={item.statusLabel} attention={feeDue(facts)} />
          </Row>
          <Row label={t('updated')}>{formatDateTime(item.updatedAt, locale)}</Row>
          <Row label={t('next')}>
            <Box component="strong">{nextStep(facts, s, locale)}</Box>
          </Row>
        </Box>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {primary && (
          <Button variant="contained" component={RouterLink} to={actionPath(item.id, facts)}>
            {primary}
          </Button>
        )}
        {!isDraft && (
          <Button variant={primary ? 'outlined' : 'contained'} component={RouterLink} to={casePath}>
            {t('open')}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}
