import { defineMessages } from '../i18n/locale';

/** The error summary at the top of a form. */
export const errorSummaryMessages = defineMessages({
  'zh-TW': {
    title: '請修正以下問題',
  },
  en: {
    title: 'There is a problem',
  },
});
