/**
 * Helpers for the e2e specs (tests/e2e/*.e2e.test.ts). The global setup builds the playground's
 * admin panel, serves the playground with its demo data and hands the specs its address
 * (e2eBaseUrl()). A spec typically does:
 *
 *   const { browser, close } = await launchChromium();            // beforeAll; close() in afterAll
 *   const page = await (await newAdminContext(browser)).newPage();
 *   await loginToAdmin(page);                                       // the demo super admin
 *   const admin = await adminClient();                              // arrange data over the staff API
 *   await screenshot(page, 'queue');
 */
export * from './admin';
export * from './browser';
export * from './customer';
export * from './env';
export * from './helpdesk';
export * from './rest';
export * from './screenshot';
