/**
 * A documentation result's link, built from the source's `url` pattern and the entry's fields:
 * `/docs/{slug}` with slug "reset-password" gives `/docs/reset-password`. Values are URI-encoded;
 * an entry that lacks a named field gets no link rather than a broken one.
 */
export const PLACEHOLDER = /\{([\w-]+)\}/g;

/** The field names a pattern uses, so a search reads just those. */
export const fieldsOf = (pattern: string): string[] => [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);

export function linkFor(pattern: string, fields: Record<string, unknown>): string | null {
  let missing = false;
  const link = pattern.replace(PLACEHOLDER, (_, name: string) => {
    const value = fields[name];
    if (value === null || value === undefined || value === '') {
      missing = true;
      return '';
    }
    return encodeURIComponent(String(value));
  });
  return missing ? null : link;
}
