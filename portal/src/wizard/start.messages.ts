import { defineMessages } from '../i18n/locale';

/** The way in: the terms (seed step 8) and finding the holder (seed step 9). */
export const startMessages = defineMessages({
  'zh-TW': {
    termsPageTitle: '系統使用聲明事項',
    termsIntro: '開始申請前，請閱讀以下 {count} 點聲明事項。同意一次即可，條款更新時才會再詢問。',
    termsVersion: '版本 {version}，{date} 起適用',
    termsAgree: '我已閱讀並同意上述條款',
    termsAgreeRequired: '請勾選「我已閱讀並同意上述條款」才能繼續。',
    termsContinue: '同意並繼續',
    identifyTitle: '持卡人資料',
    identifyIntro: '請輸入要異動資料的就業金卡持卡人的統一證號與出生日期。',
    identifyIntroAgent: '請輸入授權您辦理的持卡人的統一證號與出生日期。',
    uiNumber: '統一證號',
    uiNumberHint: '1 個英文字母加 9 個數字，例如 A800000014。新式或舊式號碼皆可。',
    uiNumberNew: '號碼格式正確（新式統一證號）。',
    uiNumberOld: '號碼格式正確（舊式統一證號，2031 年 1 月 1 日起失效，可一併申請換新式號碼）。',
    uiNumberBadShape: '格式不符：應為 1 個英文字母，接著 A–D、8 或 9，再加 8 個數字。',
    uiNumberBadChecksum: '檢查碼不符，請再核對一次號碼。',
    birthDate: '出生日期（西元）',
    birthDateHint: '與居留證上相同，以西元年填寫，例如 1985 年 4 月 12 日。',
    passportNumber: '護照號碼',
    passportWhyTitle: '第一次使用：連結您的帳號與持卡人',
    passportWhy:
      '這個帳號還沒有連結持卡人。請輸入持卡人目前登記的護照號碼，我們用它確認您就是持卡人本人。這個步驟只需要做一次，之後申請不會再詢問。',
    passportHint: '與護照資料頁上相同，例如 561234567。',
    alsoChangeLegend: '是否同時異動以下資料（選填）',
    alsoChangeHint: '不確定也沒關係，下一步「要變更什麼」還可以再調整。',
    alsoPassport: '護照資料異動',
    alsoNewFormat: '僅更換新式統一證號',
    alsoPersonalReason: '個人因素申請變更統一證號（例如號碼諧音不雅）',
    alsoContact: '僅電子信箱或手機號碼異動',
    start: '開始填寫',
    notFoundTitle: '找不到相符的持卡人',
    notFoundBody:
      '請核對統一證號（目前或以前的號碼皆可）與出生日期是否與居留證相同。為保護持卡人，系統不會說明是哪一項不符。連續多次不符，須等待一段時間才能再試。',
    notFoundBodyPassport:
      '請核對統一證號、出生日期與護照號碼是否與登記資料相同。為保護持卡人，系統不會說明是哪一項不符。連續多次不符，須等待一段時間才能再試。',
    alreadyOpenTitle: '這位持卡人已有辦理中的申請案',
    alreadyOpenBody: '同一時間只能有一件申請案。請繼續辦理該案，或先撤回再重新申請。',
    alreadyOpenLink: '查看辦理中的申請案',
    boundElsewhereTitle: '這位持卡人已連結另一個帳號',
    boundElsewhereBody:
      '每位持卡人只能由一個個人帳號申請。請改用當初連結的帳號登入；如果您無法使用那個帳號，請帶護照與居留證至移民署服務站辦理帳號轉換。',
    otherHolderTitle: '這個帳號只能為已連結的持卡人申請',
    otherHolderBody:
      '您的帳號已連結另一位持卡人（統一證號 {uiNumber}）。如需為其他人辦理，請由該持卡人自己的帳號申請，或請他授權給雇主或代辦機構。',
    otherHolderBodyUnnamed:
      '您的帳號已連結另一位持卡人。如需為其他人辦理，請由該持卡人自己的帳號申請，或請他授權給雇主或代辦機構。',
    noMandateTitle: '您沒有這位持卡人的有效授權',
    noMandateBody:
      '雇主與代辦機構須先取得持卡人對這些異動項目的有效授權，才能代為申請。請在「授權」頁確認授權的狀態、期間與項目。',
    mandatesLink: '前往授權頁',
    staffTitle: '移民署同仁請使用審核後台',
    staffBody: '申請人網站供持卡人、雇主與代辦機構使用。',
  },
  en: {
    termsPageTitle: 'Terms of use',
    termsIntro:
      'Before you start, read these {count} terms. You agree once; we ask again only when they change.',
    termsVersion: 'Version {version}, in force from {date}',
    termsAgree: 'I have read and agree to these terms',
    termsAgreeRequired: 'Tick “I have read and agree to these terms” to continue.',
    termsContinue: 'Agree and continue',
    identifyTitle: 'Who is the card holder?',
    identifyIntro:
      'Enter the UI number and birth date of the Gold Card holder whose data is to change.',
    identifyIntroAgent:
      'Enter the UI number and birth date of the holder who authorised you to file for them.',
    uiNumber: 'UI number (統一證號)',
    uiNumberHint:
      'One letter and 9 digits, for example A800000014. The new or the old number both work.',
    uiNumberNew: 'This number is well formed (new-format UI number).',
    uiNumberOld:
      'This number is well formed (old-format UI number: it stops being valid on 1 January 2031; you can switch to the new format in this application).',
    uiNumberBadShape: 'This is not the right shape: one letter, then A–D, 8 or 9, then 8 digits.',
    uiNumberBadChecksum: 'The check digit does not match: please check the number again.',
    birthDate: 'Date of birth (Gregorian calendar)',
    birthDateHint:
      'As on the residence card, in the Gregorian calendar, for example 12 April 1985.',
    passportNumber: 'Passport number',
    passportWhyTitle: 'First time here: link this account to the holder',
    passportWhy:
      'This account is not linked to a card holder yet. Enter the passport number the holder has registered with us, so we know you are the holder. You do this once; later applications will not ask again.',
    passportHint: 'As on the passport’s data page, for example 561234567.',
    alsoChangeLegend: 'Does anything else change at the same time? (optional)',
    alsoChangeHint: 'If you are not sure, you can change this on the next step, “What changes”.',
    alsoPassport: 'Passport data',
    alsoNewFormat: 'Switch to the new-format UI number only',
    alsoPersonalReason: 'New UI number for personal reasons (for example an unfortunate meaning)',
    alsoContact: 'Only the email address or mobile number',
    start: 'Start',
    notFoundTitle: 'No card holder matches these details',
    notFoundBody:
      'Check that the UI number (the current or an earlier one) and the date of birth are as on the residence card. To protect holders, we do not say which detail does not match. After several failed attempts you will have to wait before trying again.',
    notFoundBodyPassport:
      'Check that the UI number, the date of birth and the passport number are as registered. To protect holders, we do not say which detail does not match. After several failed attempts you will have to wait before trying again.',
    alreadyOpenTitle: 'This holder already has an application in progress',
    alreadyOpenBody:
      'A holder can have one application at a time. Continue that one, or withdraw it first and then start again.',
    alreadyOpenLink: 'Open the application in progress',
    boundElsewhereTitle: 'This holder is already linked to another account',
    boundElsewhereBody:
      'Each holder files from one personal account. Log in with the account that was linked first. If you cannot use that account, visit an NIA service centre with your passport and residence card to have the link moved.',
    otherHolderTitle: 'This account files only for the holder it is linked to',
    otherHolderBody:
      'Your account is linked to another holder (UI number {uiNumber}). To file for someone else, they file from their own account, or they authorise an employer or agency.',
    otherHolderBodyUnnamed:
      'Your account is linked to another holder. To file for someone else, they file from their own account, or they authorise an employer or agency.',
    noMandateTitle: 'You have no active mandate from this holder',
    noMandateBody:
      'Employers and agencies file for a holder only under the holder’s active mandate for these changes. Check the mandate’s status, dates and changes on the Mandates page.',
    mandatesLink: 'Go to Mandates',
    staffTitle: 'Immigration officers use the officer console',
    staffBody: 'This site is for card holders, employers and agencies.',
  },
});
