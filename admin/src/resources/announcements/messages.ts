/**
 * The announcements screen's messages (the bulletin board), merged into the console's catalogs
 * (i18n/en.ts, i18n/zh-TW.ts), which type-check that both languages have the same keys.
 */
export const announcementMessages = {
  en: {
    goldcard: {
      announcementStatus: {
        SCHEDULED: 'Scheduled',
        PUBLISHED: 'Published',
        EXPIRED: 'Expired',
        RETIRED: 'Retired',
      },
      announcements: {
        create_title: 'New announcement',
        edit_title: 'Edit announcement',
        zh_tw: 'Traditional Chinese',
        en: 'English',
        schedule: 'Importance and schedule',
        important: 'Important',
        important_hint: 'Shown first on the portal, marked “Important”.',
        from_hint: 'Taiwan time; empty: publish now',
        until_hint: 'Taiwan time; empty: until retired',
        no_end: 'Until retired',
        markdown_hint:
          'Plain text; **bold**, *italic*, lists (- item) and [links](https://…) are allowed. HTML is shown as typed.',
        preview: 'Preview',
        preview_empty: 'Nothing to preview yet.',
        created: 'The announcement has been saved.',
        saved: 'The changes have been saved.',
        conflict:
          'Someone else changed this announcement meanwhile. The latest version has been loaded: check it and make your change again.',
        retire: 'Retire',
        retire_title: 'Retire “%{title}”?',
        retire_body:
          'It leaves the portal at once and cannot be published again. The record stays for the audit log.',
        retired: 'The announcement has been retired.',
        retired_note: 'Retired on %{at}: it is no longer shown and cannot be changed.',
        last_change: 'Last change %{at} (version %{version})',
      },
    },
    resources: {
      announcements: {
        name: 'Announcement |||| Announcements',
        fields: {
          status: 'Status',
          title: 'Title',
          issuingUnit: 'Issuing unit',
          important: 'Important',
          publishFrom: 'Published from',
          publishUntil: 'Published until',
          titleZhTw: 'Title in Chinese',
          titleEn: 'Title in English',
          issuingUnitZhTw: 'Issuing unit in Chinese',
          issuingUnitEn: 'Issuing unit in English',
          bodyZhTw: 'Text in Chinese',
          bodyEn: 'Text in English',
        },
      },
    },
  },
  zhTW: {
    goldcard: {
      announcementStatus: {
        SCHEDULED: '已排程',
        PUBLISHED: '公告中',
        EXPIRED: '已過期',
        RETIRED: '已下架',
      },
      announcements: {
        create_title: '新增公告',
        edit_title: '編輯公告',
        zh_tw: '中文',
        en: '英文',
        schedule: '重要性與公告期間',
        important: '重要',
        important_hint: '在申請人網站排在最前面，並標示「重要」。',
        from_hint: '臺灣時間；留空表示立即發布',
        until_hint: '臺灣時間；留空表示直到下架',
        no_end: '直到下架',
        markdown_hint:
          '純文字；可使用 **粗體**、*斜體*、清單（- 項目）及 [連結](https://…)。HTML 會照原樣顯示為文字。',
        preview: '預覽',
        preview_empty: '尚無內容可預覽。',
        created: '公告已儲存。',
        saved: '變更已儲存。',
        conflict: '這則公告剛被其他人修改，已重新載入最新版本：請確認內容後再修改一次。',
        retire: '下架',
        retire_title: '確定要下架「%{title}」嗎？',
        retire_body: '公告會立即從申請人網站移除，且無法再次發布；紀錄仍保留於稽核紀錄。',
        retired: '公告已下架。',
        retired_note: '已於 %{at} 下架：不再顯示，也不能修改。',
        last_change: '最後修改 %{at}（第 %{version} 版）',
      },
    },
    resources: {
      announcements: {
        // Chinese has one plural form: polyglot shows the first, the board's name.
        name: '公布欄',
        fields: {
          status: '狀態',
          title: '標題',
          issuingUnit: '發布單位',
          important: '重要',
          publishFrom: '公告開始',
          publishUntil: '公告結束',
          titleZhTw: '中文標題',
          titleEn: '英文標題',
          issuingUnitZhTw: '中文發布單位',
          issuingUnitEn: '英文發布單位',
          bodyZhTw: '中文內容',
          bodyEn: '英文內容',
        },
      },
    },
  },
};
