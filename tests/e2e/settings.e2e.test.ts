import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './helpers/playground';
import {
  createStaffUser,
  demoAdmin,
  e2eBaseUrl,
  loginToAdmin,
  newAdminContext,
  notification,
  pagePerTest,
  RestClient,
  screenshot,
  setInterfaceLanguage,
  waitForAdminLanguage,
  type AuthenticatedClient,
} from './helpers';

const settingsUrl = () => `${e2eBaseUrl()}/admin/settings/helpdesk`;
/** A Saturday in Amsterdam, half past eleven (summer time). */
const SATURDAY_1130 = '2027-05-01T11:30:00+02:00';

async function openSettings(page: Page) {
  await page.goto(settingsUrl());
  try {
    await page.getByTestId('settings-sla').waitFor({ timeout: 30_000 });
  } catch (error) {
    throw new Error(`the settings page did not show (${page.url()}): ${(await page.locator('body').innerText().catch(() => '')).slice(0, 500)}\n${error}`);
  }
}

/** The whole page at 1280 px wide: the panel scrolls inside its layout, so the window is made as tall as the page. */
async function tallScreenshot(page: Page, name: string, height = 2600) {
  for (const button of await page.getByRole('button', { name: /^(Close|Sluiten)$/ }).all()) await button.click().catch(() => undefined);
  await page.setViewportSize({ width: 1280, height });
  await page.waitForTimeout(700);
  return screenshot(page, name);
}

describe('Settings → Helpdesk', () => {
  const session = pagePerTest();
  let admin: AuthenticatedClient;
  let original: any;
  const saved = async () => (await admin.get('/helpdesk/settings')).body.data;
  const availability = async (tier: 'standard' | 'priority' = 'standard') =>
    (await new RestClient(e2eBaseUrl()).get('/api/helpdesk/availability', { query: { at: SATURDAY_1130, tier } })).body.data;

  beforeAll(async () => {
    admin = await demoAdmin();
    original = await saved();
  });
  afterAll(async () => {
    await admin.put('/helpdesk/settings', { data: { sla: original.sla, credits: original.credits } });
  });

  it("opens the desk on Saturday: saving new staffed hours changes what the availability route answers", async () => {
    const { page } = session;
    expect((await availability()).open).toBe(false);
    await openSettings(page);
    await page.getByRole('tab', { name: 'Staffed hours' }).click();
    const saturday = page.getByRole('tabpanel', { name: 'Staffed hours' }).getByTestId('day-6');
    await saturday.getByRole('button', { name: 'Add hours' }).click();
    await saturday.getByRole('textbox', { name: 'Saturday opens at' }).fill('10:00');
    await saturday.getByRole('textbox', { name: 'Saturday closes at' }).fill('14:00');
    await page.getByText('Unsaved changes').first().waitFor();
    await page.getByRole('button', { name: 'Save service levels' }).click();
    await notification(page, 'Settings saved.').waitFor();

    expect((await saved()).sla.staffedHours.weekly['6']).toEqual([{ start: '10:00', end: '14:00' }]);
    expect((await availability()).open).toBe(true);
    await admin.put('/helpdesk/settings', { data: { sla: original.sla } });
    expect((await availability()).open).toBe(false);
  });

  it('shows an interval that ends before it starts at its field, and saves nothing', async () => {
    const { page } = session;
    await openSettings(page);
    const saturday = page.getByRole('tabpanel', { name: 'Standard' }).getByTestId('day-6');
    await saturday.getByRole('textbox', { name: 'Saturday closes at' }).fill('08:00');
    await page.getByRole('button', { name: 'Save service levels' }).click();
    await saturday.getByText('end must be after start').waitFor();
    await notification(page, 'Nothing was saved: correct the marked fields.').waitFor();
    expect((await saved()).sla).toEqual(original.sla);
    await screenshot(page, 'settings-field-error');
  });

  it('edits closed days and days with their own hours as lists of dates: sorted, each once, past ones marked', async () => {
    const { page } = session;
    await openSettings(page);
    const panel = page.getByRole('tabpanel', { name: 'Standard' });
    const closed = panel.getByRole('group', { name: 'Extra closed days' });
    const day = closed.getByLabel('Day to close');
    await day.fill('2027-06-15');
    await day.press('Enter');
    await day.fill('2027-03-02');
    await closed.getByRole('button', { name: 'Add date' }).click();
    await day.fill('2020-01-01');
    await day.press('Enter');
    const entries = closed.getByTestId('closed-dates-entry');
    await expect(entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-date')))).resolves.toEqual(['2020-01-01', '2027-03-02', '2027-06-15']);
    await closed.locator('[data-date="2020-01-01"]').getByText('Past').waitFor();
    // The same day twice is refused at the input.
    await day.fill('2027-06-15');
    await day.press('Enter');
    await closed.getByText(/is already in the list\.$/).waitFor();
    expect(await entries.count()).toBe(3);
    // Removed with the keyboard: the focus returns to the date input.
    await closed.getByRole('button', { name: /^Remove .*2020/ }).focus();
    await page.keyboard.press('Enter');
    expect(await entries.count()).toBe(2);
    await expect(day.evaluate((input) => input === (globalThis as any).document.activeElement)).resolves.toBe(true);

    const own = panel.getByRole('group', { name: 'Days with their own hours' });
    await own.getByLabel('Date with its own hours').fill('2027-12-24');
    await own.getByRole('button', { name: 'Add date' }).click();
    // A Friday: it starts with Friday's usual hours.
    const christmasEve = own.locator('[data-date="2027-12-24"]');
    await christmasEve.getByRole('textbox', { name: /closes at$/ }).fill('12:00');
    await panel.getByTestId('holiday-preview').locator('[data-testid="holiday-preview-day"][data-date="2027-06-15"]').waitFor();
    await screenshot(page, 'settings-date-lists');

    await page.getByRole('button', { name: 'Save service levels' }).click();
    await notification(page, 'Settings saved.').waitFor();
    const calendar = (await saved()).sla.tiers.standard.calendar;
    expect(calendar.closedDates).toEqual(['2027-03-02', '2027-06-15']);
    expect(calendar.openDates).toEqual([{ date: '2027-12-24', intervals: [{ start: '09:00', end: '12:00' }] }]);
    await admin.put('/helpdesk/settings', { data: { sla: original.sla } });
  });

  it('picks the time zone from the list and the holidays from the countries and regions the server knows', async () => {
    const { page } = session;
    await openSettings(page);
    const panel = page.getByRole('tabpanel', { name: 'Standard' });
    const zone = panel.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('');
    await zone.pressSequentially('New_York');
    await page.getByRole('option', { name: /^America\/New_York \(UTC-0[45]:00\)$/ }).click();
    const country = panel.getByRole('combobox', { name: 'Holidays of country' });
    await country.fill('');
    await country.pressSequentially('Germ');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    await panel.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Bayern (BY)' }).click();
    // Bavaria's own holidays show in the preview (Epiphany, All Saints' Day).
    const preview = panel.getByTestId('holiday-preview');
    await preview.getByText('Allerheiligen').waitFor();

    await page.getByRole('button', { name: 'Save service levels' }).click();
    await notification(page, 'Settings saved.').waitFor();
    const calendar = (await saved()).sla.tiers.standard.calendar;
    expect(calendar.timezone).toBe('America/New_York');
    expect(calendar.holidays).toMatchObject({ country: 'DE', region: 'BY' });

    // Cleared, the country takes its region with it.
    await panel.getByRole('button', { name: "Follow no country's holidays" }).click();
    await expect(panel.getByRole('combobox', { name: 'Region' }).isDisabled()).resolves.toBe(true);
    await admin.put('/helpdesk/settings', { data: { sla: original.sla } });
  });

  it('refuses to save a price or a number it cannot take, at its field, and saves nothing of the section', async () => {
    const { page } = session;
    await openSettings(page);
    await page.getByRole('tab', { name: 'Money' }).click();
    const fee = page.getByRole('textbox', { name: 'Priority fee' });
    await page.getByRole('textbox', { name: 'Minutes per credit' }).fill('45');
    for (const bad of ['', '-5', 'ten', '9.955']) {
      await fee.fill(bad);
      await page.getByText('Enter an amount such as 12.50.').waitFor();
      await page.getByRole('button', { name: 'Save prices' }).click();
      // The refusal of the value before may still show.
      await notification(page, 'Nothing was saved: correct the marked fields.').first().waitFor();
      expect((await saved()).credits).toEqual(original.credits);
    }
    await fee.fill('0.20');
    await page.getByText('Enter at least 0.50 EUR.').waitFor();
    await fee.fill('12.50');
    const freeDays = page.getByRole('textbox', { name: 'Free days' });
    await freeDays.fill('');
    await page.getByText('Enter a number.').waitFor();
    await page.getByRole('button', { name: 'Save prices' }).click();
    await notification(page, 'Nothing was saved: correct the marked fields.').first().waitFor();
    expect((await saved()).credits).toEqual(original.credits);
    await screenshot(page, 'settings-bad-price');

    await freeDays.fill('14');
    await page.getByRole('button', { name: 'Save prices' }).click();
    await notification(page, 'Settings saved.').waitFor();
    expect((await saved()).credits).toMatchObject({ priorityFeeCents: 1250, minutesPerCredit: 45, freeDays: 14 });
    await admin.put('/helpdesk/settings', { data: { credits: original.credits } });
  });

  it('previews the NL holidays of the next year, King’s Day on 2027-04-27 among them', async () => {
    const { page } = session;
    await openSettings(page);
    const preview = page.getByRole('tabpanel', { name: 'Standard' }).getByTestId('holiday-preview');
    const kingsDay = preview.locator('[data-testid="holiday-preview-day"][data-date="2027-04-27"]');
    await kingsDay.waitFor();
    expect(await kingsDay.innerText()).toContain('Koningsdag');

    // Edits preview before saving: with holidays open, the list is empty.
    await page.getByRole('tabpanel', { name: 'Standard' }).getByText('Open on holidays as on any other day').click();
    await preview.getByText('No holidays or closed days in the next 12 months.').waitFor();
  });

  it('"Try it" gives the due times the availability route gives', async () => {
    const { page } = session;
    await openSettings(page);
    const tryIt = page.getByTestId('try-it');
    await tryIt.locator('input[type="datetime-local"]').fill('2027-05-01T11:30');
    for (const tier of ['standard', 'priority'] as const) {
      const expected = (await availability(tier)).expectedResponseBy;
      await page.waitForFunction(
        ([selector, due]) => (globalThis as any).document.querySelector(selector)?.getAttribute('data-due') && new Date((globalThis as any).document.querySelector(selector).getAttribute('data-due')).getTime() === new Date(due).getTime(),
        [`[data-testid="try-it-${tier}"]`, expected] as const,
        { timeout: 15_000 }
      );
    }
    await tryIt.getByText(/^Standard: first answer due .*\(Europe\/Amsterdam\)$/).waitFor();

    // The same moment typed in New York time: the same due instants, shown in both zones.
    await tryIt.getByRole('combobox', { name: 'In the time zone' }).fill('');
    await tryIt.getByRole('combobox', { name: 'In the time zone' }).pressSequentially('New_York');
    await page.getByRole('option', { name: /^America\/New_York / }).click();
    await tryIt.locator('input[type="datetime-local"]').fill('2027-05-01T05:30');
    for (const tier of ['standard', 'priority'] as const) {
      const expected = (await availability(tier)).expectedResponseBy;
      await page.waitForFunction(
        ([selector, due]) => new Date((globalThis as any).document.querySelector(selector)?.getAttribute('data-due') ?? 0).getTime() === new Date(due).getTime(),
        [`[data-testid="try-it-${tier}"]`, expected] as const,
        { timeout: 15_000 }
      );
    }
    await tryIt.getByText(/^Standard: first answer due .*\(Europe\/Amsterdam\) · .*\(America\/New_York\)$/).waitFor();
    await tryIt.getByRole('combobox', { name: 'In the time zone' }).fill('');
    await tryIt.getByRole('combobox', { name: 'In the time zone' }).pressSequentially('Amsterdam');
    await page.getByRole('option', { name: /^Europe\/Amsterdam / }).click();
    await tryIt.locator('input[type="datetime-local"]').fill('2027-05-01T11:30');
    await tryIt.getByText(/^Standard: first answer due .*\(Europe\/Amsterdam\)$/).waitFor();

    await tallScreenshot(page, 'staff-settings');
    fs.copyFileSync(path.join(REPO_ROOT, 'tests', '.tmp', 'e2e-screenshots', 'staff-settings.png'), path.join(REPO_ROOT, 'docs', 'staff-settings.png'));
    for (const tab of ['Fair use', 'Money', 'Status']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(800);
      await tallScreenshot(page, `settings-${tab.toLowerCase().replace(' ', '-')}`, 1400);
    }
  });

  it('asks before leaving with unsaved changes', async () => {
    const { page } = session;
    await openSettings(page);
    await page.getByRole('tab', { name: 'Fair use' }).click();
    await page.getByTestId('fair-use-impact').getByText(/customers? right now/).waitFor();
    const penalty = page.getByRole('textbox', { name: 'Penalty line (score)' });
    await penalty.fill('99');
    await page.getByTestId('fair-use-impact').getByText(/This change would penalise \d+ customers? \(now \d+\)/).waitFor();
    await page.getByRole('link', { name: 'Content Manager' }).first().click();
    await page.getByRole('alertdialog').getByText('Leave without saving?').waitFor();
    await page.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(new URL(page.url()).pathname).toBe('/admin/settings/helpdesk');
    expect((await saved()).fairUse).toEqual(original.fairUse);
  });

  it('reads in Dutch', async () => {
    const { page } = session;
    await setInterfaceLanguage(admin, 'nl');
    try {
      await page.goto(settingsUrl());
      await waitForAdminLanguage(page, 'nl');
      await page.getByRole('heading', { name: 'Helpdesk-instellingen' }).waitFor({ timeout: 30_000 });
      await page.getByText('Openingstijden per week').first().waitFor();
      await tallScreenshot(page, 'settings-nl');
    } finally {
      await setInterfaceLanguage(admin, 'en');
    }
  });
});

describe('Settings → Helpdesk for a reader', () => {
  const session = pagePerTest(newAdminContext);

  it('shows an admin with only "read settings" everything, read-only, with no way to save', async () => {
    const { page } = session;
    const reader = await createStaffUser(await demoAdmin(), { permissions: ['plugin::helpdesk.settings.read'] });
    await loginToAdmin(page, reader);
    await page.goto(settingsUrl());
    await page.getByTestId('settings-sla').waitFor({ timeout: 30_000 });
    await page.getByText('You can read these settings. Changing them needs the “change settings” permission.').waitFor();
    expect(await page.getByRole('button', { name: 'Save service levels' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add hours' }).count()).toBe(0);
    await expect(page.getByRole('textbox', { name: 'Monday opens at' }).first().isDisabled()).resolves.toBe(true);
    await page.getByRole('tab', { name: 'Status' }).click();
    await page.getByTestId('status-mail').waitFor();
    expect(await page.getByRole('button', { name: 'Send a test mail to me' }).count()).toBe(0);
    // The server refuses the reader too.
    const refused = await reader.client.put('/helpdesk/settings', { data: {} }, { expectStatus: 'any' });
    expect(refused.status).toBe(403);
  });
});
