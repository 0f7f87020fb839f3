import type { AmendmentItem, DocumentType } from './amendment-items.js';

/** Names people read for each item and document type, in both languages. */
export const ITEM_LABELS: Record<AmendmentItem, { zhTw: string; en: string }> = {
  NAME: { zhTw: '中英文姓名', en: 'Name' },
  SEX: { zhTw: '性別', en: 'Sex' },
  PASSPORT: { zhTw: '護照資料', en: 'Passport' },
  COLLECTION_PLACE: { zhTw: '領證地點', en: 'Card collection place' },
  RESIDENCE_ADDRESS: { zhTw: '居留地址', en: 'Residence address' },
  EMAIL: { zhTw: '電子郵件', en: 'Email' },
  MOBILE: { zhTw: '手機號碼', en: 'Mobile number' },
  UI_NUMBER_NEW_FORMAT: { zhTw: '換發新式統一證號', en: 'New-format UI number' },
  UI_NUMBER_PERSONAL_REASON: {
    zhTw: '因個人因素變更統一證號',
    en: 'New UI number for personal reasons',
  },
};

export const DOCUMENT_LABELS: Record<DocumentType, { zhTw: string; en: string }> = {
  PROOF_OF_ADDRESS: {
    zhTw: '居住證明（租約或水電費單）',
    en: 'Proof of address (lease or utility bill)',
  },
  PASSPORT: { zhTw: '護照資料頁', en: 'Passport data page' },
  PHOTO: { zhTw: '6 個月內照片', en: 'Photo taken within 6 months' },
  CURRENT_CARD: { zhTw: '現持就業金卡正反面', en: 'Current Gold Card, both sides' },
  NAME_CHANGE_PROOF: { zhTw: '姓名變更證明', en: 'Proof of name change' },
  SEX_CHANGE_PROOF: { zhTw: '性別變更證明', en: 'Proof of change of sex' },
  UI_NUMBER_CHANGE_STATEMENT: {
    zhTw: '變更統一證號理由書',
    en: 'Statement of reasons for a new UI number',
  },
  MANDATE: { zhTw: '委託書', en: 'Power of attorney' },
  FINE_RECEIPT: { zhTw: '罰鍰繳納收據', en: 'Receipt of the fine paid' },
  OTHER: { zhTw: '其他文件', en: 'Other document' },
};
