import type { Bilingual } from '../fees/fee-schedule.js';
import type { PaymentMethod } from './payment.entity.js';

/** Payment methods as people read them. */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, Bilingual> = {
  CREDIT_CARD: { zhTw: '信用卡', en: 'credit card' },
  ATM: { zhTw: 'ATM 轉帳', en: 'ATM transfer' },
  CONVENIENCE_STORE: { zhTw: '超商代碼繳費', en: 'convenience store' },
};
