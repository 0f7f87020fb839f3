import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261127000000Foundation } from './Migration20261127000000Foundation.js';
import { Migration20261128000100Accounts } from './Migration20261128000100Accounts.js';
import { Migration20261128000200Notifications } from './Migration20261128000200Notifications.js';
import { Migration20261128000300Amendments } from './Migration20261128000300Amendments.js';
import { Migration20261128000400Review } from './Migration20261128000400Review.js';
import { Migration20261128000500SupplementAndContact } from './Migration20261128000500SupplementAndContact.js';
import { Migration20261128000600Agencies } from './Migration20261128000600Agencies.js';
import { Migration20261128000650IdempotentResponses } from './Migration20261128000650IdempotentResponses.js';
import { Migration20261128000660Notices } from './Migration20261128000660Notices.js';
import { Migration20261128000700Webhooks } from './Migration20261128000700Webhooks.js';
import { Migration20261128000800Payments } from './Migration20261128000800Payments.js';
import { Migration20261128000900OfficerListIndexes } from './Migration20261128000900OfficerListIndexes.js';
import { Migration20261128001000NoticeLanguages } from './Migration20261128001000NoticeLanguages.js';
import { Migration20261128001100Announcements } from './Migration20261128001100Announcements.js';
import { Migration20261206000200CaseSearchAndQueues } from './Migration20261206000200CaseSearchAndQueues.js';
import { Migration20261206000300StaffAdministration } from './Migration20261206000300StaffAdministration.js';

/** Applied in this order; listed explicitly so tests (vitest) and `node dist` see the same set. */
export const MIGRATIONS: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261127000000Foundation', class: Migration20261127000000Foundation },
  { name: 'Migration20261128000100Accounts', class: Migration20261128000100Accounts },
  { name: 'Migration20261128000200Notifications', class: Migration20261128000200Notifications },
  { name: 'Migration20261128000300Amendments', class: Migration20261128000300Amendments },
  { name: 'Migration20261128000400Review', class: Migration20261128000400Review },
  {
    name: 'Migration20261128000500SupplementAndContact',
    class: Migration20261128000500SupplementAndContact,
  },
  { name: 'Migration20261128000600Agencies', class: Migration20261128000600Agencies },
  {
    name: 'Migration20261128000650IdempotentResponses',
    class: Migration20261128000650IdempotentResponses,
  },
  { name: 'Migration20261128000660Notices', class: Migration20261128000660Notices },
  { name: 'Migration20261128000700Webhooks', class: Migration20261128000700Webhooks },
  { name: 'Migration20261128000800Payments', class: Migration20261128000800Payments },
  {
    name: 'Migration20261128000900OfficerListIndexes',
    class: Migration20261128000900OfficerListIndexes,
  },
  { name: 'Migration20261128001000NoticeLanguages', class: Migration20261128001000NoticeLanguages },
  { name: 'Migration20261128001100Announcements', class: Migration20261128001100Announcements },
  {
    name: 'Migration20261206000200CaseSearchAndQueues',
    class: Migration20261206000200CaseSearchAndQueues,
  },
  {
    name: 'Migration20261206000300StaffAdministration',
    class: Migration20261206000300StaffAdministration,
  },
];
