import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

@InputType({
  description: 'Filters for the officers\u2019 holder search; all given filters must match',
})
export class ApplicantFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Current or earlier UI number, exact (case-insensitive)',
  })
  uiNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the English surname, given name or Chinese name (case-insensitive)',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Nationality, ISO 3166-1 alpha-2' })
  nationality?: string | null;

  @Field(() => String, { nullable: true, description: 'Passport number, exact (case-insensitive)' })
  passportNumber?: string | null;
}

export const applicantSearchSchema = z.object({
  filter: z
    .object({
      uiNumber: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z][A-D89]\d{8}$/)
        .nullish(),
      name: z.string().trim().min(1).max(80).nullish(),
      nationality: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/)
        .nullish(),
      passportNumber: z.string().trim().toUpperCase().min(1).max(20).nullish(),
    })
    .default({}),
  page: z.number().int().min(1).max(100_000),
  perPage: z.number().int().min(1).max(100),
});
export type ApplicantSearch = z.infer<typeof applicantSearchSchema>;
