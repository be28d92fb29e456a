import { errors } from '@strapi/utils';
import type { z } from 'zod';

/**
 * Parses request input with a zod schema. On failure it throws Strapi's ValidationError, which the
 * framework answers with a 400 in its usual error shape; the message names the offending field
 * (`query.locale: ...`) and `details.errors` lists every problem with its path.
 */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, input: unknown, root: string): z.infer<Schema> => {
  const result = schema.safeParse(input ?? {});
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
