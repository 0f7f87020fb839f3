import { Field, Int, ObjectType } from 'type-graphql';
import type { Locale } from '../../shared/request-context.js';

@ObjectType({ description: 'A country or area, ISO 3166-1 alpha-2' })
export class Country {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. JP' })
  code!: string;

  @Field({ description: "Name in the caller's language (Accept-Language)" })
  name!: string;

  @Field({ description: 'Name in Traditional Chinese as used in Taiwan' })
  nameZhTw!: string;

  @Field({ description: 'Name in English' })
  nameEn!: string;
}

@ObjectType('FieldOfExpertise', {
  description: 'A field of expertise (專業領域) a Gold Card is granted under',
})
export class FieldOfExpertiseType {
  @Field({ description: 'Stable code, e.g. SCIENCE_TECHNOLOGY' })
  code!: string;

  @Field({ description: "Name in the caller's language" })
  name!: string;

  @Field({ description: 'Name in Traditional Chinese' })
  nameZhTw!: string;

  @Field({ description: 'Name in English' })
  nameEn!: string;

  @Field(() => Int, { description: 'Version of the official list this entry belongs to' })
  listVersion!: number;
}

@ObjectType('ServiceCentre', {
  description: 'An NIA service centre where a card can be collected (領證地點)',
})
export class ServiceCentreType {
  @Field({ description: 'Stable code, e.g. TPE' })
  code!: string;

  @Field({ description: "Name in the caller's language" })
  name!: string;

  @Field({ description: 'Name in Traditional Chinese' })
  nameZhTw!: string;

  @Field({ description: 'Name in English' })
  nameEn!: string;

  // address, addressZhTw, addressEn and openingHours: field resolvers (reference.resolver.ts),
  // from the built-in details and SERVICE_CENTRES_JSON.
}

/** Copies a bilingual reference entry and sets `name` for the caller's language. */
export function localized<T extends { nameZhTw: string; nameEn: string }>(
  entry: T,
  locale: Locale,
): T & { name: string } {
  return { ...entry, name: locale === 'en' ? entry.nameEn : entry.nameZhTw };
}
