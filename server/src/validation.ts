import { errors } from '@strapi/utils';
import { z } from 'zod';
import { parseLastEventId } from './domain/realtime';

/**
 * Parses request input with a zod schema. On failure it throws Strapi's ValidationError, which the
 * framework answers with a 400 in its usual error shape; the message names the offending field
 * (`query.locale: ...`) and `details.errors` lists every problem with its path.
 */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, input: unknown, root: string): z.infer<Schema> => {
  const result = schema.safeParse(wellFormed(input ?? {}));
  if (result.success) return result.data;

  const problems = result.error.issues.flatMap((issue) => {
    const base = [root, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: 'is not an allowed field' }));
    }
    return [{ path: base, message: issue.message }];
  });
  throw new errors.ValidationError(problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
};

/**
 * The input with every lone surrogate (half of a UTF-16 pair, which no UTF-8 text can hold) made
 * U+FFFD, as a text column would store it anyway. In a JSON column it would stay an escape that
 * PostgreSQL's jsonb refuses, failing the write with a 500.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, child]) => [key, wellFormed(child)]));
  }
  return value;
};

/** Strapi document ids are 24 lowercase letters and digits; anything else cannot name a document. */
export const documentIdSchema = z.string().regex(/^[a-z0-9]{24}$/, 'must be a document id of 24 lowercase letters and digits');

/** A locale code as Strapi's i18n names them, e.g. `en`, `nl` or `pt-BR`. */
export const localeCodeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a locale code such as "en" or "nl"');

/** Longest message body a customer or staff member may send. */
export const MESSAGE_MAX_LENGTH = 20_000;

/** PostgreSQL refuses NUL in text; caught here it is the caller's 400, not a database 500. */
export const withoutNul = (value: string) => !value.includes('\u0000');

const EARLIEST_INSTANT = Date.UTC(1970, 0, 1);
const LATEST_INSTANT = Date.UTC(3000, 0, 1);

/**
 * An instant a request names: ISO 8601 with its offset (a local time alone would be read in the
 * server's zone), between 1970 and 2999. Every calendar, JavaScript date and supported database
 * holds those; an extended year such as +275760 or year 0 would fail further in, as a 500.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with its offset, such as 2026-03-10T15:59:00+01:00' })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() >= EARLIEST_INSTANT && date.getTime() < LATEST_INSTANT, 'must be between the years 1970 and 2999');

/** For a query or body that takes no fields: anything in it is refused, naming it. */
export const noFieldsSchema = z.object({}).strict();

/**
 * The `Last-Event-ID` a reconnecting stream client sends (0 on a first connect); anything but an
 * event id of ours is refused, naming the header.
 */
export const readLastEventId = (ctx: { get(name: string): string }): number => {
  const lastEventId = parseLastEventId(ctx.get('last-event-id'));
  if (lastEventId === null) {
    throw new errors.ValidationError('headers.Last-Event-ID: must be the id of an event this stream sent', {
      errors: [{ path: 'headers.Last-Event-ID', message: 'must be the id of an event this stream sent' }],
    });
  }
  return lastEventId;
};
