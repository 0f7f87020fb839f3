import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client';
import {
  Link as RouterLink,
  Navigate,
  useLocation,
  useParams,
  useSearchParams,
} from 'react-router';
import { Box, Button, Link, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { CaseActions } from './CaseActions';
import { CaseBanners, type LocalNotice } from './CaseBanners';
import { CaseChanges } from './CaseChanges';
import { CaseDocuments } from './CaseDocuments';
import { CaseFee } from './CaseFee';
import { caseMessages } from './case.messages';
import { CasesAmendmentQuery } from './cases.graphql';
import { CaseStatus } from './CaseStatus';
import { holderName, WITHDRAWABLE, type CaseFacts } from './caseStatus';
import { CaseTimeline } from './CaseTimeline';
import { Section } from './Section';
import { WithdrawCase } from './WithdrawCase';
import { feeMessages } from './fee.messages';
import { actionMessages } from './actions.messages';

/** After the gateway's "paid", its notice may lag a little: ask again for a while. */
const PAID_POLL_MS = 3_000;
const PAID_POLL_FOR_MS = 60_000;
/** Cases that end without a decision in their favour: no receipt will come. */
const CLOSED_UNDECIDED = new Set(['REJECTED', 'WITHDRAWN']);

/**
 * `/amendments/:id`: one case. Drafts belong to the wizard (redirected). The rest: what to do
 * now, where it stands, its history, what changes, documents, the fee, PDFs and withdrawing.
 */
export default function CasePage() {
  const t = useMessages(caseMessages);
  const f = useMessages(feeMessages);
  const w = useMessages(actionMessages);
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const [notice, setNotice] = useState<LocalNotice>();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    CasesAmendmentQuery,
    { variables: { id } },
  );
  const amendment = data?.amendment;
  const payment = params.get('payment');
  const awaitingPaidNotice = payment === 'paid' && amendment?.fee.status === 'UNPAID';

  useEffect(() => {
    if (!awaitingPaidNotice) return;
    startPolling(PAID_POLL_MS);
    const stop = setTimeout(stopPolling, PAID_POLL_FOR_MS);
    return () => {
      clearTimeout(stop);
      stopPolling();
    };
  }, [awaitingPaidNotice, startPolling, stopPolling]);

  // `#action` and the like (links from the list): the sections exist once the case is loaded.
  const loaded = Boolean(amendment);
  useEffect(() => {
    if (loaded && hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [loaded, hash]);

  if (amendment?.status === 'DRAFT') return <Navigate to={`/amendments/${id}/edit`} replace />;

  const back = (
    <Button component={RouterLink} to="/amendments" startIcon={<ArrowBackIcon aria-hidden />}>
      {t('backToList')}
    </Button>
  );
  if (!amendment) {
    return (
      <Page title={t('titleNoNumber')} actions={back}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {loading && <Loading />}
      </Page>
    );
  }

  const centre = amendment.requested.collectionPlace ?? amendment.current.collectionPlace;
  const facts: CaseFacts = { ...amendment, centreName: centre?.name };
  const number = amendment.applicationNumber ?? '';
  const reload = () => void refetch();

  return (
    <Page
      title={amendment.applicationNumber ? t('title', { number }) : t('titleNoNumber')}
      actions={back}
      intro={
        <>
          <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
            {t('holder', { name: holderName(amendment.applicant) })}
          </Box>
          {amendment.submittedAt && (
            <Box component="span" sx={{ display: 'block' }}>
              {t('submittedOn', { date: formatDateTime(amendment.submittedAt, locale) })}
            </Box>
          )}
        </>
      }
    >
      <CaseBanners
        amendment={amendment}
        facts={facts}
        submitted={params.get('submitted') === '1'}
        payment={payment}
        notice={notice}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <CaseActions
        amendment={amendment}
        facts={facts}
        centre={centre}
        onChanged={reload}
        onAnswered={() => {
          setNotice('answered');
          reload();
        }}
      />
      <Section id="status" title={t('statusTitle')}>
        <CaseStatus amendment={amendment} facts={facts} centre={centre} />
      </Section>
      <Section id="history" title={t('historyTitle')}>
        <CaseTimeline events={amendment.events} submittedAt={amendment.submittedAt} />
      </Section>
      <Section id="changes" title={t('changesTitle')}>
        <CaseChanges amendment={amendment} />
      </Section>
      <Section id="documents" title={t('documentsTitle')}>
        <CaseDocuments documents={amendment.documents} />
      </Section>
      <Section id="fee" title={f('feeTitle')}>
        <CaseFee amendment={amendment} />
      </Section>
      <Section id="downloads" title={t('downloadsTitle')}>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {amendment.summaryUrl && (
            <li>
              <Link href={amendment.summaryUrl}>{t('summaryPdf')}</Link>
            </li>
          )}
          {amendment.receiptUrl && (
            <li>
              <Link href={amendment.receiptUrl}>{t('receiptPdf')}</Link>
            </li>
          )}
        </Box>
        {!amendment.receiptUrl &&
          amendment.fee.receiptIssued &&
          !CLOSED_UNDECIDED.has(amendment.status) && (
            <Typography variant="body2">{t('receiptLater')}</Typography>
          )}
      </Section>
      {WITHDRAWABLE.includes(amendment.status) && (
        <Section id="withdraw" title={w('withdrawTitle')}>
          <WithdrawCase
            id={amendment.id}
            number={number}
            onWithdrawn={() => {
              setNotice('withdrawn');
              reload();
            }}
          />
        </Section>
      )}
    </Page>
  );
}
