import { detectLanguage } from '../../../server/src/domain/search/detect-language';

const ALL = ['en', 'de', 'nl', 'fr', 'es', 'it', 'ru'];

describe('query language detection', () => {
  it.each([
    ['Why should I ask only one question per ticket?', 'en'],
    ['Wie setze ich mein Passwort für den Kundenbereich zurück?', 'de'],
    ['Waarom duurt het antwoord zo lang?', 'nl'],
    ['Où puis-je trouver mes factures ?', 'fr'],
    ['¿Cuánto cuesta un ticket prioritario?', 'es'],
    ['Perché la risposta al mio ticket arriva così tardi?', 'it'],
    ['скачать счёт', 'ru'],
  ])('recognises "%s" as %s', (text, language) => {
    expect(detectLanguage(text, ALL)).toBe(language);
  });

  it('leaves short and ambiguous queries alone', () => {
    expect(detectLanguage('ticket status', ALL)).toBeNull();
    expect(detectLanguage('fair use', ALL)).toBeNull();
    expect(detectLanguage('support helpdesk', ALL)).toBeNull();
    // Long enough, but the detector is unsure (English loanwords in Italian): no guess.
    expect(detectLanguage('Come posso reimpostare la password della mia area clienti?', ALL)).toBeNull();
  });

  it('only names a language that has entries', () => {
    expect(detectLanguage('скачать счёт', ['en', 'nl'])).toBeNull();
    expect(detectLanguage('Wie setze ich mein Passwort für den Kundenbereich zurück?', ['en'])).toBeNull();
    expect(detectLanguage('Wie setze ich mein Passwort für den Kundenbereich zurück?', ['en', 'nl', 'de'])).toBe('de');
  });
});
