import { defineMessages } from '../i18n/locale';

/** Words the three agency pages share. */
export const agencyMessages = defineMessages({
  'zh-TW': {
    copy: '複製',
    copied: '已複製到剪貼簿',
    copyFailed: '無法自動複製，請選取文字後手動複製。',
    storedIt: '我已妥善保存，關閉',
    staffOnlyConsole: '移民署同仁請使用審核後台。',
    businessOnly: '這個頁面只提供雇主及代辦機構帳號使用。',
    never: '從未使用',
    none: '無',
    loadFailed: '無法載入資料。',
  },
  en: {
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    copyFailed: 'It could not be copied automatically: select the text and copy it yourself.',
    storedIt: 'I have stored it safely — close',
    staffOnlyConsole: 'Immigration officers use the officer console.',
    businessOnly: 'This page is for employer and agency accounts only.',
    never: 'Never used',
    none: 'None',
    loadFailed: 'The information could not be loaded.',
  },
});
