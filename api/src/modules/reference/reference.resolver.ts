import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { allCountries } from './countries.js';
import { SERVICE_CENTRES } from './service-centres.js';
import { ReferenceService } from './reference.service.js';
import { Country, FieldOfExpertiseType, ServiceCentreType, localized } from './reference.types.js';

/** Reference lists are public: forms need them before anyone logs in. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [FieldOfExpertiseType], {
    description: 'Fields of expertise in force on a day (default today), in official order',
  })
  async fieldsOfExpertise(
    @Ctx() ctx: GraphQLContext,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today if omitted' })
    on?: string,
  ): Promise<FieldOfExpertiseType[]> {
    const fields = await new ReferenceService(ctx.em).fieldsOfExpertise(on ?? undefined);
    return fields.map((f) => ({
      ...localized(f, ctx.locale),
      code: f.code,
      listVersion: f.list.version,
    }));
  }

  @Query(() => [Country], {
    description: 'Countries and areas (ISO 3166-1) for nationality fields',
  })
  countries(@Ctx() ctx: GraphQLContext): Country[] {
    return allCountries().map((c) => localized(c, ctx.locale));
  }

  @Query(() => [ServiceCentreType], { description: 'Places where a card can be collected' })
  collectionPlaces(@Ctx() ctx: GraphQLContext): ServiceCentreType[] {
    return SERVICE_CENTRES.map((c) => localized(c, ctx.locale));
  }
}
