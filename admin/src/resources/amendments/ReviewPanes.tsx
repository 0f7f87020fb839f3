import { useEffect, useState, type ReactNode } from 'react';
import { Box, Divider, Paper, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { DocumentList } from './DocumentsPanel';
import { DocumentViewer, type Doc } from './DocumentViewer';
import { ValuesComparison } from './ValuesComparison';

/** The document to show first: the one the requested change rests on, else the first. */
function firstDocument(record: AmendmentDetailFragment): Doc | undefined {
  return record.documents.find((d) => d.type === 'PROOF_OF_ADDRESS') ?? record.documents[0];
}

function Pane({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid={`section-${id}`}
      sx={{ height: '100%', display: 'flex', flexDirection: 'column', minWidth: 0 }}
    >
      <Typography component="h2" variant="h6" id={`${id}-heading`} sx={{ px: 2, pt: 1.5 }}>
        {title}
      </Typography>
      <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 1 }}>{children}</Box>
    </Paper>
  );
}

/**
 * Requested and registered values beside the selected document, in a split the officer can
 * resize (mouse, or the separator's arrow keys); the documents list under the viewer switches
 * what it shows. Below the `md` breakpoint the panes stack.
 */
export function ReviewPanes({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [selectedId, setSelectedId] = useState<string | undefined>(() => firstDocument(record)?.id);
  // A reload may drop or add documents: keep the choice when it still exists.
  useEffect(() => {
    if (!record.documents.some((d) => d.id === selectedId))
      setSelectedId(firstDocument(record)?.id);
  }, [record, selectedId]);
  const selected = record.documents.find((d) => d.id === selectedId);

  const comparison = (
    <Pane id="comparison" title={translate('goldcard.amendments.sections.comparison')}>
      <ValuesComparison
        current={record.current}
        requested={record.requested}
        changes={record.changes}
      />
    </Pane>
  );
  const documents = (
    <Pane id="documents" title={translate('goldcard.amendments.sections.documents')}>
      <Stack spacing={1} divider={<Divider />}>
        <DocumentViewer doc={selected} />
        <DocumentList
          record={record}
          selectedId={selectedId}
          onSelect={(doc) => setSelectedId(doc.id)}
        />
      </Stack>
    </Pane>
  );

  if (narrow) {
    return (
      <Stack spacing={2} data-testid="review-panes" data-layout="stacked">
        {comparison}
        {documents}
      </Stack>
    );
  }
  return (
    <Box
      component="div"
      role="group"
      aria-label={translate('goldcard.review.split')}
      data-testid="review-panes"
      data-layout="split"
      sx={{ height: 'max(560px, calc(100vh - 160px))' }}
    >
      <Group orientation="horizontal" style={{ height: '100%' }}>
        <Panel id="comparison" defaultSize="52" minSize="30">
          {comparison}
        </Panel>
        <Separator
          aria-label={translate('goldcard.review.resize')}
          style={{ width: 16, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
          className="review-separator"
        >
          <DragIndicatorIcon fontSize="small" color="action" aria-hidden />
        </Separator>
        <Panel id="documents" defaultSize="48" minSize="25">
          {documents}
        </Panel>
      </Group>
    </Box>
  );
}
