import { lazy, Suspense } from 'react';
import { Box, Typography } from '@mui/material';
import { FormDataConsumer, useTranslate } from 'react-admin';

const MarkdownBody = lazy(() => import('./MarkdownBody'));

/**
 * The body as the portal will show it, under its input, updated while typing. `lang` is the
 * text's language (the labels around it are in the console's).
 */
export function BodyPreview({ source, lang }: { source: string; lang: string }) {
  return (
    <FormDataConsumer<Record<string, unknown>>>
      {({ formData }) => <Preview source={source} lang={lang} text={formData[source]} />}
    </FormDataConsumer>
  );
}

function Preview({ source, lang, text }: { source: string; lang: string; text: unknown }) {
  const translate = useTranslate();
  const id = `${source}-preview`;
  return (
    <Box
      component="section"
      aria-labelledby={`${id}-title`}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 2 }}
    >
      <Typography id={`${id}-title`} component="h3" variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('goldcard.announcements.preview')}
      </Typography>
      {typeof text === 'string' && text.trim() !== '' ? (
        <Box lang={lang} data-testid={id}>
          <Suspense fallback={<Typography sx={{ whiteSpace: 'pre-line' }}>{text}</Typography>}>
            <MarkdownBody text={text} />
          </Suspense>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('goldcard.announcements.preview_empty')}
        </Typography>
      )}
    </Box>
  );
}
