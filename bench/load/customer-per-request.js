/**
 * autocannon's setupClient for the filing runs (a file, as its worker threads require): every
 * request files as the next customer of LOAD_BENCH_CUSTOMER_JWTS (a JSON list), in turn across all
 * connections, the way many customers file at once on a real site.
 */
let next = 0;

module.exports = (client) => {
  const jwts = JSON.parse(process.env.LOAD_BENCH_CUSTOMER_JWTS || '[]');
  const nextCustomer = () => {
    client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${jwts[next % jwts.length]}` });
    next += 1;
  };
  nextCustomer();
  // Emitted before the connection writes its next request, which then goes out with these headers.
  client.on('response', nextCustomer);
};
