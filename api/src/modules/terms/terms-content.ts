/**
 * The system-use terms an applicant accepts before filing a Gold Card data amendment
 * (seed step 8: 系統使用聲明事項(就業金卡部分), "同意上述條款，請打勾。").
 *
 * The Chinese text follows the agency's published wording; only the Markdown bold around
 * 非正式申請 in clause 10 is dropped, and three evident typos in the source are corrected
 * (申請窗口 → 申辦窗口 in clause 1, 呈上點 → 承上點 in clause 5, 創業求簽證 → 創業家簽證 in clause 10).
 *
 * Versions are kept forever: an acceptance records the version the person read. To change the
 * text, append a version with a later `effectiveFrom`; never edit one that has been in force.
 */

export interface TermsClause {
  /** 1-based, as numbered on the platform. */
  number: number;
  zhTw: string;
  en: string;
}

export interface AmendmentTermsVersion {
  /** Stable identifier recorded with each acceptance, e.g. `2024-05`. */
  version: string;
  /** First day (Asia/Taipei, `YYYY-MM-DD`) on which this version is shown. */
  effectiveFrom: string;
  title: { zhTw: string; en: string };
  /** The label of the tick box that records agreement. */
  acceptanceLabel: { zhTw: string; en: string };
  clauses: TermsClause[];
}

export const AMENDMENT_TERMS: readonly AmendmentTermsVersion[] = [
  {
    version: '2024-05',
    // The seed shows this text in a tutorial whose newest bulletin is dated 2024/05/17; the day
    // the wording took effect is not given. The first of that month is assumed.
    effectiveFrom: '2024-05-01',
    title: {
      zhTw: '系統使用聲明事項(就業金卡部分)',
      en: 'Statement on the Use of the System (Employment Gold Card)',
    },
    acceptanceLabel: {
      zhTw: '同意上述條款，請打勾。',
      en: 'Tick to agree to the terms above.',
    },
    clauses: [
      {
        number: 1,
        zhTw:
          '您好，歡迎您至中華民國內政部移民署(下稱本署)外國專業人才申辦窗口平臺(下稱本平臺)申請中華民國就業金卡。' +
          '本平臺為便利以線上方式通知您的申請案審查之訊息，將以電子文件(電子郵件)通知您，' +
          '且本申請案一旦完成繳費後，無論核准與否均不退費。',
        en:
          'Welcome to the Foreign Professionals Online Application Platform (the "Platform") of the ' +
          'National Immigration Agency, Ministry of the Interior, Republic of China (Taiwan) (the ' +
          '"Agency"), for applying for a Republic of China (Taiwan) Employment Gold Card. So that ' +
          'you can be informed online about the review of your application, the Platform will ' +
          'notify you by electronic document (email). Once the fee for an application has been ' +
          'paid, it is not refunded, whether or not the application is approved.',
      },
      {
        number: 2,
        zhTw: '使用本平臺者，視同同意以電子文件為表示方式。',
        en:
          'Anyone who uses the Platform is deemed to agree that declarations are made in the form ' +
          'of electronic documents.',
      },
      {
        number: 3,
        zhTw: '機關人員或申請人使用本署認可之憑證於本系統辦理相關申請、審核事宜者，視同機關或申請人本人所為行為。',
        en:
          'When government staff or an applicant use a certificate recognised by the Agency to ' +
          'handle applications or reviews in this system, their actions are deemed to be those of ' +
          'the government agency or of the applicant in person.',
      },
      {
        number: 4,
        zhTw:
          '您在本平臺所提供之資料必須正確、真實且完整，否則本署恐無法進行審核並可能作出不利您權益之處分或處置；' +
          '若您非中華民國就業金卡申請人本人而於本系統提出申請，視同已取得申請人本人授權，' +
          '您與申請人間因此衍生糾紛，均與本署無涉。',
        en:
          'The information you provide on the Platform must be correct, true and complete; ' +
          'otherwise the Agency may be unable to review the application and may make a decision ' +
          'or take measures adverse to your rights and interests. If you file an application in ' +
          'this system without being the Employment Gold Card applicant yourself, you are deemed ' +
          'to have obtained the applicant’s authorisation, and any dispute that arises from this ' +
          'between you and the applicant does not concern the Agency.',
      },
      {
        number: 5,
        zhTw: '承上點，若您非本人提出申請，本平臺填寫之申請書資料請以「就業金卡申請人」身分進行填寫。',
        en:
          'Further to the preceding clause: if you are filing on someone else’s behalf, fill in ' +
          'the application form on the Platform as the Employment Gold Card applicant, that is, ' +
          'with the applicant’s particulars.',
      },
      {
        number: 6,
        zhTw:
          '即使您已獲核發就業金卡，仍須持有有效期6個月以上之護照或旅行證件及就業金卡(或就業金卡境外核准證明)，' +
          '經中華民國入境機場/港口移民官員依據相關法令查驗始得入境。',
        en:
          'Even after an Employment Gold Card has been issued to you, you must hold a passport or ' +
          'travel document valid for at least 6 more months and the Employment Gold Card (or the ' +
          'Employment Gold Card overseas approval certificate), and you may enter only after ' +
          'inspection by the immigration officers at the airport or port of entry of the Republic ' +
          'of China (Taiwan) under the applicable laws and regulations.',
      },
      {
        number: 7,
        zhTw:
          '本署依據中華民國「個人資料保護法」及施行細則等相關規定，蒐集、處理及利用您於本系統所提供之資料，' +
          '已依法採取適當安全維護措施，以避免您個人資料遭到外洩、竊取、竊改或其他不當利用；' +
          '然依據中華民國「個人資料保護法」第28條規定，您的個人資料及權利倘因天災、事變或其他不可抗力、' +
          '第三方不法蒐集等因素而導致損害，中華民國政府無法負擔賠償責任。',
        en:
          'The Agency collects, processes and uses the data you provide in this system in ' +
          'accordance with the Personal Data Protection Act of the Republic of China (Taiwan), its ' +
          'Enforcement Rules and other applicable provisions, and has taken appropriate security ' +
          'measures as required by law to prevent your personal data from being disclosed, ' +
          'stolen, altered or otherwise misused. However, under Article 28 of the Personal Data ' +
          'Protection Act, the Government of the Republic of China (Taiwan) cannot be liable for ' +
          'damage to your personal data or rights caused by natural disasters, emergencies or ' +
          'other force majeure, unlawful collection by third parties, or similar causes.',
      },
      {
        number: 8,
        zhTw: '審核單位有權駁回及拒絕核發給予相關申請許可證明，特此聲明。',
        en:
          'It is hereby stated that the reviewing authority has the right to reject an ' +
          'application and to refuse to issue the permits or certificates applied for.',
      },
      {
        number: 9,
        zhTw:
          '就業金卡因污損、滅失、遺失或資料變更申請補發，除香港或澳門居民申請者，每件收費新臺幣二千六百元外，' +
          '為新臺幣五百元。如申請居住地址變更、護照號碼變更者，依規費法第7條但書規定辦理，得免徵收規費。',
        en:
          'The fee for the reissue of an Employment Gold Card because it is damaged, destroyed or ' +
          'lost, or because its data have changed, is NT$500 per application, except for ' +
          'applications by Hong Kong or Macau residents, which are charged NT$2,600 each. ' +
          'Applications for a change of residential address or of passport number may be ' +
          'exempted from the fee under the proviso of Article 7 of the Charges and Fees Act.',
      },
      {
        number: 10,
        zhTw:
          '如您有需要事先登打依親親屬的資料，本系統僅提供親屬資料預先登打非正式申請，' +
          '來臺依親居留簽證之申請，需待就業金卡、就業PASS卡或創業家簽證及外僑居留證申請人取得居留資格後，' +
          '持應備文件向外交部駐外館處彙轉送件申請簽證。',
        en:
          'If you need to enter the details of dependent family members in advance: this system ' +
          'only lets you pre-enter family members’ details; this is NOT a formal application. A ' +
          'resident visa for joining family in Taiwan can be applied for only after the holder ' +
          'of the Employment Gold Card, the Employment Pass Card, or the Entrepreneur Visa and ' +
          'Alien Resident Certificate has obtained residence status, by submitting the required ' +
          'documents to an overseas mission of the Ministry of Foreign Affairs, which forwards ' +
          'the visa application.',
      },
      {
        number: 11,
        zhTw: '如果在臺設有戶籍者，不適用本申請。',
        en: 'This application is not available to anyone who has a household registration in Taiwan.',
      },
      {
        number: 12,
        zhTw: '請確認您是否在中華民國境內曾有犯罪相關紀錄，若觸法將依法規驅逐出境。',
        en:
          'Please confirm whether you have ever had a criminal record in the Republic of China ' +
          '(Taiwan). Anyone who breaks the law will be deported in accordance with the applicable ' +
          'laws and regulations.',
      },
      {
        number: 13,
        zhTw: '您閱覽上開條款並繼續使用本系統者，視同已同意遵守本聲明事項。',
        en:
          'By reading the terms above and continuing to use this system, you are deemed to have ' +
          'agreed to comply with this statement.',
      },
    ],
  },
];

/** The calendar day in Taiwan (UTC+8, no daylight saving) of an instant, as `YYYY-MM-DD`. */
export function taipeiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The terms version in force at an instant (default now), judged by the calendar day in Taiwan:
 * the one with the latest `effectiveFrom` not after it. Before the first version, the first one
 * is returned (there was no other text to show).
 */
export function currentAmendmentTerms(on: Date = new Date()): AmendmentTermsVersion {
  const day = taipeiDay(on);
  let found: AmendmentTermsVersion | undefined;
  for (const terms of AMENDMENT_TERMS) {
    if (terms.effectiveFrom <= day && (!found || terms.effectiveFrom > found.effectiveFrom)) {
      found = terms;
    }
  }
  const chosen = found ?? AMENDMENT_TERMS[0];
  if (!chosen) throw new Error('No amendment terms defined');
  return chosen;
}
