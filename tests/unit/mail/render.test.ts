import {
  CUSTOMER_MAIL_TEMPLATES,
  MAIL_LANGUAGES,
  MAIL_MESSAGES,
  MAIL_SUBJECT_MAX_LENGTH,
  MAIL_TEMPLATES,
  NO_REPLY_NOTICE,
  escapeHtml,
  parseMailTemplate,
  renderMail,
  resolveMailLanguage,
  type CustomerMailTemplate,
  type MailContext,
  type MailPayloads,
  type MailTemplate,
  type StaffAlertPayload,
} from '../../../server/src/domain/mail';

const TICKET_URL = 'https://acme.example/support/tickets/abc123?ref=HD-000123&x=1';
const context: MailContext = { siteName: 'Acme', timezone: 'Europe/Amsterdam', ticketUrl: TICKET_URL };
const noLink: MailContext = { ...context, ticketUrl: null };

const received: MailPayloads['ticket-received'] = {
  reference: 'HD-000123',
  subject: 'Cannot log in',
  expectedResponseBy: '2024-12-03T16:00:00Z',
  suggestions: [
    { title: 'Reset your password', url: 'https://acme.example/faq/reset-password' },
    { title: 'Two-factor codes', url: null },
  ],
  multipleQuestions: false,
};

const customerPayloads: { [T in CustomerMailTemplate]: MailPayloads[T] } = {
  'ticket-received': received,
  'staff-answered': { reference: 'HD-000123', subject: 'Cannot log in', answer: 'Please reset your password.\nThen log in again.', staffName: 'Eva' },
  'more-info-needed': { reference: 'HD-000123', subject: 'Cannot log in', question: 'Which browser do you use?' },
  'ticket-resolved': { reference: 'HD-000123', subject: 'Cannot log in' },
  'credit-estimate': { reference: 'HD-000123', subject: 'Cannot log in', estimate: 3, balance: 1, missing: 2, revised: false, incidentClass: 'Installation' },
  'payment-received': {
    kind: 'priority',
    amountCents: 995,
    currency: 'eur',
    credits: null,
    balance: null,
    reference: 'HD-000123',
    subject: 'Cannot log in',
    ticketDocumentId: 'abc123',
    expectedResponseBy: '2024-12-03T16:00:00Z',
  },
  'priority-expired': { reference: 'HD-000123', subject: 'Cannot log in', expectedResponseBy: '2024-12-03T16:00:00Z' },
  'balance-low': { balance: 0, minimum: 1 },
};

/** The customer mails about a ticket; balance-low is about the account and has no reference. */
const TICKET_CUSTOMER_MAILS = CUSTOMER_MAIL_TEMPLATES.filter((template) => template !== 'balance-low');

/** The mails about the customer's account, which concern no ticket. */
const accountMails: Array<{ [T in CustomerMailTemplate]: [T, MailPayloads[T]] }[CustomerMailTemplate]> = [
  ['balance-low', customerPayloads['balance-low']],
  [
    'payment-received',
    { kind: 'credits', amountCents: 9900, currency: 'EUR', credits: 20, balance: 21, reference: null, subject: null, expectedResponseBy: null },
  ],
];

const alert: StaffAlertPayload = {
  reference: 'HD-000123',
  subject: 'Cannot log in',
  tier: 'priority',
  target: 'firstResponse',
  dueAt: '2024-12-03T16:00:00Z',
  customerEmail: 'alice@example.com',
  adminTicketUrl: 'https://admin.acme.example/admin/plugins/helpdesk/tickets/abc123',
};

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('ticket-received', () => {
  it('in Dutch: names the reference and the expected answer time as a Dutch speaker writes it', () => {
    const mail = renderMail('ticket-received', 'nl', received, context);
    expect(mail.subject).toBe('[HD-000123] Wij hebben uw vraag ontvangen: Cannot log in');
    expect(mail.text).toContain('Wij hebben uw vraag ontvangen en geregistreerd onder referentie HD-000123.');
    expect(mail.text).toContain('U kunt uiterlijk dinsdag 3 december om 17:00 (Europe/Amsterdam) een antwoord verwachten.');
    expect(mail.html).toContain('dinsdag 3 december om 17:00');
    expect(mail.html).toContain('<html lang="nl">');
  });

  it('in English', () => {
    const mail = renderMail('ticket-received', 'en', received, context);
    expect(mail.subject).toBe('[HD-000123] We received your question: Cannot log in');
    expect(mail.text).toContain('registered it under reference HD-000123.');
    expect(mail.text).toContain('You can expect an answer by Tuesday 3 December at 17:00 (Europe/Amsterdam).');
  });

  it('writes the date in each language', () => {
    const expected: Record<string, string> = {
      fr: 'mardi 3 décembre à 17h00',
      de: 'Dienstag, 3. Dezember um 17:00 Uhr',
      es: 'martes 3 de diciembre a las 17:00',
      it: 'martedì 3 dicembre alle 17:00',
      ru: 'вторник, 3 декабря, в 17:00',
    };
    for (const [language, date] of Object.entries(expected)) {
      expect(renderMail('ticket-received', language, received, context).text).toContain(date);
    }
  });

  it('lists the suggested answers, as links in HTML and with their URL in text', () => {
    const mail = renderMail('ticket-received', 'en', received, context);
    expect(mail.html).toMatch(/<a href="https:\/\/acme\.example\/faq\/reset-password"[^>]*>Reset your password<\/a>/);
    expect(mail.html).toContain('<li style="margin:0 0 6px;">Two-factor codes</li>');
    expect(mail.text).toContain('- Reset your password\n  https://acme.example/faq/reset-password');
    expect(mail.text).toContain('- Two-factor codes\n');
    expect(mail.text).toContain(MAIL_MESSAGES.en.ticketReceived.suggestions);
  });

  it('leaves the suggestions out when there are none, and never links what is not an http(s) URL', () => {
    const none = renderMail('ticket-received', 'en', { ...received, suggestions: [] }, context);
    expect(none.text).not.toContain(MAIL_MESSAGES.en.ticketReceived.suggestions);
    const bad = renderMail('ticket-received', 'en', { ...received, suggestions: [{ title: 'Trap', url: 'javascript:alert(1)' }] }, context);
    expect(bad.html).not.toContain('javascript:');
    expect(bad.html).toContain('Trap');
  });

  it('adds the one-question reminder only when the body asked several questions', () => {
    for (const language of MAIL_LANGUAGES) {
      const reminder = MAIL_MESSAGES[language].ticketReceived.multipleQuestions;
      const flagged = renderMail('ticket-received', language, { ...received, multipleQuestions: true }, context);
      const single = renderMail('ticket-received', language, received, context);
      expect(flagged.text).toContain(reminder);
      expect(flagged.html).toContain(escapeHtml(reminder));
      expect(single.text).not.toContain(reminder);
      expect(single.html).not.toContain(escapeHtml(reminder));
    }
    expect(renderMail('ticket-received', 'en', { ...received, multipleQuestions: true }, context).text).toContain(
      'We handle one question per ticket, so that each question gets a proper answer. Please ask your other questions in separate tickets.'
    );
  });

  it('leaves the expected time out when there is none', () => {
    const mail = renderMail('ticket-received', 'en', { ...received, expectedResponseBy: null }, context);
    expect(mail.text).not.toContain('You can expect an answer');
  });
});

describe('every customer mail in every language', () => {
  it('names the reference, links to the ticket and says it comes from an unread no-reply address', () => {
    for (const template of TICKET_CUSTOMER_MAILS) {
      const english = renderMail(template, 'en', customerPayloads[template], context);
      for (const language of MAIL_LANGUAGES) {
        const mail = renderMail(template, language, customerPayloads[template], context);
        const where = `${template} in ${language}`;
        expect({ where, ok: mail.subject.startsWith('[HD-000123] ') }).toEqual({ where, ok: true });
        expect({ where, ok: mail.text.includes('HD-000123') && mail.html.includes('HD-000123') }).toEqual({ where, ok: true });
        expect({ where, ok: mail.text.includes(TICKET_URL) }).toEqual({ where, ok: true });
        expect({ where, hrefs: hrefs(mail.html).includes(escapeHtml(TICKET_URL)) }).toEqual({ where, hrefs: true });
        expect({ where, ok: mail.text.includes(NO_REPLY_NOTICE[language]) }).toEqual({ where, ok: true });
        expect({ where, ok: mail.html.includes(escapeHtml(NO_REPLY_NOTICE[language])) }).toEqual({ where, ok: true });
        expect({ where, ok: mail.text.includes(MAIL_MESSAGES[language].replyViaLink) }).toEqual({ where, ok: true });
        if (language !== 'en') {
          expect({ where, differs: mail.subject !== english.subject && mail.text !== english.text && mail.html !== english.html }).toEqual({
            where,
            differs: true,
          });
        }
      }
    }
  });

  it('without a ticket link, says to reply through the site’s support page', () => {
    for (const template of TICKET_CUSTOMER_MAILS) {
      for (const language of MAIL_LANGUAGES) {
        const mail = renderMail(template, language, customerPayloads[template], noLink);
        const instead = MAIL_MESSAGES[language].replyViaSite('Acme');
        expect({ where: `${template} in ${language}`, ok: mail.text.includes(instead) && mail.html.includes(escapeHtml(instead)) }).toEqual({
          where: `${template} in ${language}`,
          ok: true,
        });
        expect(mail.text).toContain(NO_REPLY_NOTICE[language]);
        // No ticket link means no button and no links beside the suggestions.
        expect(hrefs(mail.html).every((href) => href.startsWith('https://acme.example/faq/'))).toBe(true);
      }
    }
  });

  it('about the account, has no ticket to point to: no reference, no ticket link, but where to ask a question', () => {
    for (const [template, payload] of accountMails) {
      const english = renderMail(template, 'en', payload as never, context);
      for (const language of MAIL_LANGUAGES) {
        // Even a ticket link in the context is not shown: the mail is about no ticket.
        for (const ctx of [context, noLink]) {
          const mail = renderMail(template, language, payload as never, ctx);
          const where = `${template} in ${language}`;
          const m = MAIL_MESSAGES[language];
          expect({ where, subject: mail.subject }).toEqual({ where, subject: expect.not.stringMatching(/^\[|HD-/) });
          expect({ where, hrefs: hrefs(mail.html) }).toEqual({ where, hrefs: [] });
          expect({ where, ok: mail.text.includes(NO_REPLY_NOTICE[language]) && mail.html.includes(escapeHtml(NO_REPLY_NOTICE[language])) }).toEqual({
            where,
            ok: true,
          });
          const instead = m.questionsViaSite('Acme');
          expect({ where, ok: mail.text.includes(instead) && mail.html.includes(escapeHtml(instead)) }).toEqual({ where, ok: true });
          expect({ where, ok: mail.text.includes(m.replyViaSite('Acme')) || mail.text.includes(m.replyViaLink) || mail.text.includes(m.openTicket) }).toEqual({
            where,
            ok: false,
          });
          expect({ where, ok: mail.text.includes(`${m.labels.reference}${m.colon}`) }).toEqual({ where, ok: false });
        }
        if (language !== 'en') {
          const mail = renderMail(template, language, payload as never, context);
          expect({ where: `${template} in ${language}`, differs: mail.subject !== english.subject && mail.text !== english.text }).toEqual({
            where: `${template} in ${language}`,
            differs: true,
          });
        }
      }
    }
  });

  it('treats a ticket link that a mail client cannot open as no link', () => {
    const mail = renderMail('ticket-resolved', 'en', customerPayloads['ticket-resolved'], { ...context, ticketUrl: '/support/tickets/abc' });
    expect(mail.text).toContain('To reply, please go to the support page of Acme and reply on your ticket there.');
    expect(hrefs(mail.html)).toEqual([]);
  });

  it('has a different no-reply sentence in every language', () => {
    const notices = MAIL_LANGUAGES.map((language) => NO_REPLY_NOTICE[language]);
    expect(new Set(notices).size).toBe(MAIL_LANGUAGES.length);
    for (const notice of notices) expect(notice.length).toBeGreaterThan(20);
  });
});

describe('user text', () => {
  it('never lets a CR or LF into the subject line', () => {
    const mail = renderMail('ticket-received', 'en', { ...received, subject: 'Help\r\nBcc: evil@example.com' }, context);
    expect(mail.subject).toBe('[HD-000123] We received your question: Help Bcc: evil@example.com');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    for (const template of MAIL_TEMPLATES) {
      const payload = template.startsWith('sla') || template === 'staff-new-priority' ? alert : customerPayloads[template as CustomerMailTemplate];
      const subject = renderMail(template, 'fr', { ...payload, subject: 'a\r\n\tb\u0000c\u2028d', reference: 'HD-1\r\nX' } as never, context).subject;
      // eslint-disable-next-line no-control-regex
      expect(subject).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
    }
  });

  it('cuts a long subject with an ellipsis to keep the subject line short', () => {
    const mail = renderMail('ticket-received', 'ru', { ...received, subject: 'Очень длинная тема '.repeat(30) }, context);
    expect(Array.from(mail.subject).length).toBeLessThanOrEqual(MAIL_SUBJECT_MAX_LENGTH);
    expect(mail.subject.startsWith('[HD-000123] Мы получили ваш вопрос: Очень длинная тема')).toBe(true);
    expect(mail.subject.endsWith('…')).toBe(true);
    // The body keeps the whole subject.
    expect(mail.text).toContain(`Тема: ${'Очень длинная тема '.repeat(30).trim()}`);
  });

  it('escapes <script> in the HTML part and keeps it as typed in the text part', () => {
    const mail = renderMail(
      'staff-answered',
      'en',
      { reference: 'HD-000123', subject: '<script>alert("s")</script>', answer: 'Try this:\r\n<script>alert(1)</script>\n& reload', staffName: '<b>Eve</b>' },
      { ...context, siteName: 'Acme & "Sons"' }
    );
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('Try this:<br>\n&lt;script&gt;alert(1)&lt;/script&gt;<br>\n&amp; reload');
    expect(mail.html).toContain('Acme &amp; &quot;Sons&quot;');
    expect(mail.text).toContain('Try this:\n<script>alert(1)</script>\n& reload');
    expect(mail.text).toContain('Subject: <script>alert("s")</script>');
    expect(mail.text).toContain('<b>Eve</b> from the Acme & "Sons" support team has answered your question:');
    expect(mail.subject).toBe('[HD-000123] New answer to your question: <script>alert("s")</script>');
  });

  it('escapes the ticket link inside its href', () => {
    const mail = renderMail('ticket-resolved', 'en', customerPayloads['ticket-resolved'], context);
    expect(mail.html).toContain('href="https://acme.example/support/tickets/abc123?ref=HD-000123&amp;x=1"');
  });
});

describe('languages', () => {
  it('falls back to English for an unknown or missing language', () => {
    const english = renderMail('ticket-received', 'en', received, context);
    for (const language of ['xx', 'pt-BR', '', null, undefined]) {
      expect(renderMail('ticket-received', language, received, context)).toEqual(english);
    }
  });

  it('reads regional tags as their language', () => {
    expect(resolveMailLanguage('nl-BE')).toBe('nl');
    expect(resolveMailLanguage('FR_ca')).toBe('fr');
    expect(renderMail('ticket-resolved', 'de-AT', customerPayloads['ticket-resolved'], context)).toEqual(
      renderMail('ticket-resolved', 'de', customerPayloads['ticket-resolved'], context)
    );
  });
});

describe('the other customer mails', () => {
  it('staff-answered carries the answer with its line breaks, and who answered', () => {
    const mail = renderMail('staff-answered', 'nl', customerPayloads['staff-answered'], context);
    expect(mail.subject).toBe('[HD-000123] Nieuw antwoord op uw vraag: Cannot log in');
    expect(mail.text).toContain('Eva van het supportteam van Acme heeft uw vraag beantwoord:\n\nPlease reset your password.\nThen log in again.');
    expect(mail.html).toContain('Please reset your password.<br>\nThen log in again.');
    const anonymous = renderMail('staff-answered', 'en', { ...customerPayloads['staff-answered'], staffName: null }, context);
    expect(anonymous.text).toContain('Our support team has answered your question:');
  });

  it('more-info-needed shows the question when there is one', () => {
    const mail = renderMail('more-info-needed', 'fr', customerPayloads['more-info-needed'], context);
    expect(mail.subject).toBe('[HD-000123] Nous avons besoin de plus d’informations\u00a0: Cannot log in');
    expect(mail.text).toContain('Notre question\u00a0:\n\nWhich browser do you use?');
    const bare = renderMail('more-info-needed', 'en', { reference: 'HD-000123', subject: 'Cannot log in' }, context);
    expect(bare.text).not.toContain(MAIL_MESSAGES.en.moreInfoNeeded.question);
    expect(bare.text).toContain('Please reply on your ticket.');
  });

  it('ticket-resolved says that a reply reopens it', () => {
    const mail = renderMail('ticket-resolved', 'en', customerPayloads['ticket-resolved'], context);
    expect(mail.text).toContain('We have marked your ticket HD-000123 as resolved.');
    expect(mail.text).toContain('Reply on your ticket and it will be reopened automatically.');
    for (const language of MAIL_LANGUAGES) {
      expect(renderMail('ticket-resolved', language, customerPayloads['ticket-resolved'], context).text).toContain(
        MAIL_MESSAGES[language].ticketResolved.reopen
      );
    }
  });
});

describe('staff alerts', () => {
  it('sla-pre-breach names the target, its due time and the ticket, with a button to the admin panel', () => {
    const mail = renderMail('sla-pre-breach', 'en', alert, context);
    expect(mail.subject).toBe('[HD-000123] SLA deadline approaching: Cannot log in');
    expect(mail.text).toContain('The deadline for the first response on ticket HD-000123 is approaching: Tuesday 3 December at 17:00 (Europe/Amsterdam).');
    expect(mail.text).toContain('Service level: Priority');
    expect(mail.text).toContain('Customer: alice@example.com');
    expect(hrefs(mail.html)).toEqual([alert.adminTicketUrl]);
  });

  it('sla-breach and staff-new-priority', () => {
    expect(renderMail('sla-breach', 'en', { ...alert, target: 'resolution' }, context).text).toContain(
      'Ticket HD-000123 has missed the deadline for the resolution (Tuesday 3 December at 17:00 (Europe/Amsterdam)).'
    );
    const priority = renderMail('staff-new-priority', 'nl', alert, context);
    expect(priority.subject).toBe('[HD-000123] Nieuw prioriteitsticket: Cannot log in');
    expect(priority.text).toContain('Termijn voor het eerste antwoord: dinsdag 3 december om 17:00 (Europe/Amsterdam).');
  });

  it('go without a button or customer line when those are not given', () => {
    const mail = renderMail('sla-breach', 'en', { ...alert, adminTicketUrl: null, customerEmail: undefined }, context);
    expect(hrefs(mail.html)).toEqual([]);
    expect(mail.text).not.toContain('Customer:');
  });

  it('exist in every language, each its own', () => {
    for (const template of ['staff-new-priority', 'sla-pre-breach', 'sla-breach'] as const) {
      const english = renderMail(template, 'en', alert, context);
      for (const language of MAIL_LANGUAGES.filter((l) => l !== 'en')) {
        const mail = renderMail(template, language, alert, context);
        expect(mail.text).not.toBe(english.text);
        expect(mail.subject).not.toBe(english.subject);
        expect(mail.text).toContain('HD-000123');
      }
    }
  });

  it('knows the template names the outbox stores, and no others', () => {
    expect(parseMailTemplate('sla-pre-breach')).toBe('sla-pre-breach');
    expect(parseMailTemplate('sla-preBreach')).toBeNull();
    expect(parseMailTemplate('nope')).toBeNull();
  });
});

describe('refusals', () => {
  it('refuses an unknown template and a broken date', () => {
    expect(() => renderMail('welcome' as MailTemplate, 'en', received, context)).toThrow(/template: "welcome"/);
    expect(() => renderMail('sla-breach', 'en', { ...alert, dueAt: 'soon' }, context)).toThrow(/dueAt/);
    expect(() => renderMail('ticket-received', 'en', { ...received, expectedResponseBy: 'tomorrow' }, context)).toThrow(/expectedResponseBy/);
  });
});
