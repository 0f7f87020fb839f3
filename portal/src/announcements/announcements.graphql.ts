import { graphql } from '../generated';

/** What the board shows of a notice, in the caller's language (Accept-Language). */
export const AnnouncementsNoticeFields = graphql(`
  fragment AnnouncementsNoticeFields on Announcement {
    id
    title
    body
    issuingUnit
    important
    publishFrom
    publishUntil
  }
`);

/** The notices published now, important first, then newest first. */
export const AnnouncementsBoardQuery = graphql(`
  query AnnouncementsBoard($page: Int!, $perPage: Int!) {
    announcements(page: $page, perPage: $perPage) {
      items {
        ...AnnouncementsNoticeFields
      }
      total
    }
  }
`);

/** One notice (null when it is not published, or no longer). */
export const AnnouncementsNoticeQuery = graphql(`
  query AnnouncementsNotice($id: ID!) {
    announcement(id: $id) {
      ...AnnouncementsNoticeFields
    }
  }
`);
