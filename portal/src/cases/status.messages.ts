import { defineMessages } from '../i18n/locale';

/**
 * What each status means for the person and what comes next, in plain words (the list and the
 * case page share them). Durations: the review usually takes 1–2 weeks, a new card about 2 weeks.
 */
export const statusMessages = defineMessages({
  'zh-TW': {
    draft: '草稿',
    explainSubmitted:
      '我們已收到您的申請，正等待移民署承辦人開始審核。審核通常需要 1 至 2 週，您不需要做任何事。',
    explainUnderReview:
      '承辦人正在審核您的申請，通常需要 1 至 2 週。如需補件，我們會以電子郵件及本網站通知您。',
    explainSupplement: '承辦人需要您補充文件。請上傳所要求的文件並回覆，審核才會繼續。',
    explainApprovedPay:
      '申請已核准，登記資料已更新。請線上繳納規費 {amount}；繳費後開始製作新卡，約需 2 週。',
    explainApprovedCard: '申請已核准，登記資料已更新。新卡製作中，約需 2 週，完成後會通知您領取。',
    explainApprovedNoCard: '申請已核准，登記資料已更新。這項變更不需換發新卡。',
    explainCardReady: '新卡已製妥，請攜帶護照及現持就業金卡親自領取。',
    explainCollected: '您已領取新卡，本案已結案。',
    explainRejected:
      '很抱歉，申請未獲核准。理由請見下方的處理紀錄。如有疑問，可洽移民署服務站，或重新提出申請。',
    explainWithdrawn: '這件申請已撤回，不會再處理。如仍需變更資料，請重新提出申請。',
    nextDraft: '繼續填寫草稿（保留至 {date}）',
    nextDraftNoDate: '繼續填寫草稿',
    nextWait: '不需要做任何事：等待審核（通常 1 至 2 週）',
    nextSupplement: '上傳承辦人要求的文件並回覆',
    nextPay: '繳納規費 {amount}',
    nextWaitCard: '等待新卡製作（約 2 週）',
    nextCollect: '至{place}領取新卡',
    nextCollectSomewhere: '至您選擇的服務站領取新卡',
    nextNothing: '不需要再做任何事',
    nextNewApplication: '如仍需變更，請重新提出申請',
  },
  en: {
    draft: 'Draft',
    explainSubmitted:
      'We have received your application; it is waiting for an immigration officer to start the review. The review usually takes 1–2 weeks. You do not need to do anything.',
    explainUnderReview:
      'An officer is reviewing your application; this usually takes 1–2 weeks. If anything more is needed, we will tell you by email and here.',
    explainSupplement:
      'The officer needs more documents from you. Upload what is asked for and send your answer: the review continues after that.',
    explainApprovedPay:
      'Your application is approved and your registered data updated. Please pay the fee of {amount} online; the new card is made after payment, which takes about 2 weeks.',
    explainApprovedCard:
      'Your application is approved and your registered data updated. The new card is being made (about 2 weeks); we will tell you when it is ready to collect.',
    explainApprovedNoCard:
      'Your application is approved and your registered data updated. This change needs no new card.',
    explainCardReady:
      'Your new card is ready. Collect it in person, bringing your passport and your current Gold Card.',
    explainCollected: 'You have collected your new card. This case is closed.',
    explainRejected:
      'We are sorry: the application was not approved. The reason is in the history below. For questions, contact an NIA service centre, or apply again.',
    explainWithdrawn:
      'This application was withdrawn and will not be processed. If you still need the change, start a new application.',
    nextDraft: 'Continue the draft (kept until {date})',
    nextDraftNoDate: 'Continue the draft',
    nextWait: 'Nothing to do: wait for the review (usually 1–2 weeks)',
    nextSupplement: 'Upload the documents the officer asked for, then answer',
    nextPay: 'Pay the fee of {amount}',
    nextWaitCard: 'Wait for the new card (about 2 weeks)',
    nextCollect: 'Collect your card at the {place}',
    nextCollectSomewhere: 'Collect your card at the service centre you chose',
    nextNothing: 'Nothing more to do',
    nextNewApplication: 'If you still need the change, start a new application',
  },
});
