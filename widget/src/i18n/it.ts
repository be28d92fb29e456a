import { FIRST_PAINT } from './first-paint';

export default {
  ...FIRST_PAINT.it,
  searching: 'Ricerca in corso…',
  noResults: 'Ancora nessuna risposta. Prova con altre parole.',
  resultsCount: 'Risposte trovate: {count}',
  sourceFaq: 'Domande frequenti',
  sourceDocs: 'Documentazione',
  back: 'Torna alle risposte',
  helped: 'Questo risponde alla mia domanda',
  thanks: 'Grazie! Siamo contenti di averti aiutato.',
  openPage: 'Apri la pagina',
  openNow: 'Siamo qui adesso',
  backAt: 'Torniamo {when}. A una domanda inviata ora rispondiamo entro {due}.',
  todayAt: 'oggi alle {time}',
  dayAt: '{day} alle {time}',
  error: 'Qualcosa è andato storto. Riprova.',
  offline: 'Sembra che tu sia offline. La tua domanda resta qui: riproveremo appena torni online.',
  slow: 'Ci vuole più tempo del solito…',
  tooMany: 'Troppe richieste. Attendi un momento.',
};
