// The staff workspaces as a whole: every page of every workspace passes axe (and lang, reflow) in nb and en as its
// own role; for every role, every page of every other role says "no access" in the app, and the gateway refuses
// the page's operations on the wire (the operation's registered hash, sent with that role's token).
// Each workspace's suite (casework.mjs, people.mjs, flow.mjs, provider.mjs, nav.mjs, privacy.mjs) exports `pages`:
//   { path, user (the demo user who may see it), roles (who may), operations: [{ name, variables, publicFields? }] }
// `publicFields`: root fields of the operation anyone may read (e.g. providers for a filter), not counted as a leak.
// Besides the reads the pages list, every registered write of a workspace (a mutation named Staff<Suite>…, see
// wire-mutations.mjs) is sent as every role outside the workspace. A suite's `writesAlsoOpenTo` names roles the API
// lets make all its writes (the allocation office may make the providers'), and `writesAlsoFor` a single write's
// other roles (one the API lets more roles make, each for their own).
import {
  assert,
  check,
  goInApp,
  heading,
  log,
  pagePasses,
  persistedAnswer,
  signInAsStaff,
  tokenFor,
  useLanguage,
} from './harness.mjs';
import { staffMutations } from './wire-mutations.mjs';

export const WORKSPACE_SUITES = ['casework', 'people', 'flow', 'provider', 'nav', 'privacy'];

/** Everyone who signs in, one demo user per role; a refused page is tried as each of them. */
const CALLERS = [
  { user: 'applicant', role: 'applicant' },
  { user: 'guardian', role: 'guardian' },
  { user: 'case-worker', role: 'case-worker' },
  { user: 'provider-staff-arba', role: 'provider-staff' },
  { user: 'nav-staff', role: 'nav-staff' },
  { user: 'analyst', role: 'analyst' },
  { user: 'privacy-officer', role: 'privacy-officer' },
];

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

async function allPages() {
  const pages = [];
  const writesAlsoFor = {};
  const writesAlsoOpenTo = {};
  for (const name of WORKSPACE_SUITES) {
    const suite = await import(`./${name}.mjs`);
    for (const entry of suite.pages ?? []) pages.push({ ...entry, workspace: name });
    Object.assign(writesAlsoFor, suite.writesAlsoFor);
    writesAlsoOpenTo[name] = suite.writesAlsoOpenTo ?? [];
  }
  return { pages, writesAlsoFor, writesAlsoOpenTo };
}

/** The roles who may make each registered staff write: its workspace's, and those the suite adds. */
function writesByRoles(manifest, { pages, writesAlsoFor, writesAlsoOpenTo }) {
  return staffMutations(manifest, WORKSPACE_SUITES).map((write) => ({
    ...write,
    roles: [
      ...new Set([
        ...pages.filter((entry) => entry.workspace === write.suite).flatMap((entry) => entry.roles),
        ...writesAlsoOpenTo[write.suite],
        ...(writesAlsoFor[write.name] ?? []),
      ]),
    ],
  }));
}

export async function run({ page, urls, manifest }) {
  const listed = await allPages();
  const { pages } = listed;
  const writes = writesByRoles(manifest, listed);
  await check('every workspace suite lists its pages', async () => {
    const without = WORKSPACE_SUITES.filter((name) => !pages.some((entry) => entry.workspace === name));
    assert(without.length === 0, `no pages listed by ${without.join(', ')}`);
    assert(writes.length > 0, 'no registered staff writes found in the manifest');
    log(`${writes.length} registered staff writes, each sent as every role outside its workspace`);
  });

  // Every page as its own user, in both languages.
  const byUser = new Map();
  for (const entry of pages) byUser.set(entry.user, [...(byUser.get(entry.user) ?? []), entry]);
  for (const [user, own] of byUser) {
    await check(`${user}: every page of the workspace passes axe, lang and reflow in nb and en`, async () => {
      await signInAsStaff(page, urls, user, own[0].path);
      for (const entry of own) {
        for (const language of ['nb', 'en']) {
          await goInApp(page, entry.path);
          await useLanguage(page, language);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          try {
            await pagePasses(page, language);
          } catch (error) {
            throw new Error(`${entry.path} (${language}): ${error.message}`);
          }
        }
        await useLanguage(page, 'nb');
      }
    });
  }

  // For every role, every page of every other role: "no access" in the app, refused on the wire.
  for (const caller of CALLERS) {
    const others = pages.filter((entry) => !entry.roles.includes(caller.role));
    if (others.length === 0) {
      log(`${caller.role}: no pages of other roles listed, nothing to refuse`);
      continue;
    }
    await check(`${caller.role}: the ${others.length} pages of other roles say "no access" in the app`, async () => {
      await signInAsStaff(page, urls, caller.user, others[0].path);
      for (const entry of others) {
        await goInApp(page, entry.path);
        try {
          await heading(page, 'Du har ikke tilgang');
        } catch {
          throw new Error(`${entry.path} did not say "Du har ikke tilgang" to ${caller.role}`);
        }
      }
    });
    await check(`${caller.role}: the gateway refuses the operations of other roles' pages`, async () => {
      const token = await tokenFor(urls, caller.user);
      const operations = new Map();
      for (const entry of others) for (const op of entry.operations) operations.set(op.name, op);
      for (const write of writes) if (!write.roles.includes(caller.role)) operations.set(write.name, write);
      assert(operations.size > 0, 'no operations to try');
      for (const op of operations.values()) {
        const answer = await persistedAnswer(urls, manifest, token, op.name, op.variables ?? {});
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        assert(
          codes.some((code) => REFUSED.has(code)),
          `${op.name} as ${caller.role}: not refused (${JSON.stringify(codes)}, data ${JSON.stringify(answer.data)?.slice(0, 200)})`,
        );
        // Root fields anyone may read (e.g. the providers for a filter) are named by the page as `publicFields`.
        const leaked = Object.entries(answer.data ?? {}).filter(
          ([key, value]) =>
            value !== null && !(Array.isArray(value) && value.length === 0) && !(op.publicFields ?? []).includes(key),
        );
        assert(leaked.length === 0, `${op.name} as ${caller.role}: answered ${leaked.map(([key]) => key).join(', ')}`);
      }
      const refusedWrites = writes.filter((write) => operations.has(write.name)).length;
      log(`${caller.role}: ${operations.size} operations refused, ${refusedWrites} of them writes`);
    });
  }
}
