import { Box, Link, Typography } from '@mui/material';
import { fileSize } from '../components/upload/fileSize';
import type { CasesAmendmentQuery } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { caseMessages } from './case.messages';
import { useCaseLabels } from './useCaseLabels';

type Documents = CasesAmendmentQuery['amendment']['documents'];

/**
 * The documents on the case. Downloads are plain links: `/documents/<id>` is an authorised
 * route of the same origin, which the session cookie opens.
 */
export function CaseDocuments({ documents }: { documents: Documents }) {
  const t = useMessages(caseMessages);
  const { locale } = useLocale();
  const { documentLabel } = useCaseLabels();
  if (documents.length === 0) return <Typography>{t('documentsNone')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
      {documents.map((d) => {
        const label = documentLabel(d.type);
        return (
          <li key={d.id}>
            <Link
              href={d.downloadUrl}
              aria-label={t('download', { label: `${label} ${d.originalName}` })}
            >
              {label}
            </Link>
            <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
              {t('documentMeta', {
                name: d.originalName,
                size: fileSize(d.size),
                date: formatDateTime(d.uploadedAt, locale),
              })}
            </Typography>
          </li>
        );
      })}
    </Box>
  );
}
