import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { allCountries } from './countries.js';
import { SERVICE_CENTRES, serviceCentreDetails } from './service-centres.js';
import { ReferenceService } from './reference.service.js';
import { Country, FieldOfExpertiseType, ServiceCentreType, localized } from './reference.types.js';

const detailsOf = (centre: ServiceCentreType, ctx: GraphQLContext) =>
  serviceCentreDetails(centre.code, ctx.services.config.serviceCentres);

/**
 * Reference lists are public: forms need them before anyone logs in. The resolver is typed on
 * ServiceCentre for its address and opening hours, wherever a centre appears (a case's
 * collection place, a card's, this list).
 */
@Resolver(() => ServiceCentreType)
export class ReferenceResolver {
  @Query(() => [FieldOfExpertiseType], {
    description: 'Fields of expertise in force on a day (default today), in official order',
  })
  async fieldsOfExpertise(
    @Ctx() ctx: GraphQLContext,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today if omitted' })
    on?: string,
  ): Promise<FieldOfExpertiseType[]> {
    // An empty date is no date (graphql/scalars.ts): today.
    const fields = await new ReferenceService(ctx.em).fieldsOfExpertise(on || undefined);
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

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Address in the caller's language; null when not known here (see the agency's list of service centres)",
  })
  address(@Root() centre: ServiceCentreType, @Ctx() ctx: GraphQLContext): string | null {
    const d = detailsOf(centre, ctx);
    return ctx.locale === 'en' ? d.addressEn : d.addressZhTw;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address in Traditional Chinese; null when not known here',
  })
  addressZhTw(@Root() centre: ServiceCentreType, @Ctx() ctx: GraphQLContext): string | null {
    return detailsOf(centre, ctx).addressZhTw;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address in English; null when not known here',
  })
  addressEn(@Root() centre: ServiceCentreType, @Ctx() ctx: GraphQLContext): string | null {
    return detailsOf(centre, ctx).addressEn;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Opening hours in the caller's language, e.g. Monday to Friday, 08:00–17:00; null when not known here",
  })
  openingHours(@Root() centre: ServiceCentreType, @Ctx() ctx: GraphQLContext): string | null {
    const d = detailsOf(centre, ctx);
    return ctx.locale === 'en' ? d.openingHoursEn : d.openingHoursZhTw;
  }
}
