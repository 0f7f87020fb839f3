import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ChangeSetType,
  type EntityProperty,
  OptimisticLockError,
  type Platform,
  ReferenceKind,
} from '@mikro-orm/core';
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

/** A property's value as its column stores it: references by id, custom types converted. */
function columnValue(prop: EntityProperty, value: unknown, platform: Platform): unknown {
  let stored = value;
  if (prop.kind !== ReferenceKind.SCALAR) {
    stored = (value as { id?: unknown } | null | undefined)?.id ?? null;
  } else if (value !== null && value !== undefined && prop.customType) {
    stored = prop.customType.convertToDatabaseValue(value, platform);
  }
  // Arrays as PostgreSQL array literals (the query layer would spread a JS array into a list).
  if (Array.isArray(stored)) stored = platform.marshallArray(stored.map(String));
  return stored ?? null;
}

/** `insert into <table> (<every column>) select … from g` for a new entity object. */
function insertOf(em: EntityManager, entity: object): Statement {
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
    columns.push(`"${p.fieldNames[0]}"`);
    params.push(columnValue(p, (entity as Record<string, unknown>)[p.name], platform));
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

/**
 * Flushes a unit of work made of one versioned update and new rows as ONE statement (see
 * `writeGuarded`): the update carries the optimistic version check, the rows go in only if it
 * matched. Anything else (several updates, deletes) is flushed the usual way, in the ORM's own
 * transaction. Returns false when the version check failed (nothing was written).
 * Afterwards the entity manager is cleared: its entities keep their values but are detached.
 */
export async function flushInOneStatement(em: EntityManager): Promise<boolean> {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  const sets = uow.getChangeSets();
  const updates = sets.filter((s) => s.type === ChangeSetType.UPDATE);
  const creates = sets.filter((s) => s.type === ChangeSetType.CREATE);
  const [update] = updates;
  // A new row with work of its own after the insert (a webhook event fans out into one delivery
  // per subscription) is flushed the usual way, so that work runs, in the same transaction.
  const hooked = creates.some((s) => (s.meta.hooks.afterCreate?.length ?? 0) > 0);
  if (
    !update ||
    updates.length !== 1 ||
    creates.length === 0 ||
    sets.length !== 1 + creates.length ||
    hooked
  ) {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) return false;
      throw error;
    }
    return true;
  }
  const meta = update.meta;
  const platform = em.getPlatform();
  const version = meta.versionProperty;
  const assignments: string[] = [];
  const params: unknown[] = [];
  const entity = update.entity as Record<string, unknown>;
  // The payload names what changed; the values are taken from the entity (the payload's are
  // already converted for comparison) and converted here as `insertOf` does.
  for (const name of Object.keys(update.payload as Record<string, unknown>)) {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (!prop?.fieldNames?.length || name === version) continue;
    assignments.push(`"${prop.fieldNames[0]}" = ?`);
    params.push(columnValue(prop, entity[name], platform));
  }
  const where = [`"${meta.primaryKeys[0]}" = ?`];
  params.push(entity[meta.primaryKeys[0] as string]);
  if (version) {
    assignments.push(`"${version}" = "${version}" + 1`);
    where.push(`"${version}" = ?`);
    params.push(entity[version]);
  }
  const written = await writeGuarded<Record<string, unknown>>(
    em,
    {
      sql: `update "${meta.tableName}" set ${assignments.join(', ')} where ${where.join(' and ')} returning *`,
      params,
    },
    creates.map((s) => s.entity),
  );
  em.clear();
  if (written.length === 0) return false;
  if (version) entity[version] = written[0]![version];
  return true;
}
