import { Box, Grid, Typography } from '@mui/material';
import {
  BooleanInput,
  DateTimeInput,
  Form,
  SaveButton,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import type { AnnouncementRecord } from '../../dataProvider';
import { BodyPreview } from './BodyPreview';
import { fromTaipeiInput, toTaipeiInput } from './taipeiTime';
import type { SubmitHandler } from './useAnnouncementSave';

/** The API's limits (schema.graphql, AnnouncementInput), checked here too while typing. */
const TITLE = [required(), maxLength(120)];
const UNIT = [required(), maxLength(80)];
const BODY = [required(), maxLength(4000)];

/** One language's title, issuing unit and body, with the body's preview. */
function LanguageColumn({
  suffix,
  lang,
  heading,
}: {
  suffix: 'ZhTw' | 'En';
  lang: string;
  heading: string;
}) {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="h6" sx={{ mb: 1 }}>
        {translate(heading)}
      </Typography>
      <TextInput source={`title${suffix}`} validate={TITLE} fullWidth />
      <TextInput source={`issuingUnit${suffix}`} validate={UNIT} fullWidth />
      <TextInput
        source={`body${suffix}`}
        validate={BODY}
        multiline
        minRows={6}
        fullWidth
        helperText="goldcard.announcements.markdown_hint"
      />
      <BodyPreview source={`body${suffix}`} lang={lang} />
    </Box>
  );
}

/**
 * A notice in both languages side by side (stacked on a narrow screen), "important", and when it
 * is on the board (Taiwan time). `disabled`: a retired notice is shown, not changed.
 */
export function AnnouncementForm({
  record,
  onSubmit,
  disabled = false,
}: {
  record?: AnnouncementRecord;
  onSubmit: SubmitHandler;
  disabled?: boolean;
}) {
  const translate = useTranslate();
  return (
    <Form
      record={record}
      onSubmit={onSubmit}
      defaultValues={record ? undefined : { important: false }}
    >
      <Box component="fieldset" disabled={disabled} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        <Grid container columnSpacing={3}>
          <Grid size={{ xs: 12, md: 6 }}>
            <LanguageColumn suffix="ZhTw" lang="zh-TW" heading="goldcard.announcements.zh_tw" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <LanguageColumn suffix="En" lang="en" heading="goldcard.announcements.en" />
          </Grid>
        </Grid>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
          <Typography component="legend" variant="h6" sx={{ mb: 1 }}>
            {translate('goldcard.announcements.schedule')}
          </Typography>
          <BooleanInput source="important" helperText="goldcard.announcements.important_hint" />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
            <DateTimeInput
              source="publishFrom"
              format={toTaipeiInput}
              parse={fromTaipeiInput}
              helperText="goldcard.announcements.from_hint"
            />
            <DateTimeInput
              source="publishUntil"
              format={toTaipeiInput}
              parse={fromTaipeiInput}
              helperText="goldcard.announcements.until_hint"
            />
          </Box>
        </Box>
      </Box>
      <Toolbar>
        <SaveButton alwaysEnable={!disabled} disabled={disabled} />
      </Toolbar>
    </Form>
  );
}
