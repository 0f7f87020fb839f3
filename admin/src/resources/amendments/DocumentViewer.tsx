import { useEffect, useState, type ReactNode } from 'react';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';

export type Doc = AmendmentDetailFragment['documents'][number];

const STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** The document's frame: most of the window, never so small that a page is unreadable. */
const FRAME_HEIGHT = 'clamp(320px, 62vh, 900px)';

/** A toolbar button: the icon, its name as label and tooltip (keyboard and speech find it). */
function ToolButton(props: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  icon: ReactNode;
  testId: string;
}) {
  return (
    <Tooltip title={props.label}>
      <span>
        <IconButton
          aria-label={props.label}
          onClick={props.onClick}
          disabled={props.disabled}
          data-testid={props.testId}
          size="small"
        >
          {props.icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/**
 * The selected document inline, beside the comparison. Images: zoom in/out, rotate by quarter
 * turns and fit to the pane's width (the default), applied as a CSS transform inside a scrolling
 * frame. PDFs: the browser's own PDF viewer in a frame, which already pages, zooms and searches.
 */
export function DocumentViewer({ doc }: { doc: Doc | undefined }) {
  const translate = useTranslate();
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [natural, setNatural] = useState<{ w: number; h: number } | undefined>();
  // A new document starts fitted and upright.
  useEffect(() => {
    setZoom(1);
    setRotation(0);
    setNatural(undefined);
  }, [doc?.id]);

  if (!doc) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }} data-testid="document-viewer-empty">
        {translate('goldcard.review.viewer.none')}
      </Typography>
    );
  }
  const isImage = doc.mimeType.startsWith('image/');
  const typeLabel = translate(`goldcard.documentType.${doc.type}`);
  const title = translate('goldcard.amendments.documents.preview', { name: doc.originalName });
  const step = (direction: 1 | -1) => {
    const index = STEPS.findIndex((s) => s >= zoom);
    const next = STEPS[Math.min(STEPS.length - 1, Math.max(0, index + direction))];
    setZoom(next ?? 1);
  };
  const size = doc.width && doc.height ? { w: doc.width, h: doc.height } : natural;
  const turned = rotation % 180 !== 0 && size && size.w > 0 && size.h > 0 ? size : undefined;

  return (
    <Stack
      component="section"
      aria-labelledby="document-viewer-title"
      data-testid="document-viewer"
      data-document-id={doc.id}
    >
      <Stack
        direction="row"
        sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5, px: 1, py: 0.5 }}
        useFlexGap
      >
        <Typography
          component="h3"
          variant="subtitle2"
          id="document-viewer-title"
          sx={{ flex: '1 1 12rem', minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {typeLabel} — {doc.originalName}
        </Typography>
        <Stack
          direction="row"
          role="toolbar"
          aria-label={translate('goldcard.review.viewer.label')}
          sx={{ alignItems: 'center' }}
        >
          {isImage && (
            <>
              <ToolButton
                label={translate('goldcard.review.viewer.zoom_out')}
                onClick={() => step(-1)}
                disabled={zoom <= STEPS[0]!}
                icon={<ZoomOutIcon />}
                testId="viewer-zoom-out"
              />
              <Typography
                variant="caption"
                aria-live="polite"
                sx={{ minWidth: '3.5em', textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}
                data-testid="viewer-zoom"
              >
                {translate('goldcard.review.viewer.zoom_level', {
                  percent: Math.round(zoom * 100),
                })}
              </Typography>
              <ToolButton
                label={translate('goldcard.review.viewer.zoom_in')}
                onClick={() => step(1)}
                disabled={zoom >= STEPS[STEPS.length - 1]!}
                icon={<ZoomInIcon />}
                testId="viewer-zoom-in"
              />
              <ToolButton
                label={translate('goldcard.review.viewer.rotate')}
                onClick={() => setRotation((r) => (r + 90) % 360)}
                icon={<RotateRightIcon />}
                testId="viewer-rotate"
              />
              <ToolButton
                label={translate('goldcard.review.viewer.fit_width')}
                onClick={() => {
                  setZoom(1);
                  setRotation(0);
                }}
                icon={<FitScreenIcon />}
                testId="viewer-fit"
              />
            </>
          )}
          <Tooltip
            title={translate('goldcard.amendments.documents.download', { name: doc.originalName })}
          >
            <IconButton
              component="a"
              href={doc.downloadUrl}
              download={doc.originalName}
              aria-label={translate('goldcard.amendments.documents.download', {
                name: doc.originalName,
              })}
              size="small"
            >
              <DownloadIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title={translate('goldcard.review.viewer.open_tab', { name: doc.originalName })}>
            <IconButton
              component="a"
              href={doc.downloadUrl}
              target="_blank"
              rel="noopener"
              aria-label={translate('goldcard.review.viewer.open_tab', { name: doc.originalName })}
              size="small"
            >
              <OpenInNewIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
      {isImage ? (
        <Box
          tabIndex={0}
          role="region"
          aria-label={title}
          sx={{
            height: FRAME_HEIGHT,
            overflow: 'auto',
            bgcolor: 'grey.100',
            p: 1,
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          {/* Fit to width = the frame's width; zoom scales from there. A quarter turn swaps
              the sides: the wrapper takes the turned shape (transforms do not move layout) and
              the image, as wide as the wrapper is tall, turns into it. */}
          <Box
            sx={{
              width: `${zoom * 100}%`,
              mx: 'auto',
              display: 'flex',
              justifyContent: 'center',
              alignItems: 'center',
              aspectRatio: turned ? `${turned.h} / ${turned.w}` : undefined,
            }}
          >
            <Box
              component="img"
              src={doc.downloadUrl}
              alt={title}
              data-testid="document-image"
              onLoad={(e) => {
                const img = e.currentTarget;
                setNatural({ w: img.naturalWidth, h: img.naturalHeight });
              }}
              style={{ transform: `rotate(${rotation}deg)` }}
              sx={{
                display: 'block',
                flexShrink: 0,
                width: turned ? `${(turned.w / turned.h) * 100}%` : '100%',
                maxWidth: 'none',
                height: 'auto',
                transition: 'transform 120ms',
                bgcolor: 'common.white',
              }}
            />
          </Box>
        </Box>
      ) : (
        <>
          <Box
            component="iframe"
            src={doc.downloadUrl}
            title={title}
            data-testid="document-frame"
            sx={{ height: FRAME_HEIGHT, width: '100%', border: 0, bgcolor: 'common.white' }}
          />
          <Typography variant="caption" color="text.secondary" sx={{ px: 1 }}>
            {translate('goldcard.review.viewer.pdf_hint')}
          </Typography>
        </>
      )}
    </Stack>
  );
}
