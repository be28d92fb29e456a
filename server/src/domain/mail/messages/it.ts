import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('it', n, { one: 'credito', other: 'crediti' });
/** Verb and participle agree with the count: "manca 1 credito", "mancano 2 crediti". */
const one = (n: number) => new Intl.PluralRules('it').select(n) === 'one';

// Formal "Lei"; customers open a "richiesta", staff say "ticket".
export const it: MailMessages = {
  noReply: 'Questa e-mail è stata inviata da un indirizzo no-reply. Le risposte a questa e-mail non vengono lette.',
  replyViaLink: 'Per rispondere, utilizzi il link alla sua richiesta:',
  replyViaSite: (site) => `Per rispondere, vada alla pagina di assistenza di ${site} e risponda direttamente nella sua richiesta.`,
  questionsViaSite: (site) => `Ha una domanda? Vada alla pagina di assistenza di ${site} e apra lì una richiesta.`,
  greeting: 'Gentile cliente,',
  signOff: 'Cordiali saluti,',
  team: (site) => `Il team di assistenza di ${site}`,
  colon: ': ',
  labels: {
    reference: 'Riferimento', subject: 'Oggetto', tier: 'Livello di servizio', target: 'Obiettivo', dueAt: 'Scadenza', customer: 'Cliente',
    estimate: 'Stima', balance: 'Saldo crediti', amount: 'Importo pagato', creditsAdded: 'Crediti aggiunti',
  },
  tiers: { standard: 'Standard', priority: 'Prioritario' },
  targets: { firstResponse: 'Prima risposta', nextResponse: 'Risposta successiva', resolution: 'Risoluzione' },
  targetPhrases: { firstResponse: 'la prima risposta', nextResponse: 'la risposta successiva', resolution: 'la risoluzione' },
  openTicket: 'Visualizza la richiesta',
  openAdminTicket: 'Apri il ticket nel pannello di amministrazione',
  staffFooter: (site) => `Avviso automatico dell’helpdesk di ${site}. Le risposte a questa e-mail non vengono lette.`,
  credits,
  creditsNeverExpire: 'I crediti non scadono mai: restano disponibili finché non li utilizza.',

  ticketReceived: {
    subject: 'Abbiamo ricevuto la sua domanda',
    heading: 'Abbiamo ricevuto la sua domanda',
    intro: (ref) => `Grazie per averci contattato. Abbiamo ricevuto la sua domanda e l’abbiamo registrata con il riferimento ${ref}.`,
    expected: (date) => `Può aspettarsi una risposta entro ${date}.`,
    multipleQuestions:
      'Il suo messaggio sembra contenere più di una domanda. Trattiamo una domanda per richiesta, affinché ognuna riceva una risposta accurata. La preghiamo di porre le altre domande in richieste separate.',
    suggestions: 'Nel frattempo, queste risposte delle nostre FAQ potrebbero già esserle utili:',
  },
  staffAnswered: {
    subject: 'Nuova risposta alla sua domanda',
    heading: 'Ha ricevuto una risposta',
    intro: (name, site) =>
      name ? `${name} del team di assistenza di ${site} ha risposto alla sua domanda:` : 'Il nostro team di assistenza ha risposto alla sua domanda:',
    closing: 'La risposta ha risolto la sua domanda? In caso contrario, risponda nella sua richiesta e continueremo ad aiutarla.',
  },
  moreInfoNeeded: {
    subject: 'Abbiamo bisogno di ulteriori informazioni',
    heading: 'Abbiamo bisogno di ulteriori informazioni',
    intro: 'Per poterla aiutare, abbiamo bisogno di qualche informazione in più sulla sua domanda.',
    question: 'La nostra domanda:',
    closing: 'La preghiamo di rispondere nella sua richiesta. Proseguiremo non appena avremo ricevuto la sua risposta.',
  },
  ticketResolved: {
    subject: 'La sua domanda è stata risolta',
    heading: 'La sua domanda è stata risolta',
    intro: (ref) => `Abbiamo contrassegnato la sua richiesta ${ref} come risolta. Speriamo di esserle stati d’aiuto.`,
    reopen: 'Il problema non è stato risolto del tutto, oppure ha un’altra domanda sullo stesso argomento? Risponda nella sua richiesta: verrà riaperta automaticamente.',
    newQuestion: 'Per una nuova domanda, apra una nuova richiesta.',
  },
  creditEstimate: {
    subject: 'Confermi la stima dei crediti',
    subjectRevised: 'Confermi la nuova stima dei crediti',
    heading: 'Confermi la stima',
    headingRevised: 'La stima è stata aggiornata',
    intro: (ref, n, cls) =>
      `Abbiamo esaminato la sua richiesta ${ref}${cls ? ` (categoria di incidente: ${cls})` : ''} e stimiamo che la sua gestione richiederà ${credits(n)}.`,
    introRevised: (ref, n, cls) =>
      `Abbiamo rivisto la stima per la sua richiesta ${ref}${cls ? ` (categoria di incidente: ${cls})` : ''}: la sua gestione richiederà ora ${credits(n)}.`,
    confirm: 'Inizieremo a occuparci della sua domanda non appena avrà confermato la stima nella sua richiesta.',
    charge: (min) =>
      `Non le scaleremo mai più crediti di quanto previsto dalla stima confermata: scaliamo i crediti corrispondenti al tempo effettivamente impiegato, con un minimo di ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `Al suo saldo ${one(n) ? 'manca' : 'mancano'} ${credits(n)} per coprire questa stima. La preghiamo di ricaricare prima i crediti sulla pagina di assistenza di ${site} e poi di confermare la stima.`,
  },
  paymentReceived: {
    subjectPriority: 'Pagamento ricevuto per la gestione prioritaria',
    subjectCredits: (n) => (n === null ? 'Pagamento ricevuto' : `Pagamento ricevuto: ${credits(n)} ${one(n) ? 'aggiunto' : 'aggiunti'}`),
    headingPriority: 'La sua richiesta ora è prioritaria',
    headingCredits: 'Grazie per il pagamento',
    introPriority: (amount, ref) =>
      `Abbiamo ricevuto il suo pagamento di ${amount} per la gestione prioritaria della sua richiesta${ref ? ` ${ref}` : ''}. Grazie!`,
    priority: 'La sua richiesta è ora prioritaria: viene gestita prima delle richieste standard e riceve risposta anche la domenica e nei giorni festivi.',
    expected: (date) => `Può aspettarsi una risposta entro ${date}.`,
    introCredits: (amount) => `Abbiamo ricevuto il suo pagamento di ${amount}. Grazie!`,
    creditsAdded: (n) => `Abbiamo aggiunto ${credits(n)} al suo account.`,
    balance: (n) => `Il suo saldo è ora di ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Pagamento per la priorità non completato',
    heading: 'Il pagamento per la priorità non è stato completato',
    intro: (ref) =>
      `Il pagamento per la gestione prioritaria della sua richiesta ${ref} non è stato completato: è stato annullato oppure è scaduto. Non le è stato addebitato nulla.`,
    standard: 'La sua domanda non va persa: la gestiremo come richiesta standard, con risposta nei giorni lavorativi.',
    expected: (date) => `Può aspettarsi una risposta entro ${date}.`,
    newPriority: 'Desidera comunque una gestione prioritaria? Può sempre richiederla aprendo una nuova richiesta.',
  },
  balanceLow: {
    subject: 'Il suo saldo di crediti di assistenza è basso',
    heading: 'Il suo saldo di crediti è basso',
    intro: (n, min) =>
      `Il suo saldo di crediti di assistenza è ora di ${credits(n)}, inferiore al minimo di ${credits(min)} necessario per un incidente.`,
    topUp: (site) => `Può ricaricare i crediti in autonomia, in qualsiasi momento, sulla pagina di assistenza di ${site}.`,
  },
  staffNewPriority: {
    subject: 'Nuovo ticket prioritario',
    heading: 'Nuovo ticket prioritario',
    intro: (ref) => `Un cliente ha aperto il ticket prioritario ${ref}.`,
    due: (target, date) => `Scadenza per ${target}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'Scadenza SLA imminente',
    heading: 'Scadenza SLA imminente',
    intro: (target, ref, date) => `La scadenza per ${target} del ticket ${ref} è vicina: ${date}.`,
    action: 'Si prega di prendere in carico questo ticket prima della scadenza.',
  },
  slaBreach: {
    subject: 'Scadenza SLA superata',
    heading: 'Scadenza SLA superata',
    intro: (target, ref, date) => `Il ticket ${ref} ha superato la scadenza per ${target} (${date}).`,
    action: 'Si prega di gestire questo ticket il prima possibile.',
  },
};
