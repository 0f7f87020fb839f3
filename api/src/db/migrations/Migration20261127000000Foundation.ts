import { Migration } from '@mikro-orm/migrations';

/** Holders, their cards and UI numbers, accounts, and the versioned fields-of-expertise list. */
export class Migration20261127000000Foundation extends Migration {
  override up(): void {
    this.addSql(`create type "sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "education" as enum ('DOCTORATE', 'MASTER', 'BACHELOR', 'ASSOCIATE', 'SECONDARY', 'OTHER');`);
    this.addSql(`create type "marital_status" as enum ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED');`);
    this.addSql(`create type "role" as enum ('APPLICANT', 'EMPLOYER', 'AGENCY', 'OFFICER', 'SUPERVISOR');`);
    this.addSql(`create type "ui_number_format" as enum ('OLD', 'NEW');`);
    this.addSql(`create type "card_status" as enum ('ACTIVE', 'SUPERSEDED', 'REVOKED');`);
    this.addSql(`create table "applicant" ("id" uuid not null, "ui_number" varchar(10) not null, "birth_date" date not null, "english_surname" varchar(60) not null, "english_given_name" varchar(80) not null, "chinese_name" varchar(30) null, "sex" "sex" not null, "nationality_code" varchar(2) not null, "birthplace_country_code" varchar(2) not null, "birthplace_city" varchar(80) not null, "occupation" varchar(100) not null, "education" "education" not null, "marital_status" "marital_status" not null, "email" varchar(254) not null, "mobile" varchar(10) null, "home_country_address" varchar(300) not null, "home_country_phone" varchar(30) not null, "other_nationality_code" varchar(2) null, "hong_kong_macau_resident" boolean not null default false, "passport_number" varchar(20) not null, "passport_issuing_country_code" varchar(2) not null, "passport_issue_date" date not null, "passport_expiry_date" date not null, "residence_postal_code" varchar(5) null, "residence_city" varchar(10) not null, "residence_district" varchar(10) not null, "residence_line" varchar(200) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "applicant_pkey" primary key ("id"));`);
    this.addSql(`alter table "applicant" add constraint "applicant_ui_number_unique" unique ("ui_number");`);
    this.addSql(`create index "applicant_english_surname_english_given_name_index" on "applicant" ("english_surname", "english_given_name");`);
    this.addSql(`create table "account" ("id" uuid not null, "account_name" varchar(64) not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "role" "role" not null, "display_name" varchar(120) not null, "organisation_name" varchar(120) null, "locale" varchar(5) not null default 'zh-TW', "applicant_id" uuid null, "email_verified_at" timestamptz null, "password_changed_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_account_name_unique" unique ("account_name");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_applicant_id_index" on "account" ("applicant_id");`);
    this.addSql(`create table "applicant_ui_number" ("id" uuid not null, "applicant_id" uuid not null, "ui_number" varchar(10) not null, "format" "ui_number_format" not null, "assigned_on" date not null, "replaced_on" date null, "replaced_reason" varchar(40) null, constraint "applicant_ui_number_pkey" primary key ("id"));`);
    this.addSql(`create index "applicant_ui_number_applicant_id_index" on "applicant_ui_number" ("applicant_id");`);
    this.addSql(`alter table "applicant_ui_number" add constraint "applicant_ui_number_ui_number_unique" unique ("ui_number");`);
    this.addSql(`create table "card" ("id" uuid not null, "applicant_id" uuid not null, "ui_number" varchar(10) not null, "field_of_expertise_code" varchar(30) not null, "valid_from" date not null, "valid_until" date not null, "collection_place_code" varchar(3) not null, "status" "card_status" not null default 'ACTIVE', "issued_at" timestamptz not null, constraint "card_pkey" primary key ("id"));`);
    this.addSql(`create index "card_applicant_id_status_index" on "card" ("applicant_id", "status");`);
    this.addSql(`create table "expertise_list" ("version" int not null, "effective_from" date not null, "source" varchar(200) not null, constraint "expertise_list_pkey" primary key ("version"));`);
    this.addSql(`alter table "expertise_list" add constraint "expertise_list_effective_from_unique" unique ("effective_from");`);
    this.addSql(`create table "field_of_expertise" ("list_version" int not null, "code" varchar(30) not null, "name_zh_tw" varchar(20) not null, "name_en" varchar(60) not null, "sort_order" int not null, constraint "field_of_expertise_pkey" primary key ("list_version", "code"));`);
    this.addSql(`alter table "account" add constraint "account_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "applicant_ui_number" add constraint "applicant_ui_number_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "card" add constraint "card_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "field_of_expertise" add constraint "field_of_expertise_list_version_foreign" foreign key ("list_version") references "expertise_list" ("version") on update cascade;`);

    // Reference data: every version of the official list, so old cards keep their meaning.
    this.addSql(`insert into "expertise_list" ("version", "effective_from", "source") values (1, '2018-02-08', 'Act for the Recruitment and Employment of Foreign Professionals, 8 fields');`);
    this.addSql(`insert into "field_of_expertise" ("list_version", "code", "name_zh_tw", "name_en", "sort_order") values (1, 'SCIENCE_TECHNOLOGY', '科技', 'Science & technology', 1), (1, 'ECONOMY', '經濟', 'Economy', 2), (1, 'EDUCATION', '教育', 'Education', 3), (1, 'CULTURE_ARTS', '文化藝術', 'Culture & arts', 4), (1, 'SPORTS', '運動', 'Sports', 5), (1, 'FINANCE', '金融', 'Finance', 6), (1, 'LAW', '法律', 'Law', 7), (1, 'ARCHITECTURE', '建築設計', 'Architecture', 8), (1, 'OTHER', '其他', 'Other', 9);`);
    this.addSql(`insert into "expertise_list" ("version", "effective_from", "source") values (2, '2021-10-25', '2021 amendment, 10 fields (effective date unconfirmed)');`);
    this.addSql(`insert into "field_of_expertise" ("list_version", "code", "name_zh_tw", "name_en", "sort_order") values (2, 'SCIENCE_TECHNOLOGY', '科技', 'Science & technology', 1), (2, 'DIGITAL', '數位', 'Digital', 2), (2, 'ECONOMY', '經濟', 'Economy', 3), (2, 'EDUCATION', '教育', 'Education', 4), (2, 'CULTURE_ARTS', '文化藝術', 'Culture & arts', 5), (2, 'SPORTS', '運動', 'Sports', 6), (2, 'FINANCE', '金融', 'Finance', 7), (2, 'LAW', '法律', 'Law', 8), (2, 'ARCHITECTURE', '建築設計', 'Architecture', 9), (2, 'NATIONAL_DEFENCE', '國防', 'National defence', 10), (2, 'OTHER', '其他', 'Other', 11);`);
    this.addSql(`insert into "expertise_list" ("version", "effective_from", "source") values (3, '2025-01-01', 'Current list, 12 fields (effective date unconfirmed)');`);
    this.addSql(`insert into "field_of_expertise" ("list_version", "code", "name_zh_tw", "name_en", "sort_order") values (3, 'SCIENCE_TECHNOLOGY', '科技', 'Science & technology', 1), (3, 'DIGITAL', '數位', 'Digital', 2), (3, 'ECONOMY', '經濟', 'Economy', 3), (3, 'EDUCATION', '教育', 'Education', 4), (3, 'CULTURE_ARTS', '文化藝術', 'Culture & arts', 5), (3, 'SPORTS', '運動', 'Sports', 6), (3, 'FINANCE', '金融', 'Finance', 7), (3, 'LAW', '法律', 'Law', 8), (3, 'ARCHITECTURE', '建築設計', 'Architecture', 9), (3, 'NATIONAL_DEFENCE', '國防', 'National defence', 10), (3, 'ENVIRONMENT', '環境', 'Environment', 11), (3, 'BIOTECHNOLOGY', '生技', 'Biotechnology', 12), (3, 'OTHER', '其他', 'Other', 13);`);
  }

  override down(): void {
    this.addSql(`drop table if exists "field_of_expertise" cascade;`);
    this.addSql(`drop table if exists "expertise_list" cascade;`);
    this.addSql(`drop table if exists "card" cascade;`);
    this.addSql(`drop table if exists "applicant_ui_number" cascade;`);
    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "applicant" cascade;`);
    this.addSql(`drop type if exists "card_status";`);
    this.addSql(`drop type if exists "ui_number_format";`);
    this.addSql(`drop type if exists "role";`);
    this.addSql(`drop type if exists "marital_status";`);
    this.addSql(`drop type if exists "education";`);
    this.addSql(`drop type if exists "sex";`);
  }
}
