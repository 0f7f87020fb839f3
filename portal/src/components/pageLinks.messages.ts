import { defineMessages } from '../i18n/locale';

export const pageLinkMessages = defineMessages({
  'zh-TW': {
    page: '第 {page} 頁',
    goToPage: '前往第 {page} 頁',
    previous: '上一頁',
    nextPage: '下一頁',
  },
  en: {
    page: 'Page {page}',
    goToPage: 'Go to page {page}',
    previous: 'Previous page',
    nextPage: 'Next page',
  },
});
