import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('fr', n, { one: 'crédit', other: 'crédits' });
/** French agrees the participle with the count: "1 crédit ajouté", "0 crédit ajouté", "2 crédits ajoutés". */
const one = (n: number) => new Intl.PluralRules('fr').select(n) === 'one';

// French puts a no-break space before ":" and "?".
const NBSP = '\u00a0';

/** "de" before the site's name, elided before a vowel: "d’Acme", "de Zeta". */
const of = (site: string) => (/^[aeiouàâäéèêëîïôöùûü]/i.test(site) ? `d’${site}` : `de ${site}`);

export const fr: MailMessages = {
  noReply: 'Cet e-mail a été envoyé depuis une adresse automatique (no-reply). Les réponses à cet e-mail ne sont pas lues.',
  replyViaLink: `Pour répondre, veuillez utiliser le lien vers votre ticket${NBSP}:`,
  replyViaSite: (site) => `Pour répondre, rendez-vous sur la page d’assistance ${of(site)} et répondez directement sur votre ticket.`,
  questionsViaSite: (site) => `Une question${NBSP}? Rendez-vous sur la page d’assistance ${of(site)} et ouvrez-y un ticket.`,
  greeting: 'Bonjour,',
  signOff: 'Cordialement,',
  team: (site) => `L’équipe d’assistance ${of(site)}`,
  colon: `${NBSP}: `,
  labels: {
    reference: 'Référence', subject: 'Objet', tier: 'Niveau de service', target: 'Échéance', dueAt: 'Date limite', customer: 'Client',
    estimate: 'Estimation', balance: 'Solde de crédits', amount: 'Montant payé', creditsAdded: 'Crédits ajoutés',
  },
  tiers: { standard: 'Standard', priority: 'Prioritaire' },
  targets: { firstResponse: 'Première réponse', nextResponse: 'Réponse suivante', resolution: 'Résolution' },
  targetPhrases: { firstResponse: 'la première réponse', nextResponse: 'la réponse suivante', resolution: 'la résolution' },
  openTicket: 'Voir votre ticket',
  openAdminTicket: 'Ouvrir le ticket dans l’administration',
  staffFooter: (site) => `Alerte automatique du service d’assistance ${of(site)}. Les réponses à cet e-mail ne sont pas lues.`,
  credits,
  creditsNeverExpire: `Les crédits n’expirent jamais${NBSP}: ils restent disponibles jusqu’à ce que vous les utilisiez.`,

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
  creditEstimate: {
    subject: 'Merci de confirmer l’estimation',
    subjectRevised: 'Merci de confirmer la nouvelle estimation',
    heading: 'Merci de confirmer l’estimation',
    headingRevised: 'L’estimation a été révisée',
    intro: (ref, n, cls) =>
      `Nous avons examiné votre question ${ref}${cls ? ` (catégorie d’incident${NBSP}: ${cls})` : ''} et estimons son traitement à ${credits(n)}.`,
    introRevised: (ref, n, cls) =>
      `Nous avons révisé l’estimation de votre question ${ref}${cls ? ` (catégorie d’incident${NBSP}: ${cls})` : ''}${NBSP}: son traitement est désormais estimé à ${credits(n)}.`,
    confirm: 'Nous commencerons à traiter votre question dès que vous aurez confirmé l’estimation sur votre ticket.',
    charge: (min) =>
      `Nous ne décompterons jamais plus que l’estimation que vous aurez confirmée${NBSP}: le décompte correspond au temps réellement passé, avec un minimum de ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `Il manque ${credits(n)} sur votre solde pour couvrir cette estimation. Merci de recharger d’abord vos crédits sur la page d’assistance ${of(site)}, puis de confirmer l’estimation.`,
  },
  paymentReceived: {
    subjectPriority: 'Paiement reçu pour le traitement prioritaire',
    subjectCredits: (n) => (n === null ? 'Paiement reçu' : `Paiement reçu${NBSP}: ${credits(n)} ${one(n) ? 'ajouté' : 'ajoutés'}`),
    headingPriority: 'Votre ticket est désormais prioritaire',
    headingCredits: 'Merci pour votre paiement',
    introPriority: (amount, ref) =>
      `Nous avons bien reçu votre paiement de ${amount} pour le traitement prioritaire de votre ticket${ref ? ` ${ref}` : ''}. Merci${NBSP}!`,
    priority: `Votre ticket est désormais prioritaire${NBSP}: il est traité avant les tickets standard et reçoit aussi une réponse le dimanche et les jours fériés.`,
    expected: (date) => `Nous prévoyons de vous répondre au plus tard le ${date}.`,
    introCredits: (amount) => `Nous avons bien reçu votre paiement de ${amount}. Merci${NBSP}!`,
    creditsAdded: (n) => `Nous avons ajouté ${credits(n)} à votre compte.`,
    balance: (n) => `Votre solde est désormais de ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Paiement prioritaire non finalisé',
    heading: 'Votre paiement pour le traitement prioritaire n’a pas abouti',
    intro: (ref) =>
      `Le paiement pour le traitement prioritaire de votre ticket ${ref} n’a pas abouti${NBSP}: il a été annulé ou a expiré. Aucun montant ne vous a été débité.`,
    standard: `Votre question n’est pas perdue${NBSP}: nous la traitons désormais comme un ticket standard, auquel nous répondons les jours ouvrés.`,
    expected: (date) => `Nous prévoyons de vous répondre au plus tard le ${date}.`,
    newPriority: `Vous souhaitez tout de même un traitement prioritaire${NBSP}? Vous pourrez toujours le demander pour un nouveau ticket.`,
  },
  balanceLow: {
    subject: 'Votre solde de crédits d’assistance est faible',
    heading: 'Votre solde de crédits est faible',
    intro: (n, min) =>
      `Votre solde de crédits d’assistance est désormais de ${credits(n)}, soit moins que le minimum de ${credits(min)} nécessaire pour un incident.`,
    topUp: (site) => `Vous pouvez recharger vos crédits vous-même à tout moment sur la page d’assistance ${of(site)}.`,
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
