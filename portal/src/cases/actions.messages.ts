import { defineMessages } from '../i18n/locale';

/** Withdrawing a case, and collecting the new card. */
export const actionMessages = defineMessages({
  'zh-TW': {
    withdrawTitle: '撤回申請',
    withdrawIntro: '如果不再需要這項變更，可以在審核結果出來前撤回。',
    withdrawButton: '撤回這件申請',
    dialogTitle: '確定要撤回申請 {number} 嗎？',
    dialogBody:
      '撤回後，承辦人會停止審核，您申請的資料都不會變更，也無法再恢復這件申請。如果之後仍需變更，必須重新提出申請並重新上傳文件。',
    reason: '撤回原因（選填）',
    keep: '不要撤回',
    confirm: '確定撤回',
    withdrawing: '撤回中…',
    cardTitle: '領取新卡',
    cardWhere: '領取地點',
    cardAddress: '地址',
    cardHours: '服務時間',
    cardUnknown: '這個服務站的地址與服務時間尚未登錄在本網站，請洽移民署任一服務站或服務專線查詢。',
    cardBring: '請攜帶',
    bringPassport: '護照正本',
    bringCard: '現持就業金卡（換發新卡時收回）',
    cardLater: '新卡製作完成後，會通知您至{place}領取。',
    cardLaterSomewhere: '新卡製作完成後，會通知您至所選的服務站領取。',
  },
  en: {
    withdrawTitle: 'Withdraw the application',
    withdrawIntro: 'If you no longer need this change, you can withdraw it before it is decided.',
    withdrawButton: 'Withdraw this application',
    dialogTitle: 'Withdraw application {number}?',
    dialogBody:
      'The officer stops the review and none of the data you asked for changes. The application cannot be brought back: if you need the change later, you must start a new application and upload the documents again.',
    reason: 'Why are you withdrawing? (optional)',
    keep: 'Keep the application',
    confirm: 'Withdraw',
    withdrawing: 'Withdrawing…',
    cardTitle: 'Collect your new card',
    cardWhere: 'Where',
    cardAddress: 'Address',
    cardHours: 'Opening hours',
    cardUnknown:
      'This service centre’s address and opening hours are not listed on this site yet: any National Immigration Agency service centre or its helpline can tell you.',
    cardBring: 'Bring',
    bringPassport: 'your passport',
    bringCard: 'your current Gold Card (it is exchanged for the new one)',
    cardLater: 'When the new card is made, we will tell you to collect it at the {place}.',
    cardLaterSomewhere:
      'When the new card is made, we will tell you to collect it at the service centre you chose.',
  },
});
