'use strict';

/**
 * `npm run develop`: Strapi in development mode, and — when no SMTP_HOST is set — a local mail
 * catcher (maildev) that receives every mail the playground sends: SMTP on 127.0.0.1:1025, its
 * inbox at http://localhost:1080. Both stop together.
 */
const { spawn } = require('node:child_process');

const children = [];
const start = (command, args) => {
  // npm puts node_modules/.bin on the PATH of its scripts.
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  children.push(child);
  return child;
};

if (!process.env.SMTP_HOST) {
  console.log('Mail catcher: the playground\'s mail is in the inbox at http://localhost:1080 (SMTP on 127.0.0.1:1025).');
  const catcher = start('maildev', ['--smtp', '1025', '--ip', '127.0.0.1', '--web', '1080', '--web-ip', '127.0.0.1']);
  catcher.on('exit', (code) => {
    if (code) console.warn(`Mail catcher stopped (exit ${code}); is another one already listening on port 1025?`);
  });
}

const strapi = start('strapi', ['develop', ...process.argv.slice(2)]);
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
strapi.on('exit', (code) => {
  stopAll('SIGTERM');
  process.exit(code ?? 0);
});
