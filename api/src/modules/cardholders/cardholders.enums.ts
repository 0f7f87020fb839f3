import { registerEnumType } from 'type-graphql';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'Sex as registered on the card' });

export enum Education {
  DOCTORATE = 'DOCTORATE',
  MASTER = 'MASTER',
  BACHELOR = 'BACHELOR',
  ASSOCIATE = 'ASSOCIATE',
  SECONDARY = 'SECONDARY',
  OTHER = 'OTHER',
}
registerEnumType(Education, {
  name: 'Education',
  description: 'Highest education completed (最高學歷)',
});

export enum MaritalStatus {
  SINGLE = 'SINGLE',
  MARRIED = 'MARRIED',
  DIVORCED = 'DIVORCED',
  WIDOWED = 'WIDOWED',
}
registerEnumType(MaritalStatus, {
  name: 'MaritalStatus',
  description: 'Marital status (婚姻狀況)',
});

export enum CardStatus {
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
  REVOKED = 'REVOKED',
}
registerEnumType(CardStatus, {
  name: 'CardStatus',
  description: 'Lifecycle of one printed card',
  valuesConfig: {
    ACTIVE: { description: 'The card the holder carries now' },
    SUPERSEDED: { description: 'Replaced by a newer card after an amendment' },
    REVOKED: { description: 'Withdrawn by the agency' },
  },
});

export enum UiNumberFormatEnum {
  OLD = 'OLD',
  NEW = 'NEW',
}
registerEnumType(UiNumberFormatEnum, {
  name: 'UiNumberFormat',
  description:
    'OLD: letter + A–D + 8 digits, issued until 2021-01-01, invalid from 2031-01-01. NEW: letter + 8/9 + 8 digits.',
});
