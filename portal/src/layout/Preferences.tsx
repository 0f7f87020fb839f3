import { useEffect, useState } from 'react';
import { Button, IconButton, Tooltip, type ButtonProps } from '@mui/material';
import TextIncreaseIcon from '@mui/icons-material/TextIncrease';
import TranslateIcon from '@mui/icons-material/Translate';
import { common } from '../i18n/common';
import { useLocale, useMessages } from '../i18n/locale';

const TEXT_SIZE_KEY = 'goldcard.textSize';

function savedLarge(): boolean {
  try {
    return localStorage.getItem(TEXT_SIZE_KEY) === 'large';
  } catch {
    return false;
  }
}

/** Applies the remembered text size before the first paint (called from main.tsx). */
export function applySavedTextSize(): void {
  if (savedLarge()) document.documentElement.dataset.textSize = 'large';
}

/** 中文 ⇄ English, on every page; the choice is remembered on this device. */
export function LanguageButton() {
  const t = useMessages(common);
  const { locale, setLocale } = useLocale();
  const other = locale === 'en' ? 'zh-TW' : 'en';
  return (
    <Button
      color="inherit"
      onClick={() => setLocale(other)}
      lang={other === 'en' ? 'en' : 'zh-Hant-TW'}
      aria-label={t('switchLanguageLabel')}
      startIcon={<TranslateIcon aria-hidden />}
      sx={{ whiteSpace: 'nowrap', minWidth: 0 }}
    >
      {t('switchLanguage')}
    </Button>
  );
}

/** Larger text for the whole site (every size is in rem), remembered on this device. */
export function TextSizeButton({ compact = false, ...props }: ButtonProps & { compact?: boolean }) {
  const t = useMessages(common);
  const [large, setLarge] = useState(savedLarge);
  useEffect(() => {
    if (large) document.documentElement.dataset.textSize = 'large';
    else delete document.documentElement.dataset.textSize;
    try {
      localStorage.setItem(TEXT_SIZE_KEY, large ? 'large' : 'normal');
    } catch {
      // Not remembered; it still applies to this page.
    }
  }, [large]);
  if (compact) {
    // Signed in, the bar is full: the icon alone, its name for screen readers and on hover.
    return (
      <Tooltip title={t('largerText')}>
        <IconButton
          color="inherit"
          aria-label={t('largerText')}
          aria-pressed={large}
          onClick={() => setLarge((value) => !value)}
        >
          <TextIncreaseIcon />
        </IconButton>
      </Tooltip>
    );
  }
  return (
    <Button
      color="inherit"
      aria-pressed={large}
      onClick={() => setLarge((value) => !value)}
      startIcon={<TextIncreaseIcon aria-hidden />}
      sx={{ whiteSpace: 'nowrap' }}
      {...props}
    >
      {t('largerText')}
    </Button>
  );
}
