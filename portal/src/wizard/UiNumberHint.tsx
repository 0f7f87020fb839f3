import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Typography } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { WizardCheckUiNumberQuery } from './start.graphql';
import { startMessages } from './start.messages';

/**
 * A live hint under the UI number once ten characters are typed: the public `checkUiNumber`
 * (shape and check digit only, nobody is looked up). Announced politely, never blocking.
 */
export function UiNumberHint({ value }: { value: string }) {
  const t = useMessages(startMessages);
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim().toUpperCase()), 300);
    return () => clearTimeout(timer);
  }, [value]);
  const { data } = useQuery(WizardCheckUiNumberQuery, {
    skip: settled.length !== 10,
    variables: { uiNumber: settled },
    fetchPolicy: 'cache-first',
  });
  const current = value.trim().toUpperCase();
  const result = settled === current && settled.length === 10 ? data?.checkUiNumber : undefined;
  let text = '';
  if (result?.valid) text = result.format === 'OLD' ? t('uiNumberOld') : t('uiNumberNew');
  else if (result)
    text = result.problem === 'CHECKSUM' ? t('uiNumberBadChecksum') : t('uiNumberBadShape');
  return (
    <Typography
      role="status"
      variant="body2"
      data-testid="ui-number-hint"
      sx={{
        mt: 0.5,
        mx: 1.75,
        color: result && !result.valid ? 'error.main' : 'success.main',
        minHeight: '1.5em',
      }}
    >
      {text}
    </Typography>
  );
}
