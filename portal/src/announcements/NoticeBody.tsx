import { lazy, Suspense } from 'react';
import { Typography } from '@mui/material';

const MarkdownBody = lazy(() => import('./MarkdownBody'));

/**
 * A notice's text: rendered from its Markdown subset once the renderer's chunk is in; until then
 * the plain text (React escapes it like any other text), so that the words never wait.
 */
export function NoticeBody({ text }: { text: string }) {
  return (
    <Typography component="div" data-testid="announcement-body">
      <Suspense
        fallback={
          <Typography component="p" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', m: 0 }}>
            {text}
          </Typography>
        }
      >
        <MarkdownBody text={text} />
      </Suspense>
    </Typography>
  );
}
