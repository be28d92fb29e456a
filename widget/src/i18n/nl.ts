import { FIRST_PAINT } from './first-paint';

export default {
  ...FIRST_PAINT.nl,
  searching: 'Zoeken…',
  noResults: 'Nog geen antwoord gevonden. Probeer andere woorden.',
  resultsCount: 'Gevonden antwoorden: {count}',
  sourceFaq: 'Veelgestelde vragen',
  sourceDocs: 'Documentatie',
  back: 'Terug naar de antwoorden',
  helped: 'Dit beantwoordt mijn vraag',
  thanks: 'Dank je! Fijn dat we konden helpen.',
  openPage: 'Open de pagina',
  openNow: 'We zijn er nu',
  backAt: 'We zijn er weer {when}. Een vraag die je nu stuurt, beantwoorden we uiterlijk {due}.',
  todayAt: 'vandaag om {time}',
  dayAt: '{day} om {time}',
  error: 'Er ging iets mis. Probeer het opnieuw.',
  offline: 'Je lijkt offline te zijn. Je vraag blijft staan: we proberen het opnieuw zodra je weer verbinding hebt.',
  slow: 'Dit duurt langer dan normaal…',
  tooMany: 'Te veel verzoeken. Wacht even.',
};
