'use strict';

/**
 * Another Strapi instance in a process of its own, on the database its environment names (as a
 * second server of one site would run). Tests start it through `startOtherInstance`; it reports its
 * port over IPC and shuts down when told to.
 */
const { createStrapi } = require('@strapi/strapi');

const appDir = process.env.HELPDESK_INSTANCE_APP;

async function main() {
  const strapi = await createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  const { httpServer } = strapi.server;
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await strapi.destroy();
    httpServer.close();
    process.exit(0);
  });
  process.send({ port: httpServer.address().port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
