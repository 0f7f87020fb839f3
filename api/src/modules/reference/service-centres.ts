import { z } from 'zod';

/**
 * National Immigration Agency service centres where a Gold Card can be collected (領證地點).
 * Reference data: codes are stable, names shown in zh-TW and English.
 *
 * Addresses and opening hours are filled in only where they are known for certain; the others
 * are null until the operator supplies them (SERVICE_CENTRES_JSON, see `serviceCentreDetails`),
 * and clients then point people to the agency's own list of service centres.
 */
export interface ServiceCentre {
  code: string;
  nameZhTw: string;
  nameEn: string;
}

/** Where a centre is and when it is open; null when not known. */
export interface ServiceCentreDetails {
  addressZhTw: string | null;
  addressEn: string | null;
  openingHoursZhTw: string | null;
  openingHoursEn: string | null;
}

export const SERVICE_CENTRES: readonly ServiceCentre[] = [
  { code: 'TPE', nameZhTw: '臺北市服務站', nameEn: 'Taipei City Service Center' },
  { code: 'NTP', nameZhTw: '新北市服務站', nameEn: 'New Taipei City Service Center' },
  { code: 'KEE', nameZhTw: '基隆市服務站', nameEn: 'Keelung City Service Center' },
  { code: 'TAO', nameZhTw: '桃園市服務站', nameEn: 'Taoyuan City Service Center' },
  { code: 'HSC', nameZhTw: '新竹市服務站', nameEn: 'Hsinchu City Service Center' },
  { code: 'HSQ', nameZhTw: '新竹縣服務站', nameEn: 'Hsinchu County Service Center' },
  { code: 'MIA', nameZhTw: '苗栗縣服務站', nameEn: 'Miaoli County Service Center' },
  { code: 'TXG', nameZhTw: '臺中市服務站', nameEn: 'Taichung City Service Center' },
  { code: 'CHA', nameZhTw: '彰化縣服務站', nameEn: 'Changhua County Service Center' },
  { code: 'NAN', nameZhTw: '南投縣服務站', nameEn: 'Nantou County Service Center' },
  { code: 'YUN', nameZhTw: '雲林縣服務站', nameEn: 'Yunlin County Service Center' },
  { code: 'CYI', nameZhTw: '嘉義市服務站', nameEn: 'Chiayi City Service Center' },
  { code: 'CYQ', nameZhTw: '嘉義縣服務站', nameEn: 'Chiayi County Service Center' },
  { code: 'TNN', nameZhTw: '臺南市服務站', nameEn: 'Tainan City Service Center' },
  { code: 'KHH', nameZhTw: '高雄市服務站', nameEn: 'Kaohsiung City Service Center' },
  { code: 'PIF', nameZhTw: '屏東縣服務站', nameEn: 'Pingtung County Service Center' },
  { code: 'ILA', nameZhTw: '宜蘭縣服務站', nameEn: 'Yilan County Service Center' },
  { code: 'HUA', nameZhTw: '花蓮縣服務站', nameEn: 'Hualien County Service Center' },
  { code: 'TTT', nameZhTw: '臺東縣服務站', nameEn: 'Taitung County Service Center' },
  { code: 'PEN', nameZhTw: '澎湖縣服務站', nameEn: 'Penghu County Service Center' },
  { code: 'KIN', nameZhTw: '金門縣服務站', nameEn: 'Kinmen County Service Center' },
  { code: 'LNN', nameZhTw: '連江縣服務站', nameEn: 'Lienchiang County Service Center' },
];

const UNKNOWN: ServiceCentreDetails = {
  addressZhTw: null,
  addressEn: null,
  openingHoursZhTw: null,
  openingHoursEn: null,
};

/**
 * The built-in details: only the Taipei City Service Center, in the agency's headquarters
 * building, is filled in. Everything else comes from configuration.
 */
const BUILT_IN_DETAILS: Readonly<Record<string, Partial<ServiceCentreDetails>>> = {
  TPE: {
    addressZhTw: '100 臺北市中正區廣州街15號',
    addressEn: 'No. 15, Guangzhou St., Zhongzheng Dist., Taipei City 100',
    openingHoursZhTw: '週一至週五 08:00–17:00（國定假日休息）',
    openingHoursEn: 'Monday to Friday, 08:00–17:00 (closed on national holidays)',
  },
};

const BY_CODE = new Map(SERVICE_CENTRES.map((c) => [c.code, c]));

export function serviceCentre(code: string): ServiceCentre | undefined {
  return BY_CODE.get(code);
}

const detailText = z.string().trim().min(1).max(300).nullable().optional();

/**
 * SERVICE_CENTRES_JSON: per centre code, the details that replace the built-in ones, e.g.
 * `{"KHH":{"addressZhTw":"…","addressEn":"…","openingHoursZhTw":"…","openingHoursEn":"…"}}`.
 * A field left out keeps the built-in value; null clears it. Unknown codes are refused (a typo
 * would otherwise be silently ignored).
 */
export const serviceCentreOverridesSchema = z
  .record(
    z.string(),
    z.strictObject({
      addressZhTw: detailText,
      addressEn: detailText,
      openingHoursZhTw: detailText,
      openingHoursEn: detailText,
    }),
  )
  .superRefine((overrides, ctx) => {
    const unknown = Object.keys(overrides).filter((code) => !BY_CODE.has(code));
    if (unknown.length) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown service centre code(s) ${unknown.join(', ')}; known: ${[...BY_CODE.keys()].join(', ')}`,
      });
    }
  });

export type ServiceCentreOverrides = z.infer<typeof serviceCentreOverridesSchema>;

/** A centre's address and opening hours: configuration over the built-in data. */
export function serviceCentreDetails(
  code: string,
  overrides: ServiceCentreOverrides = {},
): ServiceCentreDetails {
  const merged: ServiceCentreDetails = { ...UNKNOWN, ...BUILT_IN_DETAILS[code] };
  for (const [key, value] of Object.entries(overrides[code] ?? {})) {
    if (value !== undefined) merged[key as keyof ServiceCentreDetails] = value;
  }
  return merged;
}

/** `SERVICE_CENTRES_JSON` as config.ts reads it: JSON text, checked against the schema above. */
export const serviceCentresJson = z.string().transform((value, ctx) => {
  const example = 'expected JSON like {"KHH":{"addressZhTw":"…","addressEn":"…"}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: example });
    return z.NEVER;
  }
  const result = serviceCentreOverridesSchema.safeParse(parsed);
  if (!result.success) {
    const why = result.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    ctx.addIssue({ code: 'custom', message: `${example} (${why})` });
    return z.NEVER;
  }
  return result.data;
});
