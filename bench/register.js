'use strict';

/**
 * Lets plain node run the TypeScript bench: compiles each required .ts file with @swc/core (already
 * a dev dependency through @swc/jest), so the bench needs no ts-node.
 */
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
