// The NAV workspace in the browser (see staff.mjs for the checks every page of every workspace gets): NAV's staff
// see the measure instances with places, participants, waiting and their records by status, open one instance by
// keyboard and sort its records by keyboard, and upload an import of NAV's participant topic with one bad line by
// keyboard: the result page rejects that line with its reason (in bokmål, and in English after switching) while
// the rest is taken, and the records are in the graph. Writes docs/screenshots/nav-import.png (the result page).
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  asStaff,
  assert,
  check,
  goInApp,
  heading,
  pagePasses,
  press,
  root,
  signInAsStaff,
  tabUntil,
  tokenFor,
  useLanguage,
} from './harness.mjs';

/** Arba's VTA (demo data, packages/demo-data/src/nav.ts): NAV's measure instance 2016/104411. */
const ARBA_VTA = '968ceaf7-7852-5025-b6c0-7176060c9df5';
const ARBA_VTA_NAME = 'Varig tilrettelagt arbeid, Arba Inkludering';

/** The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. */
export const pages = [
  {
    path: '/nav',
    user: 'nav-staff',
    roles: ['nav-staff'],
    operations: [
      {
        name: 'StaffNavMeasureInstances',
        variables: { measureCode: null },
        publicFields: ['navMeasures', 'navStateVtaPlaces'],
      },
    ],
  },
  {
    path: `/nav/tiltak/${ARBA_VTA}`,
    user: 'nav-staff',
    roles: ['nav-staff'],
    operations: [{ name: 'StaffNavMeasureInstance', variables: { id: ARBA_VTA } }],
  },
  {
    path: '/nav/import',
    user: 'nav-staff',
    roles: ['nav-staff'],
    operations: [{ name: 'StaffNavImportParticipants', variables: { input: { jsonLines: '' } } }],
  },
  // The result of the import just run (kept in memory only): without one it says so and links to the import.
  { path: '/nav/import/resultat', user: 'nav-staff', roles: ['nav-staff'], operations: [] },
];

/** The example export, with a broken copy of its third record (ended before it started) as line 3. */
function importFile() {
  const examples = readFileSync(join(root, 'subgraphs', 'nav', 'examples', 'deltakere.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const copy = JSON.parse(examples[2]);
  const key = randomUUID();
  const broken = { key, value: { ...copy.value, id: key, startDato: '2026-10-05', sluttDato: '2026-01-01' } };
  const lines = [examples[0], examples[1], JSON.stringify(broken), ...examples.slice(2)];
  return { text: `${lines.join('\n')}\n`, goodKeys: examples.map((line) => JSON.parse(line).key), brokenKey: key };
}

const cellTexts = (page, caption) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));

export async function run({ page, urls }) {
  const token = await tokenFor(urls, 'nav-staff');

  await check(
    'nav: the measures page lists every instance with places, participants, waiting and NAV’s statuses',
    async () => {
      await signInAsStaff(page, urls, 'nav-staff', '/nav');
      await heading(page, 'NAVs tiltak og plasser');
      const { navMeasureInstances } = await asStaff(
        urls,
        token,
        '{ navMeasureInstances { number places participants waiting freePlaces } }',
      );
      const rows = await cellTexts(page, 'Gjennomføringer');
      assert(
        rows.length === navMeasureInstances.length,
        `${rows.length} rows, ${navMeasureInstances.length} instances`,
      );
      for (const instance of navMeasureInstances) {
        const row = rows.find((cells) => cells[0] === instance.number);
        assert(row, `no row for ${instance.number}`);
        const numbers = [instance.places, instance.participants, instance.freePlaces, instance.waiting].map(String);
        assert(
          JSON.stringify(row.slice(4, 8)) === JSON.stringify(numbers),
          `${instance.number}: ${row.slice(4, 8)} vs ${numbers}`,
        );
      }
      assert(
        rows.some((cells) => /Deltar: \d/.test(cells[8])),
        'no counts by status',
      );
      await page.getByRole('table').filter({ hasText: 'Statlige VTA-plasser' }).waitFor();
    },
  );

  await check('nav: the measures filter by measure by keyboard, and the filter is in the URL', async () => {
    // Type-ahead, as a person does: the option's label starts with "AFT"; Enter closes the list if it opened.
    await tabUntil(page, () => document.activeElement?.tagName === 'SELECT', 'the measure filter');
    await page.keyboard.type('AFT');
    if ((await page.locator('select').inputValue()) !== 'ARBEIDSFORBEREDENDE_TRENING')
      await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('tiltak') === 'ARBEIDSFORBEREDENDE_TRENING');
    const { navMeasureInstances } = await asStaff(
      urls,
      token,
      '{ navMeasureInstances(measureCode: ARBEIDSFORBEREDENDE_TRENING) { number } }',
    );
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const numbers = (await cellTexts(page, 'Gjennomføringer')).map((cells) => cells[0]).sort();
    assert(
      JSON.stringify(numbers) === JSON.stringify(navMeasureInstances.map((i) => i.number).sort()),
      `AFT shows ${numbers}`,
    );
    await goInApp(page, '/nav');
    await heading(page, 'NAVs tiltak og plasser');
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  });

  await check('nav: the measures sort by keyboard, and the sort is in the URL', async () => {
    await press(page, 'Ledige');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'free' && url.searchParams.get('dir') === 'asc');
    // The URL changes a moment before the table renders again: wait for the header to say how it is sorted.
    const header = page.locator('th[aria-sort]').filter({ hasText: 'Ledige' });
    await page
      .locator('th[aria-sort="ascending"]')
      .filter({ hasText: 'Ledige' })
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    const sort = await header.getAttribute('aria-sort');
    assert(sort === 'ascending', `aria-sort ${sort}`);
    const free = (await cellTexts(page, 'Gjennomføringer')).map((cells) => Number(cells[6]));
    assert(
      free.every((value, i) => i === 0 || free[i - 1] <= value),
      `not sorted by free places: ${free}`,
    );
  });

  await check('nav: one instance opens by keyboard with its records and its waiting list', async () => {
    await goInApp(page, '/nav');
    await heading(page, 'NAVs tiltak og plasser');
    await press(page, ARBA_VTA_NAME);
    await heading(page, ARBA_VTA_NAME);
    const { navMeasureInstance } = await asStaff(
      urls,
      token,
      'query($id: ID!) { navMeasureInstance(id: $id) { waiting records { id status } } }',
      { id: ARBA_VTA },
    );
    const records = await cellTexts(page, 'Alle deltakere');
    assert(
      records.length === Math.min(25, navMeasureInstance.records.length),
      `${records.length} of ${navMeasureInstance.records.length} records`,
    );
    const waiting = await page
      .locator('table', { has: page.locator('caption', { hasText: 'Ventelisten' }) })
      .locator('tbody tr')
      .count();
    assert(waiting === navMeasureInstance.waiting, `${waiting} waiting rows, ${navMeasureInstance.waiting} waiting`);
    await press(page, 'Status');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'status');
  });

  const file = importFile();
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-nav-import-'));
  const path = join(folder, 'deltakere-med-feil.jsonl');
  writeFileSync(path, file.text);
  try {
    await check('nav: a file over the limit is refused beside the field before anything is sent', async () => {
      await goInApp(page, '/nav/import');
      await heading(page, 'Importer deltakere fra NAV');
      await page.getByText('Filen kan være på høyst 450 kB').waitFor();
      await tabUntil(page, () => document.activeElement?.matches('input[type=file]'), 'the file input');
      await page.locator('input[type=file]').setInputFiles({
        name: 'for-stor.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.alloc(460_000, 'x'),
      });
      await page.getByText('Filen er 460 kB. Den kan være på høyst 450 kB.').first().waitFor();
      const invalid = await page.locator('input[type=file]').getAttribute('aria-invalid');
      assert(invalid === 'true', `aria-invalid ${invalid}`);
    });

    await check(
      'nav: NAV staff import a file with one bad line by keyboard: it is rejected with its reason, the rest is taken',
      async () => {
        await goInApp(page, '/nav');
        await goInApp(page, '/nav/import');
        await heading(page, 'Importer deltakere fra NAV');
        // The file chooser is the operating system's dialog: focus the input by keyboard, then give it the file.
        await tabUntil(page, () => document.activeElement?.matches('input[type=file]'), 'the file input');
        await page.locator('input[type=file]').setInputFiles(path);
        await page.getByText('Valgt fil: deltakere-med-feil.jsonl').waitFor();
        await press(page, 'Importer');
        await page.getByRole('dialog').getByText('Vil du importere filen?').waitFor();
        // The gateway answers slowly this once, so the progress can be seen: a status message, the page busy.
        let release = () => {};
        const held = new Promise((resolve) => (release = resolve));
        await page.route(urls.gateway, async (route) => {
          if (route.request().method() === 'POST') await held;
          await route.continue().catch(() => {});
        });
        try {
          await press(page, 'Ja, importer filen');
          await page.getByRole('status').getByText('Importerer deltakere-med-feil.jsonl …').waitFor({ timeout: 5000 });
          assert((await page.locator('[aria-busy="true"]').count()) > 0, 'the page is not busy while it imports');
        } finally {
          release();
          await page.unroute(urls.gateway);
        }
        await heading(page, 'Resultat av importen');
        await page
          .getByRole('status')
          .getByText(/Importen er ferdig: \d+ tatt inn, 1 avvist\./)
          .waitFor();

        const counts = await page
          .locator('dl')
          .evaluate((list) =>
            Object.fromEntries(
              [...list.querySelectorAll('dt')].map((dt) => [
                dt.textContent.trim(),
                Number(dt.nextElementSibling.textContent),
              ]),
            ),
          );
        const value = (label) => Object.entries(counts).find(([name]) => name.startsWith(label))?.[1];
        const taken = value('Tatt inn') + value('Uendret');
        assert(taken === file.goodKeys.length, `${taken} taken or unchanged, expected ${file.goodKeys.length}`);
        assert(value('Avvist') === 1, `not one rejected: ${JSON.stringify(counts)}`);
        const rejected = await cellTexts(page, 'Avviste linjer');
        assert(rejected.length === 1, `${rejected.length} rejected rows`);
        const [line, key, code, reason] = rejected[0];
        assert(line === '3' && key === file.brokenKey && code === 'END_BEFORE_START', `row ${rejected[0]}`);
        assert(reason.startsWith('sluttDato er før startDato.'), `reason in bokmål: ${reason}`);

        // The records are in the graph; the broken one is not.
        const { navMeasureInstances } = await asStaff(urls, token, '{ navMeasureInstances { records { id } } }');
        const stored = new Set(navMeasureInstances.flatMap((instance) => instance.records.map((record) => record.id)));
        assert(
          file.goodKeys.every((k) => stored.has(k)),
          'a good line is not stored',
        );
        assert(!stored.has(file.brokenKey), 'the bad line was stored');

        await page.screenshot({ path: join(root, 'docs', 'screenshots', 'nav-import.png') });

        await useLanguage(page, 'en');
        await heading(page, 'Result of the import');
        const [english] = await cellTexts(page, 'Rejected lines');
        assert(
          english[3] === 'sluttDato 2026-01-01 is before startDato 2026-10-05.',
          `reason in English: ${english[3]}`,
        );
        await useLanguage(page, 'nb');
      },
    );

    await check('nav: the rejected lines sort by keyboard without losing the result', async () => {
      await press(page, 'Kode');
      await page.waitForURL((url) => url.searchParams.get('sort') === 'code');
      await heading(page, 'Resultat av importen');
      assert((await cellTexts(page, 'Avviste linjer')).length === 1, 'the result is gone after sorting');
    });

    await check(
      'nav: the result lists every line taken with what became of it, and passes axe in nb and en',
      async () => {
        const taken = await cellTexts(page, 'Linjer som ble lest');
        assert(
          taken.map((row) => row[1]).join() === file.goodKeys.join(),
          `lines taken ${JSON.stringify(taken)}, expected the keys ${file.goodKeys.join()}`,
        );
        assert(
          taken.every(([line, , outcome]) => line !== '3' && ['Tatt inn', 'Uendret'].includes(outcome)),
          `outcomes ${JSON.stringify(taken)}`,
        );
        // The result lives in memory only: axe runs on it here, where staff.mjs (which signs in anew) sees none.
        await pagePasses(page, 'nb');
        await useLanguage(page, 'en');
        await heading(page, 'Result of the import');
        await pagePasses(page, 'en');
        await useLanguage(page, 'nb');
      },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
