import { useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link as MuiLink,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { visuallyHidden } from '../../a11y';
import { formatBytes, formatDateTime } from '../../format';

type Doc = AmendmentDetailFragment['documents'][number];

/** The document inline: images as <img>, PDFs in a frame; a download link either way. */
function DocumentViewer({ doc, onClose }: { doc: Doc; onClose: () => void }) {
  const translate = useTranslate();
  const title = translate('goldcard.amendments.documents.preview', { name: doc.originalName });
  const typeLabel = translate(`goldcard.documentType.${doc.type}`);
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="document-viewer-title">
      <DialogTitle id="document-viewer-title">
        {typeLabel} — {doc.originalName}
      </DialogTitle>
      <DialogContent dividers sx={{ textAlign: 'center', bgcolor: 'grey.100' }}>
        {doc.mimeType.startsWith('image/') ? (
          <Box
            component="img"
            src={doc.downloadUrl}
            alt={title}
            data-testid="document-image"
            sx={{
              maxWidth: '100%',
              maxHeight: '75vh',
              objectFit: 'contain',
              bgcolor: 'common.white',
            }}
          />
        ) : (
          <Box
            component="iframe"
            src={doc.downloadUrl}
            title={title}
            data-testid="document-frame"
            sx={{ width: '100%', height: '75vh', border: 0, bgcolor: 'common.white' }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button
          component="a"
          href={doc.downloadUrl}
          download={doc.originalName}
          startIcon={<DownloadIcon aria-hidden />}
          sx={{ textTransform: 'none' }}
        >
          {translate('goldcard.amendments.documents.download', { name: doc.originalName })}
        </Button>
        <Button onClick={onClose} variant="contained" autoFocus>
          {translate('goldcard.amendments.documents.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Uploaded documents (viewable inline) and the checklist of what the case needs. */
export function DocumentsPanel({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState<Doc | undefined>();

  return (
    <Stack spacing={2}>
      {record.documents.length === 0 ? (
        <Typography color="text.secondary">
          {translate('goldcard.amendments.documents.none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="documents">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate('goldcard.amendments.documents.type')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('goldcard.amendments.documents.name')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('goldcard.amendments.documents.size')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('goldcard.amendments.documents.uploaded_at')}
                </TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    {translate('ra.action.open')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.documents.map((doc) => (
                <TableRow key={doc.id} data-document-type={doc.type}>
                  <TableCell>{translate(`goldcard.documentType.${doc.type}`)}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>
                    {doc.originalName}
                    {doc.width && doc.height ? (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        sx={{ display: 'block' }}
                      >
                        {translate('goldcard.amendments.documents.pixels', {
                          width: doc.width,
                          height: doc.height,
                        })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(doc.size, locale)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(doc.uploadedAt, locale)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      startIcon={<VisibilityIcon aria-hidden />}
                      onClick={() => setOpen(doc)}
                      aria-label={translate('goldcard.amendments.documents.view', {
                        name: doc.originalName,
                      })}
                    >
                      {translate('ra.action.show')}
                    </Button>
                    <MuiLink
                      href={doc.downloadUrl}
                      download={doc.originalName}
                      aria-label={translate('goldcard.amendments.documents.download', {
                        name: doc.originalName,
                      })}
                      sx={{
                        ml: 1,
                        display: 'inline-flex',
                        alignItems: 'center',
                        verticalAlign: 'middle',
                      }}
                    >
                      <DownloadIcon fontSize="small" aria-hidden />
                    </MuiLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Box>
        <Typography component="h3" variant="subtitle1" id="checklist-heading">
          {translate('goldcard.amendments.sections.checklist')}
        </Typography>
        <List dense aria-labelledby="checklist-heading" data-testid="checklist">
          {record.checklist.map((entry) => (
            <ListItem key={entry.type} disableGutters>
              <ListItemText primary={entry.label} />
              <Chip
                size="small"
                color={entry.uploaded > 0 ? 'success' : 'warning'}
                variant="outlined"
                label={
                  entry.uploaded > 0
                    ? translate('goldcard.amendments.documents.uploaded_count', {
                        count: entry.uploaded,
                      })
                    : translate('goldcard.amendments.documents.missing')
                }
              />
            </ListItem>
          ))}
        </List>
      </Box>
      {open && <DocumentViewer doc={open} onClose={() => setOpen(undefined)} />}
    </Stack>
  );
}
