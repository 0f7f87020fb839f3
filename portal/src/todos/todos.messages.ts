import { defineMessages } from '../i18n/locale';

/** The to-do list (待辦事項) on the home page and above the notifications. */
export const todoMessages = defineMessages({
  'zh-TW': {
    title: '待辦事項',
    intro: '需要您處理的事項，最急的排在最前面。',
    empty: '目前沒有需要您處理的事項。',
    applicationNumber: '申請案號',
    due: '期限',
  },
  en: {
    title: 'To do',
    intro: 'What is waiting for you, the most urgent first.',
    empty: 'Nothing is waiting for you at the moment.',
    applicationNumber: 'Application number',
    due: 'Deadline',
  },
});
