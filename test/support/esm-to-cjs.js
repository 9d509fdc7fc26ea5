/**
 * Jest transform for the ESM-only packages the bundle uses (htmlparser2 12 and its dom-* and entities dependencies):
 * esbuild, already the bundler, rewrites them to CommonJS so ts-jest's CommonJS tests can require them.
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const out = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline' });
    return { code: out.code };
  },
};
