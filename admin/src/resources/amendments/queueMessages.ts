/**
 * The case list's messages (work-queue tabs, the search box, bulk actions, the CSV export) and
 * the standard reasons of the decision dialogs, merged into the console's catalogs (i18n/en.ts,
 * i18n/zh-TW.ts), which type-check that both languages have the same keys.
 */
export const queueMessages = {
  en: {
    goldcard: {
      queues: {
        label: 'Work queues',
        count_before: ', ',
        count_after: ' cases',
        ALL: 'All cases',
        TO_CLAIM: 'To claim',
        MINE: 'My cases',
        WAITING_FOR_APPLICANT: 'Waiting for applicant',
        SUPPLEMENT_ANSWERED: 'Documents supplied',
        CARDS_TO_PRODUCE: 'Cards to produce',
        CARDS_TO_HAND_OVER: 'Cards to hand over',
        OVERDUE: 'Overdue',
      },
      caseSearch: {
        label: 'Search',
        hint: 'Application number (whole or part), UI number, passport number, name in either order, Chinese name',
      },
      bulk: {
        claim_title: 'Claim %{smart_count} case? |||| Claim %{smart_count} cases?',
        claim_body:
          'Each case is assigned to you and leaves “To claim”. A case someone else claimed meanwhile stays theirs.',
        ready_title: 'Mark %{smart_count} card ready? |||| Mark %{smart_count} cards ready?',
        ready_body:
          'Each holder is told the new card can be collected at the chosen service centre; the case moves to “Card ready”. A case whose fee is unpaid stays as it is.',
        collected_title:
          'Mark %{smart_count} card collected? |||| Mark %{smart_count} cards collected?',
        collected_body:
          'Records that each holder has received the new card and closes the case. This cannot be undone.',
        result_title: 'Result',
        succeeded: '%{smart_count} case done. |||| %{smart_count} cases done.',
        failed: '%{smart_count} case not done: |||| %{smart_count} cases not done:',
        none_done: 'No case was changed.',
        close: 'Close',
      },
      caseExport: {
        button: 'Export CSV',
        done: '%{filename} downloaded: %{smart_count} case. |||| %{filename} downloaded: %{smart_count} cases.',
        truncated:
          '%{filename} holds only the first %{rows} cases: narrow the filter to export the others.',
      },
      reasons: {
        label: 'Standard reason',
        none: 'None: my own words only',
        filer_reads: 'The filer reads: %{text}',
        own_words_optional: 'Optional with a standard reason: added after its text.',
      },
      reassign: {
        open_cases: '%{smart_count} open case |||| %{smart_count} open cases',
      },
    },
  },
  zhTW: {
    goldcard: {
      queues: {
        label: '工作佇列',
        count_before: '，',
        count_after: ' 件',
        ALL: '全部案件',
        TO_CLAIM: '待認領',
        MINE: '我的案件',
        WAITING_FOR_APPLICANT: '待申請人補件',
        SUPPLEMENT_ANSWERED: '已補件，待審核',
        CARDS_TO_PRODUCE: '待製卡',
        CARDS_TO_HAND_OVER: '待領卡',
        OVERDUE: '逾期待處理',
      },
      caseSearch: {
        label: '搜尋',
        hint: '申請案號（全部或部分）、統一證號、護照號碼、英文姓名（順序不拘）、中文姓名',
      },
      bulk: {
        claim_title: '承辦 %{smart_count} 件案件？',
        claim_body: '案件將分派給您並移出「待認領」。其間已由他人承辦的案件仍歸原承辦人。',
        ready_title: '將 %{smart_count} 件案件標示為製證完成？',
        ready_body:
          '將通知各持卡人至所選服務站領取新證，案件狀態改為「待領證」。規費尚未繳納的案件維持不變。',
        collected_title: '將 %{smart_count} 件案件標示為已領證？',
        collected_body: '登記各持卡人已領取新證並結案，登記後無法復原。',
        result_title: '處理結果',
        succeeded: '已完成 %{smart_count} 件。',
        failed: '%{smart_count} 件未完成：',
        none_done: '沒有任何案件變更。',
        close: '關閉',
      },
      caseExport: {
        button: '匯出 CSV',
        done: '已下載 %{filename}，共 %{smart_count} 件。',
        truncated: '%{filename} 僅含前 %{rows} 件：請縮小篩選範圍以匯出其餘案件。',
      },
      reasons: {
        label: '常用理由',
        none: '不使用（僅自行說明）',
        filer_reads: '申請人將看到：%{text}',
        own_words_optional: '選用常用理由時可不填，填寫內容將接在理由之後。',
      },
      reassign: {
        open_cases: '處理中 %{smart_count} 件',
      },
    },
  },
};
