import { defineMessages } from '../i18n/locale';

/** Check and submit (seed step 12), and the fee. */
export const reviewMessages = defineMessages({
  'zh-TW': {
    intro: '送出前請再確認一次。要修改時，按各段的「修改」回到該步驟，草稿會保留。',
    changesTitle: '變更內容',
    field: '項目',
    before: '目前登記',
    after: '變更為',
    noChanges: '還沒有填寫任何變更。',
    change: '修改',
    changeLabel: '修改「{what}」',
    uiAssigned: '由移民署於核准時配發新號碼',
    documentsTitle: '上傳的文件',
    documentsNone: '不需上傳文件。',
    documentMissing: '尚未上傳',
    feeTitle: '規費',
    feeDue: '應繳規費 {amount}，於核准後在「我的申請案」線上繳納。',
    feeExempt: '免繳規費（{amount}），核准後仍會開立收據。',
    feeNoCard: '不需繳費（{amount}）：這次的變更不製發新卡。',
    feeItem: '項目',
    feeAmount: '金額',
    feeReason: '說明',
    feeIncluded: '已包含在本案的一筆補發規費中（一案一卡，只收一次）。',
    declaration:
      '按下「送出申請」，即表示您確認所填資料正確、真實且完整（系統使用聲明事項第 4 點）。',
    submit: '送出申請',
    submitting: '送出中…',
    problemsTitle: '還不能送出',
    uploadMissing: '請上傳「{label}」。',
    itemProblem: '{item}：{message}',
    retryNote: '如果連線中斷，請直接再按一次「送出申請」：同一件申請不會重複送出。',
  },
  en: {
    intro:
      'Check everything before you submit. To change something, choose “Change” in that section; your draft is kept.',
    changesTitle: 'What changes',
    field: 'Item',
    before: 'Registered now',
    after: 'Changes to',
    noChanges: 'Nothing has been changed yet.',
    change: 'Change',
    changeLabel: 'Change “{what}”',
    uiAssigned: 'A new number is assigned by the NIA on approval',
    documentsTitle: 'Documents uploaded',
    documentsNone: 'No documents are needed.',
    documentMissing: 'Not uploaded yet',
    feeTitle: 'Fee',
    feeDue:
      'The fee is {amount}, payable online under “My cases” once the application is approved.',
    feeExempt: 'No fee ({amount}). A receipt is still issued once approved.',
    feeNoCard: 'Nothing to pay ({amount}): these changes print no new card.',
    feeItem: 'Change',
    feeAmount: 'Amount',
    feeReason: 'Why',
    feeIncluded:
      'Included in the one reissue fee of this application (one application, one card, one fee).',
    declaration:
      'By choosing “Submit application” you confirm that the information is correct, true and complete (terms, clause 4).',
    submit: 'Submit application',
    submitting: 'Submitting…',
    problemsTitle: 'The application cannot be submitted yet',
    uploadMissing: 'Upload the “{label}”.',
    itemProblem: '{item}: {message}',
    retryNote:
      'If the connection drops, just choose “Submit application” again: the same application is never filed twice.',
  },
});

/** Names of the amendable values (`AmendmentChange.field`), for the review's table. */
export const fieldLabels = defineMessages({
  'zh-TW': {
    englishSurname: '英文姓氏',
    englishGivenName: '英文名字',
    chineseName: '中文姓名',
    sex: '性別',
    passport: '護照',
    residence: '居留地址',
    collectionPlaceCode: '領證地點',
    email: '電子郵件',
    mobile: '手機號碼',
    male: '男',
    female: '女',
  },
  en: {
    englishSurname: 'Surname',
    englishGivenName: 'Given names',
    chineseName: 'Chinese name',
    sex: 'Sex',
    passport: 'Passport',
    residence: 'Residence address',
    collectionPlaceCode: 'Card collection place',
    email: 'Email',
    mobile: 'Mobile number',
    male: 'Male',
    female: 'Female',
  },
});
