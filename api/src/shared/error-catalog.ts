/** A message in both languages; `reasons` word it per `params.reason` where one is given. */
export interface ErrorMessage {
  en: string;
  zhTw: string;
  reasons?: Readonly<Record<string, { en: string; zhTw: string }>>;
}

/**
 * The stable error codes of the public API with their messages. docs/errors.md is checked against
 * this list by a test, so a new code cannot ship undocumented.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: {
    en: 'Please log in first.',
    zhTw: '請先登入。',
  },
  SESSION_EXPIRED: {
    en: 'Your session has expired. Please log in again; your drafts are kept.',
    zhTw: '登入已逾時，請重新登入；您的草稿均已保存。',
  },
  FORBIDDEN: {
    en: 'You are not allowed to do this.',
    zhTw: '您沒有執行此操作的權限。',
    // `params.reason`, where a refusal can say why without telling the caller anything new
    // (startAmendment gives one only after the UI number and birth date matched: docs/errors.md).
    reasons: {
      NO_MANDATE: {
        en: 'You have no active mandate from this holder covering these changes. The holder can grant one.',
        zhTw: '您未取得此持卡人就這些異動項目的有效授權，請洽持卡人授權。',
      },
      HOLDER_LINKED_TO_ANOTHER_ACCOUNT: {
        en: 'This holder is already linked to another applicant account. Log in with that account, or ask a service centre to move the link.',
        zhTw: '此持卡人已連結其他申請人帳號。請改用該帳號登入，或洽移民署服務站辦理帳號轉換。',
      },
      ACCOUNT_LINKED_TO_ANOTHER_HOLDER: {
        en: 'This account is linked to another holder and files only for that holder.',
        zhTw: '此帳號已連結其他持卡人，僅能為該持卡人申請。',
      },
    },
  },
  BAD_USER_INPUT: {
    en: 'Some of the information given is not valid. See the fields listed.',
    zhTw: '部分資料格式不正確，請依下列欄位說明修正。',
  },
  NOT_FOUND: {
    en: 'The requested record was not found.',
    zhTw: '查無指定的資料。',
  },
  CONFLICT: {
    en: 'Someone else changed this record in the meantime. Reload it and try again.',
    zhTw: '此資料已被他人更新，請重新載入後再試。',
  },
  RATE_LIMITED: {
    en: 'Too many attempts. Please wait {retryAfterSeconds} seconds and try again.',
    zhTw: '嘗試次數過多，請於 {retryAfterSeconds} 秒後再試。',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The service is temporarily unavailable. Please try again shortly.',
    zhTw: '系統暫時無法提供服務，請稍後再試。',
  },
  CAPTCHA_INVALID: {
    en: 'The verification code is wrong or has expired. Please try a new one.',
    zhTw: '驗證碼錯誤或已過期，請重新取得驗證碼。',
  },
  INVALID_CREDENTIALS: {
    en: 'The account name or password is wrong.',
    zhTw: '帳號或密碼錯誤。',
  },
  ACCOUNT_LOCKED: {
    en: 'This account is locked after too many wrong passwords. Use "Forgot password" to unlock it.',
    zhTw: '密碼錯誤次數過多，帳號已鎖定。請使用「忘記密碼」重設密碼以解除鎖定。',
  },
  ACCOUNT_DISABLED: {
    en: 'This account has been disabled. Please ask a supervisor.',
    zhTw: '此帳號已停用，請洽主管。',
  },
  OWN_ACCOUNT_UNCHANGEABLE: {
    en: 'You cannot disable your own account or change your own role. Ask another supervisor.',
    zhTw: '不能停用自己的帳號或變更自己的角色，請洽其他主管。',
  },
  LAST_ACTIVE_SUPERVISOR: {
    en: 'This is the last active supervisor: it cannot be disabled or made an officer. Make another account supervisor first.',
    zhTw: '此為最後一位啟用中的主管，不能停用或改為承辦人；請先將其他帳號設為主管。',
  },
  EMAIL_NOT_VERIFIED: {
    en: 'Please confirm your email address first, using the link we sent. You can ask for a new link.',
    zhTw: '請先點選我們寄出的連結以驗證電子郵件；如未收到，可申請重寄驗證信。',
  },
  PASSWORD_EXPIRED: {
    en: 'Your password has expired. Please change it to continue.',
    zhTw: '您的密碼已逾期，請先變更密碼後再繼續。',
  },
  TOKEN_INVALID: {
    en: 'This link is invalid, already used or expired. Please ask for a new one.',
    zhTw: '此連結無效、已使用或已過期，請重新申請。',
  },
  TERMS_NOT_ACCEPTED: {
    en: 'Please read and accept the current terms of use (version {version}) first.',
    zhTw: '請先閱讀並同意最新版本（{version}）的系統使用條款。',
  },
  APPLICANT_NOT_FOUND: {
    en: 'No card holder matches the details given. Check the UI number and birth date.',
    zhTw: '查無符合的持卡人資料，請確認統一證號及出生日期。',
  },
  AMENDMENT_ALREADY_OPEN: {
    // `openCase`: "an unfinished draft", or the case with its application number.
    en: 'This holder already has {openCase}. Continue or withdraw it first.',
    zhTw: '此持卡人已有{openCase}，請先繼續辦理或撤回該申請。',
  },
  DOCUMENTS_MISSING: {
    // `missing` is the documents' names in the reader's language (`params.missing` stays codes).
    en: 'Some required documents are missing: {missing}.',
    zhTw: '尚缺必要文件：{missing}。',
  },
  FILE_TOO_LARGE: {
    en: 'The file is too large: at most {maxMegabytes} MB for this document.',
    zhTw: '檔案過大：此類文件上限為 {maxMegabytes} MB。',
  },
  FILE_TYPE_NOT_ALLOWED: {
    en: 'This kind of file is not accepted here. Allowed: {allowed}.',
    zhTw: '不接受此檔案類型，可上傳：{allowed}。',
  },
  FILE_EMPTY: {
    en: 'The file is empty.',
    zhTw: '檔案內容為空。',
  },
  FILE_UNREADABLE: {
    en: 'The file looks like an image but cannot be read: it may be damaged.',
    zhTw: '無法讀取此圖片檔，檔案可能已損毀。',
  },
  UPLOAD_INCOMPLETE: {
    en: 'The upload did not arrive whole. Please send it again.',
    zhTw: '檔案未完整上傳，請重新上傳。',
  },
  IMAGE_TOO_SMALL: {
    en: 'The photo is too small: at least {minWidth}×{minHeight} pixels.',
    zhTw: '照片尺寸過小，至少需 {minWidth}×{minHeight} 像素。',
  },
  INVALID_TRANSITION: {
    en: 'This cannot be done while the application is "{status}".',
    zhTw: '申請案目前狀態為「{status}」，無法執行此操作。',
  },
  FEE_UNPAID: {
    en: 'The fee has not been paid yet.',
    zhTw: '規費尚未繳納。',
  },
  FEE_NOT_PAYABLE: {
    en: 'There is no fee to pay for this application now: fees are paid once, after approval.',
    zhTw: '此申請案目前無須繳費：規費於核准後繳納，且僅需繳納一次。',
  },
  ONLINE_PAYMENT_UNAVAILABLE: {
    en: 'Online payment is not available at the moment. Please pay at the service counter.',
    zhTw: '目前無法使用線上繳費，請至服務站臨櫃繳納。',
  },
  RECEIPT_NOT_AVAILABLE: {
    en: 'There is no receipt for this application yet: it is issued once the fee is paid (or, when no fee is due, once the application is approved).',
    zhTw: '此申請案尚無收據：收據於規費繳納後開立（免繳規費者於核准後開立）。',
  },
  SUMMARY_NOT_AVAILABLE: {
    en: 'The application summary is available once the application is submitted.',
    zhTw: '申請書摘要於申請案送出後提供。',
  },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This idempotency key was already used for a different request. Use a new key.',
    zhTw: '此冪等鍵已用於其他請求，請改用新的鍵值。',
  },
  BAD_REQUEST: {
    en: 'The request could not be read. Check that it is well-formed JSON or multipart.',
    zhTw: '無法解讀此請求，請確認格式為正確的 JSON 或 multipart。',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request is too large.',
    zhTw: '請求內容過大。',
  },
  QUERY_TOO_COMPLEX: {
    en: 'This query is too large or too deeply nested. Ask for fewer fields, or split it into several requests.',
    zhTw: '此查詢過於龐大或巢狀層數過多，請減少查詢欄位，或拆成多次請求。',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'An unexpected error occurred. Please try again; if it persists, quote reference {requestId}.',
    zhTw: '系統發生非預期錯誤，請再試一次；若持續發生，請提供參考編號 {requestId}。',
  },
  WEBHOOK_SUBSCRIPTION_LIMIT: {
    en: 'This account already has {max} webhook subscriptions. Delete one before adding another.',
    zhTw: '此帳號已有 {max} 個 Webhook 訂閱，請先刪除其中一個再新增。',
  },
} as const satisfies Record<string, ErrorMessage>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Field-level problem codes used inside BAD_USER_INPUT, with their messages. */
export const FIELD_PROBLEMS = {
  REQUIRED: { en: 'This field is required.', zhTw: '此欄位為必填。' },
  TOO_LONG: { en: 'This value is too long (at most {max}).', zhTw: '內容過長（最多 {max}）。' },
  TOO_SHORT: { en: 'This value is too short (at least {min}).', zhTw: '內容過短（至少 {min}）。' },
  INVALID_FORMAT: { en: 'This value is not in the expected format.', zhTw: '格式不正確。' },
  INVALID_UI_NUMBER: {
    en: 'This is not a valid UI number (統一證號): check the letters and digits.',
    zhTw: '統一證號格式或檢查碼不正確，請確認英文字母與數字。',
  },
  INVALID_VALUE: { en: 'This value is not allowed.', zhTw: '此值不在允許範圍內。' },
  OUT_OF_RANGE: { en: 'This value is out of range.', zhTw: '數值超出允許範圍。' },
  INVALID_EMAIL: { en: 'This is not a valid email address.', zhTw: '電子郵件格式不正確。' },
  PASSWORD_TOO_WEAK: {
    en: 'This password is too common or too easy to guess. Use a longer phrase.',
    zhTw: '此密碼過於常見或容易猜測，請改用較長的密碼片語。',
  },
  PASSWORD_REUSED: {
    en: 'The new password must differ from the current one.',
    zhTw: '新密碼不可與目前密碼相同。',
  },
  INVALID_LATIN_NAME: {
    en: 'Use capital letters A–Z, spaces and hyphens, as in the passport.',
    zhTw: '請依護照以英文大寫字母 A–Z、空格或連字號填寫。',
  },
  INVALID_CHINESE_NAME: { en: 'Use Chinese characters only.', zhTw: '請僅填寫中文字。' },
  NOT_TRADITIONAL_CHINESE: {
    en: 'Write the address in Traditional Chinese (e.g. 忠孝東路四段100號5樓).',
    zhTw: '地址請以正體中文填寫（例如：忠孝東路四段100號5樓）。',
  },
  INVALID_CITY_DISTRICT: {
    en: 'Choose the city or county and the district from the lists.',
    zhTw: '請由清單選擇縣市及鄉鎮市區。',
  },
  INVALID_MOBILE: {
    en: 'A Taiwan mobile number: 09 followed by 8 digits.',
    zhTw: '請填寫臺灣手機號碼：09 開頭共 10 碼。',
  },
  PASSPORT_EXPIRES_TOO_SOON: {
    en: 'The passport must be valid for at least 6 more months.',
    zhTw: '護照效期須尚有 6 個月以上。',
  },
  DATE_IN_FUTURE: { en: 'This date cannot be in the future.', zhTw: '日期不可晚於今天。' },
  NATIONALITY_NOT_AMENDABLE: {
    en: 'Nationality cannot be changed by an amendment: a change of nationality needs a new Gold Card application.',
    zhTw: '國籍無法以資料異動變更；國籍變更須重新申請就業金卡。',
  },
  ITEM_NOT_SELECTED: {
    en: 'To change this, first tick the matching item in "what changes".',
    zhTw: '如需變更此欄位，請先勾選對應的異動項目。',
  },
  NO_CHANGE: {
    en: 'This item is selected but nothing in it was changed.',
    zhTw: '已勾選此異動項目，但內容未變更。',
  },
  ACCOUNT_NAME_UNAVAILABLE: {
    en: 'This account name cannot be used. Please choose another.',
    zhTw: '此帳號名稱無法使用，請改用其他名稱。',
  },
  WEBHOOK_URL_NOT_ALLOWED: {
    en: 'Webhooks go only to a public http(s) address (https in production), without user name or password.',
    zhTw: 'Webhook 僅能傳送至公開的 http(s) 網址（正式環境須為 https），且網址不得包含帳號密碼。',
  },
  WEBHOOK_URL_UNRESOLVABLE: {
    en: 'The host name in this address cannot be found.',
    zhTw: '找不到此網址的主機名稱。',
  },
  ENDS_BEFORE_START: {
    en: 'The end must be later than the start.',
    zhTw: '結束時間須晚於開始時間。',
  },
  LINK_NOT_ALLOWED: {
    en: 'Links may only point to an https:// address or to a page of this service (starting with /).',
    zhTw: '連結僅能指向 https:// 開頭的網址，或本系統的頁面（以 / 開頭）。',
  },
} as const satisfies Record<string, { en: string; zhTw: string }>;

export type FieldProblemCode = keyof typeof FIELD_PROBLEMS;
