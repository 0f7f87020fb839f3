import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Locale } from '../../shared/request-context.js';

/** Which decision a reason explains: a refusal, or a request for more documents (補件). */
export enum DecisionReasonKind {
  REJECTION = 'REJECTION',
  SUPPLEMENT = 'SUPPLEMENT',
}

interface Words {
  zhTw: string;
  en: string;
}

/** One standard reason: a stable code, a short label for the officer, the text the filer reads. */
export interface DecisionReasonEntry {
  code: string;
  label: Words;
  text: Words;
}

export type DecisionReasonLists = Readonly<
  Record<DecisionReasonKind, readonly DecisionReasonEntry[]>
>;
/** What DECISION_REASONS_JSON gives: a kind it names replaces that built-in list whole. */
export type DecisionReasonOverrides = Partial<DecisionReasonLists>;

const reason = (code: string, label: Words, text: Words): DecisionReasonEntry => ({
  code,
  label,
  text,
});

/** The reasons officers give most, worded for the filer (docs/operations.md: overriding them). */
export const BUILT_IN_DECISION_REASONS: DecisionReasonLists = {
  REJECTION: [
    reason(
      'LEASE_NOT_SIGNED',
      { zhTw: '租約未經簽章', en: 'Lease not signed' },
      {
        zhTw: '所附租賃契約未經出租人及承租人雙方簽章，無法證明居住事實。',
        en: 'The lease provided is not signed by both the landlord and the tenant, so it does not prove where you live.',
      },
    ),
    reason(
      'ADDRESS_PROOF_NOT_IN_NAME',
      { zhTw: '地址證明非本人名義', en: 'Proof of address not in the holder’s name' },
      {
        zhTw: '所附地址證明文件非申請人本人名義，亦未附租約或其他可證明居住事實之文件。',
        en: 'The proof of address is not in your name, and no lease or other document shows that you live there.',
      },
    ),
    reason(
      'NAME_CHANGE_PROOF_MISSING',
      { zhTw: '缺姓名變更證明', en: 'Name change proof missing' },
      {
        zhTw: '未提出姓名變更之官方證明文件（例如新護照或更名證明），無法辦理姓名變更。',
        en: 'No official proof of the name change (such as the new passport or a name-change certificate) was provided, so the name cannot be changed.',
      },
    ),
    reason(
      'DATA_DOES_NOT_MATCH_DOCUMENTS',
      { zhTw: '資料與文件不符', en: 'Details do not match the documents' },
      {
        zhTw: '申請異動之資料與所附文件內容不符。',
        en: 'The details you asked for do not match the documents provided.',
      },
    ),
    reason(
      'PASSPORT_NOT_VALID',
      { zhTw: '護照效期不足', en: 'Passport not valid long enough' },
      {
        zhTw: '所附護照已逾期或效期不足 6 個月。',
        en: 'The passport provided has expired or is valid for less than 6 more months.',
      },
    ),
    reason(
      'SUPPLEMENT_NOT_PROVIDED',
      { zhTw: '未補正文件', en: 'Requested documents not provided' },
      {
        zhTw: '經通知補件，所需文件仍未補齊。',
        en: 'The documents we asked for were still not provided.',
      },
    ),
  ],
  SUPPLEMENT: [
    reason(
      'LEASE_NOT_SIGNED',
      { zhTw: '租約未經簽章', en: 'Lease not signed' },
      {
        zhTw: '請上傳經出租人及承租人雙方簽章之租賃契約（含簽章頁）。',
        en: 'Please upload the lease signed by both the landlord and the tenant, including the signature page.',
      },
    ),
    reason(
      'PHOTO_NOT_COMPLIANT',
      { zhTw: '照片不符規格', en: 'Photo does not meet the rules' },
      {
        zhTw: '照片不符規格：請上傳最近 6 個月內拍攝、白色背景、脫帽、正面之彩色照片。',
        en: 'The photo does not meet the rules: please upload a colour photo taken in the last 6 months, facing the camera, bare-headed, on a white background.',
      },
    ),
    reason(
      'PASSPORT_COPY_UNREADABLE',
      { zhTw: '護照影本無法辨識', en: 'Passport copy unreadable' },
      {
        zhTw: '護照影本模糊或不完整，請重新上傳清晰完整之護照資料頁。',
        en: 'The passport copy is blurred or incomplete: please upload a clear scan of the whole data page.',
      },
    ),
    reason(
      'NAME_CHANGE_PROOF_MISSING',
      { zhTw: '缺姓名變更證明', en: 'Name change proof missing' },
      {
        zhTw: '請上傳姓名變更之官方證明文件（例如更名證明或記載新姓名之護照）。',
        en: 'Please upload official proof of the name change (such as a name-change certificate or the passport in the new name).',
      },
    ),
    reason(
      'ADDRESS_PROOF_NOT_IN_NAME',
      { zhTw: '地址證明非本人名義', en: 'Proof of address not in the holder’s name' },
      {
        zhTw: '地址證明文件須為本人名義（租約、水費或電費帳單）；如非本人名義，請另附租約或屋主同意書。',
        en: 'The proof of address must be in your name (lease, water or electricity bill); if it is not, please add the lease or the owner’s consent.',
      },
    ),
    reason(
      'CURRENT_CARD_UNREADABLE',
      { zhTw: '現持卡影本不清楚', en: 'Current card copy unclear' },
      {
        zhTw: '請上傳現持就業金卡正反面之清晰影本。',
        en: 'Please upload a clear copy of both sides of your current Gold Card.',
      },
    ),
  ],
};

const words = (max: number) =>
  z.strictObject({
    zhTw: z.string().trim().min(1).max(max),
    en: z.string().trim().min(1).max(max),
  });

const listSchema = z
  .array(
    z.strictObject({
      code: z
        .string()
        .regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'a code is 2–60 capital letters, digits or _'),
      label: words(80),
      text: words(1000),
    }),
  )
  .min(1)
  .max(50)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const { code } of list) {
      if (seen.has(code)) ctx.addIssue({ code: 'custom', message: `code ${code} appears twice` });
      seen.add(code);
    }
  });

/** The file's shape: `{"REJECTION":[…],"SUPPLEMENT":[…]}`, either kind optional. */
export const decisionReasonOverridesSchema = z.strictObject({
  REJECTION: listSchema.optional(),
  SUPPLEMENT: listSchema.optional(),
});

/**
 * `DECISION_REASONS_JSON` as config.ts reads it: the path of a JSON file, read and checked at
 * startup, so a missing or malformed file stops the server with a message naming the problem.
 */
export const decisionReasonsFile = z.string().transform((file, ctx) => {
  const example =
    'expected a JSON file like {"REJECTION":[{"code":"LEASE_NOT_SIGNED","label":{"zhTw":"…","en":"…"},"text":{"zhTw":"…","en":"…"}}],"SUPPLEMENT":[…]}';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `cannot read ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return z.NEVER;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(file)} is not JSON; ${example}` });
    return z.NEVER;
  }
  const result = decisionReasonOverridesSchema.safeParse(parsed);
  if (!result.success) {
    const why = result.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(file)}: ${why}; ${example}` });
    return z.NEVER;
  }
  return result.data;
});

/** The reasons of a kind in force: the configured list where one is given, else the built-in. */
export function decisionReasonsOf(
  kind: DecisionReasonKind,
  overrides: DecisionReasonOverrides = {},
): readonly DecisionReasonEntry[] {
  return overrides[kind] ?? BUILT_IN_DECISION_REASONS[kind];
}

export function findDecisionReason(
  kind: DecisionReasonKind,
  code: string,
  overrides: DecisionReasonOverrides = {},
): DecisionReasonEntry | undefined {
  return decisionReasonsOf(kind, overrides).find((r) => r.code === code);
}

export const inLocale = (w: Words, locale: Locale) => (locale === 'en' ? w.en : w.zhTw);
