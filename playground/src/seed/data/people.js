'use strict';

// Playground-only demo accounts. They are printed in the README and must never reach a real site.
module.exports = {
  admin: { email: 'admin@helpdesk.local', password: 'Helpdesk123!', firstname: 'Dana', lastname: 'Desk' },
  customers: [
    { username: 'alice', email: 'alice@example.com', password: 'Customer123!', registeredDaysAgo: 120 },
    { username: 'bob', email: 'bob@example.com', password: 'Customer123!', registeredDaysAgo: 10 },
  ],
};
