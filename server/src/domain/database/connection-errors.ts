/**
 * Whether an error means the database cannot be reached (down, restarting, network gone), as
 * opposed to a query it refused. Drivers say so in different ways: Node's socket codes, PostgreSQL's
 * SQLSTATE classes 08 (connection exception) and 57P (the server shutting down), MySQL's lost
 * connection, and knex's pool when no connection could be had.
 */

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const MYSQL_CODES = new Set(['PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ECONNCLOSED']);
const MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /not queryable/i,
  /Connection is closed/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /socket has been ended/i,
];

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || MYSQL_CODES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code)) return true;
  }
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Wrapped errors (a knex error around the driver's, an AggregateError of several addresses).
  if (isConnectionError(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1));
}
