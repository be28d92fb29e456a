import fc from 'fast-check';

/**
 * Hostile input for the routes: what a field of each kind must refuse, and the generic breakage
 * (wrong types, unknown fields, filter operators) every strict route must refuse. Each input says
 * whether the route must refuse it, naming which field, or only survive it (odd but acceptable text).
 */

export type Where = 'query' | 'body' | 'params' | 'headers';

/** What a field is; decides which values are wrong for it. */
export type FieldKind =
  | { kind: 'text'; max: number; min?: number; trimmed?: boolean; nul?: 'refused' | 'allowed'; control?: 'refused' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'documentId' }
  | { kind: 'id' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'instant' }
  | { kind: 'date' }
  | { kind: 'email' }
  | { kind: 'locale' };

export interface Field {
  where: Where;
  path: string[];
  is: FieldKind;
  /** Must be sent (removing it is an error). */
  required?: boolean;
  /** null is a meaningful value for it. */
  nullable?: boolean;
}

export interface Input {
  query: Record<string, unknown>;
  body: unknown;
  params: Record<string, string>;
  headers: Record<string, string>;
  /** Sent as is instead of JSON (malformed bodies). */
  rawBody?: string;
}

export interface Mutation {
  label: string;
  /** `refused`: a 4xx naming `names`; `survived`: anything but a 5xx. */
  expect: 'refused' | 'survived';
  /** The field the error message must name, e.g. `body.data.subject`. */
  names?: string;
  apply(input: Input): Input;
}

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

const getAt = (root: any, path: string[]) => path.reduce((node, key) => (node == null ? undefined : node[key]), root);

const setAt = (root: any, path: string[], value: unknown, remove = false) => {
  const copy = clone(root) ?? {};
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
};

const withValue = (input: Input, where: Where, path: string[], value: unknown, remove = false): Input => {
  if (path.length === 0) return { ...input, [where]: value };
  return { ...input, [where]: setAt(input[where], path, value, remove) };
};

export const fieldName = (where: Where, path: string[]) => [where, ...path].join('.');

/** Text nobody types on purpose: control characters, lone surrogates, direction overrides, combining marks. */
export const oddText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    '\u202eevil\u202c',
    '\ud800',
    'a\udc00b',
    'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359',
    '\ufeff\u200b\u200d',
    '😀👨‍👩‍👧‍👦🇳🇱',
    '\u0007\u0008\u001b[31m',
    "' OR 1=1 --",
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '%00%0d%0a',
    'Ｆｕｌｌｗｉｄｔｈ'
  )
);

/** Values of the wrong JSON type for a field of this kind (bodies are typed: no coercion). */
const wrongTypes = (is: FieldKind, nullable: boolean) => {
  const numeric = is.kind === 'int';
  const values: unknown[] = numeric ? ['5', '', true, [5], { value: 5 }] : [42, 0, true, ['a', 'b'], { $ne: null }, {}];
  if (!nullable) values.push(null);
  return fc.constantFrom(...values);
};

/** A query parameter always arrives as text; these are its shapes that are never one value. */
const wrongQueryShapes = fc.constantFrom<unknown>(['1', '2'], { $ne: '' }, { $gt: '0', $lt: 'z' }, ['a', ['b']]);

const outOfRange = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: max + 1, max: Number.MAX_SAFE_INTEGER }),
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: min - 1 }),
    fc.constantFrom(1e308, -1e308, min + 0.5, 2 ** 53)
  );

/** Dates that are no dates, outside what the calendars and databases hold, or written ambiguously. */
const badInstants = fc.constantFrom(
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T10:00:00Z',
  '2026-13-01T10:00:00Z',
  '2026-03-10T25:00:00Z',
  '2026-03-10',
  'yesterday',
  '1e10',
  '1773136800000',
  'NaN',
  '',
  '2026-03-10T10:00:00+99:00',
  '2026-03-10T10:00:00'
);

const badDates = fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '+275760-09-13', '0000-00-00', '20260101', '', 'today', '2026-1-1');

const badEmails = fc.oneof(
  fc.constantFrom('', 'not an email', '@example.com', 'a@', 'a@b@c', `${'a'.repeat(250)}@example.com`, 'a\u0000@example.com', 'a b@example.com'),
  // Nor a customer id, which the queue's customer filter also takes.
  oddText.filter((text) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text) && !/^[1-9]\d{0,9}$/.test(text))
);

/** Values of the right type that the field must still refuse. */
const semanticBad = (is: FieldKind, where: Where): fc.Arbitrary<unknown> | null => {
  switch (is.kind) {
    case 'text': {
      const options: Array<fc.Arbitrary<unknown>> = [fc.constant('x'.repeat(is.max + 1)), fc.constant('é'.repeat(is.max + 1))];
      if ((is.min ?? 0) > 0) options.push(fc.constant(''), ...(is.trimmed ? [fc.constant(' \t\n ')] : []));
      if ((is.min ?? 0) > 1) options.push(fc.constant('x'.repeat(is.min! - 1)));
      if (is.nul === 'refused') options.push(fc.constant('before\u0000after'));
      if (is.control === 'refused') options.push(fc.constantFrom('a\u0001b', 'line\u001bbreak', 'a\u007f'));
      return fc.oneof(...options);
    }
    case 'enum':
      return fc.oneof(
        oddText.filter((value) => !is.values.includes(value)),
        fc.constantFrom(...is.values.map((value) => value.toUpperCase()), ...is.values.map((value) => `${value}!`)).filter((value) => !is.values.includes(value))
      );
    case 'documentId':
      return fc.oneof(
        oddText.filter((value) => !/^[a-z0-9]{24}$/.test(value)),
        fc.constantFrom('A'.repeat(24), 'a'.repeat(23), 'a'.repeat(25), '1 OR 1=1', 'aaaaaaaaaaaaaaaaaaaaaaa%')
      );
    case 'id':
      return fc.oneof(
        fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999', '0x10', ' 1', 'abc', '1;DROP TABLE up_users'),
        oddText.filter((value) => !/^[1-9]\d{0,9}$/.test(value))
      );
    case 'int':
      if (where === 'query') {
        return fc.oneof(
          outOfRange(is.min, is.max).map(String),
          fc.constantFrom('abc', '1,5', '1.5', 'Infinity', '-', '1e400', '0x'),
          oddText.filter((value) => {
            const number = Number(value);
            return !(Number.isInteger(number) && number >= is.min && number <= is.max);
          })
        );
      }
      return outOfRange(is.min, is.max);
    case 'instant':
      return badInstants;
    case 'date':
      return badDates;
    case 'email':
      return badEmails;
    case 'locale':
      return fc.oneof(
        fc.constantFrom('EN', 'english', 'e', 'en_US', 'en-', 'en-USAAA', '*', 'en;DROP', '../en'),
        oddText.filter((value) => !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(value))
      );
  }
};

/** Every way one field may be wrong, each as a mutation that must be refused naming the field. */
export const fieldMutations = (field: Field): fc.Arbitrary<Mutation> => {
  const name = fieldName(field.where, field.path);
  const options: Array<fc.Arbitrary<Mutation>> = [];
  const refused = (label: string, value: unknown, remove = false): Mutation => ({
    label: `${name} ${label}`,
    expect: 'refused',
    names: name,
    apply: (input) => withValue(input, field.where, field.path, value, remove),
  });
  const semantic = semanticBad(field.is, field.where);
  if (semantic) options.push(semantic.map((value) => refused(`= ${JSON.stringify(value)?.slice(0, 60)}`, value)));
  if (field.where === 'body') options.push(wrongTypes(field.is, !!field.nullable).map((value) => refused(`of the wrong type ${JSON.stringify(value)}`, value)));
  if (field.where === 'query') options.push(wrongQueryShapes.map((value) => refused(`shaped ${JSON.stringify(value)}`, value)));
  if (field.required && field.where === 'body') options.push(fc.constant(refused('left out', undefined, true)));
  return fc.oneof(...options);
};

/** Odd text in a free-text field: it may be taken or refused, but never a server error. */
export const oddTextMutation = (field: Field): fc.Arbitrary<Mutation> =>
  oddText.map((text) => ({
    label: `${fieldName(field.where, field.path)} = ${JSON.stringify(text)}`,
    expect: 'survived' as const,
    apply: (input: Input) => withValue(input, field.where, field.path, `${String(getAt(input[field.where], field.path) ?? '')} ${text}`),
  }));

/** Parameters a Strapi content API would take, and that these strict routes must not. */
const strapiParameters = fc.constantFrom<[string, unknown]>(
  ['filters', { $or: [{ id: { $gt: '0' } }, { customer: { password: { $startsWith: '$' } } }] }],
  ['filters', { status: { $ne: 'closed' } }],
  ['populate', '*'],
  ['populate', { customer: { fields: ['password', 'resetPasswordToken'] } }],
  ['fields', ['password']],
  ['sort', 'id:desc'],
  ['status', 'draft'],
  ['publicationState', 'preview'],
  ['$where', '1=1'],
  ['__proto__', { polluted: 'yes' }],
  ['constructor', { prototype: { polluted: 'yes' } }]
);

const unknownKey = fc.oneof(
  fc.constantFrom('id', 'status', 'customer', 'internal', 'score', 'createdAt', 'documentId', 'role', 'isAdmin', '$set', '__proto__'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key))
);

/**
 * A field the route does not know, added to an object of the input: refused, naming it. `known`
 * lists the keys each object path already has (so the added key is really unknown there).
 */
export const unknownFieldMutation = (objects: Array<{ where: Where; path: string[]; known: string[] }>): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.constantFrom(...objects), fc.oneof(unknownKey.map((key) => [key, 'x'] as [string, unknown]), strapiParameters)).filter(([object, [key]]) => !object.known.includes(key)).map(([object, [key, value]]) => {
    const name = fieldName(object.where, [...object.path, key]);
    // Strapi's query parser drops keys of Object.prototype before any route sees them, and its body
    // parser refuses a `__proto__` key outright (in words of its own).
    const dropped = object.where === 'query' && key in Object.prototype;
    return {
      label: `unknown ${name}`,
      expect: dropped ? ('survived' as const) : ('refused' as const),
      names: dropped || (object.where === 'body' && key === '__proto__') ? undefined : name,
      apply: (input: Input) => {
        const target = { ...(clone(getAt(input[object.where], object.path)) ?? {}) };
        // Defined as an own property: `__proto__` assigned would set the prototype instead.
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        return object.path.length === 0 ? { ...input, [object.where]: target } : withValue(input, object.where, object.path, target);
      },
    };
  });

/** The body as a whole of the wrong shape, or no JSON at all. */
export const wrongBodyMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<unknown>([], [{ data: {} }], 'data', 42, true, { data: [] }, { data: 'x' }, { data: null }).map((body) => ({
    label: `body = ${JSON.stringify(body)}`,
    expect: 'refused' as const,
    // JSON that is no object or array the body parser refuses itself ("only supports object and array").
    names: typeof body !== 'object' ? undefined : Array.isArray(body) ? 'body' : 'body.data',
    apply: (input: Input) => ({ ...input, body }),
  })),
  fc.constantFrom('{"data":', '{"data": {"subject": "x",}}', '\u0000', '{"data": NaN}', '[1,2', `{"data": ${'['.repeat(5000)}`).map((rawBody) => ({
    label: `malformed JSON ${JSON.stringify(rawBody.slice(0, 30))}`,
    expect: 'refused' as const,
    apply: (input: Input) => ({ ...input, rawBody }),
  }))
);

/** Every leaf of a JSON value (objects and arrays walked), with its path and whether it may be null. */
export const leavesOf = (value: unknown, path: string[] = []): Array<{ path: string[]; value: unknown }> => {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return [{ path, value }, ...entries.flatMap(([key, child]) => leavesOf(child, [...path, key]))];
  }
  return [{ path, value }];
};

/**
 * Breaks a valid nested body (a settings section) at one place: a value of another JSON type or an
 * unknown key in one of its objects. The error names the section at least. `nullable` lists the
 * paths (or their last keys, e.g. `holidays.country`) where null is a value.
 */
export const deepMutation = (where: Where, root: string[], value: unknown, nullable: string[] = []): fc.Arbitrary<Mutation> => {
  const nodes = leavesOf(value).filter((node) => node.path.length > 0);
  const objects = nodes.filter((node) => node.value !== null && typeof node.value === 'object' && !Array.isArray(node.value));
  const swap = (original: unknown): unknown[] => {
    if (Array.isArray(original)) return [{}, 'list', 7];
    if (original !== null && typeof original === 'object') return [[], 'object', 7];
    if (typeof original === 'number') return ['1', true, [original]];
    if (typeof original === 'string') return [7, false, [original]];
    if (typeof original === 'boolean') return ['true', 1];
    return [7, 'x', {}];
  };
  return fc.oneof(
    fc.constantFrom(...nodes).chain((node) =>
      fc.constantFrom(...swap(node.value), ...(nullable.some((leaf) => `.${node.path.join('.')}`.endsWith(`.${leaf}`)) ? [] : [null])).map((replacement) => ({
        label: `${fieldName(where, [...root, ...node.path])} = ${JSON.stringify(replacement)}`,
        expect: 'refused' as const,
        names: fieldName(where, [...root, ...node.path.slice(0, 1)]),
        apply: (input: Input) => withValue(input, where, [...root, ...node.path], replacement),
      }))
    ),
    objects.length
      ? // `__proto__` is the top-level mutation's (set here it would only swap the prototype).
        fc.tuple(fc.constantFrom(...objects), unknownKey.filter((key) => key !== '__proto__')).filter(([node, key]) => !Object.keys(node.value as object).includes(key)).map(([node, key]) => ({
          label: `unknown ${fieldName(where, [...root, ...node.path, key])}`,
          expect: 'refused' as const,
          names: fieldName(where, [...root, ...node.path.slice(0, 1)]),
          apply: (input: Input) => withValue(input, where, [...root, ...node.path, key], 'x'),
        }))
      : fc.constant({ label: 'nothing', expect: 'survived' as const, apply: (input: Input) => input })
  );
};

/**
 * A URL component of any text. A lone surrogate has no UTF-8 form, so `encodeURIComponent` throws
 * on it; a client sends the bytes Node would write for it instead (U+FFFD).
 */
export const encodeComponent = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
};

/** `?a[b]=1&c=2&c=3` from nested values, as qs (Strapi's query parser) reads them. */
export const encodeQuery = (query: Record<string, unknown>): string => {
  const parts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (value === undefined) return;
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, Array.isArray(item) || (item && typeof item === 'object') ? `${key}[${index}]` : key));
    else if (value !== null && typeof value === 'object') for (const [child, item] of Object.entries(value)) walk(item, `${key}[${child}]`);
    else parts.push(`${encodeComponent(key)}=${encodeComponent(String(value ?? ''))}`);
  };
  for (const [key, value] of Object.entries(query)) walk(value, key);
  return parts.join('&');
};
