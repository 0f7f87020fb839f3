import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum AnnouncementStatus {
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  EXPIRED = 'EXPIRED',
  RETIRED = 'RETIRED',
}
registerEnumType(AnnouncementStatus, {
  name: 'AnnouncementStatus',
  description: 'Where a notice stands at the moment it is read',
  valuesConfig: {
    SCHEDULED: { description: 'Its publishFrom is still to come: nobody but supervisors sees it' },
    PUBLISHED: { description: 'On the board now' },
    EXPIRED: { description: 'Its publishUntil has passed: no longer on the board' },
    RETIRED: { description: 'Taken down by a supervisor: never shown again' },
  },
});

/** Where the texts are described once: plain text, a safe Markdown subset, never HTML. */
const MARKUP =
  'Plain text with a small Markdown subset (paragraphs, **bold**, *italic*, lists, [links](https://… or /path)), exactly as the supervisor wrote it: the API renders nothing and escapes nothing. Clients must render it with HTML disabled (e.g. react-markdown without rehype-raw) or show it as plain text: any HTML in it, <script> included, is text';

@ObjectType('Announcement', {
  description:
    'A notice on the bulletin board (公布欄), issued by a unit of the agency. The public sees it while it is published; supervisors manage it (and alone see its texts in both languages)',
})
export class AnnouncementView {
  @Field(() => ID, { description: 'Identifier' })
  id!: string;

  @Field({
    description: 'Title in the caller’s language (Accept-Language; zh-TW when none is given)',
  })
  title!: string;

  @Field({ description: `Body in the caller’s language. ${MARKUP}` })
  body!: string;

  @Field({
    description:
      'Who issues it (e.g. 移民署 / National Immigration Agency), in the caller’s language',
  })
  issuingUnit!: string;

  @Field({ description: 'Pinned as important: listed before the others, and shown prominently' })
  important!: boolean;

  @Field(() => DateTimeScalar, { description: 'Shown from this instant' })
  publishFrom!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Shown until this instant (exclusive); null: until retired',
  })
  publishUntil!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the title in zh-TW',
  })
  titleZhTw!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the title in English',
  })
  titleEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the body in zh-TW, as written',
  })
  bodyZhTw!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the body in English, as written',
  })
  bodyEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the issuing unit in zh-TW',
  })
  issuingUnitZhTw!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Supervisors only (null otherwise): the issuing unit in English',
  })
  issuingUnitEn!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Supervisors only (null otherwise): when it was retired',
  })
  retiredAt!: Date | null;

  @Field(() => AnnouncementStatus, {
    description: 'Where it stands now (always PUBLISHED for anyone but supervisors)',
  })
  status!: AnnouncementStatus;

  @Field(() => DateTimeScalar, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was last changed' })
  updatedAt!: Date;

  @Field(() => Int, {
    description:
      'Changes with every edit: send it back with updateAnnouncement or retireAnnouncement',
  })
  version!: number;
}

@ObjectType({ description: 'One page of notices, with how many there are in all' })
export class AnnouncementPage {
  @Field(() => [AnnouncementView], { description: 'Notices on this page' })
  items!: AnnouncementView[];

  @Field(() => Int, { description: 'Notices matching, on every page' })
  total!: number;
}

@InputType({
  description: `A notice’s texts, in both languages, and when it is shown. ${MARKUP}; links may only point to https:// addresses or to pages of the service (/…), anything else is LINK_NOT_ALLOWED`,
})
export class AnnouncementInput {
  @Field({ description: 'Title in zh-TW, at most 120 characters' })
  titleZhTw!: string;

  @Field({ description: 'Title in English, at most 120 characters' })
  titleEn!: string;

  @Field({ description: 'Body in zh-TW, at most 4000 characters, stored as given' })
  bodyZhTw!: string;

  @Field({ description: 'Body in English, at most 4000 characters, stored as given' })
  bodyEn!: string;

  @Field({ description: 'Issuing unit in zh-TW (e.g. 移民署), at most 80 characters' })
  issuingUnitZhTw!: string;

  @Field({
    description:
      'Issuing unit in English (e.g. National Immigration Agency), at most 80 characters',
  })
  issuingUnitEn!: string;

  @Field({ defaultValue: false, description: 'Pin it as important' })
  important!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Shown from this instant; when left out: now (createAnnouncement) or unchanged (updateAnnouncement)',
  })
  publishFrom?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Shown until this instant, which must be later than publishFrom (ENDS_BEFORE_START); null: until retired',
  })
  publishUntil?: Date | null;
}
