'use strict';

// Playground-only demo accounts. They are printed in the README and must never reach a real site.
// With the default free period of 30 days:
// - alice is past it and holds 6 bought credits;
// - bob is inside it: his tickets are free;
// - pat is past it (support counted from a purchase a year ago, set by the host app), bought 10
//   credits and spent 2 of them on a resolved ticket;
// - nina is past it with no credits: her ticket waits for an estimate she cannot confirm yet.
module.exports = {
  admin: { email: 'admin@helpdesk.local', password: 'Helpdesk123!', firstname: 'Dana', lastname: 'Desk' },
  customers: [
    {
      username: 'alice',
      email: 'alice@example.com',
      password: 'Customer123!',
      registeredDaysAgo: 120,
      purchase: { credits: 6, daysAgo: 60 },
      about: 'past the free period, 6 credits',
    },
    { username: 'bob', email: 'bob@example.com', password: 'Customer123!', registeredDaysAgo: 20, about: 'in the free period' },
    {
      username: 'pat',
      email: 'pat.paid@example.com',
      password: 'Customer123!',
      registeredDaysAgo: 400,
      supportFromDaysAgo: 365,
      purchase: { credits: 10, daysAgo: 30 },
      about: 'past the free period, 8 credits left of 10 after one charged ticket',
    },
    {
      username: 'nina',
      email: 'nina.nocredits@example.com',
      password: 'Customer123!',
      registeredDaysAgo: 90,
      about: 'past the free period, no credits, a ticket awaiting confirmation',
    },
  ],
};
