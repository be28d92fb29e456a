import { isConnectionError } from '../../../server/src/domain/database/connection-errors';

describe('isConnectionError', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['PostgreSQL shutting down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['PostgreSQL still starting', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a PostgreSQL connection exception', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['a connection the server dropped', new Error('Connection terminated unexpectedly')],
    ['the pool giving up', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['MySQL losing the connection', Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' })],
    ['a wrapped cause', Object.assign(new Error('select failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })],
    // An AggregateError, as Node gives when every address of a host refuses.
    ['one of several addresses', Object.assign(new Error('all failed'), { errors: [Object.assign(new Error('x'), { code: 'ECONNREFUSED' })] })],
  ])('is true for %s', (_case, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' })],
    ['a MySQL duplicate', Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' })],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_case, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
