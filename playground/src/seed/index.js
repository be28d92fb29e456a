'use strict';

const docPages = require('./data/doc-pages');
const faqs = require('./data/faqs');
const incidentClasses = require('./data/incident-classes');
const people = require('./data/people');
const tickets = require('./data/tickets');

const LEDGER_UID = 'plugin::helpdesk.credit-transaction';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// English is the default locale; each entry of the demo data also has these languages, under
// their codes next to `en` (entries may lack some: they are then seeded in those they have).
const EXTRA_LOCALES = [
  { code: 'de', name: 'German (de)' },
  { code: 'es', name: 'Spanish (es)' },
  { code: 'fr', name: 'French (fr)' },
  { code: 'it', name: 'Italian (it)' },
  { code: 'nl', name: 'Dutch (nl)' },
  { code: 'ru', name: 'Russian (ru)' },
];
const LOCALE_CODES = new Set(['en', ...EXTRA_LOCALES.map((locale) => locale.code)]);

/**
 * An entry of the demo data as its translations (the object-valued keys: `en`, `nl`, …) and the
 * fields they all share (category, tags, credit ranges). An entry may lack languages: it is then
 * seeded in those it has.
 */
function splitEntry(entry) {
  const translations = {};
  const shared = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!LOCALE_CODES.has(key)) throw new Error(`Demo entry "${entry.en?.question ?? entry.en?.title ?? entry.en?.name}" has a "${key}" version, a language the seed does not create`);
      translations[key] = value;
    } else shared[key] = value;
  }
  return { translations, shared };
}

const hoursBefore = (now, hours) => new Date(now.getTime() - hours * HOUR);

async function ensureLocales(strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  for (const locale of EXTRA_LOCALES) {
    if (!existing.has(locale.code)) await locales.create(locale);
  }
}

async function createAdmin(strapi) {
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    ...people.admin,
    registrationToken: null,
    isActive: true,
    roles: [superAdminRole.id],
  });
}

async function createCustomers(strapi, now) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const byUsername = {};
  for (const customer of people.customers) {
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: customer.username,
      email: customer.email,
      password: customer.password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    const registeredAt = new Date(now.getTime() - customer.registeredDaysAgo * DAY);
    await strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { createdAt: registeredAt } });
    byUsername[customer.username] = { ...user, registeredAt };
  }
  return byUsername;
}

/** Creates an entry in English, then the same document in every other language the entry has. */
async function createLocalized(strapi, uid, entry, status) {
  const { translations, shared } = splitEntry(entry);
  const english = await strapi.documents(uid).create({ locale: 'en', data: { ...shared, ...translations.en }, status });
  for (const [code, data] of Object.entries(translations)) {
    if (code === 'en') continue;
    await strapi.documents(uid).update({ documentId: english.documentId, locale: code, data: { ...shared, ...data }, status });
  }
  return english;
}

async function createIncidentClasses(strapi) {
  const byName = {};
  for (const entry of incidentClasses) byName[entry.en.name] = await createLocalized(strapi, 'plugin::helpdesk.incident-class', entry);
  return byName;
}

async function createFaqs(strapi) {
  for (const entry of faqs) await createLocalized(strapi, 'plugin::helpdesk.faq', entry, 'published');
}

async function createDocPages(strapi) {
  for (const entry of docPages) await createLocalized(strapi, 'api::doc-page.doc-page', entry, 'published');
}

/**
 * Replays each demo ticket's history at the instants it happened, so the plugin's own hooks stamp
 * SLA due dates, first responses, pauses and resolutions, and charge credits, exactly as they
 * would have in real life.
 */
async function createTickets(strapi, now, customers, classes) {
  const helpdesk = strapi.plugin('helpdesk');
  const clock = helpdesk.service('clock');
  const ticketCredits = helpdesk.service('ticket-credits');
  const wallClock = clock.now;
  const at = (instant, work) => {
    clock.now = () => instant;
    return work().finally(() => {
      clock.now = wallClock;
    });
  };

  let number = 0;
  for (const seed of tickets) {
    number += 1;
    const receivedAt = hoursBefore(now, seed.hoursAgo);
    const customer = customers[seed.customer];
    const incidentClass = classes[seed.incidentClass].documentId;
    // What the ticket costs is the plugin's decision, as for a ticket filed through the API.
    const terms = await at(receivedAt, () => ticketCredits.forNewTicket(customer.id, incidentClass, receivedAt));
    if (seed.billing && terms.billing !== seed.billing) {
      throw new Error(`Demo ticket "${seed.subject}" is billed ${terms.billing} by the plugin, not ${seed.billing}: the demo data is out of step with the policy`);
    }
    const paid = terms.billing === 'credits';
    let status = 'new';
    if (seed.tier === 'priority' && !seed.priorityPaid) status = 'awaiting_payment';
    else if (terms.needsConfirmation) status = 'awaiting_credit_confirmation';
    const ticket = await at(receivedAt, () =>
      strapi.documents('plugin::helpdesk.ticket').create({
        data: {
          reference: `HD-${String(number).padStart(6, '0')}`,
          subject: seed.subject,
          body: seed.body,
          status,
          tier: seed.tier,
          language: 'en',
          customer: customer.id,
          incidentClass,
          lastCustomerMessageAt: receivedAt,
          priorityPaidAt: seed.priorityPaid ? receivedAt : null,
          billing: terms.billing,
          creditEstimate: paid ? (seed.creditEstimate ?? terms.creditEstimate) : null,
        },
      })
    );
    await strapi.db.query('plugin::helpdesk.ticket').update({ where: { id: ticket.id }, data: { createdAt: receivedAt } });

    // The thread, with the customer's confirmation of the estimate in its place.
    const steps = [
      ...seed.messages.map((message) => ({ afterHours: message.afterHours, message })),
      ...(seed.confirmedAfterHours === undefined ? [] : [{ afterHours: seed.confirmedAfterHours, confirm: true }]),
    ].sort((a, b) => a.afterHours - b.afterHours);
    let lastAt = receivedAt;
    for (const step of steps) {
      lastAt = new Date(receivedAt.getTime() + step.afterHours * HOUR);
      if (step.confirm) {
        await at(lastAt, () => ticketCredits.confirm(customer.id, ticket.documentId));
        continue;
      }
      const { message } = step;
      const created = await at(lastAt, () =>
        strapi.documents('plugin::helpdesk.ticket-message').create({
          data: {
            ticket: ticket.documentId,
            authorKind: message.author,
            authorUser: message.author === 'customer' ? customer.id : null,
            body: message.body,
            internal: Boolean(message.internal),
          },
        })
      );
      await strapi.db
        .query('plugin::helpdesk.ticket-message')
        .update({ where: { id: created.id }, data: { createdAt: lastAt } });
    }

    if (seed.minutesSpent) await at(lastAt, () => ticketCredits.logTime(ticket.documentId, seed.minutesSpent));
    const current = await strapi.db.query('plugin::helpdesk.ticket').findOne({ where: { id: ticket.id } });
    if (current.status !== seed.status) {
      // Resolving a confirmed ticket charges its time through the ledger, as it would have then.
      await at(lastAt, () =>
        strapi.documents('plugin::helpdesk.ticket').update({ documentId: ticket.documentId, data: { status: seed.status } })
      );
      const charges = await strapi.db
        .query(LEDGER_UID)
        .findMany({ where: { ticket: { id: ticket.id }, kind: 'debit' }, select: ['id'] });
      for (const charge of charges) await backdateLedgerRow(strapi, charge.id, lastAt);
    }
  }

  // The history was replayed with its dates set afterwards: score each customer again as of now,
  // so fair use and the queue keys see the real dates.
  for (const customer of Object.values(customers)) {
    await strapi.plugin('helpdesk').service('fair-use').refreshCustomer(customer.id);
  }
}

/** Ledger rows are written now, through the plugin; only their date is set to when they happened. */
const backdateLedgerRow = (strapi, id, createdAt) =>
  strapi.db.query(LEDGER_UID).update({ where: { id }, data: { createdAt, updatedAt: createdAt } });

/**
 * Each customer's credit account, through the plugin's ledger service as a real site would: when
 * support counts from (their registration, or a date the host app sets) and the credits they bought.
 */
async function createCreditAccounts(strapi, now, customers) {
  const credits = strapi.plugin('helpdesk').service('credits');
  for (const person of people.customers) {
    const customer = customers[person.username];
    if (person.supportFromDaysAgo === undefined) await credits.ensureAccount(customer.id);
    else await credits.setSupportFrom(customer.id, new Date(now.getTime() - person.supportFromDaysAgo * DAY));
    if (person.purchase) {
      const { transaction } = await credits.post({
        customerId: customer.id,
        delta: person.purchase.credits,
        kind: 'purchase',
        externalRef: `seed:${person.username}:purchase`,
        actor: 'seed',
        note: `Demo purchase of ${person.purchase.credits} support credits`,
      });
      await backdateLedgerRow(strapi, transaction.id, new Date(now.getTime() - person.purchase.daysAgo * DAY));
    }
  }
}

/**
 * Fills an empty playground database with demo content. Runs only when the database has no admin
 * user yet, so it never touches a database someone already works in.
 */
async function seedDemoData(strapi, now = new Date()) {
  if (process.env.HELPDESK_SEED === 'false') return false;
  if ((await strapi.db.query('admin::user').count()) > 0) return false;
  if (!strapi.plugin('helpdesk')) {
    throw new Error('The helpdesk plugin is not loaded: build it first (npm run build at the repository root).');
  }

  strapi.log.info('[helpdesk playground] Empty database: seeding demo data');
  await ensureLocales(strapi);
  await createAdmin(strapi);
  const customers = await createCustomers(strapi, now);
  await createCreditAccounts(strapi, now, customers);
  const classes = await createIncidentClasses(strapi);
  await createFaqs(strapi);
  await createDocPages(strapi);
  await createTickets(strapi, now, customers, classes);
  strapi.log.info(`[helpdesk playground] Seeded; admin login ${people.admin.email} / ${people.admin.password}`);
  for (const customer of people.customers) {
    strapi.log.info(`[helpdesk playground] Customer login ${customer.email} / ${customer.password} (${customer.about})`);
  }
  return true;
}

module.exports = { seedDemoData };
