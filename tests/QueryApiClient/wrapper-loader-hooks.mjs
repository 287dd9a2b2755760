// Module hooks for @neo4j-labs/experimental-query-api-wrapper: its published lib/ is ES-module code
// with extensionless relative imports under a package.json that says "commonjs". These hooks load
// that folder as ES modules and resolve './x' to './x.js' or './x/index.js' (the bundler convention
// the package was written for). Registered by register-wrapper-hooks.mjs through --import.
const PACKAGE_LIB = '/@neo4j-labs/experimental-query-api-wrapper/lib/';

export async function resolve(specifier, context, nextResolve) {
  const fromWrapper = context.parentURL?.includes(PACKAGE_LIB) && specifier.startsWith('.');
  if (!fromWrapper) return nextResolve(specifier, context);
  for (const candidate of [specifier, `${specifier}.js`, `${specifier}/index.js`]) {
    try {
      return await nextResolve(candidate, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw error;
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.includes(PACKAGE_LIB)) return nextLoad(url, { ...context, format: 'module' });
  return nextLoad(url, context);
}
