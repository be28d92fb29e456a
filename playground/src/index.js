'use strict';

const { seedDemoData } = require('./seed');

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    await seedDemoData(strapi);
  },
};
