import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldOfExpertise } from './field-of-expertise.entity.js';

export function createReferenceLoaders(em: EntityManager) {
  return {
    /** A code resolves to its entry in the newest list that contains it. */
    fieldOfExpertiseByCode: new DataLoader<string, FieldOfExpertise | null>(async (codes) => {
      const rows = await em.find(
        FieldOfExpertise,
        { code: { $in: [...codes] } },
        { orderBy: { list: { version: 'desc' } } },
      );
      const newest = new Map<string, FieldOfExpertise>();
      for (const row of rows) if (!newest.has(row.code)) newest.set(row.code, row);
      return codes.map((code) => newest.get(code) ?? null);
    }),
  };
}
