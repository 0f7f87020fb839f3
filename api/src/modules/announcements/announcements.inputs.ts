import { z } from 'zod';
import { disallowedLinks } from './announcement-links.js';

/** One line of text: surrounding spaces dropped, never blank. */
const line = (max: number) => z.string().trim().min(1).max(max);
/** A body, kept exactly as written (spaces and line breaks included); never blank. */
const body = z
  .string()
  .max(4000)
  .regex(/\S/)
  .refine((text) => disallowedLinks(text).length === 0, {
    params: { problem: 'LINK_NOT_ALLOWED' },
  });

/** `publishUntil` after `publishFrom` is checked by the service, which knows the stored start. */
export const announcementSchema = z.object({
  titleZhTw: line(120),
  titleEn: line(120),
  bodyZhTw: body,
  bodyEn: body,
  issuingUnitZhTw: line(80),
  issuingUnitEn: line(80),
  important: z.boolean().default(false),
  publishFrom: z.date().nullish(),
  publishUntil: z.date().nullish(),
});
export type AnnouncementData = z.infer<typeof announcementSchema>;

export const pageSchema = (maxPerPage: number) =>
  z.object({
    page: z.number().int().min(1).max(10_000),
    perPage: z.number().int().min(1).max(maxPerPage),
  });

export const idSchema = z.object({ id: z.uuid(), version: z.number().int().min(1) });
