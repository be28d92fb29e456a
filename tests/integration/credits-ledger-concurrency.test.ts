import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

const LEDGER = 'plugin::helpdesk.credit-transaction';
const ACCOUNT = 'plugin::helpdesk.credit-account';

interface Ledger {
  post(entry: { customerId: number; delta: number; kind: string; externalRef?: string | null; note?: string }): Promise<{ balance: number; duplicate: boolean }>;
  clawback(entry: { customerId: number; credits: number; externalRef: string; actor: string; note: string }): Promise<unknown>;
  debitUpTo(entry: { customerId: number; credits: number; externalRef: string; actor: string; note: (charged: number, short: number) => string }): Promise<{ charged: number; short: number; balance: number }>;
}

/**
 * The ledger under concurrency, on the database the run uses (the suite runs it on SQLite,
 * PostgreSQL and MariaDB): many writers on one account at once must leave a balance equal to the
 * sum of its rows, never below zero, with nothing lost and no reference posted twice.
 */
describe('the credit ledger under concurrent writes', () => {
  let app: TestApp;
  let ledger: Ledger;

  beforeAll(async () => {
    app = await bootStrapi();
    ledger = app.strapi.plugin('helpdesk').service('credits') as Ledger;
  });

  afterAll(async () => {
    await app?.stop();
  });

  const stateOf = async (customerId: number) => {
    const account = await app.strapi.db.query(ACCOUNT as any).findOne({ where: { customerKey: customerId } });
    // With the id selected: a relational filter selects DISTINCT rows, which would fold equal rows into one.
    const rows = await app.strapi.db.query(LEDGER as any).findMany({ where: { account: { id: account.id } }, select: ['id', 'delta', 'balanceAfter'] });
    return { balance: account.balance as number, rows: rows as Array<{ delta: number; balanceAfter: number }> };
  };

  it('keeps the balance equal to the ledger through 100 concurrent purchases, debits and adjustments', async () => {
    const customer = await createCustomer(app.strapi);
    await ledger.post({ customerId: customer.id, delta: 10, kind: 'grant', note: 'start' });
    // 40 purchases of 3 (10 of them sent twice with the same reference), 50 debits of 2, 10 adjustments of -1.
    const operations: Array<() => Promise<unknown>> = [];
    for (let i = 0; i < 30; i += 1) operations.push(() => ledger.post({ customerId: customer.id, delta: 3, kind: 'purchase', externalRef: `test:purchase:${customer.id}:${i}` }));
    for (let i = 0; i < 10; i += 1) {
      const externalRef = `test:purchase:${customer.id}:dup-${i}`;
      operations.push(() => ledger.post({ customerId: customer.id, delta: 3, kind: 'purchase', externalRef }));
      operations.push(() => ledger.post({ customerId: customer.id, delta: 3, kind: 'purchase', externalRef }));
    }
    for (let i = 0; i < 40; i += 1) operations.push(() => ledger.post({ customerId: customer.id, delta: -2, kind: 'debit', externalRef: `test:debit:${customer.id}:${i}` }));
    for (let i = 0; i < 10; i += 1) operations.push(() => ledger.post({ customerId: customer.id, delta: -1, kind: 'adjustment' }));
    // Shuffled, so debits race purchases from the start.
    operations.sort(() => Math.random() - 0.5);

    const results = await Promise.allSettled(operations.map((operation) => operation()));
    const refused = results.filter((result) => result.status === 'rejected');
    for (const failure of refused) expect((failure as PromiseRejectedResult).reason.name).toBe('InsufficientCreditsError');

    const { balance, rows } = await stateOf(customer.id);
    expect(balance).toBe(rows.reduce((sum, row) => sum + row.delta, 0));
    expect(balance).toBeGreaterThanOrEqual(0);
    expect(rows.every((row) => row.balanceAfter >= 0)).toBe(true);
    // Every accepted operation is in the ledger once: 1 start + 40 distinct purchases + the debits and adjustments that fit.
    const purchases = rows.filter((row) => row.delta === 3).length;
    expect(purchases).toBe(40);
    expect(rows.length).toBe(1 + 40 + (50 - refused.length));
    expect(balance).toBe(10 + 40 * 3 - 2 * rows.filter((row) => row.delta === -2).length - rows.filter((row) => row.delta === -1).length);
    // Each row's running balance is one step of a serial history: sorted, they chain.
    const afters = new Set(rows.map((row) => row.balanceAfter));
    expect(afters.has(balance)).toBe(true);
  });

  it('never takes a balance below zero when debits outnumber the credits', async () => {
    const customer = await createCustomer(app.strapi);
    await ledger.post({ customerId: customer.id, delta: 5, kind: 'grant' });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => ledger.post({ customerId: customer.id, delta: -1, kind: 'debit', externalRef: `test:drain:${customer.id}:${i}` }))
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const { balance, rows } = await stateOf(customer.id);
    expect(balance).toBe(0);
    expect(rows.reduce((sum, row) => sum + row.delta, 0)).toBe(0);
  });

  it('charges a resolved ticket what the balance holds, while other debits race it, and never fails for it', async () => {
    const customer = await createCustomer(app.strapi);
    await ledger.post({ customerId: customer.id, delta: 5, kind: 'grant' });
    const charges = Array.from({ length: 3 }, (_, i) =>
      ledger.debitUpTo({ customerId: customer.id, credits: 2, externalRef: `test:charge:${customer.id}:${i}`, actor: 'system', note: (charged, short) => `${charged} charged, ${short} short` })
    );
    const debits = Array.from({ length: 10 }, (_, i) => ledger.post({ customerId: customer.id, delta: -1, kind: 'debit', externalRef: `test:race:${customer.id}:${i}` }));
    const [charged, debited] = await Promise.all([Promise.all(charges), Promise.allSettled(debits)]);
    for (const failure of debited.filter((result) => result.status === 'rejected')) {
      expect((failure as PromiseRejectedResult).reason.name).toBe('InsufficientCreditsError');
    }
    expect(charged.every(({ charged: taken, short }) => taken + short === 2)).toBe(true);
    const taken = charged.reduce((sum, { charged: credits }) => sum + credits, 0) + debited.filter((result) => result.status === 'fulfilled').length;
    expect(taken).toBe(5);
    const { balance, rows } = await stateOf(customer.id);
    expect(balance).toBe(0);
    expect(rows.reduce((sum, row) => sum + row.delta, 0)).toBe(0);
  });

  it('creates one account when a new customer’s first writes arrive together', async () => {
    const customer = await createCustomer(app.strapi);
    await Promise.all(Array.from({ length: 10 }, () => ledger.post({ customerId: customer.id, delta: 1, kind: 'grant' })));
    expect(await app.strapi.db.query(ACCOUNT as any).count({ where: { customerKey: customer.id } })).toBe(1);
    expect((await stateOf(customer.id)).balance).toBe(10);
  });
});
