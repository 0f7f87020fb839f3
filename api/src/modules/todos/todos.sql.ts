import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/raw-read.js';
import type { DocumentType } from '../amendments/amendment-items.js';
import type { FeeQuote } from '../amendments/amendment-fee.js';

/** A case that asks something of the account (already narrowed to the to-do statuses). */
export interface CaseRow {
  id: string;
  applicationNumber: string | null;
  status: 'DRAFT' | 'SUPPLEMENT_REQUESTED' | 'APPROVED' | 'CARD_READY';
  fee: FeeQuote | null;
  requestedDocuments: DocumentType[] | null;
  lastEditedAt: string;
  /** When the case reached the state that makes it a to-do (for the order of equal ones). */
  since: string;
  collectionPlaceCode: string | null;
  /** The latest ATM or convenience-store code's expiry, while one is awaiting payment. */
  paymentExpiresAt: string | null;
  filedByMe: boolean;
  aboutMe: boolean;
  holderChineseName: string | null;
  holderEnglishName: string;
}

/** A power of attorney waiting for an officer, about the account's holder or sent by it. */
export interface MandateRow {
  id: string;
  validUntil: string;
  createdAt: string;
  sentByMe: boolean;
  granteeName: string;
  holderUiNumber: string;
}

export interface TodoRows {
  passwordChangedAt: string | null;
  cases: CaseRow[];
  mandates: MandateRow[];
}

/** At most this many cases and mandates each: a to-do list longer than that is read elsewhere. */
const LIMIT = 200;

/**
 * Everything the to-do list is made of, in one statement whatever its length: the account's
 * password age, the cases waiting for it and the powers of attorney awaiting an officer.
 *
 * Cases are those the account may read (`amendments.policy.ts`, `amendment:read`): about its
 * holder, or filed by it (an employer or agency only while the holder's mandate, covering the
 * case's items, is active today). Which of them is a to-do for whom: drafts and supplement
 * requests for the filer (who alone may edit), fees and cards for the holder and the filer.
 */
export async function selectTodoRows(
  em: EntityManager,
  me: {
    accountId: string;
    applicantId: string | null;
    actsForOthers: boolean;
    now: Date;
    today: string;
    /** Drafts last edited before this are within 7 days of deletion. */
    draftsEditedBefore: Date;
  },
): Promise<TodoRows> {
  const [row] = await query<TodoRows>(
    em,
    `with "me" as (
       select ?::uuid as "account", ?::uuid as "applicant", ?::boolean as "acts_for_others",
              ?::timestamptz as "now", ?::date as "today", ?::timestamptz as "drafts_before"
     ),
     "visible" as (
       select "a".*, "a"."filed_by_id" = "me"."account" as "filed_by_me",
              "a"."applicant_id" is not distinct from "me"."applicant" as "about_me"
       from "amendment" "a", "me"
       where "a"."status" in ('DRAFT', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'CARD_READY')
         and ("a"."applicant_id" = "me"."applicant"
           or ("a"."filed_by_id" = "me"."account"
             and (not "me"."acts_for_others" or exists (
               select 1 from "mandate" "m"
               where "m"."grantee_id" = "me"."account" and "m"."applicant_id" = "a"."applicant_id"
                 and "m"."status" = 'ACTIVE' and "m"."valid_from" <= "me"."today"
                 and "m"."valid_until" >= "me"."today"
                 and (cardinality("m"."items") = 0 or "a"."items" <@ "m"."items")))))
     ),
     "cases" as (
       select "v"."id", "v"."application_number" as "applicationNumber", "v"."status", "v"."fee",
              "v"."requested_documents" as "requestedDocuments",
              "v"."last_edited_at" as "lastEditedAt",
              coalesce("v"."supplement_requested_at", "v"."decided_at", "v"."updated_at") as "since",
              coalesce("v"."requested"->>'collectionPlaceCode', "v"."current"->>'collectionPlaceCode')
                as "collectionPlaceCode",
              (select "p"."payment_info"->>'expiresAt' from "payment" "p"
                where "p"."amendment_id" = "v"."id" and "p"."status" = 'AWAITING_PAYMENT'
                order by "p"."created_at" desc limit 1) as "paymentExpiresAt",
              "v"."filed_by_me" as "filedByMe", "v"."about_me" as "aboutMe",
              "h"."chinese_name" as "holderChineseName",
              "h"."english_surname" || ', ' || "h"."english_given_name" as "holderEnglishName"
       from "visible" "v" join "applicant" "h" on "h"."id" = "v"."applicant_id", "me"
       where ("v"."status" = 'DRAFT' and "v"."filed_by_me" and "v"."submitted_at" is null
               and "v"."last_edited_at" <= "me"."drafts_before")
          or ("v"."status" = 'SUPPLEMENT_REQUESTED' and "v"."filed_by_me")
          or ("v"."status" = 'APPROVED' and "v"."fee_paid_at" is null
               and coalesce(("v"."fee"->>'amount')::int, 0) > 0)
          or "v"."status" = 'CARD_READY'
       order by "v"."updated_at" desc
       limit ${LIMIT}
     ),
     "mandates" as (
       select "m"."id", "m"."valid_until" as "validUntil", "m"."created_at" as "createdAt",
              "m"."grantee_id" = "me"."account" as "sentByMe",
              coalesce("g"."organisation_name", "g"."display_name") as "granteeName",
              "h"."ui_number" as "holderUiNumber"
       from "mandate" "m" join "account" "g" on "g"."id" = "m"."grantee_id"
         join "applicant" "h" on "h"."id" = "m"."applicant_id", "me"
       where "m"."status" = 'PENDING_VERIFICATION'
         and ("m"."grantee_id" = "me"."account" or "m"."applicant_id" = "me"."applicant")
       order by "m"."created_at"
       limit ${LIMIT}
     )
     select (select "password_changed_at" from "account", "me" where "id" = "me"."account")
              as "passwordChangedAt",
            coalesce((select json_agg("cases") from "cases"), '[]'::json) as "cases",
            coalesce((select json_agg("mandates") from "mandates"), '[]'::json) as "mandates"`,
    [me.accountId, me.applicantId, me.actsForOthers, me.now, me.today, me.draftsEditedBefore],
  );
  return row ?? { passwordChangedAt: null, cases: [], mandates: [] };
}
