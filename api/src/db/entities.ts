import { Account } from '../modules/accounts/account.entity.js';
import { Applicant, Passport, ResidenceAddress } from '../modules/cardholders/applicant.entity.js';
import { ApplicantUiNumber } from '../modules/cardholders/applicant-ui-number.entity.js';
import { Card } from '../modules/cardholders/card.entity.js';
import { ExpertiseList, FieldOfExpertise } from '../modules/reference/field-of-expertise.entity.js';

/** Every entity, listed explicitly: no folder scanning, same in tests and production. */
export const ENTITIES = [
  Account,
  Applicant,
  Passport,
  ResidenceAddress,
  ApplicantUiNumber,
  Card,
  ExpertiseList,
  FieldOfExpertise,
];
