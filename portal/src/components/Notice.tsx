import { useEffect, useRef } from 'react';
import { Alert } from '@mui/material';
import type { Translate } from '../i18n/locale';

/**
 * What an action said, kept as a message key (not as words) so that switching the language
 * translates it too.
 */
export interface Said<K extends string> {
  key: K;
  params?: Record<string, string | number>;
}

/**
 * The outcome of an action ("revoked", "created"), announced and focused when it appears: the
 * button that was pressed may be gone, and the keyboard must not fall back to the page's top.
 */
export function Notice<K extends string>({
  said,
  t,
  onClose,
}: {
  said?: Said<K>;
  t: Translate<K>;
  onClose: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (said) box.current?.focus();
  }, [said]);
  if (!said) return null;
  return (
    <Alert
      severity="success"
      role="status"
      ref={box}
      tabIndex={-1}
      onClose={onClose}
      sx={{ mb: 2 }}
    >
      {t(said.key, said.params)}
    </Alert>
  );
}
