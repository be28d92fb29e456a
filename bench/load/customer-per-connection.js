/**
 * autocannon's setupClient for the filing runs (a file, as its worker threads require): each
 * connection files as a customer of its own, taken in turn from LOAD_BENCH_CUSTOMER_JWTS (a JSON
 * list), the way many customers file at once on a real site.
 */
let next = 0;

module.exports = (client) => {
  const jwts = JSON.parse(process.env.LOAD_BENCH_CUSTOMER_JWTS || '[]');
  const jwt = jwts[next % jwts.length];
  next += 1;
  client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${jwt}` });
};
