import {
  MAIL_LANGUAGES,
  MAIL_MESSAGES,
  NO_REPLY_NOTICE,
  escapeHtml,
  formatMailDateWithZone,
  renderMail,
  type MailContext,
  type MailLanguage,
  type MailPayloads,
  type RenderedMail,
} from '../../../server/src/domain/mail';

const TICKET_URL = 'https://acme.example/support/tickets/abc123';
const context: MailContext = { siteName: 'Acme', timezone: 'Europe/Amsterdam', ticketUrl: TICKET_URL };
const NBSP = '\u00a0';

const estimate: MailPayloads['credit-estimate'] = {
  reference: 'HD-000123',
  subject: 'Cannot log in',
  estimate: 5,
  balance: 1,
  missing: 4,
  revised: false,
  incidentClass: 'Installation',
};
const priorityPaid: MailPayloads['payment-received'] = {
  kind: 'priority',
  amountCents: 995,
  currency: 'eur',
  credits: null,
  balance: null,
  reference: 'HD-000123',
  subject: 'Cannot log in',
  ticketDocumentId: 'abc123',
  expectedResponseBy: '2024-12-03T16:00:00Z',
};
const creditsPaid: MailPayloads['payment-received'] = {
  kind: 'credits',
  amountCents: 9900,
  currency: 'EUR',
  credits: 20,
  balance: 21,
  reference: null,
  subject: null,
  expectedResponseBy: null,
};
const expired: MailPayloads['priority-expired'] = { reference: 'HD-000123', subject: 'Cannot log in', expectedResponseBy: '2024-12-03T16:00:00Z' };
const low: MailPayloads['balance-low'] = { balance: 0, minimum: 1 };

/** €9.95 and €99.00 as each language writes them (Intl puts a no-break space between number and symbol). */
const MONEY: Record<MailLanguage, [string, string]> = {
  en: ['€9.95', '€99.00'],
  nl: [`€${NBSP}9,95`, `€${NBSP}99,00`],
  fr: [`9,95${NBSP}€`, `99,00${NBSP}€`],
  de: [`9,95${NBSP}€`, `99,00${NBSP}€`],
  es: [`9,95${NBSP}€`, `99,00${NBSP}€`],
  it: [`9,95${NBSP}€`, `99,00${NBSP}€`],
  ru: [`9,95${NBSP}€`, `99,00${NBSP}€`],
};

/** 1, 2 and 5 credits in each language. */
const CREDITS: Record<MailLanguage, [string, string, string]> = {
  en: ['1 credit', '2 credits', '5 credits'],
  nl: ['1 credit', '2 credits', '5 credits'],
  fr: ['1 crédit', '2 crédits', '5 crédits'],
  de: ['1 Credit', '2 Credits', '5 Credits'],
  es: ['1 crédito', '2 créditos', '5 créditos'],
  it: ['1 credito', '2 crediti', '5 crediti'],
  ru: ['1 кредит', '2 кредита', '5 кредитов'],
};

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
// eslint-disable-next-line no-control-regex
const oneLine = (subject: string) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(subject) && subject.trim() === subject && subject.length > 0;
/** The text and the HTML both carry the sentence (escaped in HTML). */
const carries = (mail: RenderedMail, sentence: string) => mail.text.includes(sentence) && mail.html.includes(escapeHtml(sentence));

describe('credit plurals', () => {
  it('writes 1, 2 and 5 credits as each language does', () => {
    for (const language of MAIL_LANGUAGES) {
      expect([1, 2, 5].map((n) => MAIL_MESSAGES[language].credits(n))).toEqual(CREDITS[language]);
    }
  });

  it('follows the Russian one/few/many forms and the French singular for 0', () => {
    const ru = MAIL_MESSAGES.ru.credits;
    expect([0, 1, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111].map(ru)).toEqual([
      '0 кредитов',
      '1 кредит',
      '3 кредита',
      '4 кредита',
      '5 кредитов',
      '11 кредитов',
      '12 кредитов',
      '21 кредит',
      '22 кредита',
      '25 кредитов',
      '101 кредит',
      '111 кредитов',
    ]);
    expect(ru(1.5)).toBe('1,5 кредита');
    expect(MAIL_MESSAGES.fr.credits(0)).toBe('0 crédit');
    expect(MAIL_MESSAGES.en.credits(0)).toBe('0 credits');
  });
});

describe('credit-estimate', () => {
  it('in English: the estimate, the incident class, the confirmation, the cap and the shortfall', () => {
    const mail = renderMail('credit-estimate', 'en', estimate, context);
    expect(mail.subject).toBe('[HD-000123] Please confirm the credit estimate: Cannot log in');
    expect(mail.text).toContain('We have reviewed your question HD-000123 (incident class: Installation) and estimate that it will take 5 credits to handle.');
    expect(mail.text).toContain('Estimate: 5 credits\nCredit balance: 1 credit');
    expect(mail.text).toContain('We will start working on your question as soon as you have confirmed the estimate on your ticket.');
    expect(mail.text).toContain('You will never be charged more than the estimate you confirm');
    expect(mail.text).toContain('with a minimum of 1 credit.');
    expect(mail.text).toContain('Your credit balance is 4 credits short of this estimate. Please top up your credits on the support page of Acme first, and then confirm the estimate.');
  });

  it('in every language: reference in a one-line subject, the numbers, the confirmation and the no-reply notice', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const mail = renderMail('credit-estimate', language, estimate, context);
      const where = `credit-estimate in ${language}`;
      expect({ where, ok: oneLine(mail.subject) && mail.subject.startsWith('[HD-000123] ') && mail.subject.includes(m.creditEstimate.subject) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: carries(mail, m.creditEstimate.intro('HD-000123', 5, 'Installation')) }).toEqual({ where, ok: true });
      expect({ where, ok: new RegExp(`>${escapeHtml(m.labels.estimate)}</td><td[^>]*>${escapeHtml(CREDITS[language][2])}</td>`).test(mail.html) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: mail.text.includes(`${m.labels.estimate}${m.colon}${CREDITS[language][2]}`) }).toEqual({ where, ok: true });
      expect({ where, ok: mail.text.includes(`${m.labels.balance}${m.colon}${CREDITS[language][0]}`) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, m.creditEstimate.topUpFirst(4, 'Acme')) && mail.text.includes(m.credits(4)) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, m.creditEstimate.confirm) && carries(mail, m.creditEstimate.charge(1)) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, NO_REPLY_NOTICE[language]) && carries(mail, m.replyViaLink) }).toEqual({ where, ok: true });
      expect({ where, hrefs: hrefs(mail.html) }).toEqual({ where, hrefs: [TICKET_URL, TICKET_URL] });
      expect({ where, heading: mail.text.startsWith(`${m.creditEstimate.heading}\n`) }).toEqual({ where, heading: true });
    }
  });

  it('asks to top up first only when the balance is short', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const short = renderMail('credit-estimate', language, { ...estimate, balance: 3, missing: 2 }, context);
      const covered = renderMail('credit-estimate', language, { ...estimate, balance: 8, missing: 0 }, context);
      const sentence = m.creditEstimate.topUpFirst(2, 'Acme');
      expect(carries(short, sentence)).toBe(true);
      expect(covered.text).not.toContain(m.creditEstimate.topUpFirst(0, 'Acme'));
      // Apart from the balance, the covered mail is the short one without that sentence.
      expect(covered.text).toBe(
        short.text.replace(`${sentence}\n\n`, '').replace(`${m.labels.balance}${m.colon}${m.credits(3)}`, `${m.labels.balance}${m.colon}${m.credits(8)}`)
      );
      expect(covered.html).not.toContain(escapeHtml(m.creditEstimate.topUpFirst(0, 'Acme')));
    }
    // A negative shortfall (more than enough) asks nothing either.
    const more = renderMail('credit-estimate', 'en', { ...estimate, balance: 9, missing: -4 }, context);
    expect(more.text).not.toContain('short of this estimate');
  });

  it('says the estimate was revised only when it was', () => {
    for (const language of MAIL_LANGUAGES) {
      const t = MAIL_MESSAGES[language].creditEstimate;
      const first = renderMail('credit-estimate', language, estimate, context);
      const revised = renderMail('credit-estimate', language, { ...estimate, revised: true }, context);
      const where = language;
      expect({ where, ok: carries(revised, t.introRevised('HD-000123', 5, 'Installation')) && revised.text.startsWith(`${t.headingRevised}\n`) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: revised.subject.includes(t.subjectRevised) && first.subject.includes(t.subject) }).toEqual({ where, ok: true });
      expect({ where, ok: first.text.includes(t.introRevised('HD-000123', 5, 'Installation')) || first.text.includes(t.headingRevised) }).toEqual({
        where,
        ok: false,
      });
      expect({ where, ok: revised.text.includes(t.intro('HD-000123', 5, 'Installation')) }).toEqual({ where, ok: false });
    }
    const en = renderMail('credit-estimate', 'en', { ...estimate, revised: true, estimate: 2, incidentClass: null }, context);
    expect(en.subject).toBe('[HD-000123] Please confirm the revised credit estimate: Cannot log in');
    expect(en.text).toContain('We have revised the estimate for your question HD-000123 to 2 credits.');
    expect(renderMail('credit-estimate', 'ru', { ...estimate, revised: true }, context).text).toContain(
      'Мы пересмотрели оценку по вашей заявке HD-000123 (класс инцидента: Installation): теперь на её решение потребуется 5 кредитов.'
    );
  });

  it('names the incident class only when there is one', () => {
    for (const language of MAIL_LANGUAGES) {
      const mail = renderMail('credit-estimate', language, { ...estimate, incidentClass: null }, context);
      expect(mail.text).not.toContain('Installation');
      expect(mail.text).toContain(MAIL_MESSAGES[language].creditEstimate.intro('HD-000123', 5, null));
    }
    expect(renderMail('credit-estimate', 'en', { ...estimate, incidentClass: '  \n ' }, context).text).not.toContain('incident class');
  });

  it('writes 1, 2 and 5 credits in the plural each count takes', () => {
    for (const language of MAIL_LANGUAGES) {
      const [one, two, five] = CREDITS[language];
      const mail = renderMail('credit-estimate', language, { ...estimate, estimate: 5, balance: 1, missing: 2 }, context);
      for (const count of [one, two, five]) expect({ language, count, ok: mail.text.includes(count) }).toEqual({ language, count, ok: true });
    }
    const ru = renderMail('credit-estimate', 'ru', { ...estimate, estimate: 2, balance: 1, missing: 1 }, context);
    expect(ru.text).toContain('на её решение потребуется 2 кредита.');
    expect(ru.text).toContain('Баланс кредитов: 1 кредит');
    expect(ru.text).toContain('требуется ещё 1 кредит.');
    const ruFive = renderMail('credit-estimate', 'ru', { ...estimate, estimate: 5, balance: 0, missing: 5 }, context);
    expect(ruFive.text).toContain('Оценка: 5 кредитов');
    expect(ruFive.text).toContain('Баланс кредитов: 0 кредитов');
  });

  it('takes the minimum charge from the payload when given', () => {
    expect(renderMail('credit-estimate', 'en', { ...estimate, minimumCharge: 2 }, context).text).toContain('with a minimum of 2 credits.');
    expect(renderMail('credit-estimate', 'de', estimate, context).text).toContain('mindestens jedoch 1 Credit.');
  });
});

describe('payment-received for a priority ticket', () => {
  it('in English', () => {
    const mail = renderMail('payment-received', 'en', priorityPaid, context);
    expect(mail.subject).toBe('[HD-000123] Payment received for priority handling: Cannot log in');
    expect(mail.text).toContain('We have received your payment of €9.95 for priority handling of your ticket HD-000123. Thank you!');
    expect(mail.text).toContain('it is handled ahead of standard tickets and is also answered on Sundays and public holidays.');
    expect(mail.text).toContain('You can expect an answer by Tuesday 3 December at 17:00 (Europe/Amsterdam).');
    expect(mail.text).toContain('Reference: HD-000123\nSubject: Cannot log in\nAmount paid: €9.95');
  });

  it('in every language: the reference, the amount as money, the priority promise, the expected answer and the no-reply notice', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const t = m.paymentReceived;
      const mail = renderMail('payment-received', language, priorityPaid, context);
      const where = `payment-received (priority) in ${language}`;
      const amount = MONEY[language][0];
      const date = formatMailDateWithZone('2024-12-03T16:00:00Z', language, 'Europe/Amsterdam');
      expect({ where, ok: oneLine(mail.subject) && mail.subject === `[HD-000123] ${t.subjectPriority}${m.colon}Cannot log in` }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.introPriority(amount, 'HD-000123')) && mail.text.includes(amount) }).toEqual({ where, ok: true });
      expect({ where, ok: mail.text.includes(`${m.labels.amount}${m.colon}${amount}`) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.priority) && carries(mail, t.expected(date)) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, NO_REPLY_NOTICE[language]) && mail.text.includes(TICKET_URL) }).toEqual({ where, ok: true });
      expect({ where, ok: mail.text.includes('HD-000123') && mail.html.includes('HD-000123') }).toEqual({ where, ok: true });
    }
    expect(renderMail('payment-received', 'de', priorityPaid, context).text).toContain(
      'Wir haben Ihre Zahlung von 9,95\u00a0€ für die Prioritätsbearbeitung Ihres Tickets HD-000123 erhalten.'
    );
  });

  it('leaves the expected answer out when there is none', () => {
    for (const language of MAIL_LANGUAGES) {
      const mail = renderMail('payment-received', language, { ...priorityPaid, expectedResponseBy: null }, context);
      expect(mail.text).not.toContain('Europe/Amsterdam');
    }
  });
});

describe('payment-received for credits', () => {
  it('in English: a plain subject, the amount, the credits added, the balance, and that credits never expire', () => {
    const mail = renderMail('payment-received', 'en', creditsPaid, context);
    expect(mail.subject).toBe('Payment received: 20 credits added');
    expect(mail.text).toContain('We have received your payment of €99.00. Thank you!');
    expect(mail.text).toContain('We have added 20 credits to your account.');
    expect(mail.text).toContain('Your credit balance is now 21 credits.');
    expect(mail.text).toContain('Credits never expire');
    expect(mail.text).not.toContain('Reference:');
    expect(mail.text).toContain('Do you have a question? Please go to the support page of Acme and submit a ticket there.');
    expect(mail.text).not.toContain('reply on your ticket');
  });

  it('in every language', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const t = m.paymentReceived;
      const mail = renderMail('payment-received', language, creditsPaid, context);
      const where = `payment-received (credits) in ${language}`;
      const amount = MONEY[language][1];
      expect({ where, ok: oneLine(mail.subject) && mail.subject === t.subjectCredits(20) && !mail.subject.includes('[') }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.introCredits(amount)) && carries(mail, t.creditsAdded(20)) && carries(mail, t.balance(21)) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: carries(mail, m.creditsNeverExpire) && carries(mail, NO_REPLY_NOTICE[language]) }).toEqual({ where, ok: true });
      expect({ where, ok: mail.text.includes(`${m.labels.reference}${m.colon}`) || mail.text.includes(m.replyViaLink) }).toEqual({ where, ok: false });
      expect({ where, hrefs: hrefs(mail.html) }).toEqual({ where, hrefs: [] });
    }
  });

  it('agrees the subject with the count', () => {
    const one = { ...creditsPaid, credits: 1 };
    expect(renderMail('payment-received', 'en', one, context).subject).toBe('Payment received: 1 credit added');
    expect(renderMail('payment-received', 'fr', one, context).subject).toBe('Paiement reçu\u00a0: 1 crédit ajouté');
    expect(renderMail('payment-received', 'fr', creditsPaid, context).subject).toBe('Paiement reçu\u00a0: 20 crédits ajoutés');
    expect(renderMail('payment-received', 'es', one, context).subject).toBe('Pago recibido: 1 crédito añadido');
    expect(renderMail('payment-received', 'it', creditsPaid, context).subject).toBe('Pagamento ricevuto: 20 crediti aggiunti');
    expect(renderMail('payment-received', 'ru', one, context).subject).toBe('Оплата получена: зачислен 1 кредит');
    expect(renderMail('payment-received', 'ru', { ...creditsPaid, credits: 5 }, context).subject).toBe('Оплата получена: зачислено 5 кредитов');
    expect(renderMail('payment-received', 'ru', { ...creditsPaid, credits: 2 }, context).text).toContain('Мы зачислили на ваш счёт 2 кредита.');
  });

  it('without a count of credits or a balance, says only what it knows', () => {
    const mail = renderMail('payment-received', 'en', { ...creditsPaid, credits: null, balance: null }, context);
    expect(mail.subject).toBe('Payment received');
    expect(mail.text).not.toContain('We have added');
    expect(mail.text).not.toContain('balance is now');
    expect(mail.text).toContain('We have received your payment of €99.00.');
  });

  it('shows the ticket when the payment names one', () => {
    const mail = renderMail('payment-received', 'en', { ...creditsPaid, reference: 'HD-000123', subject: 'Cannot log in' }, context);
    expect(mail.text).toContain('Reference: HD-000123\nSubject: Cannot log in');
    expect(mail.text).toContain(TICKET_URL);
  });
});

describe('priority-expired', () => {
  it('in English', () => {
    const mail = renderMail('priority-expired', 'en', expired, context);
    expect(mail.subject).toBe('[HD-000123] Priority payment not completed: Cannot log in');
    expect(mail.text).toContain('The payment for priority handling of your ticket HD-000123 was not completed: it was cancelled or has expired. Nothing has been charged.');
    expect(mail.text).toContain('Your question is not lost: we will handle it as a standard ticket, which is answered on business days.');
    expect(mail.text).toContain('You can expect an answer by Tuesday 3 December at 17:00 (Europe/Amsterdam).');
    expect(mail.text).toContain('You can still choose it when you submit a new ticket.');
  });

  it('in every language', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const t = m.priorityExpired;
      const mail = renderMail('priority-expired', language, expired, context);
      const where = `priority-expired in ${language}`;
      const date = formatMailDateWithZone('2024-12-03T16:00:00Z', language, 'Europe/Amsterdam');
      expect({ where, ok: oneLine(mail.subject) && mail.subject === `[HD-000123] ${t.subject}${m.colon}Cannot log in` }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.intro('HD-000123')) && carries(mail, t.standard) && carries(mail, t.newPriority) }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.expected(date)) && carries(mail, NO_REPLY_NOTICE[language]) && mail.text.includes(TICKET_URL) }).toEqual({
        where,
        ok: true,
      });
      const undated = renderMail('priority-expired', language, { ...expired, expectedResponseBy: null }, context);
      expect({ where, ok: undated.text.includes('Europe/Amsterdam') }).toEqual({ where, ok: false });
    }
  });
});

describe('balance-low', () => {
  it('in English', () => {
    const mail = renderMail('balance-low', 'en', { balance: 1, minimum: 2 }, context);
    expect(mail.subject).toBe('Your support credit balance is low');
    expect(mail.text).toContain('Your support credit balance is now 1 credit. That is below the minimum of 2 credits that an incident needs.');
    expect(mail.text).toContain('You can top up your credits yourself at any time on the support page of Acme.');
    expect(mail.text).toContain('Credits never expire');
  });

  it('in every language: a plain subject, the balance and the minimum, topping up, no ticket', () => {
    for (const language of MAIL_LANGUAGES) {
      const m = MAIL_MESSAGES[language];
      const t = m.balanceLow;
      const mail = renderMail('balance-low', language, { balance: 1, minimum: 5 }, context);
      const where = `balance-low in ${language}`;
      expect({ where, ok: oneLine(mail.subject) && mail.subject === t.subject }).toEqual({ where, ok: true });
      expect({ where, ok: carries(mail, t.intro(1, 5)) && mail.text.includes(CREDITS[language][0]) && mail.text.includes(CREDITS[language][2]) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: carries(mail, t.topUp('Acme')) && carries(mail, m.creditsNeverExpire) && carries(mail, NO_REPLY_NOTICE[language]) }).toEqual({
        where,
        ok: true,
      });
      expect({ where, ok: carries(mail, m.questionsViaSite('Acme')) }).toEqual({ where, ok: true });
      expect({ where, hrefs: hrefs(mail.html) }).toEqual({ where, hrefs: [] });
    }
    expect(renderMail('balance-low', 'ru', { balance: 2, minimum: 5 }, context).text).toContain(
      'Сейчас на вашем балансе 2 кредита поддержки — это меньше минимума в 5 кредитов, необходимого для одного обращения.'
    );
  });
});

describe('user text in the credit mails', () => {
  const nasty = '<b>Help</b> & "me"\r\nBcc: evil@example.com';

  it('escapes the subject in HTML and keeps every subject line on one line', () => {
    const mails = MAIL_LANGUAGES.flatMap((language) => [
      renderMail('credit-estimate', language, { ...estimate, subject: nasty, incidentClass: '<i>Setup</i>' }, context),
      renderMail('payment-received', language, { ...priorityPaid, subject: nasty }, context),
      renderMail('payment-received', language, { ...creditsPaid, reference: 'HD-000123', subject: nasty }, context),
      renderMail('priority-expired', language, { ...expired, subject: nasty }, context),
    ]);
    for (const mail of mails) {
      expect(oneLine(mail.subject)).toBe(true);
      expect(mail.html).not.toContain('<b>Help');
      expect(mail.html).not.toContain('<i>Setup');
      expect(mail.html).toContain('&lt;b&gt;Help&lt;/b&gt; &amp; &quot;me&quot; Bcc: evil@example.com');
      expect(mail.text).toContain('<b>Help</b> & "me" Bcc: evil@example.com');
    }
    const priority = renderMail('payment-received', 'en', { ...priorityPaid, subject: nasty }, context);
    expect(priority.subject).toBe('[HD-000123] Payment received for priority handling: <b>Help</b> & "me" Bcc: evil@example.com');
    expect(priority.html).toContain('<title>[HD-000123] Payment received for priority handling: &lt;b&gt;Help&lt;/b&gt; &amp; &quot;me&quot; Bcc: evil@example.com</title>');
  });

  it('escapes the site name in the account footer', () => {
    const mail = renderMail('balance-low', 'en', low, { ...context, siteName: 'Acme & <Sons>' });
    expect(mail.html).toContain('support page of Acme &amp; &lt;Sons&gt;');
    expect(mail.html).not.toContain('<Sons>');
  });
});

describe('refusals', () => {
  it('refuses an amount that is not whole cents, a currency that is not a code and a count that is not a number', () => {
    expect(() => renderMail('payment-received', 'en', { ...priorityPaid, amountCents: 9.95 }, context)).toThrow(RangeError);
    expect(() => renderMail('payment-received', 'en', { ...priorityPaid, amountCents: 9.95 }, context)).toThrow(/amountCents/);
    expect(() => renderMail('payment-received', 'en', { ...priorityPaid, currency: 'euro' }, context)).toThrow(/currency/);
    expect(() => renderMail('payment-received', 'en', { ...priorityPaid, kind: 'gift' as never }, context)).toThrow(/kind/);
    expect(() => renderMail('payment-received', 'en', { ...priorityPaid, expectedResponseBy: 'soon' }, context)).toThrow(/expectedResponseBy/);
    expect(() => renderMail('credit-estimate', 'en', { ...estimate, estimate: Number.NaN }, context)).toThrow(/estimate/);
    expect(() => renderMail('credit-estimate', 'en', { ...estimate, missing: '2' as never }, context)).toThrow(/missing/);
    expect(() => renderMail('balance-low', 'en', { balance: 0, minimum: undefined as never }, context)).toThrow(/minimum/);
  });
});
