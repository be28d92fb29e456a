import { e2eBaseUrl } from './env';
import { AuthenticatedClient, RestClient } from './rest';
import type { Credentials } from './admin';

/** The playground's demo customers (playground/src/seed/data/people.js). */
export const DEMO_CUSTOMERS = {
  alice: { email: 'alice@example.com', password: 'Customer123!' },
  bob: { email: 'bob@example.com', password: 'Customer123!' },
} satisfies Record<string, Credentials>;

/**
 * Logs a customer in to the content API (POST /api/auth/local) and returns a client that sends the
 * users-permissions JWT as `Authorization: Bearer`, for the customer routes:
 * `client.post('/api/helpdesk/tickets', { data: { subject, body } })`.
 */
export async function customerClient(credentials: Credentials = DEMO_CUSTOMERS.alice, baseUrl = e2eBaseUrl()): Promise<AuthenticatedClient> {
  const response = await new RestClient(baseUrl).post(
    '/api/auth/local',
    { identifier: credentials.email, password: credentials.password },
    { expectStatus: 'any' }
  );
  if (response.status !== 200 || !response.body?.jwt) {
    throw new Error(`customer login as ${credentials.email} failed: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return new AuthenticatedClient(baseUrl, response.body.jwt, response.body.user);
}
