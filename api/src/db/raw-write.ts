import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind } from '@mikro-orm/core';
import { query } from './raw-read.js';

/**
 * A guarded update and the rows that go with it as ONE statement:
 * `with g as (update … returning …), i0 as (insert … select … from g), … select * from g`.
 * The inserts happen only when the update matched (its version check passed).
 *
 * Why: on the hot write paths (upload, submit) each statement is a round trip to PostgreSQL, and
 * the unit of work's flush sends begin, one insert per table, the update and commit separately;
 * profiles showed the round trips and the flush's bookkeeping as most of a request's time
 * (bench/README.md, B3/B4). A single statement is atomic on its own: every part commits or none.
 * The inserted rows are the entities the services already build (their defaults, their audit
 * helpers); columns and conversions come from the entity metadata, so none can be forgotten.
 */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** `insert into <table> (<every column>) select … from g` for a new entity object. */
export function insertOf(em: EntityManager, entity: object): Statement {
  const meta = em.getMetadata().get(entity.constructor.name);
  const platform = em.getPlatform();
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const p of meta.props) {
    if (p.persist === false || !p.fieldNames?.length) continue;
    if (p.kind === ReferenceKind.EMBEDDED || p.embedded) {
      throw new Error(`insertOf: ${meta.className}.${p.name} is embedded (not supported)`);
    }
    const owning =
      p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner);
    if (p.kind !== ReferenceKind.SCALAR && !owning) continue;
    let value = (entity as Record<string, unknown>)[p.name];
    if (owning) value = (value as { id?: unknown } | null | undefined)?.id ?? null;
    else if (value !== null && value !== undefined && p.customType) {
      value = p.customType.convertToDatabaseValue(value, platform);
    }
    if (Array.isArray(value)) value = platform.marshallArray(value.map(String));
    columns.push(`"${p.fieldNames[0]}"`);
    params.push(value ?? null);
  }
  return {
    sql: `insert into "${meta.tableName}" (${columns.join(', ')}) select ${columns.map(() => '?').join(', ')} from g`,
    params,
  };
}

/**
 * Runs `guard` (an UPDATE … RETURNING) and, only for the rows it returned, the inserts, as one
 * statement; returns the guard's rows (none: nothing was written).
 */
export function writeGuarded<T = Record<string, unknown>>(
  em: EntityManager,
  guard: Statement,
  inserts: object[],
): Promise<T[]> {
  const parts = inserts.map((entity) => insertOf(em, entity));
  const sql = `with g as (${guard.sql}), ${parts.map((part, i) => `i${i} as (${part.sql})`).join(', ')} select * from g`;
  return query<T>(em, sql, [...guard.params, ...parts.flatMap((part) => part.params)]);
}
