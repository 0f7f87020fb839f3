import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntityClass, type EntityProperty, ReferenceKind } from '@mikro-orm/core';

const isScalar = (p: EntityProperty) => p.kind === ReferenceKind.SCALAR;
/** A reference whose foreign key is a column of this table. */
const isOwningReference = (p: EntityProperty) =>
  p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && Boolean(p.owner));

/**
 * Hand-written SQL for the hottest reads, with rows turned into plain read-only objects shaped
 * like the entities.
 *
 * Why: building a query through the ORM's criteria and query builder costs more CPU than the
 * query itself on a busy list (bench/README.md, profiles of B1/B2): about half of each request.
 * These helpers keep the ORM's metadata and type conversions and skip the building and the
 * identity map's bookkeeping. The column lists come from the entity metadata, so a new column cannot be
 * forgotten.
 */

const columnCache = new WeakMap<object, string[]>();

/** The database columns of an entity (scalars and owning references). */
export function columnNames(em: EntityManager, entity: EntityClass<object>): string[] {
  const cached = columnCache.get(entity);
  if (cached) return cached;
  const meta = em.getMetadata().get(entity.name);
  const columns = meta.props
    .filter((p) => p.persist !== false && (isScalar(p) || isOwningReference(p)))
    .flatMap((p) => p.fieldNames ?? []);
  columnCache.set(entity, columns);
  return columns;
}

/** `"h"."id" as "h__id", …`: one entity's columns under a prefix, for joins. */
export function selectColumns(
  em: EntityManager,
  entity: EntityClass<object>,
  alias: string,
): string {
  return columnNames(em, entity)
    .map((c) => `"${alias}"."${c}" as "${alias}__${c}"`)
    .join(', ');
}

/**
 * Runs SQL (`?` placeholders; an array after `in (?)` becomes a list) in the entity manager's
 * transaction, if it has one.
 */
export function query<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

type Converter = (value: unknown) => unknown;
interface PlainField {
  column: string;
  /** Property path: one name, or an embeddable and its property. */
  path: [string] | [string, string];
  convert: Converter;
}
const plainCache = new WeakMap<object, PlainField[]>();

function plainFields(em: EntityManager, entity: EntityClass<object>): PlainField[] {
  const cached = plainCache.get(entity);
  if (cached) return cached;
  const platform = em.getPlatform();
  const meta = em.getMetadata().get(entity.name);
  const fields: PlainField[] = [];
  for (const p of meta.props) {
    const column = p.fieldNames?.[0];
    if (!column || p.persist === false) continue;
    let convert: Converter = (v) => v;
    if (isOwningReference(p)) {
      convert = (v) => (v === null || v === undefined ? null : { id: v });
    } else if (!isScalar(p)) {
      continue;
    } else if (p.customType) {
      const type = p.customType;
      convert = (v) => (v === null || v === undefined ? v : type.convertToJSValue(v, platform));
    } else if (p.runtimeType === 'Date' || p.type === 'datetime' || p.type === 'Date') {
      convert = (v) => (typeof v === 'string' ? platform.parseDate(v) : v);
    }
    const path: PlainField['path'] = p.embedded ? [p.embedded[0], p.embedded[1]] : [p.name];
    fields.push({ column, path, convert });
  }
  plainCache.set(entity, fields);
  return fields;
}

/**
 * Rows as plain objects shaped like the entity (references as `{ id }`, embeddables as
 * objects), outside the identity map: for reads that are only shown, where managing entities
 * (snapshots for change tracking) would cost more than the query. Never persist or flush them.
 */
export function plainRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: Record<string, unknown>[],
  /** The entity's columns carry this prefix in the rows (joins: `h__id`, …). */
  prefix = '',
): T[] {
  const fields = plainFields(em, entity);
  return rows.map((row) => {
    const plain: Record<string, unknown> = {};
    for (const { column, path, convert } of fields) {
      const value = convert(row[prefix + column]);
      if (path.length === 1) plain[path[0]] = value;
      else ((plain[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = value;
    }
    return plain as T;
  });
}

/** `select <all columns> from <table> where …` as plain read-only objects (see plainRows). */
export async function selectPlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: string,
  params: unknown[],
  orderBy = '',
): Promise<T[]> {
  return plainRows(em, entity, await selectRows(em, entity, where, params, orderBy));
}

function selectRows(
  em: EntityManager,
  entity: EntityClass<object>,
  where: string,
  params: unknown[],
  orderBy: string,
): Promise<Record<string, unknown>[]> {
  const table = em.getMetadata().get(entity.name).tableName;
  const columns = columnNames(em, entity)
    .map((c) => `"${c}"`)
    .join(', ');
  return query(
    em,
    `select ${columns} from "${table}" where ${where}${orderBy ? ` order by ${orderBy}` : ''}`,
    params,
  );
}
