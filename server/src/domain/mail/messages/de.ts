import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('de', n, { one: 'Credit', other: 'Credits' });

export const de: MailMessages = {
  noReply: 'Diese E-Mail wurde von einer No-Reply-Adresse gesendet. Antworten auf diese E-Mail werden nicht gelesen.',
  replyViaLink: 'Um zu antworten, nutzen Sie bitte den Link zu Ihrem Ticket:',
  replyViaSite: (site) => `Um zu antworten, gehen Sie bitte auf die Support-Seite von ${site} und antworten Sie dort in Ihrem Ticket.`,
  questionsViaSite: (site) => `Haben Sie eine Frage? Gehen Sie bitte auf die Support-Seite von ${site} und erstellen Sie dort ein Ticket.`,
  greeting: 'Guten Tag,',
  // A German sign-off takes no comma.
  signOff: 'Mit freundlichen Grüßen',
  team: (site) => `Ihr Support-Team von ${site}`,
  colon: ': ',
  labels: {
    reference: 'Referenz', subject: 'Betreff', tier: 'Service-Level', target: 'Frist', dueAt: 'Fällig', customer: 'Kunde',
    estimate: 'Schätzung', balance: 'Support-Guthaben', amount: 'Gezahlter Betrag', creditsAdded: 'Gutgeschrieben',
  },
  tiers: { standard: 'Standard', priority: 'Priorität' },
  targets: { firstResponse: 'Erste Antwort', nextResponse: 'Nächste Antwort', resolution: 'Lösung' },
  targetPhrases: { firstResponse: 'die erste Antwort', nextResponse: 'die nächste Antwort', resolution: 'die Lösung' },
  openTicket: 'Ihr Ticket ansehen',
  openAdminTicket: 'Ticket im Admin-Bereich öffnen',
  staffFooter: (site) => `Automatische Benachrichtigung des Helpdesks von ${site}. Antworten auf diese E-Mail werden nicht gelesen.`,
  credits,
  creditsNeverExpire: 'Credits verfallen nie – sie bleiben Ihnen erhalten, bis Sie sie nutzen.',

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
  creditEstimate: {
    subject: 'Bitte bestätigen Sie die Schätzung',
    subjectRevised: 'Bitte bestätigen Sie die angepasste Schätzung',
    heading: 'Bitte bestätigen Sie die Schätzung',
    headingRevised: 'Die Schätzung wurde angepasst',
    intro: (ref, n, cls) =>
      `Wir haben Ihre Frage ${ref}${cls ? ` (Vorfallkategorie: ${cls})` : ''} geprüft und schätzen den Aufwand auf ${credits(n)}.`,
    introRevised: (ref, n, cls) =>
      `Wir haben die Schätzung für Ihre Frage ${ref}${cls ? ` (Vorfallkategorie: ${cls})` : ''} angepasst und schätzen den Aufwand jetzt auf ${credits(n)}.`,
    confirm: 'Wir beginnen mit der Bearbeitung, sobald Sie die Schätzung in Ihrem Ticket bestätigt haben.',
    charge: (min) =>
      `Wir berechnen nie mehr als die von Ihnen bestätigte Schätzung: Abgerechnet wird der tatsächliche Zeitaufwand, mindestens jedoch ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `Ihrem Guthaben fehlen für diese Schätzung ${credits(n)}. Bitte laden Sie zuerst auf der Support-Seite von ${site} Credits nach und bestätigen Sie dann die Schätzung.`,
  },
  paymentReceived: {
    subjectPriority: 'Zahlung für die Prioritätsbearbeitung erhalten',
    subjectCredits: (n) => (n === null ? 'Zahlung erhalten' : `Zahlung erhalten: ${credits(n)} gutgeschrieben`),
    headingPriority: 'Ihr Ticket hat jetzt Priorität',
    headingCredits: 'Vielen Dank für Ihre Zahlung',
    introPriority: (amount, ref) =>
      `Wir haben Ihre Zahlung von ${amount} für die Prioritätsbearbeitung Ihres Tickets${ref ? ` ${ref}` : ''} erhalten. Vielen Dank!`,
    priority: 'Ihr Ticket ist jetzt ein Prioritäts-Ticket: Es wird vor Standard-Tickets bearbeitet und auch an Sonn- und Feiertagen beantwortet.',
    expected: (date) => `Sie erhalten voraussichtlich bis ${date} eine Antwort.`,
    introCredits: (amount) => `Wir haben Ihre Zahlung von ${amount} erhalten. Vielen Dank!`,
    creditsAdded: (n) => `Wir haben Ihrem Konto ${credits(n)} gutgeschrieben.`,
    balance: (n) => `Ihr Support-Guthaben beträgt jetzt ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Zahlung für die Priorität nicht abgeschlossen',
    heading: 'Ihre Zahlung für die Priorität wurde nicht abgeschlossen',
    intro: (ref) =>
      `Die Zahlung für die Prioritätsbearbeitung Ihres Tickets ${ref} wurde nicht abgeschlossen, weil sie abgebrochen wurde oder abgelaufen ist. Ihnen wurde nichts berechnet.`,
    standard: 'Ihre Frage geht nicht verloren: Wir bearbeiten sie jetzt als Standard-Ticket, das an Geschäftstagen beantwortet wird.',
    expected: (date) => `Sie erhalten voraussichtlich bis ${date} eine Antwort.`,
    newPriority: 'Benötigen Sie doch eine bevorzugte Bearbeitung? Bei einem neuen Ticket können Sie weiterhin Priorität wählen.',
  },
  balanceLow: {
    subject: 'Ihr Support-Guthaben ist niedrig',
    heading: 'Ihr Support-Guthaben ist niedrig',
    intro: (n, min) =>
      `Ihr Support-Guthaben beträgt jetzt ${credits(n)} und liegt damit unter dem Minimum von ${credits(min)}, das ein Vorfall erfordert.`,
    topUp: (site) => `Sie können Ihr Guthaben jederzeit selbst auf der Support-Seite von ${site} aufladen.`,
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
