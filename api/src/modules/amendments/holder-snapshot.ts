import type { Applicant } from '../cardholders/applicant.entity.js';
import type { Card } from '../cardholders/card.entity.js';
import type { AmendmentValues, HolderContext } from './amendment-values.js';

/** The holder's amendable data now, as the draft's `current` (and first `requested`) values. */
export function snapshotOf(holder: Applicant, activeCard: Card | null): AmendmentValues {
  return {
    englishSurname: holder.englishSurname,
    englishGivenName: holder.englishGivenName,
    chineseName: holder.chineseName ?? null,
    sex: holder.sex,
    passport: {
      number: holder.passport.number,
      issuingCountryCode: holder.passport.issuingCountryCode,
      issueDate: holder.passport.issueDate,
      expiryDate: holder.passport.expiryDate,
    },
    residence: {
      postalCode: holder.residence.postalCode ?? null,
      city: holder.residence.city,
      district: holder.residence.district,
      line: holder.residence.line,
    },
    collectionPlaceCode: activeCard?.collectionPlaceCode ?? null,
    email: holder.email,
    mobile: holder.mobile ?? null,
  };
}

export function contextOf(holder: Applicant, activeCard: Card | null): HolderContext {
  return {
    uiNumber: holder.uiNumber,
    birthDate: holder.birthDate,
    nationalityCode: holder.nationalityCode,
    hongKongMacauResident: holder.hongKongMacauResident,
    fieldOfExpertiseCode: activeCard?.fieldOfExpertiseCode ?? null,
  };
}
