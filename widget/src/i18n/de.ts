import { FIRST_PAINT } from './first-paint';

export default {
  ...FIRST_PAINT.de,
  searching: 'Suche läuft…',
  noResults: 'Noch keine Antwort gefunden. Versuchen Sie andere Wörter.',
  resultsCount: 'Gefundene Antworten: {count}',
  sourceFaq: 'FAQ',
  sourceDocs: 'Dokumentation',
  back: 'Zurück zu den Antworten',
  helped: 'Das beantwortet meine Frage',
  thanks: 'Danke! Schön, dass wir helfen konnten.',
  openPage: 'Seite öffnen',
  openNow: 'Wir sind jetzt für Sie da',
  backAt: 'Wir sind {when} wieder da. Eine jetzt gesendete Frage beantworten wir spätestens {due}.',
  todayAt: 'heute um {time}',
  dayAt: 'am {day} um {time}',
  error: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  offline: 'Sie scheinen offline zu sein. Ihre Frage bleibt erhalten: Wir versuchen es erneut, sobald Sie wieder online sind.',
  slow: 'Das dauert länger als üblich…',
  tooMany: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
};
