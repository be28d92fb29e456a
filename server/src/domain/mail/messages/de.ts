import type { MailMessages } from './types';

export const de: MailMessages = {
  noReply: 'Diese E-Mail wurde von einer No-Reply-Adresse gesendet. Antworten auf diese E-Mail werden nicht gelesen.',
  replyViaLink: 'Um zu antworten, nutzen Sie bitte den Link zu Ihrem Ticket:',
  replyViaSite: (site) => `Um zu antworten, gehen Sie bitte auf die Support-Seite von ${site} und antworten Sie dort in Ihrem Ticket.`,
  greeting: 'Guten Tag,',
  // A German sign-off takes no comma.
  signOff: 'Mit freundlichen Grüßen',
  team: (site) => `Ihr Support-Team von ${site}`,
  colon: ': ',
  labels: { reference: 'Referenz', subject: 'Betreff', tier: 'Service-Level', target: 'Frist', dueAt: 'Fällig', customer: 'Kunde' },
  tiers: { standard: 'Standard', priority: 'Priorität' },
  targets: { firstResponse: 'Erste Antwort', nextResponse: 'Nächste Antwort', resolution: 'Lösung' },
  targetPhrases: { firstResponse: 'die erste Antwort', nextResponse: 'die nächste Antwort', resolution: 'die Lösung' },
  openTicket: 'Ihr Ticket ansehen',
  openAdminTicket: 'Ticket im Admin-Bereich öffnen',
  staffFooter: (site) => `Automatische Benachrichtigung des Helpdesks von ${site}. Antworten auf diese E-Mail werden nicht gelesen.`,

  ticketReceived: {
    subject: 'Wir haben Ihre Frage erhalten',
    heading: 'Wir haben Ihre Frage erhalten',
    intro: (ref) => `Vielen Dank für Ihre Nachricht. Wir haben Ihre Frage erhalten und unter der Referenz ${ref} erfasst.`,
    expected: (date) => `Sie erhalten voraussichtlich bis ${date} eine Antwort.`,
    multipleQuestions:
      'Ihre Nachricht scheint mehr als eine Frage zu enthalten. Wir bearbeiten eine Frage pro Ticket, damit jede Frage eine gründliche Antwort erhält. Bitte stellen Sie Ihre weiteren Fragen in separaten Tickets.',
    suggestions: 'Vielleicht helfen Ihnen diese Antworten aus unseren FAQ schon weiter:',
  },
  staffAnswered: {
    subject: 'Neue Antwort auf Ihre Frage',
    heading: 'Sie haben eine Antwort erhalten',
    intro: (name, site) => (name ? `${name} vom Support-Team von ${site} hat Ihre Frage beantwortet:` : 'Unser Support-Team hat Ihre Frage beantwortet:'),
    closing: 'Ist Ihre Frage damit beantwortet? Falls nicht, antworten Sie einfach in Ihrem Ticket, und wir helfen Ihnen weiter.',
  },
  moreInfoNeeded: {
    subject: 'Wir benötigen weitere Informationen',
    heading: 'Wir benötigen weitere Informationen von Ihnen',
    intro: 'Damit wir Ihnen weiterhelfen können, benötigen wir noch einige Angaben zu Ihrer Frage.',
    question: 'Unsere Frage an Sie:',
    closing: 'Bitte antworten Sie in Ihrem Ticket. Sobald Ihre Antwort vorliegt, machen wir weiter.',
  },
  ticketResolved: {
    subject: 'Ihre Frage wurde gelöst',
    heading: 'Ihre Frage wurde gelöst',
    intro: (ref) => `Wir haben Ihr Ticket ${ref} als gelöst markiert. Wir hoffen, dass wir Ihnen helfen konnten.`,
    reopen: 'Ist das Problem doch nicht gelöst, oder haben Sie eine Rückfrage zum selben Thema? Antworten Sie einfach in Ihrem Ticket – es wird dann automatisch wieder geöffnet.',
    newQuestion: 'Für eine neue Frage erstellen Sie bitte ein neues Ticket.',
  },
  staffNewPriority: {
    subject: 'Neues Prioritäts-Ticket',
    heading: 'Neues Prioritäts-Ticket',
    intro: (ref) => `Ein Kunde hat das Prioritäts-Ticket ${ref} eingereicht.`,
    due: (target, date) => `Frist für ${target}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'SLA-Frist läuft bald ab',
    heading: 'SLA-Frist läuft bald ab',
    intro: (target, ref, date) => `Die Frist für ${target} bei Ticket ${ref} läuft bald ab: ${date}.`,
    action: 'Bitte bearbeiten Sie dieses Ticket vor Ablauf der Frist.',
  },
  slaBreach: {
    subject: 'SLA-Frist überschritten',
    heading: 'SLA-Frist überschritten',
    intro: (target, ref, date) => `Bei Ticket ${ref} wurde die Frist für ${target} überschritten (${date}).`,
    action: 'Bitte bearbeiten Sie dieses Ticket so schnell wie möglich.',
  },
};
