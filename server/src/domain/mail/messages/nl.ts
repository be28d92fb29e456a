import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('nl', n, { one: 'credit', other: 'credits' });

export const nl: MailMessages = {
  noReply: 'Deze e-mail is verzonden vanaf een no-reply-adres. Antwoorden op deze e-mail worden niet gelezen.',
  replyViaLink: 'Wilt u reageren? Gebruik dan de link naar uw ticket:',
  replyViaSite: (site) => `Wilt u reageren? Ga dan naar de supportpagina van ${site} en reageer daar op uw ticket.`,
  questionsViaSite: (site) => `Hebt u een vraag? Ga dan naar de supportpagina van ${site} en maak daar een ticket aan.`,
  greeting: 'Beste klant,',
  signOff: 'Met vriendelijke groet,',
  team: (site) => `Het supportteam van ${site}`,
  colon: ': ',
  labels: {
    reference: 'Referentie', subject: 'Onderwerp', tier: 'Serviceniveau', target: 'Termijn', dueAt: 'Uiterlijk', customer: 'Klant',
    estimate: 'Inschatting', balance: 'Supporttegoed', amount: 'Betaald bedrag', creditsAdded: 'Bijgeschreven',
  },
  tiers: { standard: 'Standaard', priority: 'Prioriteit' },
  targets: { firstResponse: 'Eerste antwoord', nextResponse: 'Volgend antwoord', resolution: 'Oplossing' },
  targetPhrases: { firstResponse: 'het eerste antwoord', nextResponse: 'het volgende antwoord', resolution: 'de oplossing' },
  openTicket: 'Bekijk uw ticket',
  openAdminTicket: 'Open het ticket in het beheerpaneel',
  staffFooter: (site) => `Automatische melding van de helpdesk van ${site}. Antwoorden op deze e-mail worden niet gelezen.`,
  credits,
  creditsNeverExpire: 'Credits verlopen nooit: ze blijven beschikbaar totdat u ze gebruikt.',

  ticketReceived: {
    subject: 'Wij hebben uw vraag ontvangen',
    heading: 'Wij hebben uw vraag ontvangen',
    intro: (ref) => `Bedankt voor uw bericht. Wij hebben uw vraag ontvangen en geregistreerd onder referentie ${ref}.`,
    expected: (date) => `U kunt uiterlijk ${date} een antwoord verwachten.`,
    multipleQuestions:
      'Uw bericht lijkt meer dan één vraag te bevatten. Wij behandelen één vraag per ticket, zodat elke vraag een goed antwoord krijgt. Wilt u uw andere vragen in afzonderlijke tickets stellen?',
    suggestions: 'Misschien helpen deze antwoorden uit onze veelgestelde vragen u alvast verder:',
  },
  staffAnswered: {
    subject: 'Nieuw antwoord op uw vraag',
    heading: 'U hebt een antwoord ontvangen',
    intro: (name, site) => (name ? `${name} van het supportteam van ${site} heeft uw vraag beantwoord:` : 'Ons supportteam heeft uw vraag beantwoord:'),
    closing: 'Is uw vraag hiermee beantwoord? Zo niet, reageer dan gewoon op uw ticket, dan helpen wij u verder.',
  },
  moreInfoNeeded: {
    subject: 'Wij hebben meer informatie nodig',
    heading: 'Wij hebben meer informatie van u nodig',
    intro: 'Om u verder te helpen, hebben wij wat meer informatie over uw vraag nodig.',
    question: 'Onze vraag aan u:',
    closing: 'Wilt u op uw ticket reageren? Zodra wij uw antwoord hebben ontvangen, gaan wij verder.',
  },
  ticketResolved: {
    subject: 'Uw vraag is opgelost',
    heading: 'Uw vraag is opgelost',
    intro: (ref) => `Wij hebben uw ticket ${ref} als opgelost gemarkeerd. Wij hopen dat wij u goed hebben kunnen helpen.`,
    reopen: 'Is het toch niet opgelost, of hebt u een vervolgvraag over hetzelfde onderwerp? Reageer dan op uw ticket; het wordt dan automatisch heropend.',
    newQuestion: 'Hebt u een nieuwe vraag? Maak dan een nieuw ticket aan.',
  },
  creditEstimate: {
    subject: 'Graag uw akkoord op de inschatting',
    subjectRevised: 'Graag uw akkoord op de herziene inschatting',
    heading: 'Graag uw akkoord op de inschatting',
    headingRevised: 'De inschatting is herzien',
    intro: (ref, n, cls) =>
      `Wij hebben uw vraag ${ref}${cls ? ` (incidentcategorie: ${cls})` : ''} bekeken en schatten dat de behandeling ervan ${credits(n)} kost.`,
    introRevised: (ref, n, cls) =>
      `Wij hebben de inschatting voor uw vraag ${ref}${cls ? ` (incidentcategorie: ${cls})` : ''} herzien: de behandeling kost naar verwachting ${credits(n)}.`,
    confirm: 'Wij gaan met uw vraag aan de slag zodra u de inschatting op uw ticket hebt bevestigd.',
    charge: (min) =>
      `U betaalt nooit meer dan de inschatting die u bevestigt: wij rekenen de tijd die wij er werkelijk aan besteden, met een minimum van ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `Voor deze inschatting komt u ${credits(n)} tekort. Wilt u eerst uw tegoed aanvullen op de supportpagina van ${site} en daarna de inschatting bevestigen?`,
  },
  paymentReceived: {
    subjectPriority: 'Betaling voor prioriteit ontvangen',
    subjectCredits: (n) => (n === null ? 'Betaling ontvangen' : `Betaling ontvangen: ${credits(n)} bijgeschreven`),
    headingPriority: 'Uw ticket heeft nu prioriteit',
    headingCredits: 'Bedankt voor uw betaling',
    introPriority: (amount, ref) =>
      `Wij hebben uw betaling van ${amount} voor prioriteitsbehandeling van uw ticket${ref ? ` ${ref}` : ''} ontvangen. Hartelijk dank!`,
    priority: 'Uw ticket is nu een prioriteitsticket: het wordt vóór standaardtickets behandeld en ook op zondagen en feestdagen beantwoord.',
    expected: (date) => `U kunt uiterlijk ${date} een antwoord verwachten.`,
    introCredits: (amount) => `Wij hebben uw betaling van ${amount} ontvangen. Hartelijk dank!`,
    creditsAdded: (n) => `Wij hebben ${credits(n)} aan uw tegoed toegevoegd.`,
    balance: (n) => `Uw supporttegoed is nu ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Betaling voor prioriteit niet voltooid',
    heading: 'Uw betaling voor prioriteit is niet voltooid',
    intro: (ref) =>
      `De betaling voor prioriteitsbehandeling van uw ticket ${ref} is niet voltooid: deze is geannuleerd of verlopen. Er is niets in rekening gebracht.`,
    standard: 'Uw vraag gaat niet verloren: wij behandelen uw ticket nu als standaardticket, dat op werkdagen wordt beantwoord.',
    expected: (date) => `U kunt uiterlijk ${date} een antwoord verwachten.`,
    newPriority: 'Wilt u toch voorrang? Bij een nieuw ticket kunt u nog altijd voor prioriteit kiezen.',
  },
  balanceLow: {
    subject: 'Uw supporttegoed is laag',
    heading: 'Uw supporttegoed is laag',
    intro: (n, min) => `Uw supporttegoed is nu ${credits(n)}. Dat is minder dan de ${credits(min)} die een incident minimaal kost.`,
    topUp: (site) => `U kunt uw tegoed op elk moment zelf aanvullen op de supportpagina van ${site}.`,
  },
  staffNewPriority: {
    subject: 'Nieuw prioriteitsticket',
    heading: 'Nieuw prioriteitsticket',
    intro: (ref) => `Een klant heeft prioriteitsticket ${ref} ingediend.`,
    due: (target, date) => `Termijn voor ${target}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'SLA-termijn verloopt binnenkort',
    heading: 'SLA-termijn verloopt binnenkort',
    intro: (target, ref, date) => `De termijn voor ${target} van ticket ${ref} verloopt binnenkort: ${date}.`,
    action: 'Pak dit ticket op voordat de termijn verloopt.',
  },
  slaBreach: {
    subject: 'SLA-termijn overschreden',
    heading: 'SLA-termijn overschreden',
    intro: (target, ref, date) => `Ticket ${ref} heeft de termijn voor ${target} overschreden (${date}).`,
    action: 'Behandel dit ticket zo snel mogelijk.',
  },
};
