import type pg from 'pg';
import { insertHolders } from './bulk-insert.js';
import { generateHolder } from './holders.js';

export interface ScaleOptions {
  applicants: number;
  seed: number;
  /** Index of the first holder: the demo set and the scale set use disjoint ranges. */
  firstIndex?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Deterministic bulk data: holder i of seed s is always the same person, so a run can be
 * repeated or extended (1,000 → 100,000) and only the missing holders are added.
 */
export async function seedHolders(client: pg.ClientBase, options: ScaleOptions) {
  const { applicants, seed, firstIndex = 0, batchSize = 5_000, onProgress } = options;
  const taken = new Set<string>();
  let created = 0;
  for (let start = 0; start < applicants; start += batchSize) {
    const end = Math.min(start + batchSize, applicants);
    const batch = [];
    for (let i = start; i < end; i++) batch.push(generateHolder(seed, firstIndex + i, taken));
    await client.query('begin');
    try {
      created += await insertHolders(client, batch);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
    onProgress?.(end, applicants);
  }
  return { created, skipped: applicants - created };
}
