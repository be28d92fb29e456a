// Builds the customer widget into dist/widget/: the application and one strings script per language
// other than English, each named by its content hash (served with a year's caching), then the
// loader, which is told those names. Run by `npm run build`.
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
  // Served as UTF-8: non-ASCII text stays as it is rather than growing into escapes.
  charset: 'utf8',
  write: false,
  // Lit's reactive properties are accessors on the prototype: class fields must not shadow them.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
};

// English is built into the app; every other language is a script of its own, added for that page only.
const OTHER_LOCALES = ['nl', 'fr', 'de', 'es', 'it', 'ru'];
const hashed = (prefix, code) => `${prefix}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
const files = new Map();

const app = await build({ ...common, entryPoints: [path.join(here, 'src', 'support-app.ts')] });
const appFile = hashed('app', app.outputFiles[0].contents);
files.set(appFile, app.outputFiles[0].contents);

const strings = {};
for (const locale of OTHER_LOCALES) {
  const bundle = await build({
    ...common,
    stdin: {
      contents:
        `import strings from './i18n/${locale}';\n` +
        `customElements.whenDefined('helpdesk-support-app').then(() => customElements.get('helpdesk-support-app').addStrings('${locale}', strings));\n`,
      resolveDir: path.join(here, 'src'),
      loader: 'ts',
    },
  });
  const file = hashed(`strings.${locale}`, bundle.outputFiles[0].contents);
  files.set(file, bundle.outputFiles[0].contents);
  strings[locale] = `widget/${file}`;
}

const loader = await build({
  ...common,
  entryPoints: [path.join(here, 'src', 'loader.ts')],
  define: { __HELPDESK_FILES__: JSON.stringify({ app: `widget/${appFile}`, strings }) },
});
files.set('loader.js', loader.outputFiles[0].contents);

mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) rmSync(path.join(out, old));
for (const [file, code] of files) writeFileSync(path.join(out, file), code);
console.log(`widget: dist/widget/ ${[...files.keys()].join(', ')}`);
