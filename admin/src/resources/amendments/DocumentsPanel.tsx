import {
  Box,
  Chip,
  Link as MuiLink,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { formatBytes, formatDateTime } from '../../format';
import type { Doc } from './DocumentViewer';

/**
 * The uploaded documents: choosing one shows it in the viewer beside the comparison (nothing to
 * close; the chosen one is marked). Each can also be downloaded.
 */
export function DocumentList(props: {
  record: AmendmentDetailFragment;
  selectedId: string | undefined;
  onSelect: (doc: Doc) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { documents } = props.record;
  if (documents.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 1 }}>
        {translate('goldcard.amendments.documents.none')}
      </Typography>
    );
  }
  return (
    <List
      dense
      disablePadding
      data-testid="documents"
      aria-label={translate('goldcard.review.viewer.list')}
    >
      {documents.map((doc) => {
        const selected = doc.id === props.selectedId;
        const details = [
          formatBytes(doc.size, locale),
          doc.width && doc.height
            ? translate('goldcard.amendments.documents.pixels', {
                width: doc.width,
                height: doc.height,
              })
            : undefined,
          formatDateTime(doc.uploadedAt, locale),
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <ListItem
            key={doc.id}
            disablePadding
            data-document-type={doc.type}
            secondaryAction={
              <MuiLink
                href={doc.downloadUrl}
                download={doc.originalName}
                aria-label={translate('goldcard.amendments.documents.download', {
                  name: doc.originalName,
                })}
                sx={{ display: 'inline-flex', p: 1 }}
              >
                <DownloadIcon fontSize="small" aria-hidden />
              </MuiLink>
            }
          >
            <ListItemButton
              selected={selected}
              aria-current={selected ? 'true' : undefined}
              onClick={() => props.onSelect(doc)}
            >
              <ListItemText
                primary={
                  <>
                    {translate(`goldcard.documentType.${doc.type}`)}
                    {selected && (
                      <Chip
                        component="span"
                        size="small"
                        color="primary"
                        label={translate('goldcard.review.viewer.showing')}
                        sx={{ ml: 1 }}
                      />
                    )}
                  </>
                }
                secondary={
                  <>
                    <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                      {doc.originalName}
                    </Box>
                    {details}
                  </>
                }
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
}

/** What the case needs, by document type, and whether each has a file. */
export function Checklist({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  return (
    <List dense aria-labelledby="checklist-heading" data-testid="checklist">
      {record.checklist.map((entry) => (
        <ListItem key={entry.type} disableGutters>
          {/* The console's one name per type (the API's label may word it differently). */}
          <ListItemText
            primary={translate(`goldcard.documentType.${entry.type}`, { _: entry.label })}
          />
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
  );
}
