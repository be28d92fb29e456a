import fs from 'node:fs';
import path from 'node:path';
import { TESTS_TMP_DIR } from './playground';

/** Logs of the e2e run (admin build, Strapi's output) and the running server's address. */
export const E2E_TMP_DIR = path.join(TESTS_TMP_DIR, 'e2e');
export const SERVER_STATE_FILE = path.join(E2E_TMP_DIR, 'server.json');
/** Set by the global setup for the specs; set it yourself to run the specs against a server you started. */
export const BASE_URL_ENV = 'HELPDESK_E2E_BASE_URL';

export interface ServerState {
  baseUrl: string;
  pid: number;
  logFile: string;
}

/** The base URL of the playground the specs run against, e.g. http://127.0.0.1:40123 (no trailing slash). */
export function e2eBaseUrl(): string {
  const fromEnv = process.env[BASE_URL_ENV];
  if (fromEnv) return fromEnv.replace(/\/+$/, '');
  if (fs.existsSync(SERVER_STATE_FILE)) return (JSON.parse(fs.readFileSync(SERVER_STATE_FILE, 'utf8')) as ServerState).baseUrl;
  throw new Error(`No e2e server: run the specs with \`npm run test:e2e\` (its global setup starts one) or set ${BASE_URL_ENV}`);
}
