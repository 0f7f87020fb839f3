/**
 * The mandates screen's messages (powers of attorney to verify), merged into the console's
 * catalogs (i18n/en.ts, i18n/zh-TW.ts), which type-check that both languages have the same keys.
 */
export const mandateMessages = {
  en: {
    goldcard: {
      mandateStatus: {
        PENDING_VERIFICATION: 'Waiting for verification',
        ACTIVE: 'Active',
        REJECTED: 'Refused',
        REVOKED: 'Revoked',
      },
      mandateSource: {
        HOLDER_ONLINE: 'Given online by the holder',
        POWER_OF_ATTORNEY: 'Signed power of attorney',
      },
      mandates: {
        all_items: 'All changes',
        period: '%{from} to %{until}',
        not_in_force: 'Not in force today',
        holder_ui: 'UI number %{uiNumber}',
        requested_at: 'Received %{at}',
        no_document: 'No document (given online)',
        document: 'Power of attorney',
        open_document: 'Open the power of attorney for %{holder} (new tab)',
        accept: 'Accept',
        refuse: 'Refuse',
        revoke: 'Revoke',
        accept_title: 'Accept the power of attorney?',
        accept_body:
          '%{grantee} may then act for %{holder} (%{scope}) from %{from} to %{until}. Check the signed document first.',
        refuse_title: 'Refuse the power of attorney?',
        refuse_body:
          '%{grantee} will not be able to act for %{holder}. The reason is shown to them: say what is wrong so they can send a correct one.',
        refuse_reason: 'Reason (shown to the agency or employer)',
        refuse_reason_required: 'Give the reason for the refusal.',
        revoke_title: 'Revoke this mandate?',
        revoke_body:
          '%{grantee} loses the right to act for %{holder} at once, for their cases too. This cannot be undone: a new mandate would be needed.',
        accepted: 'The power of attorney has been accepted: the mandate is active.',
        refused: 'The power of attorney has been refused.',
        revoked: 'The mandate has been revoked.',
        note: 'Reason given: %{note}',
        empty: 'No mandates with this status.',
        actions_for: 'Actions for the mandate of %{holder}',
      },
    },
    resources: {
      mandates: {
        name: 'Power of attorney |||| Powers of attorney',
        fields: {
          status: 'Status',
          holder: 'Holder',
          grantee: 'Acting for the holder',
          items: 'Scope',
          period: 'Valid',
          source: 'Given by',
          document: 'Document',
          actions: 'Decision',
        },
      },
    },
  },
  zhTW: {
    goldcard: {
      mandateStatus: {
        PENDING_VERIFICATION: '待審核',
        ACTIVE: '有效',
        REJECTED: '已退回',
        REVOKED: '已撤銷',
      },
      mandateSource: {
        HOLDER_ONLINE: '持卡人線上授權',
        POWER_OF_ATTORNEY: '書面委託書',
      },
      mandates: {
        all_items: '全部異動項目',
        period: '%{from} 至 %{until}',
        not_in_force: '今日不在效期內',
        holder_ui: '統一證號 %{uiNumber}',
        requested_at: '%{at} 收件',
        no_document: '無文件（線上授權）',
        document: '委託書',
        open_document: '開啟 %{holder} 的委託書（新分頁）',
        accept: '核准',
        refuse: '退回',
        revoke: '撤銷',
        accept_title: '確定核准這份委託書嗎？',
        accept_body:
          '核准後，%{grantee} 可於 %{from} 至 %{until} 代理 %{holder} 辦理（%{scope}）。請先核對簽署的文件。',
        refuse_title: '確定退回這份委託書嗎？',
        refuse_body:
          '%{grantee} 將無法代理 %{holder}。退回原因會告知對方：請說明問題所在，以便重新送件。',
        refuse_reason: '退回原因（會告知代理機構或雇主）',
        refuse_reason_required: '請填寫退回原因。',
        revoke_title: '確定撤銷這份委託嗎？',
        revoke_body:
          '%{grantee} 將立即失去代理 %{holder} 的權限，包括已送出的案件。撤銷後無法復原，需重新授權。',
        accepted: '委託書已核准，委託即時生效。',
        refused: '委託書已退回。',
        revoked: '委託已撤銷。',
        note: '退回原因：%{note}',
        empty: '沒有這個狀態的委託。',
        actions_for: '%{holder} 的委託：審核動作',
      },
    },
    resources: {
      mandates: {
        // Chinese has one plural form: polyglot shows the first.
        name: '委託書審核',
        fields: {
          status: '狀態',
          holder: '持卡人',
          grantee: '受託人（雇主或代理機構）',
          items: '委託範圍',
          period: '效期',
          source: '授權方式',
          document: '文件',
          actions: '審核',
        },
      },
    },
  },
};
