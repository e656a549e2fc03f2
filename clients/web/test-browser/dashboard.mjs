// The figures pages (/tall and /tall/behovet) in the browser: the public sees no count of 1-4 people anywhere (and
// "<5" with the graph's reason where the seeded data has small counts), on the page and on the wire; axe finds
// nothing on either page in nb and en, nor at 320 px and 200 % zoom; "Behovet" prints without the app around it.
// The analyst signs in from /tall and, by keyboard alone, changes the interval, reads a chart's points and its data
// table, and downloads the table as CSV, whose figures are those of the page's table.
// Writes docs/screenshots/dashboard.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assert,
  check,
  heading,
  log,
  pagePasses,
  press,
  root,
  signInOnIssuerPage,
  tabUntil,
  useLanguage,
} from './harness.mjs';

const TITLE = { nb: 'Tall og kapasitet', en: 'Figures and capacity' };
const NEED = { nb: 'Behovet', en: 'The need' };

/** The page's figure tables, each as its caption and its rows of cell texts (the header row first). */
const tablesOf = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.dashboard-figure table')].map((table) => ({
      caption: table.querySelector('caption')?.textContent?.trim() ?? '',
      rows: [...table.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    })),
  );

/** Numbers as the page writes them ("1 243", "12,5") and as the CSV does ("1243", "12,5"), made alike. */
const same = (text) => text.replace(/\s/g, '').replace(/^–$/, '');

/** Every count of people in an answer (StatCount values), with where it is. */
function countsIn(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, i) => countsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    if ('suppressed' in value && 'value' in value) return [{ path, value: value.value }];
    return Object.entries(value).flatMap(([key, item]) => countsIn(item, `${path}.${key}`));
  }
  return [];
}

async function waitForFigures(page) {
  await page.locator('.dashboard-figure table').first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  // Every section has answered: no spinner is left.
  await page.waitForFunction(
    () => !document.querySelector('.dashboard [aria-label^="Laster"], .dashboard [aria-label^="Loading"]'),
  );
}

function defaultPeriod() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 11;
  const from =
    month >= 1
      ? `${year}-${String(month).padStart(2, '0')}-01`
      : `${year - 1}-${String(month + 12).padStart(2, '0')}-01`;
  return { from, to: today, interval: 'MONTH' };
}

/** A registered operation as the public sends it: its hash, no token. */
async function publicAnswer(urls, manifest, name, variables) {
  const hash = Object.keys(manifest).find((key) => new RegExp(`^query ${name}\\b`).test(manifest[key]));
  assert(hash, `${name} is not in the manifest`);
  const response = await fetch(urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return response.json();
}

export async function run({ page, context, urls, manifest }) {
  await check('dashboard: /tall and /tall/behovet pass axe, lang and reflow in nb and en as the public', async () => {
    await page.goto(`${urls.web}/tall`);
    await useLanguage(page, 'nb');
    for (const language of ['nb', 'en']) {
      await useLanguage(page, language);
      await heading(page, TITLE[language]);
      await waitForFigures(page);
      await pagePasses(page, language);
    }
    await useLanguage(page, 'nb');
    await page.goto(`${urls.web}/tall/behovet`);
    for (const language of ['nb', 'en']) {
      await useLanguage(page, language);
      await heading(page, NEED[language]);
      await waitForFigures(page);
      await pagePasses(page, language);
    }
    await useLanguage(page, 'nb');
  });

  await check(
    'dashboard: the public sees no count of 1-4 in any table, and "<5" with the reason where hidden',
    async () => {
      await page.goto(`${urls.web}/tall`);
      await heading(page, TITLE.nb);
      await waitForFigures(page);
      const tables = await tablesOf(page);
      assert(tables.length >= 5, `only ${tables.length} tables on /tall`);
      const small = tables.flatMap((table) =>
        table.rows.slice(1).flatMap((row) =>
          // The first cell names the row (a period, a provider); the others are figures.
          row
            .slice(1)
            .filter((cell) => /^[1-4]$/.test(cell))
            .map((cell) => `${table.caption}: ${row[0]} ${cell}`),
        ),
      );
      assert(small.length === 0, `counts of 1-4 shown to the public: ${small.slice(0, 5).join('; ')}`);
      const hidden = tables.flatMap((table) => table.rows.flat()).filter((cell) => cell === '<5').length;
      log(`the public's /tall shows ${hidden} hidden cells as "<5"`);
      assert(hidden > 0, 'the seeded data has small counts, but no "<5" is shown');
      await page
        .getByText(/^«<5»: Skjult: tall under 5 personer vises ikke/)
        .first()
        .waitFor();
    },
  );

  await check('dashboard: on the wire, the public gets no count of 1-4 in any of the figures', async () => {
    const period = defaultPeriod();
    const operations = [
      ['WebDashboardCapacity', { period, groupBy: 'PROVIDER' }],
      ['WebDashboardCapacity', { period, groupBy: 'KIND' }],
      ['WebDashboardWaiting', { period }],
      ['WebDashboardIntake', { period }],
      ['WebDashboardFlowMeetings', { period }],
      ['WebDashboardArba', { period }],
      ['WebDashboardStatePlaces', { period }],
      ['WebNeed', { period }],
    ];
    for (const [name, variables] of operations) {
      const answer = await publicAnswer(urls, manifest, name, variables);
      assert(!answer.errors, `${name}: ${JSON.stringify(answer.errors)}`);
      const small = countsIn(answer.data).filter(({ value }) => value != null && value >= 1 && value <= 4);
      assert(small.length === 0, `${name} shows the public ${small.map((c) => `${c.path}=${c.value}`).join(', ')}`);
    }
    const refused = await publicAnswer(urls, manifest, 'WebDashboardCapacity', {
      period,
      groupBy: 'OFFER',
    });
    assert(refused.errors?.length, 'figures by offer are given to the public');
  });

  await check('dashboard: the figures ask again each minute by themselves, without flicker, and say when', async () => {
    // A page of its own with the browser's clock under the test's hand, so a minute passes at once.
    const other = await context.newPage();
    try {
      await other.clock.install();
      const asked = [];
      other.on('request', (request) => {
        if (request.url() === urls.gateway && request.method() === 'POST') asked.push(request.postData());
      });
      await other.goto(`${urls.web}/tall`);
      await heading(other, TITLE.nb);
      await waitForFigures(other);
      const note = other.locator('.dashboard-updated').first();
      assert((await note.getAttribute('aria-live')) === 'polite', 'the update note is not a polite live region');
      const before = { requests: asked.length, note: await note.textContent() };
      assert(/^Oppdatert kl\. \d{2}:\d{2}\.$/.test(before.note), `the note says ${before.note}`);
      await other.clock.fastForward(61_000);
      // Every section asks again (six requests); the figures stay on the page meanwhile.
      for (let i = 0; i < 100 && asked.length < before.requests + 6; i++) {
        assert((await other.locator('.dashboard [aria-label^="Laster"]').count()) === 0, 'the figures flickered out');
        await other.waitForTimeout(50);
      }
      assert(asked.length >= before.requests + 6, `${asked.length - before.requests} requests after a minute`);
      await other.waitForFunction(
        (text) => document.querySelector('.dashboard-updated')?.textContent !== text,
        before.note,
      );
      log(`after a minute: ${await note.textContent()} (was ${before.note})`);
    } finally {
      await other.close();
    }
  });

  await check('dashboard: "Behovet" prints without the app around it, its tables and charts kept', async () => {
    await page.goto(`${urls.web}/tall/behovet`);
    await heading(page, NEED.nb);
    await waitForFigures(page);
    await page
      .getByText(/^Tallene gjelder /)
      .first()
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      assert(!(await page.locator('header.header').isVisible()), 'the header shows in print');
      assert(!(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()), 'the print button shows in print');
      assert(await page.locator('.dashboard-figure table').first().isVisible(), 'the tables are hidden in print');
      assert(await page.locator('svg.chart-svg').first().isVisible(), 'the chart is hidden in print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  await check(
    'dashboard: the analyst signs in, changes the interval by keyboard, reads a chart and its table',
    async () => {
      await page.goto(`${urls.web}/tall`);
      await heading(page, TITLE.nb);
      await press(page, 'Logg inn med jobbkontoen');
      await signInOnIssuerPage(page, urls, 'analyst');
      assert(new URL(page.url()).pathname === '/tall', `signed in, landed on ${page.url()}`);
      await heading(page, TITLE.nb);
      await waitForFigures(page);
      // Monthly is the default; the year is one step down in the list (Uke, Måned, År).
      await tabUntil(page, () => document.activeElement?.id === 'dashboard-interval', 'the interval');
      await page.keyboard.press('ArrowDown');
      assert((await page.inputValue('#dashboard-interval')) === 'YEAR', 'the interval did not change to a year');
      await press(page, 'Vis tallene');
      await page.waitForURL((url) => url.searchParams.get('interval') === 'YEAR');
      await page.getByRole('table', { name: 'Alle tilbud samlet, per år' }).waitFor();
      await waitForFigures(page);
      const trend = (await tablesOf(page)).find((table) => table.caption === 'Alle tilbud samlet, per år');
      assert(trend, 'no yearly table');
      const years = trend.rows.slice(1).map((row) => row[0]);
      assert(years.length >= 1 && years.every((label) => /^\d{4}$/.test(label)), `rows ${years}`);

      // The chart of the same figures: Tab reaches its first point, which shows its value; the arrows move on.
      await tabUntil(
        page,
        () =>
          document.activeElement?.classList.contains('chart-point') &&
          document.activeElement.closest('section')?.getAttribute('aria-labelledby') === 'utvikling-heading',
        'a point of the trend chart',
        200,
      );
      const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      assert(first?.startsWith(`${years[0]}, I bruk: `), `the first point says ${first}`);
      const tooltip = page.locator('section[aria-labelledby="utvikling-heading"] .chart-tooltip');
      assert((await tooltip.textContent()) === first, `the tooltip says ${await tooltip.textContent()}`);
      // The point's value is the table's: the first year's "I bruk".
      const inUse = trend.rows[0].indexOf('I bruk');
      const cell = trend.rows[1][inUse];
      const value = first.slice(first.lastIndexOf(': ') + 2);
      assert(
        cell === '<5' ? value.startsWith('<5') : same(value) === same(cell),
        `the point says ${value}, the table ${cell}`,
      );
      if (years.length > 1) {
        await page.keyboard.press('ArrowRight');
        const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        assert(second?.startsWith(`${years[1]}, `), `ArrowRight went to ${second}`);
      }
    },
  );

  await check(
    'dashboard: the analyst downloads the table as CSV by keyboard, with the page table’s figures',
    async () => {
      const caption = 'Alle tilbud samlet, per år';
      const table = (await tablesOf(page)).find((candidate) => candidate.caption === caption);
      assert(table, 'no yearly table');
      const downloading = page.waitForEvent('download');
      await press(page, `Last ned som CSV: ${caption}`);
      const download = await downloading;
      assert(
        /^tall-utvikling-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()),
        download.suggestedFilename(),
      );
      const text = readFileSync(await download.path(), 'utf8');
      assert(text.startsWith('\uFEFF'), 'no byte order mark');
      const lines = text
        .slice(1)
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(';'));
      assert(
        lines.length === table.rows.length,
        `${lines.length} lines in the file, ${table.rows.length} rows on the page`,
      );
      lines.forEach((cells, i) => {
        const shown = table.rows[i].map(same);
        assert(
          JSON.stringify(cells.map(same)) === JSON.stringify(shown),
          `line ${i}: ${cells.join(';')} against the page's ${table.rows[i].join(' | ')}`,
        );
      });
      // The page's top for the docs: the filters, the freshness and the first chart.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'dashboard.png'), fullPage: false });
    },
  );

  await check('dashboard: the case worker sees every count, by offer too, where the public sees "<5"', async () => {
    // A page load forgets the analyst's token (it lives in memory only): signed out again.
    await page.goto(`${urls.web}/tall`);
    await heading(page, TITLE.nb);
    await press(page, 'Logg inn med jobbkontoen');
    await signInOnIssuerPage(page, urls, 'case-worker');
    await heading(page, TITLE.nb);
    await waitForFigures(page);
    await page.selectOption('#dashboard-groupBy', 'OFFER');
    await press(page, 'Vis tallene');
    await page.waitForURL((url) => url.searchParams.get('groupBy') === 'OFFER');
    await page
      .getByRole('table', { name: /, etter tilbud$/ })
      .first()
      .waitFor();
    await waitForFigures(page);
    const tables = await tablesOf(page);
    const hidden = tables.filter((table) => table.rows.flat().includes('<5')).map((table) => table.caption);
    assert(hidden.length === 0, `a case worker is shown "<5" in ${hidden.join('; ')}`);
    const cells = tables.flatMap((table) => table.rows.flat());
    assert(
      cells.some((cell) => /^[1-4]$/.test(cell)),
      'no count of 1-4 shown to the case worker, though the seeded data has them',
    );
  });
}
