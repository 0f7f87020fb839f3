import type { Role } from '../generated/graphql';

export type NavKey = 'myCases' | 'newCase' | 'mandates' | 'apiKeys' | 'webhooks';

/** The main navigation for each kind of account (the API refuses anything else anyway). */
export function navigationFor(role: Role | undefined): { key: NavKey; to: string }[] {
  switch (role) {
    case 'APPLICANT':
      return [
        { key: 'myCases', to: '/amendments' },
        { key: 'newCase', to: '/amendments/new' },
        { key: 'mandates', to: '/mandates' },
      ];
    // The API gives employers' software the same keys and webhooks as agencies'.
    case 'EMPLOYER':
    case 'AGENCY':
      return [
        { key: 'myCases', to: '/amendments' },
        { key: 'newCase', to: '/amendments/new' },
        { key: 'mandates', to: '/mandates' },
        { key: 'apiKeys', to: '/agency/api-keys' },
        { key: 'webhooks', to: '/agency/webhooks' },
      ];
    default:
      return [];
  }
}

/** Staff accounts work in the officer console, not here. */
export function isStaff(role: Role | undefined): boolean {
  return role === 'OFFICER' || role === 'SUPERVISOR';
}
