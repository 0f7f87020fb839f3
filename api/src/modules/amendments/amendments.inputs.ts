import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar } from '../../graphql/scalars.js';
import { Sex } from '../cardholders/cardholders.enums.js';
import { AmendmentItem } from './amendment-items.js';
import type { FieldProblemCode } from '../../shared/error-catalog.js';

@InputType({ description: 'Who the amendment is for, and what else changes at the same time' })
export class StartAmendmentInput {
  @Field({ description: 'The holder’s current or earlier UI number (統一證號)' })
  uiNumber!: string;

  @Field(() => DateScalar, { description: 'The holder’s birth date (Gregorian)' })
  birthDate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Passport number: needed once, the first time an applicant account files, to link it to the holder',
  })
  passportNumber?: string | null;

  @Field(() => [AmendmentItem], {
    defaultValue: [],
    description: 'What changes (can be edited later)',
  })
  alsoChange!: AmendmentItem[];
}

@InputType({ description: 'Name as in the passport, and the Chinese name if any' })
export class NameInput {
  @Field({ description: 'English surname, capital letters' })
  englishSurname!: string;

  @Field({ description: 'English given names, capital letters' })
  englishGivenName!: string;

  @Field(() => String, { nullable: true, description: 'Chinese name, or empty for none' })
  chineseName?: string | null;
}

@InputType({ description: 'The new passport' })
export class PassportInput {
  @Field({ description: 'Passport number' })
  number!: string;

  @Field({ description: 'Issuing country, ISO 3166-1 alpha-2' })
  issuingCountry!: string;

  @Field(() => DateScalar, { description: 'Date of issue' })
  issueDate!: string;

  @Field(() => DateScalar, { description: 'Date of expiry: at least 6 months ahead' })
  expiryDate!: string;
}

@InputType({ description: 'The new residence address in Taiwan, in Traditional Chinese' })
export class ResidenceInput {
  @Field({ description: 'City or county, from `taiwanCities`' })
  city!: string;

  @Field({ description: 'District or township of that city, from `taiwanCities`' })
  district!: string;

  @Field({ description: 'Street, lane, number and floor, in Traditional Chinese' })
  line!: string;
}

@InputType({ description: 'Any subset of the wizard’s tabs; what is left out stays as saved' })
export class SaveAmendmentDraftInput {
  @Field(() => [AmendmentItem], {
    nullable: true,
    description: 'The new selection of what changes',
  })
  items?: AmendmentItem[] | null;

  @Field(() => NameInput, { nullable: true, description: 'Basic data tab: names' })
  name?: NameInput | null;

  @Field(() => Sex, { nullable: true, description: 'Basic data tab: sex' })
  sex?: Sex | null;

  @Field(() => String, {
    nullable: true,
    description: 'Basic data tab: nationality. Shown for completeness; it cannot be amended',
  })
  nationality?: string | null;

  @Field(() => PassportInput, { nullable: true, description: 'Passport tab' })
  passport?: PassportInput | null;

  @Field(() => ResidenceInput, { nullable: true, description: 'Residence tab: address' })
  residence?: ResidenceInput | null;

  @Field(() => String, { nullable: true, description: 'Residence tab: where to collect the card' })
  collectionPlace?: string | null;

  @Field(() => String, { nullable: true, description: 'Basic data tab: email' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Basic data tab: Taiwan mobile number' })
  mobile?: string | null;
}

/** The field-problem code travels as the zod message (see shared/validation.ts). */
const custom = (problem: FieldProblemCode) => ({ error: problem });
const isoDate = z.iso.date();
const addMonths = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const today = () => new Date().toISOString().slice(0, 10);

export const startSchema = z.object({
  uiNumber: z
    .string()
    .trim()
    .toUpperCase()
    .max(10)
    .regex(/^[A-Z][A-D89]\d{8}$/, custom('INVALID_UI_NUMBER')),
  birthDate: isoDate,
  passportNumber: z.string().trim().toUpperCase().max(20).nullish(),
  alsoChange: z.array(z.enum(AmendmentItem)).max(9),
});

const latin = (max: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .min(1)
    .max(max)
    .regex(/^[A-Z]+(?:[ -][A-Z]+)*$/, custom('INVALID_LATIN_NAME'));

export const draftSchema = z.object({
  items: z.array(z.enum(AmendmentItem)).max(9).nullish(),
  name: z
    .object({
      englishSurname: latin(60),
      englishGivenName: latin(80),
      chineseName: z
        .string()
        .trim()
        .max(30)
        .regex(/^[\p{Script=Han}·]*$/u, custom('INVALID_CHINESE_NAME'))
        .nullish()
        .transform((v) => (v ? v : null)),
    })
    .nullish(),
  sex: z.enum(['MALE', 'FEMALE']).nullish(),
  nationality: z.string().trim().toUpperCase().max(2).nullish(),
  passport: z
    .object({
      number: z
        .string()
        .trim()
        .toUpperCase()
        .min(5)
        .max(20)
        .regex(/^[A-Z0-9]+$/),
      issuingCountry: z.string().trim().toUpperCase().length(2),
      issueDate: isoDate.refine((d) => d <= today(), custom('DATE_IN_FUTURE')),
      expiryDate: isoDate.refine((d) => d >= addMonths(6), custom('PASSPORT_EXPIRES_TOO_SOON')),
    })
    .nullish(),
  residence: z
    .object({
      city: z.string().trim().min(1).max(10),
      district: z.string().trim().min(1).max(10),
      line: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .regex(
          /^(?=.*\p{Script=Han})[\p{Script=Han}0-9０-９A-Za-z\-－之、,，()（）\s]+$/u,
          custom('NOT_TRADITIONAL_CHINESE'),
        ),
    })
    .nullish(),
  collectionPlace: z.string().trim().toUpperCase().max(3).nullish(),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullish(),
  mobile: z
    .string()
    .trim()
    .regex(/^09\d{8}$/, custom('INVALID_MOBILE'))
    .nullish(),
});
export type DraftInput = z.infer<typeof draftSchema>;
