import Markdown, { type Components } from 'react-markdown';
import { Box, Link } from '@mui/material';
import { safeHref } from './safeHref';

/**
 * The Markdown subset a notice may use (schema.graphql, `Announcement.body`): paragraphs, bold,
 * italic, lists and links. react-markdown builds React elements, never HTML strings, and without
 * rehype-raw any HTML in the text stays text; whatever else Markdown offers (images, headings,
 * code, quotes) is reduced to its words.
 */
const ALLOWED = ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br'];

const components: Components = {
  // Opened normally (same tab): a notice is part of this service, not an advert.
  a: ({ href, children }) => {
    const target = href ? safeHref(href) : undefined;
    return target ? <Link href={target}>{children}</Link> : <>{children}</>;
  },
};

/** Its own chunk (loaded by NoticeBody): only pages that show a notice pay for the parser. */
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
