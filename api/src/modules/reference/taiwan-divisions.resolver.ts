import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { localized } from './reference.types.js';
import { TAIWAN_CITIES } from './taiwan-divisions.js';

@ObjectType('TaiwanDistrict', {
  description: 'A district, township or county-administered city of Taiwan (鄉鎮市區)',
})
export class TaiwanDistrictType {
  @Field({ description: "Name in the caller's language (Accept-Language)" })
  name!: string;

  @Field({ description: 'Official name in Traditional Chinese, e.g. 大安區' })
  nameZhTw!: string;

  @Field({ description: "Name in English, e.g. Da'an District" })
  nameEn!: string;

  @Field({ description: '3-digit postal code, e.g. 106; neighbouring districts may share one' })
  postalCode!: string;
}

@ObjectType('TaiwanCity', {
  description: 'A special municipality, city or county of Taiwan (縣市), with its districts',
})
export class TaiwanCityType {
  @Field({ description: 'ISO 3166-2:TW subdivision code without the TW- prefix, e.g. TPE' })
  code!: string;

  @Field({ description: "Name in the caller's language (Accept-Language)" })
  name!: string;

  @Field({ description: 'Official name in Traditional Chinese (臺, not 台), e.g. 臺北市' })
  nameZhTw!: string;

  @Field({ description: 'Official name in English, e.g. Taipei City' })
  nameEn!: string;

  @Field(() => [TaiwanDistrictType], { description: 'Its districts, in postal-code order' })
  districts!: TaiwanDistrictType[];
}

/** Public, like the other reference lists: the address form needs it before anyone logs in. */
@Resolver()
export class TaiwanDivisionsResolver {
  @Query(() => [TaiwanCityType], {
    description:
      'The 22 cities and counties of Taiwan with their districts and postal codes, in postal-code order, for addresses',
  })
  taiwanCities(@Ctx() ctx: GraphQLContext): TaiwanCityType[] {
    return TAIWAN_CITIES.map((city) => ({
      ...localized(city, ctx.locale),
      districts: city.districts.map((district) => localized(district, ctx.locale)),
    }));
  }
}
