import type { Core } from '@strapi/strapi';

/**
 * The one dialect-specific piece of the statistics: an instant column as whole hours or days since
 * the epoch (UTC), so every database groups by the same integer and JavaScript places the buckets
 * in a time zone (domain/stats/buckets.ts).
 * - SQLite: Strapi stores datetimes as epoch milliseconds (text ISO values are read too).
 * - PostgreSQL: `extract(epoch ...)` of a timestamp without time zone reads it as UTC, as stored.
 * - MySQL/MariaDB: DATETIME has no zone; the driver writes the Node process's local time, so the
 *   buckets are UTC when Node runs in UTC (as Strapi's Docker images and these tests do).
 */
export function epochIndexSql(client: string, column: string, unit: 'hour' | 'day'): { sql: string; bindings: string[] } {
  const seconds = unit === 'hour' ? 3600 : 86400;
  if (client === 'postgres') return { sql: `floor(extract(epoch from ??) / ${seconds})`, bindings: [column] };
  if (client === 'mysql') return { sql: `timestampdiff(${unit}, '1970-01-01 00:00:00', ??)`, bindings: [column] };
  return {
    sql: `case when typeof(??) = 'integer' then ?? / ${seconds * 1000} else cast(strftime('%s', ??) as integer) / ${seconds} end`,
    bindings: [column, column, column],
  };
}

/** Table and column names of a content type, as Strapi's metadata has them. */
export function tableOf(strapi: Core.Strapi, uid: string, alias: string) {
  const meta = strapi.db.metadata.get(uid as any);
  return {
    from: `${meta.tableName} as ${alias}`,
    column: (name: string) => `${alias}.${(meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name}`,
    /** The join table of a many-to-one relation: its name and the columns naming this row and the target. */
    link: (name: string) => {
      const { joinTable } = meta.attributes[name] as any;
      return { name: joinTable.name as string, own: joinTable.joinColumn.name as string, target: joinTable.inverseJoinColumn.name as string };
    },
  };
}

/** Databases hand back counts and sums as numbers, strings (bigint) or null. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
