import Markdown, { type Components } from 'react-markdown';
import { Box, Link } from '@mui/material';
import { safeHref } from './safeHref';

/**
 * A notice's body as the portal renders it (portal/src/announcements/MarkdownBody.tsx, the same
 * options): paragraphs, bold, italic, lists and links; HTML stays text, the rest of Markdown is
 * reduced to its words, and links lead only to http(s) addresses and the site's own paths.
 */
const ALLOWED = ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br'];

const components: Components = {
  a: ({ href, children }) => {
    const target = href ? safeHref(href) : undefined;
    return target ? <Link href={target}>{children}</Link> : <>{children}</>;
  },
};

/** Its own chunk (loaded by BodyPreview): only the announcement forms need the parser. */
export default function MarkdownBody({ text }: { text: string }) {
  return (
    <Box
      sx={{
        overflowWrap: 'anywhere',
        '& > :first-of-type': { mt: 0 },
        '& > :last-child': { mb: 0 },
        '& p': { my: 1 },
        '& ul, & ol': { my: 1, pl: 3 },
        // Inside a list of notices a list would otherwise get the nested style (circles).
        '& ul': { listStyleType: 'disc' },
        '& ol': { listStyleType: 'decimal' },
      }}
    >
      <Markdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={(url) => safeHref(url) ?? ''}
        components={components}
      >
        {text}
      </Markdown>
    </Box>
  );
}
