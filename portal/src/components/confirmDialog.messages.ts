import { defineMessages } from '../i18n/locale';

/** The "are you sure?" dialog. */
export const confirmDialogMessages = defineMessages({
  'zh-TW': {
    keep: '不要，返回',
  },
  en: {
    keep: 'No, go back',
  },
});
