import type { MailMessages } from './types';

// Formal "Lei"; customers open a "richiesta", staff say "ticket".
export const it: MailMessages = {
  noReply: 'Questa e-mail è stata inviata da un indirizzo no-reply. Le risposte a questa e-mail non vengono lette.',
  replyViaLink: 'Per rispondere, utilizzi il link alla sua richiesta:',
  replyViaSite: (site) => `Per rispondere, vada alla pagina di assistenza di ${site} e risponda direttamente nella sua richiesta.`,
  greeting: 'Gentile cliente,',
  signOff: 'Cordiali saluti,',
  team: (site) => `Il team di assistenza di ${site}`,
  colon: ': ',
  labels: { reference: 'Riferimento', subject: 'Oggetto', tier: 'Livello di servizio', target: 'Obiettivo', dueAt: 'Scadenza', customer: 'Cliente' },
  tiers: { standard: 'Standard', priority: 'Prioritario' },
  targets: { firstResponse: 'Prima risposta', nextResponse: 'Risposta successiva', resolution: 'Risoluzione' },
  targetPhrases: { firstResponse: 'la prima risposta', nextResponse: 'la risposta successiva', resolution: 'la risoluzione' },
  openTicket: 'Visualizza la richiesta',
  openAdminTicket: 'Apri il ticket nel pannello di amministrazione',
  staffFooter: (site) => `Avviso automatico dell’helpdesk di ${site}. Le risposte a questa e-mail non vengono lette.`,

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
