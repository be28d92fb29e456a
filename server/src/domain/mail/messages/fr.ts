import type { MailMessages } from './types';

// French puts a no-break space before ":" and "?".
const NBSP = '\u00a0';

/** "de" before the site's name, elided before a vowel: "d’Acme", "de Zeta". */
const of = (site: string) => (/^[aeiouàâäéèêëîïôöùûü]/i.test(site) ? `d’${site}` : `de ${site}`);

export const fr: MailMessages = {
  noReply: 'Cet e-mail a été envoyé depuis une adresse automatique (no-reply). Les réponses à cet e-mail ne sont pas lues.',
  replyViaLink: `Pour répondre, veuillez utiliser le lien vers votre ticket${NBSP}:`,
  replyViaSite: (site) => `Pour répondre, rendez-vous sur la page d’assistance ${of(site)} et répondez directement sur votre ticket.`,
  greeting: 'Bonjour,',
  signOff: 'Cordialement,',
  team: (site) => `L’équipe d’assistance ${of(site)}`,
  colon: `${NBSP}: `,
  labels: { reference: 'Référence', subject: 'Objet', tier: 'Niveau de service', target: 'Échéance', dueAt: 'Date limite', customer: 'Client' },
  tiers: { standard: 'Standard', priority: 'Prioritaire' },
  targets: { firstResponse: 'Première réponse', nextResponse: 'Réponse suivante', resolution: 'Résolution' },
  targetPhrases: { firstResponse: 'la première réponse', nextResponse: 'la réponse suivante', resolution: 'la résolution' },
  openTicket: 'Voir votre ticket',
  openAdminTicket: 'Ouvrir le ticket dans l’administration',
  staffFooter: (site) => `Alerte automatique du service d’assistance ${of(site)}. Les réponses à cet e-mail ne sont pas lues.`,

  ticketReceived: {
    subject: 'Nous avons bien reçu votre question',
    heading: 'Nous avons bien reçu votre question',
    intro: (ref) => `Merci de nous avoir contactés. Nous avons bien reçu votre question et l’avons enregistrée sous la référence ${ref}.`,
    expected: (date) => `Nous prévoyons de vous répondre au plus tard le ${date}.`,
    multipleQuestions:
      'Votre message semble contenir plusieurs questions. Nous traitons une question par ticket, afin que chacune reçoive une réponse complète. Merci de poser vos autres questions dans des tickets séparés.',
    suggestions: `En attendant, ces réponses de notre FAQ pourront peut-être déjà vous aider${NBSP}:`,
  },
  staffAnswered: {
    subject: 'Nouvelle réponse à votre question',
    heading: 'Vous avez reçu une réponse',
    intro: (name, site) =>
      name
        ? `${name}, de l’équipe d’assistance ${of(site)}, a répondu à votre question${NBSP}:`
        : `Notre équipe d’assistance a répondu à votre question${NBSP}:`,
    closing: `Cette réponse règle-t-elle votre question${NBSP}? Si ce n’est pas le cas, répondez simplement sur votre ticket et nous continuerons à vous aider.`,
  },
  moreInfoNeeded: {
    subject: 'Nous avons besoin de plus d’informations',
    heading: 'Nous avons besoin de plus d’informations',
    intro: 'Pour pouvoir vous aider, nous avons besoin de quelques informations complémentaires sur votre question.',
    question: `Notre question${NBSP}:`,
    closing: 'Merci de répondre sur votre ticket. Nous reprendrons dès réception de votre réponse.',
  },
  ticketResolved: {
    subject: 'Votre question a été résolue',
    heading: 'Votre question a été résolue',
    intro: (ref) => `Nous avons marqué votre ticket ${ref} comme résolu. Nous espérons avoir pu vous aider.`,
    reopen: `Le problème n’est finalement pas résolu, ou vous avez une question complémentaire sur le même sujet${NBSP}? Répondez sur votre ticket${NBSP}: il sera automatiquement rouvert.`,
    newQuestion: 'Pour une nouvelle question, merci d’ouvrir un nouveau ticket.',
  },
  staffNewPriority: {
    subject: 'Nouveau ticket prioritaire',
    heading: 'Nouveau ticket prioritaire',
    intro: (ref) => `Un client a ouvert le ticket prioritaire ${ref}.`,
    due: (target, date) => `Échéance pour ${target}${NBSP}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'Échéance SLA imminente',
    heading: 'Échéance SLA imminente',
    intro: (target, ref, date) => `L’échéance pour ${target} du ticket ${ref} approche${NBSP}: ${date}.`,
    action: 'Veuillez prendre en charge ce ticket avant l’échéance.',
  },
  slaBreach: {
    subject: 'Échéance SLA dépassée',
    heading: 'Échéance SLA dépassée',
    intro: (target, ref, date) => `Le ticket ${ref} a dépassé l’échéance pour ${target} (${date}).`,
    action: 'Veuillez traiter ce ticket dès que possible.',
  },
};
