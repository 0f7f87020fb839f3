import type { ReactNode } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ListAltIcon from '@mui/icons-material/ListAlt';
import {
  Link,
  Loading,
  ShowBase,
  Title,
  useLocaleState,
  useRecordContext,
  useShowContext,
  useTranslate,
} from 'react-admin';
import type { ApplicantDetailQuery } from '../../generated/graphql';
import { formatAddress, formatDate, formatDateTime, holderName } from '../../format';
import { ScrollFrame } from '../../layout/ScrollFrame';
import { listPath } from '../amendments/savedFilters';

type Applicant = ApplicantDetailQuery['applicant'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid={`section-${id}`}
    >
      <CardContent>
        <Typography component="h2" variant="h6" id={`${id}-heading`} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Label/value pairs as a description list. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', gap: 1, m: 0 }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }} data-fact={label}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Head({ labels }: { labels: string[] }) {
  return (
    <TableHead>
      <TableRow>
        {labels.map((label) => (
          <TableCell key={label} component="th" scope="col">
            {label}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

function ApplicantView() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<Applicant>();
  const { isPending, error } = useShowContext();
  if (isPending) return <Loading />;
  if (error || !record) return null;
  const f = (name: string) => translate(`resources.applicants.fields.${name}`);
  const title = `${holderName(record)} ${record.uiNumber}`;

  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title={title} />
      <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={2} useFlexGap>
        <Typography component="h1" variant="h5" data-testid="applicant-title">
          {title}
        </Typography>
        <Button
          component={Link}
          to={listPath({ search: record.uiNumber })}
          startIcon={<ListAltIcon aria-hidden />}
          variant="outlined"
        >
          {translate('goldcard.applicants.cases')}
        </Button>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section id="identity" title={translate('goldcard.applicants.sections.identity')}>
            <Facts
              items={[
                [f('uiNumber'), record.uiNumber],
                [f('englishSurname'), record.englishSurname],
                [f('englishGivenName'), record.englishGivenName],
                [f('chineseName'), record.chineseName],
                [f('sex'), translate(`goldcard.sex.${record.sex}`)],
                [f('birthDate'), formatDate(record.birthDate, locale)],
                [f('birthplace'), `${record.birthplaceCity}, ${record.birthplaceCountry.name}`],
                [f('nationality'), record.nationality.name],
                [f('otherNationality'), record.otherNationality?.name],
                [f('occupation'), record.occupation],
                [f('education'), translate(`goldcard.education.${record.education}`)],
                [f('maritalStatus'), translate(`goldcard.maritalStatus.${record.maritalStatus}`)],
                [
                  f('hongKongMacauResident'),
                  translate(
                    record.hongKongMacauResident ? 'goldcard.boolean.yes' : 'goldcard.boolean.no',
                  ),
                ],
              ]}
            />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <Section id="contact" title={translate('goldcard.applicants.sections.contact')}>
              <Facts
                items={[
                  [
                    f('residence'),
                    <span data-testid="residence">{formatAddress(record.residence)}</span>,
                  ],
                  [f('email'), record.email],
                  [f('mobile'), record.mobile],
                  [f('homeCountryAddress'), record.homeCountryAddress],
                  [f('homeCountryPhone'), record.homeCountryPhone],
                ]}
              />
            </Section>
            <Section id="passport" title={translate('goldcard.applicants.sections.passport')}>
              <Facts
                items={[
                  [f('passportNumber'), record.passport.number],
                  [f('passportIssuingCountry'), record.passport.issuingCountry.name],
                  [f('passportIssueDate'), formatDate(record.passport.issueDate, locale)],
                  [f('passportExpiryDate'), formatDate(record.passport.expiryDate, locale)],
                ]}
              />
            </Section>
          </Stack>
        </Grid>
      </Grid>
      <Section id="cards" title={translate('goldcard.applicants.sections.cards')}>
        <ScrollFrame label={translate('goldcard.applicants.sections.cards')}>
          <Table size="small" data-testid="cards">
            <Head
              labels={[
                f('cardUiNumber'),
                f('fieldOfExpertise'),
                f('validFrom'),
                f('validUntil'),
                f('cardStatus'),
                f('issuedAt'),
                f('collectionPlace'),
              ]}
            />
            <TableBody>
              {record.cards.map((card) => (
                <TableRow key={card.id} data-card-status={card.status}>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{card.uiNumber}</TableCell>
                  <TableCell>{card.fieldOfExpertise?.name ?? '—'}</TableCell>
                  <TableCell>{formatDate(card.validFrom, locale)}</TableCell>
                  <TableCell>{formatDate(card.validUntil, locale)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={card.status === 'ACTIVE' ? 'success' : 'default'}
                      variant={card.status === 'ACTIVE' ? 'filled' : 'outlined'}
                      label={translate(`goldcard.cardStatus.${card.status}`)}
                    />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(card.issuedAt, locale)}
                  </TableCell>
                  <TableCell>{card.collectionPlace?.name ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollFrame>
      </Section>
      <Section id="ui-numbers" title={translate('goldcard.applicants.sections.ui_numbers')}>
        <ScrollFrame label={translate('goldcard.applicants.sections.ui_numbers')}>
          <Table size="small" data-testid="ui-numbers">
            <Head
              labels={[
                f('uiNumber'),
                f('format'),
                f('assignedOn'),
                f('replacedOn'),
                f('replacedReason'),
              ]}
            />
            <TableBody>
              {record.uiNumbers.map((entry) => (
                <TableRow key={entry.uiNumber}>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {entry.uiNumber}
                    {!entry.replacedOn && (
                      <Chip
                        size="small"
                        sx={{ ml: 1 }}
                        label={translate('goldcard.applicants.current')}
                      />
                    )}
                  </TableCell>
                  <TableCell>{translate(`goldcard.uiNumberFormat.${entry.format}`)}</TableCell>
                  <TableCell>{entry.assignedOn}</TableCell>
                  <TableCell>{formatDate(entry.replacedOn, locale) || '—'}</TableCell>
                  <TableCell>
                    {entry.replacedReason
                      ? translate(`goldcard.uiNumberReason.${entry.replacedReason}`, {
                          _: entry.replacedReason,
                        })
                      : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollFrame>
      </Section>
    </Stack>
  );
}

/** One holder: identity, contact, passport, every card and every UI number. */
export function ApplicantShow() {
  return (
    // List rows are partial records; react-admin seeds the getOne cache with them unless the
    // detail query has its own key (meta), so the page never renders a row as if it were whole.
    <ShowBase queryOptions={{ meta: { detail: true } }}>
      <ApplicantView />
    </ShowBase>
  );
}
