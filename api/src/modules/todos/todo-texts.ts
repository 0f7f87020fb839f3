import type { Locale } from '../../shared/request-context.js';
import { DOCUMENT_LABELS } from '../amendments/amendment-labels.js';
import type { DocumentType } from '../amendments/amendment-items.js';
import type { ServiceCentre, ServiceCentreDetails } from '../reference/service-centres.js';

/** A to-do's words: what to do, and more about it. */
export interface TodoText {
  title: string;
  detail: string | null;
}

const t = (locale: Locale, zhTw: string, en: string) => (locale === 'en' ? en : zhTw);

// One formatter per language, made once (building one costs far more than using it).
const DAY = {
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }),
  'zh-TW': new Intl.DateTimeFormat('zh-TW', {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }),
} as const;
const TIME = {
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  'zh-TW': new Intl.DateTimeFormat('zh-TW', {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
} as const;

/** A day in Taiwan, in words: 2026年12月6日 / 6 December 2026. */
export const dayIn = (locale: Locale, at: Date | string) =>
  DAY[locale].format(typeof at === 'string' ? new Date(`${at}T12:00:00+08:00`) : at);
const timeIn = (locale: Locale, at: Date) => TIME[locale].format(at);

const money = (locale: Locale, amount: number) =>
  t(locale, `新臺幣 ${amount.toLocaleString('zh-TW')} 元`, `NT$${amount.toLocaleString('en')}`);

/** The case as people name it: its number, or (a draft) whose it is. */
const caseName = (locale: Locale, number: string | null, holder: string) =>
  number
    ? t(locale, `申請案 ${number}`, `Application ${number}`)
    : t(locale, `${holder} 的異動申請`, `The amendment for ${holder}`);

export function payFeeText(
  locale: Locale,
  c: { amount: number; number: string | null; holder: string | null; codeExpiresAt: Date | null },
): TodoText {
  const parts = [
    t(
      locale,
      `${caseName(locale, c.number, '')} 已核准，請線上繳費。`,
      `${caseName(locale, c.number, '')} is approved: please pay online.`,
    ),
  ];
  if (c.codeExpiresAt) {
    parts.push(
      t(
        locale,
        `您已取得繳費代碼，請於 ${timeIn(locale, c.codeExpiresAt)} 前完成繳費；逾期請重新繳費。`,
        `You have a payment code: pay before ${timeIn(locale, c.codeExpiresAt)}, or start the payment again.`,
      ),
    );
  }
  if (c.holder) parts.push(t(locale, `持卡人：${c.holder}`, `Holder: ${c.holder}`));
  return {
    title: t(
      locale,
      `繳納規費${money(locale, c.amount)}`,
      `Pay the fee of ${money(locale, c.amount)}`,
    ),
    detail: parts.join(t(locale, '', ' ')),
  };
}

export function uploadDocumentsText(
  locale: Locale,
  c: { number: string | null; documents: DocumentType[]; holder: string | null },
): TodoText {
  const names = c.documents
    .map((d) => t(locale, DOCUMENT_LABELS[d].zhTw, DOCUMENT_LABELS[d].en))
    .join(t(locale, '、', ', '));
  const parts = [
    t(
      locale,
      `${caseName(locale, c.number, '')} 待補件${names ? `：${names}` : ''}。上傳後請按「回覆補件」。`,
      `${caseName(locale, c.number, '')} needs more documents${names ? `: ${names}` : ''}. Upload them, then answer the request.`,
    ),
  ];
  if (c.holder) parts.push(t(locale, `持卡人：${c.holder}`, `Holder: ${c.holder}`));
  return {
    title: t(locale, '補件：上傳審核人員要求的文件', 'Upload the documents the officer asked for'),
    detail: parts.join(t(locale, '', ' ')),
  };
}

export function collectCardText(
  locale: Locale,
  c: {
    number: string | null;
    centre: ServiceCentre | undefined;
    details: ServiceCentreDetails | null;
    holder: string | null;
  },
): TodoText {
  const place = c.centre
    ? t(locale, c.centre.nameZhTw, c.centre.nameEn)
    : t(locale, '您選擇的服務站', 'the service centre you chose');
  const address = c.details && t(locale, c.details.addressZhTw ?? '', c.details.addressEn ?? '');
  const hours =
    c.details && t(locale, c.details.openingHoursZhTw ?? '', c.details.openingHoursEn ?? '');
  const parts = [
    t(
      locale,
      `${caseName(locale, c.number, '')} 的新卡已製妥。`,
      `${caseName(locale, c.number, '')}: the new card is ready.`,
    ),
    address ? t(locale, `地址：${address}。`, `Address: ${address}.`) : '',
    hours ? t(locale, `服務時間：${hours}。`, `Opening hours: ${hours}.`) : '',
    t(locale, '請攜帶護照及現持就業金卡。', 'Bring the passport and the current Gold Card.'),
    c.holder ? t(locale, `持卡人：${c.holder}`, `Holder: ${c.holder}`) : '',
  ];
  return {
    title: t(locale, `至${place}領取新卡`, `Collect the new card at ${place}`),
    detail: parts.filter(Boolean).join(t(locale, '', ' ')),
  };
}

export function draftExpiringText(
  locale: Locale,
  c: { expiresAt: Date; holder: string; retentionDays: number },
): TodoText {
  return {
    title: t(
      locale,
      `繼續填寫草稿：將於 ${dayIn(locale, c.expiresAt)} 刪除`,
      `Continue your draft: it will be deleted on ${dayIn(locale, c.expiresAt)}`,
    ),
    detail: t(
      locale,
      `${caseName(locale, null, c.holder)}尚未送出；草稿自最後一次修改起保留 ${c.retentionDays} 天，修改後重新起算。`,
      `${caseName(locale, null, c.holder)} is not submitted yet. Drafts are kept ${c.retentionDays} days after the last change; any change starts the count again.`,
    ),
  };
}

export function mandatePendingText(
  locale: Locale,
  m: { sentByMe: boolean; granteeName: string; holderUiNumber: string; validUntil: string },
): TodoText {
  const until = dayIn(locale, m.validUntil);
  if (m.sentByMe) {
    return {
      title: t(locale, '委任書待移民署核對', 'Your power of attorney is waiting for an officer'),
      detail: t(
        locale,
        `持卡人統一證號 ${m.holderUiNumber}，授權至 ${until}。核對通過後即可代為申請；如有錯誤，可撤回後重新上傳。`,
        `Holder ${m.holderUiNumber}, until ${until}. You can file for the holder once it is verified; if anything in it is wrong, withdraw it and send it again.`,
      ),
    };
  }
  return {
    title: t(
      locale,
      `確認授權：${m.granteeName} 申請代您辦理`,
      `Check a mandate: ${m.granteeName} asked to act for you`,
    ),
    detail: t(
      locale,
      `移民署人員正在核對其送出的委任書（授權至 ${until}）。若您未曾簽署，請撤銷此授權。`,
      `An officer is checking the power of attorney it sent (until ${until}). If you never signed one, revoke it.`,
    ),
  };
}

export function passwordExpiringText(locale: Locale, expiresAt: Date, now: Date): TodoText {
  const day = dayIn(locale, expiresAt);
  const past = expiresAt <= now;
  return {
    title: past
      ? t(locale, `請變更密碼：已於 ${day} 到期`, `Change your password: it expired on ${day}`)
      : t(locale, `請變更密碼：將於 ${day} 到期`, `Change your password: it expires on ${day}`),
    detail: t(
      locale,
      '密碼到期後，須先變更密碼才能繼續使用本系統。',
      'Once it has expired, you must change it before doing anything else.',
    ),
  };
}
