// ESLint import resolver for the `@/` alias (vite.config.ts and tsconfig.json map `@/x` to `src/x`), so that
// import/no-restricted-paths sees through the alias. It delegates to the Node resolver that eslint-plugin-import
// ships. The usual eslint-import-resolver-typescript needs native bindings whose lockfile entries `npm ci`
// cannot satisfy from the registry reachable here (see docs/adr/0006-front-end-stack.md).
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const SRC = path.resolve(__dirname, '..', 'src');
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.json'];

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file, config) {
  const target = source.startsWith('@/') ? path.join(SRC, source.slice(2)) : source;
  return nodeResolver.resolve(target, file, { extensions: EXTENSIONS, ...config });
};
