import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import de from '../../widget/src/i18n/de';
import en from '../../widget/src/i18n/en';
import { demoAdmin, e2eBaseUrl, eventually, newCustomer, pagePerTest, screenshot } from './helpers';
import { REPO_ROOT } from './helpers/playground';

/** The customer's support page: the playground's /support with the <helpdesk-support> widget. */
const supportUrl = (query = '') => `${e2eBaseUrl()}/support/${query}`;

const widgetInput = (page: Page, label: string) => page.getByRole('combobox', { name: label });
const suggestion = (page: Page, title: string | RegExp) => page.getByRole('option', { name: title });

async function noAxeViolations(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).include('helpdesk-support').analyze();
  expect([view, violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([view, []]);
}

/** What a site with its own login does on every page: hands the widget its customer's token. */
const setToken = (page: Page, token: string | null) => page.locator('helpdesk-support').evaluate((element, jwt) => (element as any).setToken(jwt), token);

/**
 * A customer logged in by the host page (setToken) who types a question, waits for the answers and
 * asks the team instead: the ticket form, in English, with the question as its subject.
 */
async function askAs(page: Page, token: string | null, question: string) {
  await page.goto(supportUrl());
  await setToken(page, token);
  await page.getByLabel(en.searchLabel).click();
  await widgetInput(page, en.searchLabel).pressSequentially(question, { delay: 15 });
  await page.getByRole('status').filter({ hasText: /Answers found|No answer/ }).waitFor();
  await page.getByRole('button', { name: en.stillNeedHelp }).click();
}

const deflections = async () => {
  const { body } = await (await demoAdmin()).get('/helpdesk/stats');
  return body.data.deflection.deflections as number;
};

describe('the support widget', () => {
  // A customer's browser: no admin session.
  const tab = pagePerTest((browser) => browser.newContext({ viewport: { width: 1000, height: 800 } }));
  let context: BrowserContext;
  let page: Page;
  beforeEach(() => {
    ({ context, page } = tab);
  });

  it('suggests answers while the customer types and records the one that helped', async () => {
    await page.goto(supportUrl());
    const input = widgetInput(page, en.searchLabel);
    // Before the first interaction only the loader has run: the box is there, the rest is not yet.
    await page.getByRole('heading', { name: en.title }).waitFor();
    await page.getByLabel(en.searchLabel).click();
    await input.waitFor();
    await input.pressSequentially('helpdesk buisness hours', { delay: 20 });
    const hit = suggestion(page, /What are the helpdesk's business hours\?/);
    await hit.waitFor();
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByRole('status').filter({ hasText: /Answers found: \d/ }).count()).resolves.toBe(1);
    await expect(page.locator('helpdesk-support mark').first().textContent()).resolves.toMatch(/helpdesk|business|hours/i);
    // The README's picture of the widget.
    fs.copyFileSync(await screenshot(page, 'widget-suggestions'), path.join(REPO_ROOT, 'docs', 'customer-widget.png'));
    await noAxeViolations(page, 'suggestions (en)');

    // Keyboard: down to the first suggestion, Enter opens the answer.
    await input.press('ArrowDown');
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBe('hit-0');
    const before = await deflections();
    await input.press('Enter');
    await page.getByRole('heading', { name: /What are the helpdesk's business hours\?/, level: 3 }).waitFor();
    // The whole entry, not the snippet: its last sentence is past the snippet's 160 characters.
    await page.getByRole('article').getByText(/picked up as soon as we are open again/).waitFor();
    await noAxeViolations(page, 'answer (en)');
    await page.getByRole('button', { name: en.helped }).click();
    await page.getByText(en.thanks).waitFor();
    await screenshot(page, 'widget-answer');
    await eventually(deflections, before + 1);

    await page.getByRole('button', { name: en.back }).click();
    await expect(input.inputValue()).resolves.toBe('helpdesk buisness hours');
  });

  it('speaks the page language: German page, German strings and German answers', async () => {
    await page.goto(supportUrl('?lang=de'));
    await page.getByRole('heading', { name: de.title }).waitFor();
    await page.getByLabel(de.searchLabel).focus();
    const input = widgetInput(page, de.searchLabel);
    await input.waitFor();
    await input.pressSequentially('rechnung herunterladen', { delay: 20 });
    await page.getByRole('option').first().waitFor();
    const titles = await page.getByRole('option').allTextContents();
    expect(titles.join(' ')).toMatch(/Rechnung/);
    await expect(page.getByRole('status').filter({ hasText: /Gefundene Antworten: \d/ }).count()).resolves.toBe(1);
    await screenshot(page, 'widget-suggestions-de');
    await noAxeViolations(page, 'suggestions (de)');

    // The answer itself, in German, with its German buttons.
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: de.helped }).waitFor();
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    await noAxeViolations(page, 'answer (de)');
    await page.getByRole('button', { name: de.back }).click();
    await expect(input.inputValue()).resolves.toBe('rechnung herunterladen');
  });

  it('lets a customer log in, file a ticket, read the answer as text, reply and mark it solved', async () => {
    const customer = await newCustomer();
    await page.goto(supportUrl());
    await page.getByLabel(en.searchLabel).click();
    await widgetInput(page, en.searchLabel).pressSequentially('export invoices pdf', { delay: 15 });
    await page.getByRole('status').filter({ hasText: /Answers found|No answer/ }).waitFor();
    await page.getByRole('button', { name: en.stillNeedHelp }).click();

    // Not logged in yet: the login comes first, then the form the customer asked for.
    await page.getByRole('heading', { name: en.loginTitle }).waitFor();
    await noAxeViolations(page, 'login (en)');
    // Strapi's own password reset, from the login.
    await page.getByRole('button', { name: en.forgot }).click();
    await page.getByRole('heading', { name: en.forgotTitle }).waitFor();
    await page.getByLabel(en.email).fill(customer.user.email);
    await page.getByRole('button', { name: en.forgotButton }).click();
    await page.getByRole('status').filter({ hasText: en.forgotSent }).waitFor();
    await noAxeViolations(page, 'forgot password (en)');
    await page.getByRole('button', { name: en.backToLogin }).click();
    await page.getByLabel(en.email).fill(customer.user.email);
    await page.getByLabel(en.password).fill('wrong password');
    await page.getByRole('form', { name: en.loginTitle }).getByRole('button', { name: en.loginButton }).click();
    await page.getByRole('alert').filter({ hasText: en.badLogin }).waitFor();
    await page.getByLabel(en.password).fill('Customer123!');
    await page.getByRole('form', { name: en.loginTitle }).getByRole('button', { name: en.loginButton }).click();

    await page.getByRole('heading', { name: en.askTitle }).waitFor();
    await expect(page.getByLabel(en.subject).inputValue()).resolves.toBe('export invoices pdf');
    await page.getByLabel(en.question).fill('How do I export my invoices as PDF? And can I change my plan?');
    await page.getByText(en.oneQuestion).waitFor();
    await noAxeViolations(page, 'ticket form (en)');
    await screenshot(page, 'widget-ticket-form');
    await page.getByRole('button', { name: en.send }).click();

    await page.getByRole('heading', { name: en.sentTitle }).waitFor();
    const [filed] = (await customer.get('/api/helpdesk/tickets')).body.data;
    await page.getByText(`Your reference is ${filed.reference}.`).waitFor();
    await page.getByText(/^Answer expected by (today|[A-Z][a-z]+day) at \d\d:\d\d/).waitFor();
    await noAxeViolations(page, 'ticket filed (en)');

    // A staff answer with markup in it reaches the customer as the characters staff typed.
    await (await demoAdmin()).post(`/helpdesk/tickets/${filed.documentId}/reply`, {
      data: { body: '<img src=x onerror="document.title=\'pwned\'"> Open Billing, then Export.' },
    });
    await page.getByRole('navigation').getByRole('button', { name: en.navTickets }).click();
    await page.getByRole('button', { name: /export invoices pdf/ }).click();
    await page.getByText('<img src=x onerror="document.title=\'pwned\'"> Open Billing, then Export.').waitFor();
    await expect(page.locator('helpdesk-support img').count()).resolves.toBe(0);
    await expect(page.title()).resolves.not.toBe('pwned');
    await noAxeViolations(page, 'thread (en)');

    await page.getByLabel(en.replyLabel).fill('Thanks, that worked.');
    await page.getByRole('button', { name: en.sendReply }).click();
    await page.locator('helpdesk-support').getByText('Thanks, that worked.').waitFor();
    await page.getByRole('button', { name: en.resolveButton }).click();
    await page.getByText(en.resolvedNote).waitFor();
    await screenshot(page, 'widget-thread', { fullPage: true });
    await eventually(async () => (await customer.get(`/api/helpdesk/tickets/${filed.documentId}`)).body.data.status, 'resolved');
  });

  it('takes the host site\'s login through setToken() and shows the customer\'s credits', async () => {
    const customer = await newCustomer();
    const { data: credits } = (await customer.get('/api/helpdesk/credits')).body;
    await page.goto(supportUrl());
    await setToken(page, customer.token);
    await page.getByLabel(en.searchLabel).click();
    await page.getByRole('navigation').getByRole('button', { name: en.navCredits }).click();
    await page.getByRole('heading', { name: en.creditsTitle }).waitFor();
    await page.getByText(`Credits left: ${credits.balance}`).waitFor();
    const freeUntil = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(credits.freeUntil));
    // A customer who just signed up is in the free period.
    expect(credits.inFreePeriod).toBe(true);
    await page.getByText(`Your free support runs until ${freeUntil}.`).waitFor();
    await expect(page.getByRole('navigation').getByRole('button', { name: en.logout }).count()).resolves.toBe(1);
    await noAxeViolations(page, 'credits (en)');
    await screenshot(page, 'widget-credits');
  });

  it('sells priority: the fee and its promise on the form, Checkout, and the ticket answered as priority', async () => {
    const customer = await newCustomer();
    const { meta: offer } = (await customer.get('/api/helpdesk/credits/packs')).body;
    expect(offer).toMatchObject({ available: true });
    const fee = new Intl.NumberFormat('en', { style: 'currency', currency: offer.currency.toUpperCase() }).format(offer.priorityFeeCents / 100);

    await askAs(page, customer.token, 'server down urgent');
    await page.getByLabel(en.question).fill('Our shop is down since this morning.');
    await page.getByLabel(en.priority).check();
    await page.getByText(`Priority costs ${fee}, paid on the next page.`).waitFor();
    await noAxeViolations(page, 'ticket form with priority (en)');
    await page.getByRole('button', { name: en.send }).click();

    // The stand-in's checkout page, then back to the support page: the widget opens the ticket.
    await page.waitForURL(/\/checkout\//);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.getByRole('status').filter({ hasText: en.checkoutPaidPriority }).waitFor();
    // A site with its own login hands its token over again on every page, the one Checkout returned to too.
    await setToken(page, customer.token);
    const [ticket] = (await customer.get('/api/helpdesk/tickets')).body.data;
    await eventually(async () => {
      const { tier, status } = (await customer.get(`/api/helpdesk/tickets/${ticket.documentId}`)).body.data;
      return { tier, paid: status !== 'awaiting_payment' };
    }, { tier: 'priority', paid: true });
    await page.getByRole('heading', { name: 'server down urgent' }).waitFor();
    await page.getByText(new RegExp(`${ticket.reference} · .* · ${en.tierPriority}`)).waitFor();
    // The outcome left the address: a reload does not tell it again.
    expect(new URL(page.url()).searchParams.has('helpdesk-checkout')).toBe(false);
    await noAxeViolations(page, 'back from Checkout, paid (en)');
    await screenshot(page, 'widget-back-from-checkout');
  });

  it('checks attachments before anything is uploaded, then sends the screenshot with the ticket', async () => {
    const customer = await newCustomer();
    await askAs(page, customer.token, 'invoice page error');
    await page.getByLabel(en.question).fill('The invoice page shows an error, see the screenshot.');

    // A program is refused at once, in words, and nothing is sent while it is picked.
    const uploads: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/api/helpdesk/tickets') && uploads.push(request.url()));
    await page.getByLabel(en.attachments).setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await page.getByText(en.fileType.replace('{name}', 'setup.exe')).waitFor();
    await page.getByRole('button', { name: en.send }).click();
    await page.getByText(en.fileType.replace('{name}', 'setup.exe')).waitFor();
    await expect(page.getByRole('heading', { name: en.sentTitle }).count()).resolves.toBe(0);
    expect(uploads).toEqual([]);

    // A screenshot within the limits goes with the question, and shows in the thread.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await page.getByLabel(en.attachments).setInputFiles({ name: 'invoice-error.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByText(en.fileType.replace('{name}', 'setup.exe')).count()).resolves.toBe(0);
    await page.getByRole('button', { name: en.send }).click();
    await page.getByRole('heading', { name: en.sentTitle }).waitFor();
    expect(uploads).toHaveLength(1);
    const [filed] = (await customer.get('/api/helpdesk/tickets')).body.data;
    const { attachments } = (await customer.get(`/api/helpdesk/tickets/${filed.documentId}`)).body.data;
    expect(attachments).toEqual([expect.objectContaining({ name: 'invoice-error.png', mime: 'image/png' })]);

    await page.getByRole('navigation').getByRole('button', { name: en.navTickets }).click();
    await page.getByRole('button', { name: /invoice page error/ }).click();
    const link = page.getByRole('list', { name: en.attachedFiles }).getByRole('link', { name: 'invoice-error.png' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect((await fetch(href!)).status).toBe(200);
    await noAxeViolations(page, 'thread with an attachment (en)');
  });

  it('says when the answers are slow to come, then shows them', async () => {
    await page.route('**/api/helpdesk/faq/search*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.continue();
    });
    await page.goto(supportUrl());
    await page.getByLabel(en.searchLabel).click();
    await widgetInput(page, en.searchLabel).pressSequentially('reset password', { delay: 15 });
    await page.getByRole('status').filter({ hasText: en.slow }).waitFor();
    await noAxeViolations(page, 'slow answers (en)');
    await page.getByRole('option').first().waitFor({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: en.slow }).count()).resolves.toBe(0);
  });

  it('comes back from a cancelled top-up to the credits, in German, with nothing charged', async () => {
    const customer = await newCustomer();
    const before = (await customer.get('/api/helpdesk/credits')).body.data.balance;
    await page.goto(supportUrl('?lang=de'));
    await page.getByLabel(de.searchLabel).click();
    // The widget's own login this time: its token is kept for the tab, so it holds across Checkout.
    await page.getByRole('navigation').getByRole('button', { name: de.navCredits }).click();
    await page.getByLabel(de.email).fill(customer.user.email);
    await page.getByLabel(de.password).fill('Customer123!');
    await page.getByRole('form', { name: de.loginTitle }).getByRole('button', { name: de.loginButton }).click();
    await page.getByRole('button', { name: /Credits für/ }).first().click();
    await page.waitForURL(/\/checkout\//);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: de.checkoutCancelled }).waitFor();
    // The language chosen before Checkout holds on the way back.
    await page.getByRole('heading', { name: de.creditsTitle }).waitFor();
    expect((await customer.get('/api/helpdesk/credits')).body.data.balance).toBe(before);
    await noAxeViolations(page, 'back from Checkout, cancelled (de)');
  });

  it('keeps what was typed when the network fails, says so in the customer\'s language, and sends once back online', async () => {
    const customer = await newCustomer();
    await page.goto(supportUrl('?lang=de'));
    await setToken(page, customer.token);
    await page.getByLabel(de.searchLabel).click();
    await widgetInput(page, de.searchLabel).pressSequentially('passwort ändern', { delay: 15 });
    await page.getByRole('status').filter({ hasText: /Gefundene Antworten|Noch keine Antwort/ }).waitFor();
    await noAxeViolations(page, 'suggestions (de)');
    await page.getByRole('button', { name: de.stillNeedHelp }).click();
    await page.getByLabel(de.question).fill('Wie ändere ich mein Passwort?');
    await noAxeViolations(page, 'ticket form (de)');

    await context.setOffline(true);
    await page.getByRole('button', { name: de.send }).click();
    await page.getByRole('alert').filter({ hasText: de.offline }).waitFor();
    await expect(page.getByLabel(de.question).inputValue()).resolves.toBe('Wie ändere ich mein Passwort?');
    await expect(page.getByLabel(de.subject).inputValue()).resolves.toBe('passwort ändern');
    await noAxeViolations(page, 'ticket form offline (de)');

    await context.setOffline(false);
    await page.getByRole('button', { name: de.send }).click();
    await page.getByRole('heading', { name: de.sentTitle }).waitFor();
    await noAxeViolations(page, 'ticket filed (de)');
    const [filed] = (await customer.get('/api/helpdesk/tickets')).body.data;
    expect(filed).toMatchObject({ subject: 'passwort ändern', body: 'Wie ändere ich mein Passwort?', language: 'de' });

    await page.getByRole('navigation').getByRole('button', { name: de.navTickets }).click();
    await page.getByRole('button', { name: /passwort ändern/ }).click();
    await page.getByRole('heading', { name: 'passwort ändern' }).waitFor();
    await noAxeViolations(page, 'thread (de)');
    await page.getByRole('navigation').getByRole('button', { name: de.navCredits }).click();
    await page.getByRole('heading', { name: de.creditsTitle }).waitFor();
    await noAxeViolations(page, 'credits (de)');
    await page.getByRole('navigation').getByRole('button', { name: de.logout }).click();
    await page.getByRole('navigation').getByRole('button', { name: de.navLogin }).click();
    await page.getByRole('heading', { name: de.loginTitle }).waitFor();
    await noAxeViolations(page, 'login (de)');
    await page.getByRole('button', { name: de.forgot }).click();
    await page.getByRole('heading', { name: de.forgotTitle }).waitFor();
    await noAxeViolations(page, 'forgot password (de)');
    await screenshot(page, 'widget-login-de');
  });

  it('fits a 360 px phone screen, with inputs of at least 16 px (no zoom on focus), and works by keyboard alone', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(supportUrl('?lang=ru'));
    // Tab into the widget: the first interaction loads the rest, focus stays in the search box.
    const input = widgetInput(page, 'Поиск по нашим ответам');
    for (let n = 0; n < 12 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'HELPDESK-SUPPORT'; n += 1) await page.keyboard.press('Tab');
    await input.waitFor();
    await expect(input.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await page.keyboard.type('счета', { delay: 20 });
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Назад к ответам' }).focus();
    await page.keyboard.press('Enter');
    const fontSize = await input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await screenshot(page, 'widget-phone-ru', { fullPage: true });
    await noAxeViolations(page, 'suggestions on a phone (ru)');
  });

  it('keeps the field being typed in above the on-screen keyboard on a phone', async () => {
    const customer = await newCustomer();
    await page.setViewportSize({ width: 360, height: 640 });
    await askAs(page, customer.token, 'change my plan');
    const question = page.getByLabel(en.question);
    await question.focus();
    // The keyboard takes the lower half of the screen: the visual viewport shrinks to 300 px.
    await page.setViewportSize({ width: 360, height: 300 });
    await eventually(
      () => question.evaluate((el) => {
        const { top, bottom } = el.getBoundingClientRect();
        return top >= 0 && bottom <= (window.visualViewport?.height ?? window.innerHeight);
      }),
      true
    );
    await expect(question.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await screenshot(page, 'widget-phone-keyboard');
  });

  it('works from another site under a strict Content-Security-Policy with a nonce', async () => {
    const base = e2eBaseUrl();
    const nonce = 'Zm9yLXRoZS1oZWxwZGVzaw';
    const site = http.createServer((_request, response) => {
      response.setHeader('Content-Security-Policy', `default-src 'none'; script-src 'nonce-${nonce}'; connect-src ${base}; style-src 'none'; img-src 'none'`);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="en"><head><title>Another shop</title>` +
          `<script nonce="${nonce}" src="${base}/api/helpdesk/widget.js" defer></script></head>` +
          `<body><main><h1>Help</h1><helpdesk-support api="${base}" locale="it"></helpdesk-support></main></body></html>`
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${(site.address() as { port: number }).port}/`);
      await page.getByLabel('Cerca nelle nostre risposte').click();
      const input = widgetInput(page, 'Cerca nelle nostre risposte');
      await input.pressSequentially('orari di assistenza', { delay: 20 });
      await page.getByRole('option').first().waitFor();
      expect(violations).toEqual([]);
      await screenshot(page, 'widget-strict-csp-it');
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
