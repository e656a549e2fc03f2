// The browser suite (`npm run test:browser`, or `npm run test:browser -- public` for some suites only): starts the
// real stack (`npm start` on free ports, a fresh data folder, GATEWAY_TRUSTED_DOCUMENTS=only-for-public as in
// production) and drives Debian's /usr/bin/chromium with playwright-core (never a downloaded browser).
//   public.mjs     the public pages: axe, lang, reflow in both languages; keyboard; one request; JS budget
//   signed-in.mjs  the journey: a guardian applies for a young person by keyboard, the young person reads the
//                  letter, a second person sees nothing; the signed-in pages and the issuer's page pass axe
//   apply.mjs      the application steps by keyboard (a newcomer registers; a guardian on behalf), ErrorSummary
//                  focus and links, a CONFLICT made through the API, the receipt; axe on every step
//   mine.mjs       my page as the demo applicant: every section against the API, the career plan edited by
//                  keyboard, the letter page and its print stylesheet; axe in both languages
//   dashboard.mjs  the figures (/tall, /tall/behovet): no count of 1-4 to the public on the page or the wire, axe in
//                  both languages, print; the analyst changes the interval, reads a chart and downloads its CSV
// Writes docs/screenshots/catalogue.png, my-page.png and dashboard.png, among others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, cleanUp, launchBrowser, log, results, root, startStack } from './harness.mjs';

// The workspaces' suites run before `staff`, which visits every page they list as every role.
const SUITES = [
  'public',
  'apply',
  'mine',
  'signed-in',
  'casework',
  'people',
  'flow',
  'provider',
  'nav',
  'privacy',
  'dashboard',
  'staff',
];
const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
for (const name of chosen) if (!SUITES.includes(name)) throw new Error(`No suite ${name}; there are ${SUITES}`);

async function main() {
  const started = Date.now();
  log('Starting the stack (npm start, free ports, fresh data, GATEWAY_TRUSTED_DOCUMENTS=only-for-public)...');
  const urls = await startStack();
  log(`Stack up in ${Math.round((Date.now() - started) / 1000)} s: ${urls.web}`);
  const manifest = JSON.parse(readFileSync(join(root, 'clients', 'persisted-documents.json'), 'utf8'));
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const graphqlRequests = [];
  page.on('request', (request) => {
    if (request.url() === urls.gateway && request.method() === 'POST') graphqlRequests.push(request.postData() ?? '');
  });
  for (const name of chosen.length > 0 ? chosen : SUITES) {
    log(`suite ${name}`);
    const suiteFrom = Date.now();
    const suite = await import(`./${name}.mjs`);
    await suite.run({ page, context, urls, manifest, graphqlRequests });
    log(`suite ${name} took ${Math.round((Date.now() - suiteFrom) / 1000)} s`);
  }
  await check('no console errors (CSP refusals among them)', async () => {
    assert(consoleErrors.length === 0, consoleErrors.join('\n'));
  });
}

const suiteStarted = Date.now();
let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  log(`aborted: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await cleanUp();
}
const passed = results.filter((result) => result.ok).length;
const failures = results.length - passed;
log(`took ${Math.round((Date.now() - suiteStarted) / 1000)} s`);
console.log(`${passed} passed, ${failures} failed`);
process.exit(failed || failures > 0 || passed === 0 ? 1 : 0);
