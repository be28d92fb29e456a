import { fieldsOf, linkFor } from '../../../server/src/domain/search/source-url';

describe('documentation result links', () => {
  it('fills the pattern from the entry, encoding each value', () => {
    expect(linkFor('/docs/{locale}/{slug}', { locale: 'fr', slug: 'mot de passe' })).toBe('/docs/fr/mot%20de%20passe');
    expect(linkFor('https://example.com/kb/{id}', { id: 42 })).toBe('https://example.com/kb/42');
  });

  it('gives no link rather than a broken one when a field is empty', () => {
    expect(linkFor('/docs/{slug}', { slug: '' })).toBeNull();
    expect(linkFor('/docs/{slug}', {})).toBeNull();
  });

  it('names the fields a pattern needs', () => {
    expect(fieldsOf('/{locale}/docs/{slug}')).toEqual(['locale', 'slug']);
    expect(fieldsOf('/docs')).toEqual([]);
  });
});
