import { registerEnumType } from 'type-graphql';

export enum AmendmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  CARD_READY = 'CARD_READY',
  CARD_COLLECTED = 'CARD_COLLECTED',
}
registerEnumType(AmendmentStatus, {
  name: 'AmendmentStatus',
  description: 'Where an amendment stands; every change of status is an event on its timeline',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; kept 30 days after the last change' },
    SUBMITTED: { description: 'Filed, waiting for an officer' },
    UNDER_REVIEW: { description: 'An officer is reviewing it' },
    SUPPLEMENT_REQUESTED: { description: 'The officer asked for more documents (補件)' },
    APPROVED: { description: 'Approved; the registered data is updated' },
    REJECTED: { description: 'Rejected, with a reason' },
    WITHDRAWN: { description: 'Withdrawn by the filer before a decision' },
    CARD_READY: { description: 'The new card is ready for collection' },
    CARD_COLLECTED: { description: 'The new card has been collected' },
  },
});

/** Statuses in which a holder's amendment is still open: only one may be at a time. */
export const OPEN_STATUSES: readonly AmendmentStatus[] = [
  AmendmentStatus.DRAFT,
  AmendmentStatus.SUBMITTED,
  AmendmentStatus.UNDER_REVIEW,
  AmendmentStatus.SUPPLEMENT_REQUESTED,
];

/** Statuses in which the filer may change the draft or its documents. */
export const EDITABLE_STATUSES: readonly AmendmentStatus[] = [
  AmendmentStatus.DRAFT,
  AmendmentStatus.SUPPLEMENT_REQUESTED,
];

/** Every transition there is, by the action that makes it (one service method each). */
export const TRANSITIONS = {
  submit: { from: [AmendmentStatus.DRAFT], to: AmendmentStatus.SUBMITTED },
  withdraw: {
    from: [
      AmendmentStatus.DRAFT,
      AmendmentStatus.SUBMITTED,
      AmendmentStatus.UNDER_REVIEW,
      AmendmentStatus.SUPPLEMENT_REQUESTED,
    ],
    to: AmendmentStatus.WITHDRAWN,
  },
  claim: { from: [AmendmentStatus.SUBMITTED], to: AmendmentStatus.UNDER_REVIEW },
  release: { from: [AmendmentStatus.UNDER_REVIEW], to: AmendmentStatus.SUBMITTED },
  requestSupplement: {
    from: [AmendmentStatus.UNDER_REVIEW],
    to: AmendmentStatus.SUPPLEMENT_REQUESTED,
  },
  respondToSupplement: {
    from: [AmendmentStatus.SUPPLEMENT_REQUESTED],
    to: AmendmentStatus.UNDER_REVIEW,
  },
  approve: { from: [AmendmentStatus.UNDER_REVIEW], to: AmendmentStatus.APPROVED },
  reject: { from: [AmendmentStatus.UNDER_REVIEW], to: AmendmentStatus.REJECTED },
  autoApprove: { from: [AmendmentStatus.SUBMITTED], to: AmendmentStatus.APPROVED },
  markCardReady: { from: [AmendmentStatus.APPROVED], to: AmendmentStatus.CARD_READY },
  markCardCollected: { from: [AmendmentStatus.CARD_READY], to: AmendmentStatus.CARD_COLLECTED },
} as const satisfies Record<string, { from: readonly AmendmentStatus[]; to: AmendmentStatus }>;

export type TransitionName = keyof typeof TRANSITIONS;

export function canTransition(action: TransitionName, from: AmendmentStatus): boolean {
  return (TRANSITIONS[action].from as readonly AmendmentStatus[]).includes(from);
}

/** Human-readable status names for the timeline, in both languages. */
export const STATUS_LABELS: Record<AmendmentStatus, { zhTw: string; en: string }> = {
  DRAFT: { zhTw: '草稿', en: 'Draft' },
  SUBMITTED: { zhTw: '已送出，待審核', en: 'Submitted, waiting for review' },
  UNDER_REVIEW: { zhTw: '審核中', en: 'Under review' },
  SUPPLEMENT_REQUESTED: { zhTw: '待補件', en: 'More documents requested' },
  APPROVED: { zhTw: '已核准', en: 'Approved' },
  REJECTED: { zhTw: '不予核准', en: 'Rejected' },
  WITHDRAWN: { zhTw: '已撤回', en: 'Withdrawn' },
  CARD_READY: { zhTw: '新卡已製妥，可領取', en: 'New card ready for collection' },
  CARD_COLLECTED: { zhTw: '已領取新卡', en: 'New card collected' },
};
