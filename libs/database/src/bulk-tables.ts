import type { EntityManager } from '@mikro-orm/postgresql';

/** One table's share of a bulk write: its new entities and the scalar columns they fill, in one order. */
export interface BulkTable {
  entityName: string;
  /** `"schema"."table"` */
  table: string;
  columns: { name: string; prop: string; type: string }[];
  entities: object[];
}

/**
 * New entity instances (built with `new`, never persisted) grouped by table, first-seen order
 * kept (a card after its person). Scalar properties only (no relations, no bytea): every column
 * the entity declares is written, an unset one as null.
 */
export function bulkTables(em: EntityManager, entities: readonly object[]): BulkTable[] {
  const byClass = new Map<new () => object, object[]>();
  for (const e of entities) {
    const cls = e.constructor as new () => object;
    const list = byClass.get(cls);
    if (list) list.push(e);
    else byClass.set(cls, [e]);
  }
  return [...byClass].map(([cls, list]) => bulkTable(em, cls, list));
}

/** One entity class's table and columns, with its new `entities`. */
export function bulkTable(em: EntityManager, cls: new () => object, entities: object[]): BulkTable {
  const meta = em.getMetadata().find(cls.name);
  if (!meta) throw new Error(`bulk write: ${cls.name} is not an entity of this ORM`);
  const props = meta.props.filter((p) => p.persist !== false && p.kind === 'scalar' && p.fieldNames?.length === 1);
  return {
    entityName: cls.name,
    table: `"${em.config.get('schema') as string}"."${meta.tableName}"`,
    columns: props.map((p) => ({ name: p.fieldNames[0], prop: p.name, type: String(p.columnTypes?.[0] ?? p.type).toLowerCase() })),
    entities,
  };
}

/** A column's value as the bulk writers take it; binary is refused (neither JSON nor COPY's text carries it as is). */
export function bulkValue(t: BulkTable, e: object, c: BulkTable['columns'][number]): unknown {
  const v = (e as Record<string, unknown>)[c.prop];
  if (Buffer.isBuffer(v)) throw new Error(`bulk write: ${t.entityName}.${c.prop} is binary`);
  return v ?? null;
}
