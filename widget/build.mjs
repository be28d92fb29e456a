// Builds the customer widget into dist/widget/: the application chunk first, named by its content
// hash (served with a year's caching), then the loader, which is told that name. Run by `npm run build`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'dist', 'widget');
const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari15'],
  legalComments: 'none',
  write: false,
  // Lit's reactive properties are accessors on the prototype: class fields must not shadow them.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
};

const app = await build({ ...common, entryPoints: [path.join(here, 'src', 'support-app.ts')] });
const appCode = app.outputFiles[0].contents;
const appFile = `app.${createHash('sha256').update(appCode).digest('hex').slice(0, 12)}.js`;

const loader = await build({
  ...common,
  entryPoints: [path.join(here, 'src', 'loader.ts')],
  define: { __HELPDESK_APP_FILE__: JSON.stringify(`widget/${appFile}`) },
});

mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) rmSync(path.join(out, old));
writeFileSync(path.join(out, appFile), appCode);
writeFileSync(path.join(out, 'loader.js'), loader.outputFiles[0].contents);
console.log(`widget: dist/widget/loader.js and dist/widget/${appFile}`);
