import { randomUUID } from 'node:crypto';
import {
  Collection,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Education, MaritalStatus, Sex } from './cardholders.enums.js';
import { Card } from './card.entity.js';
import { ApplicantUiNumber } from './applicant-ui-number.entity.js';

@Embeddable()
@ObjectType({ description: 'Passport data as registered (護照資料)' })
export class Passport {
  @Property({ length: 20 })
  @Field({ description: 'Passport number' })
  number!: string;

  @Property({ length: 2 })
  issuingCountryCode!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Date of issue' })
  issueDate!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Date of expiry' })
  expiryDate!: string;
}

@Embeddable()
@ObjectType({ description: 'Residence address in Taiwan, in Traditional Chinese (居留地址)' })
export class ResidenceAddress {
  @Property({ length: 5, nullable: true })
  @Field(() => String, { nullable: true, description: 'Postal code (郵遞區號)' })
  postalCode?: string | null;

  @Property({ length: 10 })
  @Field({ description: 'City or county (縣市), e.g. 臺北市' })
  city!: string;

  @Property({ length: 10 })
  @Field({ description: 'District or township (鄉鎮市區), e.g. 大安區' })
  district!: string;

  @Property({ length: 200 })
  @Field({ description: 'Street, lane, number, floor (街路巷弄號樓)' })
  line!: string;
}

@Entity({ tableName: 'applicant' })
@Index({ properties: ['englishSurname', 'englishGivenName'] })
// The officers' search box (modules/review/case-search.sql.ts).
@Index({
  name: 'applicant_given_surname_trgm_index',
  expression: `create index "applicant_given_surname_trgm_index" on "applicant" using gin ((' ' || english_given_name || ' ' || english_surname || ' ') gin_trgm_ops)`,
})
@Index({
  name: 'applicant_surname_given_trgm_index',
  expression: `create index "applicant_surname_given_trgm_index" on "applicant" using gin ((' ' || english_surname || ' ' || english_given_name || ' ') gin_trgm_ops)`,
})
@Index({
  name: 'applicant_chinese_name_grams_index',
  expression: `create index "applicant_chinese_name_grams_index" on "applicant" using gin (chinese_name_grams(chinese_name))`,
})
@Index({
  name: 'applicant_passport_number_upper_index',
  expression: `create index "applicant_passport_number_upper_index" on "applicant" (upper(passport_number))`,
})
@ObjectType({
  description:
    'A Gold Card holder (就業金卡持卡人) as registered with the National Immigration Agency. ' +
    'Visible to the holder, parties acting for them under a mandate, and officers.',
})
export class Applicant {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the holder record' })
  id: string = randomUUID();

  @Property({ length: 10, unique: true })
  @Field({ description: 'Current UI number (統一證號); earlier ones are in `uiNumbers`' })
  uiNumber!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Birth date (Gregorian)' })
  birthDate!: string;

  @Property({ length: 60 })
  @Field({ description: 'English surname as in the passport, upper case' })
  englishSurname!: string;

  @Property({ length: 80 })
  @Field({ description: 'English given names as in the passport, upper case' })
  englishGivenName!: string;

  @Property({ length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'Chinese name (中文姓名), if any' })
  chineseName?: string | null;

  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  @Field(() => Sex, { description: 'Sex (性別)' })
  sex!: Sex;

  @Property({ length: 2 })
  nationalityCode!: string;

  @Property({ length: 2 })
  birthplaceCountryCode!: string;

  @Property({ length: 80 })
  @Field({ description: 'City of birth' })
  birthplaceCity!: string;

  @Property({ length: 100 })
  @Field({ description: 'Occupation (職業)' })
  occupation!: string;

  @Enum({ items: () => Education, nativeEnumName: 'education' })
  @Field(() => Education, { description: 'Highest education completed' })
  education!: Education;

  @Enum({ items: () => MaritalStatus, nativeEnumName: 'marital_status' })
  @Field(() => MaritalStatus, { description: 'Marital status' })
  maritalStatus!: MaritalStatus;

  @Property({ length: 254 })
  @Field({ description: 'Email address for notices' })
  email!: string;

  @Property({ length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Taiwan mobile number, 09 + 8 digits' })
  mobile?: string | null;

  @Property({ length: 300 })
  @Field({ description: 'Address in the home country' })
  homeCountryAddress!: string;

  @Property({ length: 30 })
  @Field({ description: 'Telephone in the home country, international format' })
  homeCountryPhone!: string;

  @Property({ length: 2, nullable: true })
  otherNationalityCode?: string | null;

  @Property()
  @Field({ description: 'Hong Kong or Macau resident (different fee schedule)' })
  hongKongMacauResident: boolean = false;

  @Embedded(() => Passport, { prefix: 'passport_' })
  @Field(() => Passport, { description: 'Current passport' })
  passport!: Passport;

  @Embedded(() => ResidenceAddress, { prefix: 'residence_' })
  @Field(() => ResidenceAddress, { description: 'Residence address in Taiwan' })
  residence!: ResidenceAddress;

  @OneToMany(() => Card, (card) => card.applicant)
  cards = new Collection<Card>(this);

  @OneToMany(() => ApplicantUiNumber, (n) => n.applicant)
  uiNumberHistory = new Collection<ApplicantUiNumber>(this);

  @Property({ version: true })
  @Field(() => Int, { description: 'Optimistic-locking version' })
  version: number = 1;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar, { description: 'When the record was created' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => DateTimeScalar, { description: 'When the record last changed' })
  updatedAt: Date = new Date();
}
