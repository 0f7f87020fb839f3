import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Locale } from '../../shared/request-context.js';
import type { Account } from '../accounts/account.entity.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { DOCUMENT_LABELS } from '../amendments/amendment-labels.js';
import { STATUS_LABELS } from '../amendments/amendment-status.js';
import { serviceCentre } from '../reference/service-centres.js';
import { enqueueMail } from './mail.service.js';
import { Notification, type NoticeText, type NoticeTexts } from './notification.entity.js';
import { portalLinks } from '../../shared/portal-links.js';

export type CaseEvent = 'APPROVED' | 'REJECTED' | 'DOCUMENTS_REQUESTED' | 'CARD_READY' | 'FEE_PAID';

/**
 * The officer's words about an event: plain text, or text per language (a standard reason's
 * wording followed by the officer's own words: review/decision-reasons.ts).
 */
export type NoticeDetail = string | ((locale: Locale) => string) | null;

const t = (locale: Locale, zhTw: string, en: string) => (locale === 'en' ? en : zhTw);

/**
 * What to tell the filer about a case event, in their language. A NT$0 case never speaks of a
 * payment: its card is simply ready to collect.
 */
export function noticeText(
  event: CaseEvent,
  amendment: Amendment,
  locale: Locale,
  given: NoticeDetail,
): string {
  const detail = typeof given === 'function' ? given(locale) : given;
  const centreCode =
    amendment.requested.collectionPlaceCode ?? amendment.current.collectionPlaceCode;
  const centre = centreCode ? serviceCentre(centreCode) : undefined;
  const place = centre
    ? t(locale, centre.nameZhTw, centre.nameEn)
    : t(locale, '您選擇的服務站', 'the service centre you chose');
  const fee = amendment.fee?.amount ?? 0;
  switch (event) {
    case 'APPROVED': {
      const parts = [
        t(
          locale,
          '您的申請已核准，登記資料已更新。',
          'Your application is approved and your registered data updated.',
        ),
      ];
      if (amendment.fee?.cardPrinted) {
        parts.push(
          t(
            locale,
            `新卡製作約需 2 週，完成後將通知您至${place}領取；領取時請攜帶護照及現持就業金卡。`,
            `The new card takes about two weeks; we will tell you when it is ready at ${place}. Bring your passport and your current card.`,
          ),
        );
      }
      if (fee > 0) {
        parts.push(
          t(
            locale,
            `應繳規費新臺幣 ${fee.toLocaleString('zh-TW')} 元，請於線上繳費；繳費後始能領取新卡。`,
            `A fee of NT$${fee.toLocaleString('en')} is now due: please pay online. The card is handed over once it is paid.`,
          ),
        );
      }
      if (detail) parts.push(detail);
      return parts.join('\n');
    }
    case 'REJECTED':
      return `${t(locale, '您的申請未獲核准。理由：', 'Your application was not approved. Reason: ')}${detail ?? ''}`;
    case 'DOCUMENTS_REQUESTED': {
      const docs = (amendment.requestedDocuments ?? [])
        .map((d) => t(locale, DOCUMENT_LABELS[d].zhTw, DOCUMENT_LABELS[d].en))
        .join(t(locale, '、', ', '));
      return `${t(locale, '審核人員請您補件：', 'The officer asks for more documents: ')}${docs}\n${detail ?? ''}\n${t(locale, '上傳後請按「回覆補件」。', 'Upload them, then answer the request.')}`.trim();
    }
    case 'CARD_READY':
      return t(
        locale,
        `新卡已製妥，請攜帶護照及現持就業金卡至${place}領取。`,
        `Your new card is ready at ${place}. Bring your passport and your current card to collect it.`,
      );
    case 'FEE_PAID':
      return t(
        locale,
        `已收到規費新臺幣 ${fee.toLocaleString('zh-TW')} 元，電子收據可於申請案頁面下載。`,
        `We have received the fee of NT$${fee.toLocaleString('en')}; the electronic receipt is on the application page.`,
      );
  }
}

const LOCALES: readonly Locale[] = ['zh-TW', 'en'];

/** The notice in every language (title and body), so the bell can answer in the reader's. */
export function noticeTexts(
  event: CaseEvent,
  amendment: Amendment,
  detail: NoticeDetail,
): NoticeTexts {
  const number = amendment.applicationNumber ?? amendment.id;
  const text = (locale: Locale): NoticeText => ({
    title: `${number}: ${STATUS_LABELS[amendment.status][locale === 'en' ? 'en' : 'zhTw']}`,
    body: noticeText(event, amendment, locale, detail),
  });
  return Object.fromEntries(LOCALES.map((l) => [l, text(l)])) as NoticeTexts;
}

const clip = ({ title, body }: NoticeText): NoticeText => ({
  title: title.slice(0, 200),
  body: body.slice(0, 2000),
});

function bell(
  em: EntityManager,
  account: Account,
  kind: string,
  amendment: Amendment,
  texts: NoticeTexts,
) {
  const kept: NoticeTexts = { 'zh-TW': clip(texts['zh-TW']), en: clip(texts.en) };
  em.persist(
    Object.assign(new Notification(), {
      account,
      kind,
      amendmentId: amendment.id,
      // The account's language in the plain columns too: what older readers of the table expect.
      ...kept[account.locale],
      texts: kept,
    }),
  );
}

/**
 * Tells the filer (mail + bell) and, when someone else filed it, the holder's own account (bell)
 * about a case event. The mail is in the filer's language (it cannot change once sent); the bell
 * keeps every language and answers in the reader's. Runs in the caller's unit of work: nothing is
 * sent if the change rolls back.
 */
export async function notifyCaseEvent(
  em: EntityManager,
  config: Config,
  amendment: Amendment,
  event: CaseEvent,
  detail: NoticeDetail = null,
): Promise<void> {
  const filer = amendment.filedBy;
  const locale = filer.locale;
  const status = STATUS_LABELS[amendment.status][locale === 'en' ? 'en' : 'zhTw'];
  const texts = noticeTexts(event, amendment, detail);
  const number = amendment.applicationNumber ?? amendment.id;
  enqueueMail(em, {
    to: filer.email,
    locale,
    template: 'AMENDMENT_STATUS_CHANGED',
    params: {
      displayName: filer.displayName,
      applicationNumber: number,
      status,
      message: texts[locale].body,
      link: portalLinks(config).amendment(amendment.id),
    },
  });
  const kind = `AMENDMENT_${event}`;
  bell(em, filer, kind, amendment, texts);
  const holderAccount = await em.findOne('Account', { applicant: amendment.applicant.id });
  if (holderAccount && (holderAccount as Account).id !== filer.id) {
    bell(em, holderAccount as Account, kind, amendment, texts);
  }
}
