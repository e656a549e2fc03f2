// The privacy officer's workspace in the browser (see staff.mjs for the checks every page of every workspace gets):
// a case worker and NAV's staff read a participant's data through the API as themselves; the privacy officer, by
// keyboard alone, enters that participant's id (a name is refused beside the field), filters the log by role and
// sees those reads, pages it, and downloads the CSV: a UTF-8 byte order mark, a header row, semicolons, and every
// matching read, not only the page. Writes docs/screenshots/audit-log.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import {
  asStaff,
  assert,
  check,
  goInApp,
  heading,
  log,
  press,
  root,
  signInAsStaff,
  tabUntil,
  tokenFor,
} from './harness.mjs';
import { decided } from './casework.mjs';

/** Demo participant p30, Mats Eikeland: on Arba's VTA, so NAV has records of him. Not the demo applicant or ward. */
const P30 = '9dc7e90e-b4a6-59e9-98a0-45d0d17bc2fd';
/** How often NAV's staff read him: more than one page of the log (25), so the export must page. */
const NAV_READS = 30;

/** The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. */
export const pages = [
  // The officer types the participant's id: the page itself asks the graph for nothing.
  { path: '/personvern', user: 'privacy-officer', roles: ['privacy-officer'], operations: [] },
  {
    path: `/personvern/logg/${P30}`,
    user: 'privacy-officer',
    roles: ['privacy-officer'],
    operations: [
      {
        name: 'StaffPrivacyAuditLog',
        variables: { participantId: P30, filter: null, first: 25, after: null, withRows: true },
      },
    ],
  },
];

const rowsOf = (page) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: 'Lesninger, nyeste først' }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));

/**
 * Chooses the option labelled `label` (value `value`) in the select `selector` by keyboard: Tab to it and type the
 * label's start, as a person does (type-ahead); Enter closes the list if the browser opened it.
 */
async function chooseByKeyboard(page, selector, label, value) {
  await tabUntil(page, (s) => document.activeElement?.matches(s), selector, 80, selector);
  await page.keyboard.type(label);
  if ((await page.locator(selector).inputValue()) !== value) await page.keyboard.press('Enter');
  const chosen = await page.locator(selector).inputValue();
  assert(chosen === value, `${selector}: ${chosen}, not ${value}`);
}

/** The count the page says ("N lesninger passer."), once it says one for this filter. */
async function shownCount(page) {
  const text = await page.getByRole('status').filter({ hasText: 'lesninger passer' }).textContent();
  return Number(/(\d+) lesninger/.exec(text)[1]);
}

export async function run({ page, urls }) {
  const caseWorker = await tokenFor(urls, 'case-worker');
  const navStaff = await tokenFor(urls, 'nav-staff');
  const officer = await tokenFor(urls, 'privacy-officer');
  const logCount = async (filter) =>
    (
      await asStaff(
        urls,
        officer,
        'query($id: ID!, $filter: AuditLogFilter) { auditLog(participantId: $id, filter: $filter) { totalCount } }',
        { id: P30, filter },
      )
    ).auditLog.totalCount;

  await check('privacy: a case worker and NAV staff read a participant’s data through the API', async () => {
    const { participant } = await asStaff(
      urls,
      caseWorker,
      'query CaseWorkerReadsParticipant($id: ID!) { participant(id: $id) { givenName familyName } }',
      { id: P30 },
    );
    assert(participant?.givenName === 'Mats', `the case worker read ${JSON.stringify(participant)}`);
    for (let i = 0; i < NAV_READS; i++) {
      const answer = await asStaff(
        urls,
        navStaff,
        'query NavStaffReadsParticipant($id: ID!) { participant(id: $id) { nav { records { id status } } } }',
        { id: P30 },
      );
      assert(answer.participant?.nav?.records.length > 0, `NAV staff read ${JSON.stringify(answer)}`);
    }
  });

  await check(
    'privacy: the officer enters the participant’s id by keyboard; a name is refused beside the field',
    async () => {
      await signInAsStaff(page, urls, 'privacy-officer', '/personvern');
      await heading(page, 'Hvem har lest opplysninger om en deltaker?');
      await tabUntil(page, () => document.activeElement?.id === 'privacy-participant-id', 'the id field');
      await page.keyboard.type('Mats Eikeland');
      await press(page, 'Vis loggen');
      await page.getByText('Rett dette før du går videre').waitFor();
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      assert(focused.includes('Rett dette før du går videre'), `focus is not on the error summary: ${focused}`);
      const invalid = await page.locator('#privacy-participant-id').getAttribute('aria-invalid');
      assert(invalid === 'true', `the field is not marked invalid (${invalid})`);
      await tabUntil(page, () => document.activeElement?.id === 'privacy-participant-id', 'the id field');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(P30.toUpperCase());
      await press(page, 'Vis loggen');
      await heading(page, 'Innsynslogg');
      assert(new URL(page.url()).pathname === `/personvern/logg/${P30}`, `at ${page.url()}`);
      await page.getByText(`Deltaker-id: ${P30}`).waitFor();
    },
  );

  await check(
    'privacy: filtered by the role nav-staff, the log shows NAV staff’s reads, paged, in the URL',
    async () => {
      await chooseByKeyboard(page, '#privacy-filter-rolle', 'Ansatt i NAV', 'nav-staff');
      await press(page, 'Bruk filteret');
      await page.waitForURL((url) => url.searchParams.get('rolle') === 'nav-staff');
      const expected = await logCount({ role: 'nav-staff' });
      assert(expected >= NAV_READS, `only ${expected} reads by NAV staff in the log`);
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${expected} lesninger passer\\.$`) })
        .waitFor();
      const rows = await rowsOf(page);
      assert(rows.length === 25, `${rows.length} rows on the first page`);
      assert(
        rows.every(([, reader, roles]) => reader === 'nav-staff' && roles === 'Ansatt i NAV'),
        'a row of another role',
      );
      assert(
        rows.some(
          ([, , , category, operation]) => category === 'NAVs opplysninger' && operation === 'NavStaffReadsParticipant',
        ),
        `no NAV read: ${JSON.stringify(rows[0])}`,
      );
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'audit-log.png') });
      await press(page, 'Neste side');
      await page.waitForURL(
        (url) => url.searchParams.get('page') === '2' && url.searchParams.get('rolle') === 'nav-staff',
      );
      await page.getByText('Side 2 av').waitFor();
      // The first page stays while the second is on its way (aria-busy): wait for it.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const second = await rowsOf(page);
      assert(second.length === expected - 25, `${second.length} rows on page 2 of ${expected}`);
    },
  );

  await check(
    'privacy: the CSV has a byte order mark, a header row and every matching read, not only the page',
    async () => {
      const expected = await shownCount(page);
      // The gateway answers slowly this once, so the progress can be seen: a status message, the section busy.
      let release = () => {};
      const held = new Promise((resolve) => (release = resolve));
      await page.route(urls.gateway, async (route) => {
        if (route.request().method() === 'POST') await held;
        await route.continue().catch(() => {});
      });
      const downloading = page.waitForEvent('download');
      try {
        await press(page, 'Last ned som CSV');
        await page
          .getByRole('status')
          .getByText(/^Henter lesninger til filen: 0 av \d+ …$/)
          .waitFor({ timeout: 5000 });
        assert((await page.locator('section[aria-busy="true"]').count()) === 1, 'the export is not busy');
      } finally {
        release();
        await page.unroute(urls.gateway);
      }
      const download = await downloading;
      const text = readFileSync(await download.path(), 'utf8');
      assert(
        download.suggestedFilename() ===
          `innsynslogg-${P30.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}.csv` ||
          download.suggestedFilename().startsWith(`innsynslogg-${P30.slice(0, 8)}-`),
        download.suggestedFilename(),
      );
      assert(text.startsWith('\uFEFF'), 'no byte order mark');
      const lines = text.slice(1).trimEnd().split('\r\n');
      assert(
        lines[0] === 'Tidspunkt;Bruker-id;Roller;Kategori;Operasjon;Forespørsel-id;Tjeneste',
        `header ${lines[0]}`,
      );
      assert(lines.length - 1 === expected, `${lines.length - 1} rows in the file, ${expected} in the log`);
      const reads = lines
        .slice(1)
        .filter((line) => line.includes(';nav-staff;nav-staff;NAVs opplysninger;NavStaffReadsParticipant;'));
      assert(reads.length >= NAV_READS, `${reads.length} of NAV staff's reads in the file`);
      await page
        .getByRole('status')
        .filter({ hasText: `med ${expected} lesninger` })
        .waitFor();
    },
  );

  await check('privacy: filtered by the role case-worker, the log shows the case worker’s read', async () => {
    await goInApp(page, `/personvern/logg/${P30}`);
    await heading(page, 'Innsynslogg');
    await chooseByKeyboard(page, '#privacy-filter-rolle', 'Saksbehandler', 'case-worker');
    await press(page, 'Bruk filteret');
    await page.waitForURL((url) => url.searchParams.get('rolle') === 'case-worker' && !url.searchParams.has('page'));
    const expected = await logCount({ role: 'case-worker' });
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${expected} lesninger passer\\.$`) })
      .waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const rows = await rowsOf(page);
    assert(
      rows.some(
        ([, reader, roles, category, operation]) =>
          reader === 'case-worker' &&
          roles === 'Saksbehandler' &&
          category === 'Navn og kontaktinfo' &&
          operation === 'CaseWorkerReadsParticipant',
      ),
      `no read by the case worker: ${JSON.stringify(rows)}`,
    );
  });

  if (!decided.participantId) {
    log('privacy: the casework suite did not run before, so there are no reads from deciding to find in the log');
    return;
  }
  await check(
    'privacy: the case worker’s reads while deciding (casework suite) are in the applicant’s log, filtered by reader, category and day',
    async () => {
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const byReader = { readerSub: 'case-worker', from: today, to: today };
      const read = async (filter) =>
        (
          await asStaff(
            urls,
            officer,
            `query($id: ID!, $filter: AuditLogFilter) {
              auditLog(participantId: $id, filter: $filter, first: 100) { totalCount nodes { category operationName } }
            }`,
            { id: decided.participantId, filter },
          )
        ).auditLog;
      const deciding = (await read(byReader)).nodes.find((row) => row.operationName === 'StaffCaseworkApplication');
      assert(deciding, 'the log has no read by the case worker through the application page');
      const expected = (await read({ ...byReader, category: deciding.category })).totalCount;
      const query = new URLSearchParams({ leser: 'case-worker', kategori: deciding.category, fra: today, til: today });
      await goInApp(page, `/personvern/logg/${decided.participantId}?${query}`);
      await heading(page, 'Innsynslogg');
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${expected} lesninger passer\\.$`) })
        .waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const rows = await rowsOf(page);
      assert(
        rows.some(([, reader, , , operation]) => reader === 'case-worker' && operation === 'StaffCaseworkApplication'),
        `the page does not show the read: ${JSON.stringify(rows)}`,
      );
      assert(
        rows.every(([, reader]) => reader === 'case-worker'),
        `a row of another reader: ${JSON.stringify(rows)}`,
      );
    },
  );
}
