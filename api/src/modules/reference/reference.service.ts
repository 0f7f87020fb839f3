import type { EntityManager } from '@mikro-orm/postgresql';
import { ExpertiseList, FieldOfExpertise } from './field-of-expertise.entity.js';

export class ReferenceService {
  constructor(private readonly em: EntityManager) {}

  /** The list of fields of expertise in force on a day (today when not given). */
  async fieldsOfExpertise(on: string = new Date().toISOString().slice(0, 10)) {
    const list = await this.em.findOne(
      ExpertiseList,
      { effectiveFrom: { $lte: on } },
      { orderBy: { effectiveFrom: 'desc' } },
    );
    if (!list) return [];
    return this.em.find(FieldOfExpertise, { list }, { orderBy: { sortOrder: 'asc' } });
  }
}
