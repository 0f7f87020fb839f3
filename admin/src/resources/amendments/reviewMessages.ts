/**
 * The case page's review messages (split view, document viewer, confirmations, a decision made
 * meanwhile, kept drafts, fee rules in words), merged into the console's catalogs (i18n/en.ts,
 * i18n/zh-TW.ts), which type-check that both languages have the same keys.
 */
export const reviewMessages = {
  en: {
    goldcard: {
      review: {
        split: 'Requested and registered data beside the selected document',
        resize: 'Resize the comparison and the document',
        viewer: {
          label: 'Document viewer',
          none: 'Choose a document from the list to see it here.',
          zoom_in: 'Zoom in',
          zoom_out: 'Zoom out',
          rotate: 'Rotate 90° clockwise',
          fit_width: 'Fit to width',
          zoom_level: 'Zoom %{percent}%',
          pdf_hint: 'PDF pages, zoom and search are in the viewer’s own toolbar.',
          open_tab: 'Open %{name} in a new tab',
          list: 'Documents',
          showing: 'Showing',
        },
        confirm: {
          card_ready_title: 'Card ready for case %{number}?',
          card_ready_body:
            'The holder is told the new card can be collected at the chosen service centre. The case moves to “%{status}”.',
          card_collected_title: 'Card collected for case %{number}?',
          card_collected_body:
            'Records that the holder has received the new card and closes the case. This cannot be undone.',
        },
        conflict: {
          title: 'This case was changed meanwhile',
          by: '%{name} changed it to “%{status}” at %{at}.',
          by_unknown: 'It is now “%{status}” (changed at %{at}).',
          reloaded: 'The page shows the case as it is now; your decision was not sent.',
          unsent: 'Your text (not sent), to copy:',
          dismiss: 'Dismiss',
        },
        draft_restored: 'Your earlier text for this case was restored.',
        fee_not_payable: 'Nothing to pay (%{status})',
        fee_rule_other: 'Other fee rule',
        asked_for: 'Documents asked for: %{documents}',
      },
      feeRule: {
        CARD_REISSUE: 'Card reissue fee',
        CARD_REISSUE_HK_MACAU: 'Card reissue fee (Hong Kong or Macau resident)',
        EXEMPT_ADDRESS: 'Address change: exempt',
        EXEMPT_PASSPORT: 'Passport change: exempt',
        UI_NUMBER_NEW_FORMAT_FREE: 'New-format UI number: free',
        NO_CARD_PRINTED: 'No new card printed',
        INCLUDED_IN_REISSUE: 'Included in the card reissue',
      },
    },
  },
  zhTW: {
    goldcard: {
      review: {
        split: '申請異動資料、現行登記資料與所選文件並排',
        resize: '調整對照表與文件的寬度',
        viewer: {
          label: '文件檢視',
          none: '請從清單選擇文件，即會顯示在此。',
          zoom_in: '放大',
          zoom_out: '縮小',
          rotate: '順時針旋轉 90 度',
          fit_width: '符合寬度',
          zoom_level: '縮放 %{percent}%',
          pdf_hint: 'PDF 的頁面、縮放與搜尋請使用檢視器本身的工具列。',
          open_tab: '在新分頁開啟 %{name}',
          list: '文件',
          showing: '檢視中',
        },
        confirm: {
          card_ready_title: '確認案件 %{number} 製證完成？',
          card_ready_body: '將通知持卡人至所選服務站領取新證，案件狀態改為「%{status}」。',
          card_collected_title: '確認案件 %{number} 已領證？',
          card_collected_body: '登記持卡人已領取新證並結案，登記後無法復原。',
        },
        conflict: {
          title: '此案件已被他人更新',
          by: '%{name} 已於 %{at} 將此案改為「%{status}」。',
          by_unknown: '此案目前為「%{status}」（%{at} 更新）。',
          reloaded: '頁面已重新載入為最新狀態；您的決定未送出。',
          unsent: '您尚未送出的文字（可複製）：',
          dismiss: '知道了',
        },
        draft_restored: '已還原您先前為此案輸入的內容。',
        fee_not_payable: '無須繳費（案件%{status}）',
        fee_rule_other: '其他計費規則',
        asked_for: '應補文件：%{documents}',
      },
      feeRule: {
        CARD_REISSUE: '補發新證規費',
        CARD_REISSUE_HK_MACAU: '補發新證規費（香港或澳門居民）',
        EXEMPT_ADDRESS: '居住地址變更免徵',
        EXEMPT_PASSPORT: '護照變更免徵',
        UI_NUMBER_NEW_FORMAT_FREE: '換用新式統一證號不另收費',
        NO_CARD_PRINTED: '不製發新證',
        INCLUDED_IN_REISSUE: '已含於補發規費',
      },
    },
  },
};
