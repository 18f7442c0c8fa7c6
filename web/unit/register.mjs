// The unit tests run the explorer's modules as tsc writes them (npm run test:unit compiles them
// into .unit/). Their imports name modules without an extension, as the bundler reads them;
// this resolve hook adds the ".js" Node needs.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (/^\\.\\.?\\//.test(specifier) && !/\\.[cm]?js$/.test(specifier)) return next(specifier + '.js', context);
  return next(specifier, context);
}`),
);
