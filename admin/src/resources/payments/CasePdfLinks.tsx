import { Box, Link as MuiLink, Stack, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { visuallyHidden } from '../../a11y';
import type { GoldcardDataProvider } from '../../dataProvider';

export interface CasePdfPaths {
  id: string;
  receiptUrl?: string | null;
  summaryUrl?: string | null;
}

function PdfLink({ href, label, none }: { href?: string | null; label: string; none: string }) {
  const translate = useTranslate();
  if (!href) {
    return (
      <Typography variant="body2" color="text.secondary">
        {none}
      </Typography>
    );
  }
  return (
    <MuiLink
      href={href}
      target="_blank"
      rel="noopener"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, overflowWrap: 'anywhere' }}
    >
      <PictureAsPdfIcon fontSize="small" aria-hidden />
      {label}
      <Box component="span" sx={visuallyHidden}>
        {translate('goldcard.casePdf.opens_new_tab')}
      </Box>
    </MuiLink>
  );
}

/**
 * The case's electronic receipt and application summary (PDFs the API serves at
 * `/amendments/:id/receipt.pdf` and `/summary.pdf`, with the session cookie), or why there is
 * none yet. Give it the case's `id`; when the record at hand already has `receiptUrl` and
 * `summaryUrl`, pass them too and nothing is fetched. The API records officers' downloads.
 */
export function CasePdfLinks({ record }: { record: CasePdfPaths }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const known = record.receiptUrl !== undefined && record.summaryUrl !== undefined;
  const { data } = useQuery({
    queryKey: ['casePdfLinks', record.id, locale],
    queryFn: () => dataProvider.casePdfLinks(record.id),
    enabled: !known,
  });
  const paths = known ? record : data;
  if (!paths) return null;
  return (
    <Stack
      spacing={0.5}
      component="section"
      aria-labelledby={`case-pdf-${record.id}`}
      data-testid="case-pdf-links"
    >
      <Typography variant="subtitle2" component="h3" id={`case-pdf-${record.id}`}>
        {translate('goldcard.casePdf.heading')}
      </Typography>
      <PdfLink
        href={paths.receiptUrl}
        label={translate('goldcard.casePdf.receipt')}
        none={translate('goldcard.casePdf.receipt_none')}
      />
      <PdfLink
        href={paths.summaryUrl}
        label={translate('goldcard.casePdf.summary')}
        none={translate('goldcard.casePdf.summary_none')}
      />
    </Stack>
  );
}
