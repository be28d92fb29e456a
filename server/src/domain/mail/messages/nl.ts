import type { MailMessages } from './types';

export const nl: MailMessages = {
  noReply: 'Deze e-mail is verzonden vanaf een no-reply-adres. Antwoorden op deze e-mail worden niet gelezen.',
  replyViaLink: 'Wilt u reageren? Gebruik dan de link naar uw ticket:',
  replyViaSite: (site) => `Wilt u reageren? Ga dan naar de supportpagina van ${site} en reageer daar op uw ticket.`,
  greeting: 'Beste klant,',
  signOff: 'Met vriendelijke groet,',
  team: (site) => `Het supportteam van ${site}`,
  colon: ': ',
  labels: { reference: 'Referentie', subject: 'Onderwerp', tier: 'Serviceniveau', target: 'Termijn', dueAt: 'Uiterlijk', customer: 'Klant' },
  tiers: { standard: 'Standaard', priority: 'Prioriteit' },
  targets: { firstResponse: 'Eerste antwoord', nextResponse: 'Volgend antwoord', resolution: 'Oplossing' },
  targetPhrases: { firstResponse: 'het eerste antwoord', nextResponse: 'het volgende antwoord', resolution: 'de oplossing' },
  openTicket: 'Bekijk uw ticket',
  openAdminTicket: 'Open het ticket in het beheerpaneel',
  staffFooter: (site) => `Automatische melding van de helpdesk van ${site}. Antwoorden op deze e-mail worden niet gelezen.`,

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
