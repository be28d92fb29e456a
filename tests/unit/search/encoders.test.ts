import { Index } from 'flexsearch';
import { encoderFor, foldCyrillic, foldLatin } from '../../../server/src/domain/search/encoders';

/**
 * Whether a query word finds a text word: one of its terms is the start of one of the text's terms
 * (the index holds every term's beginnings, so half-typed words are found).
 */
const meet = (locale: string, query: string, text: string) => {
  const encoder = encoderFor(locale);
  const terms = encoder.encode(text);
  return encoder.encode(query).some((term) => terms.some((indexed) => indexed.startsWith(term)));
};

/** The entries a query finds in a small index of one language. */
const finds = (locale: string, texts: Record<string, string>, query: string) => {
  const index = new Index({ tokenize: 'forward', encoder: encoderFor(locale) });
  for (const [id, text] of Object.entries(texts)) index.add(id, text);
  return index.search(query, { limit: 5, suggest: true });
};

describe('search encoders', () => {
  it.each([
    ['en', 'invoices', 'invoice'],
    ['en', 'refunded', 'refund'],
    ['nl', 'facturen', 'factuur'],
    ['nl', 'wachtwoorden', 'wachtwoord'],
    ['de', 'Rechnungen', 'Rechnung'],
    ['de', 'Passwörter', 'Passwort'],
    ['fr', 'factures', 'facture'],
    ['fr', 'remboursements', 'remboursement'],
    ['es', 'facturas', 'factura'],
    ['es', 'contraseñas', 'contraseña'],
    ['it', 'fatture', 'fattura'],
    ['it', 'rimborsi', 'rimborso'],
    ['ru', 'счета', 'счёт'],
    ['ru', 'паролей', 'пароль'],
    ['ru', 'заявки', 'заявка'],
  ])('%s: "%s" meets "%s" (stemming)', (locale, a, b) => {
    expect(meet(locale, a, b)).toBe(true);
  });

  it.each([
    ['es', 'devolución', 'devolucion'],
    ['es', 'contraseña', 'contrasena'],
    ['it', 'attività', 'attivita'],
    ['fr', 'problème', 'probleme'],
    ['fr', 'élèves', 'eleve'],
    ['de', 'Gebühr', 'Gebuhr'],
    ['de', 'Straße', 'strasse'],
    ['nl', 'efficiënt', 'efficient'],
  ])('%s: "%s" meets "%s" (accents folded)', (locale, a, b) => {
    expect(meet(locale, a, b)).toBe(true);
  });

  it('drops a stop word typed with or without its accent', () => {
    expect(encoderFor('it').encode('perché')).toEqual([]);
    expect(encoderFor('it').encode('perche')).toEqual([]);
    expect(encoderFor('es').encode('qué')).toEqual(encoderFor('es').encode('que'));
  });

  it.each([
    ['en', 'adress', 'address'],
    ['nl', 'fakturen', 'factuur'],
    ['de', 'Rechnunk', 'Rechnung'],
    ['fr', 'remboursemant', 'remboursement'],
    ['es', 'reembolzo', 'reembolso'],
    ['it', 'fatura', 'fattura'],
  ])('%s: the typo "%s" still meets "%s"', (locale, a, b) => {
    expect(meet(locale, a, b)).toBe(true);
  });

  it('keeps apart words that only share a few letters', () => {
    expect(meet('de', 'Rechnung', 'Rechner')).toBe(false);
    expect(meet('en', 'invoice', 'involve')).toBe(false);
    expect(meet('ru', 'счёт', 'сча')).toBe(false);
  });

  it('folds Cyrillic case and ё, and keeps й', () => {
    expect(foldCyrillic('Счёт ЁЛКА')).toBe('счет елка');
    expect(foldCyrillic('Какой')).toBe('какой');
    expect(meet('ru', 'СЧЁТ', 'счет')).toBe(true);
    expect(foldLatin('Perché Straße Ünïcödé')).toBe('perche strasse unicode');
  });

  it('finds entries by inflected, unaccented and half-typed queries in each language', () => {
    expect(finds('nl', { a: 'Waar vind ik mijn facturen?', b: 'Hoe wijzig ik mijn wachtwoord?' }, 'factuur')).toEqual(['a']);
    expect(finds('de', { a: 'Wo finde ich meine Rechnungen?', b: 'Wie ändere ich mein Passwort?' }, 'rechnung')).toEqual(['a']);
    expect(finds('es', { a: '¿Dónde encuentro mis facturas?', b: 'Solicitar una devolución' }, 'devolucion')).toEqual(['b']);
    expect(finds('it', { a: 'Dove trovo le mie fatture?', b: 'Come cambio la password?' }, 'fattura')).toEqual(['a']);
    expect(finds('ru', { a: 'Где найти мои счета?', b: 'Как сменить пароль?' }, 'счёт')).toEqual(['a']);
    expect(finds('fr', { a: 'Où trouver mes factures ?', b: 'Demander un remboursement' }, 'rembours')).toEqual(['b']);
    expect(finds('en', { a: 'Where can I find my invoices?', b: 'How do I reset my password?' }, 'informatio invoic')).toEqual(['a']);
  });

  it('uses one encoder per language, whatever the region', () => {
    expect(encoderFor('de-CH')).toBe(encoderFor('de'));
    expect(encoderFor('pt').encode('Faturas')).toEqual(['faturas']);
  });
});
