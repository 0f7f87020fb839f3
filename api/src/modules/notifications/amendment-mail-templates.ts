import type { Locale } from '../../shared/request-context.js';
import {
  action,
  greeting,
  httpLink,
  inline,
  list,
  type MailDraft,
  note,
  p,
  positiveInteger,
} from './mail-blocks.js';

/** Mails about an amendment case, to the person who filed it. */
export interface AmendmentMailParams {
  /** Sent at submit: the application number and what happens next. */
  AMENDMENT_RECEIVED: {
    displayName: string;
    applicationNumber: string;
    /** What changes, already in the mail's language. */
    items: string[];
    feeAmount: number;
    link: string;
  };
  /** Contact-only changes: the new address confirms itself, and the change completes. */
  AMENDMENT_CONTACT_CONFIRMATION: {
    displayName: string;
    applicationNumber: string;
    link: string;
    expiresInHours: number;
  };
  /** Sent when the case moves on (decision, supplement request, card ready…). */
  AMENDMENT_STATUS_CHANGED: {
    displayName: string;
    applicationNumber: string;
    /** The new status, already in the mail's language. */
    status: string;
    message: string | null;
    link: string;
  };
}

type Drafters = {
  [T in keyof AmendmentMailParams]: (locale: Locale, params: AmendmentMailParams[T]) => MailDraft;
};

export const AMENDMENT_TEMPLATES: Drafters = {
  AMENDMENT_RECEIVED(locale, { displayName, applicationNumber, items, feeAmount, link }) {
    const href = httpLink(link, 'link');
    const number = inline(applicationNumber, 20);
    const changes = items.map((item) => inline(item, 80));
    if (locale === 'en') {
      return {
        subject: `Application ${number} received`,
        greeting: greeting(locale, displayName),
        blocks: [
          p(
            `We have received your Gold Card data amendment. Your application number is ${number}.`,
          ),
          p('It asks to change:'),
          list(changes),
          p(
            feeAmount > 0
              ? `The fee is NT$${feeAmount.toLocaleString('en')}. It becomes payable once the amendment is approved; fees are not refunded.`
              : 'No fee is payable for this amendment.',
          ),
          action('Follow the application', href),
          note(
            'Review usually takes one to two weeks. We will write again when its status changes.',
          ),
        ],
      };
    }
    return {
      subject: `已收到您的申請（${number}）`,
      greeting: greeting(locale, displayName),
      blocks: [
        p(`我們已收到您的就業金卡資料異動申請，申請案號為 ${number}。`),
        p('申請異動項目：'),
        list(changes),
        p(
          feeAmount > 0
            ? `應繳規費新臺幣 ${feeAmount.toLocaleString('zh-TW')} 元，於核准後繳納；規費繳納後不予退還。`
            : '本次異動無須繳納規費。',
        ),
        action('查詢申請進度', href),
        note('審核作業約需 1 至 2 週，案件狀態變更時將再以電子郵件通知。'),
      ],
    };
  },

  AMENDMENT_CONTACT_CONFIRMATION(locale, { displayName, applicationNumber, link, expiresInHours }) {
    const href = httpLink(link, 'link');
    const number = inline(applicationNumber, 20);
    const hours = positiveInteger(expiresInHours, 'expiresInHours');
    if (locale === 'en') {
      return {
        subject: 'Confirm your new email address',
        greeting: greeting(locale, displayName),
        blocks: [
          p(
            `Application ${number} asks to register this address for Gold Card notices. To confirm it, use the link below; the change then takes effect at once.`,
          ),
          action('Confirm this email address', href),
          p(`The link expires in ${hours} hours and can be used only once.`),
          note('If you did not ask for this, ignore this message: nothing will change.'),
        ],
      };
    }
    return {
      subject: '請確認您的新電子郵件地址',
      greeting: greeting(locale, displayName),
      blocks: [
        p(
          `申請案 ${number} 申請將此電子郵件地址登記為就業金卡通知信箱。請點選下方連結確認，確認後變更隨即生效。`,
        ),
        action('確認此電子郵件地址', href),
        p(`此連結將於 ${hours} 小時後失效，且僅能使用一次。`),
        note('若您並未提出此項申請，請忽略本郵件，資料不會變更。'),
      ],
    };
  },

  AMENDMENT_STATUS_CHANGED(locale, { displayName, applicationNumber, status, message, link }) {
    const href = httpLink(link, 'link');
    const number = inline(applicationNumber, 20);
    const state = inline(status, 60);
    const extra = message ? [p(inline(message, 2000))] : [];
    if (locale === 'en') {
      return {
        subject: `Application ${number}: ${state}`,
        greeting: greeting(locale, displayName),
        blocks: [
          p(`The status of application ${number} is now: ${state}.`),
          ...extra,
          action('See the application', href),
        ],
      };
    }
    return {
      subject: `申請案 ${number}：${state}`,
      greeting: greeting(locale, displayName),
      blocks: [
        p(`您的申請案 ${number} 目前狀態為：${state}。`),
        ...extra,
        action('查看申請案', href),
      ],
    };
  },
};
