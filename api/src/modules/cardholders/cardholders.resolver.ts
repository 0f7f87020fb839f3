import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AppError } from '../../shared/errors.js';
import { countryName } from '../reference/countries.js';
import { serviceCentre } from '../reference/service-centres.js';
import {
  Country,
  FieldOfExpertiseType,
  ServiceCentreType,
  localized,
} from '../reference/reference.types.js';
import { Applicant, Passport } from './applicant.entity.js';
import { ApplicantUiNumber } from './applicant-ui-number.entity.js';
import { Card } from './card.entity.js';
import { CardStatus, Sex, UiNumberFormatEnum } from './cardholders.enums.js';
import { ApplicantFilter } from './cardholders.inputs.js';
import { CardholderService } from './cardholders.service.js';
import { ApplicantPage, UiNumberCheckResult } from './cardholders.types.js';
import { checkUiNumber } from './ui-number.js';

@Resolver(() => Applicant)
export class ApplicantResolver {
  @Authorized()
  @Query(() => Applicant, { description: 'One holder, to officers or to the holder themself' })
  applicant(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The holder’s id' }) id: string,
  ): Promise<Applicant> {
    return new CardholderService(ctx.em, ctx.actor).get(id);
  }

  @Authorized()
  @Query(() => ApplicantPage, { description: 'Officers: search holders, sorted by English name' })
  applicants(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ApplicantFilter, { nullable: true, description: 'What to match' })
    filter?: ApplicantFilter,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page?: number,
    @Arg('perPage', () => Int, { defaultValue: 25, description: 'Rows per page, 1–100' })
    perPage?: number,
  ): Promise<ApplicantPage> {
    return new CardholderService(ctx.em, ctx.actor).search({
      filter: filter ? { ...filter } : undefined,
      page,
      perPage,
    });
  }

  @Query(() => UiNumberCheckResult, {
    description: 'Checks the shape and check digit of a UI number (no lookup, public)',
  })
  checkUiNumber(
    @Arg('uiNumber', { description: 'The number to check, any case' }) uiNumber: string,
  ): UiNumberCheckResult {
    if (uiNumber.length > 32) {
      throw new AppError('BAD_USER_INPUT', {}, [
        { field: 'uiNumber', problem: 'TOO_LONG', params: { max: 32 } },
      ]);
    }
    const check = checkUiNumber(uiNumber);
    return check.valid
      ? {
          valid: true,
          normalized: check.value,
          format: check.format as UiNumberFormatEnum,
          sex: check.sex as Sex,
          problem: null,
        }
      : { valid: false, normalized: null, format: null, sex: null, problem: check.reason };
  }

  @FieldResolver(() => Country, { description: 'Nationality (cannot be amended)' })
  nationality(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Country {
    return localized(countryName(a.nationalityCode), ctx.locale);
  }

  @FieldResolver(() => Country, { description: 'Country of birth' })
  birthplaceCountry(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Country {
    return localized(countryName(a.birthplaceCountryCode), ctx.locale);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Another nationality, if any' })
  otherNationality(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Country | null {
    return a.otherNationalityCode
      ? localized(countryName(a.otherNationalityCode), ctx.locale)
      : null;
  }

  @FieldResolver(() => [ApplicantUiNumber], {
    description: 'Every UI number the holder has had, newest first (the current one included)',
  })
  uiNumbers(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Promise<ApplicantUiNumber[]> {
    return ctx.loaders.uiNumbersByApplicant.load(a.id);
  }

  @FieldResolver(() => [Card], { description: 'Every card issued to the holder, newest first' })
  cards(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Promise<Card[]> {
    return ctx.loaders.cardsByApplicant.load(a.id);
  }

  @FieldResolver(() => Card, { nullable: true, description: 'The active card, if any' })
  async currentCard(@Root() a: Applicant, @Ctx() ctx: GraphQLContext): Promise<Card | null> {
    const cards = await ctx.loaders.cardsByApplicant.load(a.id);
    return cards.find((c) => c.status === CardStatus.ACTIVE) ?? null;
  }
}

@Resolver(() => Passport)
export class PassportResolver {
  @FieldResolver(() => Country, { description: 'Issuing country' })
  issuingCountry(@Root() p: Passport, @Ctx() ctx: GraphQLContext): Country {
    return localized(countryName(p.issuingCountryCode), ctx.locale);
  }
}

@Resolver(() => Card)
export class CardResolver {
  @FieldResolver(() => FieldOfExpertiseType, {
    nullable: true,
    description: 'Field of expertise the card was granted under',
  })
  async fieldOfExpertise(
    @Root() card: Card,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FieldOfExpertiseType | null> {
    const field = await ctx.loaders.fieldOfExpertiseByCode.load(card.fieldOfExpertiseCode);
    return field
      ? { ...localized(field, ctx.locale), code: field.code, listVersion: field.list.version }
      : null;
  }

  @FieldResolver(() => ServiceCentreType, { nullable: true, description: 'Where to collect it' })
  collectionPlace(@Root() card: Card, @Ctx() ctx: GraphQLContext): ServiceCentreType | null {
    const centre = serviceCentre(card.collectionPlaceCode);
    return centre ? localized(centre, ctx.locale) : null;
  }
}
