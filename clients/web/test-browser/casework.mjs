// The casework workspace's applications pages in the browser: a case worker finds a submitted main-intake
// application in the worklist, decides it by keyboard alone with the letter previewed in both languages, sees the
// placement's state, and the applicant sees the decision on my page. (staff.mjs checks every page as every role.)
import { join } from 'node:path';
import {
  asStaff,
  assert,
  check,
  goInApp,
  heading,
  log,
  pagePasses,
  persisted,
  press,
  root,
  signInAsStaff,
  signInByKeyboard,
  tabUntil,
  tokenFor,
} from './harness.mjs';

const WORKLIST_VARIABLES = { filter: {}, orderBy: { field: 'SUBMITTED_AT', direction: 'ASC' }, first: 20 };

/**
 * The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. The
 * application page is added by `run` below with the application it made (the demo data has no applications).
 */
export const pages = [
  {
    path: '/saksbehandling',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [{ name: 'StaffCaseworkWorklist', variables: WORKLIST_VARIABLES, publicFields: ['providers'] }],
  },
];

/** The demo applicant (p07, the issuer's `applicant`): a main-intake application for a day-services offer, sent in. */
async function submittedMainIntake(urls, manifest) {
  const applicant = await tokenFor(urls, 'applicant');
  const participantId = (await persisted(urls, manifest, applicant, 'WebMyPage')).me.participant?.id;
  assert(participantId, 'the demo applicant has no participant');
  const token = await tokenFor(urls, 'case-worker');
  const q = (query, variables) => asStaff(urls, token, query, variables);
  const { participant } = await q('query ($id: ID!) { participant(id: $id) { id fullName } }', { id: participantId });
  const { offers } = await q(
    '{ offers(first: 100) { nodes { id kind intakeMode title { nb } provider { id } dayServices { groups { id name } } } } }',
  );
  const offer = offers.nodes.find((o) => o.intakeMode === 'MAIN' && o.dayServices?.groups.length);
  assert(offer, 'no main-intake day-services offer with groups');
  const year = Number(new Date().toISOString().slice(0, 4));
  const intakeYear = new Date().toISOString().slice(5, 10) <= '02-01' ? year : year + 1;
  const { createApplication } = await q(
    'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
    {
      input: {
        participantId: participant.id,
        offerIds: [offer.id],
        intakeYear,
        submittedByRole: 'APPLICANT',
        daysPerWeek: 3,
        activityWishes: 'Lage mat og gå tur',
      },
    },
  );
  await q('mutation($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }', {
    input: { applicationId: createApplication.id },
  });
  return { id: createApplication.id, participant, offer, group: offer.dayServices.groups[0] };
}

/** Focus is on a <select>: type the start of an option's text (the browser's type-ahead) and check it is chosen. */
async function chooseByTyping(page, text) {
  await page.keyboard.type(text, { delay: 30 });
  const chosen = await page.evaluate(() => {
    const select = document.activeElement;
    return select?.tagName === 'SELECT' ? select.selectedOptions[0]?.textContent : null;
  });
  assert(chosen?.startsWith(text), `typing "${text}" chose ${chosen}`);
}

/** Tab to the field labelled `label` (input, select or textarea). */
async function tabToField(page, label) {
  await tabUntil(
    page,
    (wanted) => {
      const el = document.activeElement;
      if (!el || !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return false;
      return [...(el.labels ?? [])].some((l) => l.textContent?.trim().startsWith(wanted));
    },
    `the field ${label}`,
    120,
    label,
  );
}

/** The names in the worklist's table, in order. */
const tableNames = (page) =>
  page.locator('table tbody tr td:first-child').evaluateAll((cells) => cells.map((c) => c.textContent?.trim()));

export async function run({ page, urls, manifest }) {
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && log(`console: ${message.text()}`));
  const application = await submittedMainIntake(urls, manifest);
  pages.push({
    path: `/saksbehandling/soknader/${application.id}`,
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [
      { name: 'StaffCaseworkApplication', variables: { id: application.id } },
      {
        name: 'StaffCaseworkLetterPreview',
        variables: { input: { applicationId: application.id, outcome: 'REJECTED', reason: 'Ikke plass.' } },
      },
    ],
  });
  let listPath = '';
  let listNames = [];

  await check(
    'casework: the case worker filters the worklist by status and round, and sorts it, by keyboard',
    async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signInAsStaff(page, urls, 'case-worker', '/saksbehandling');
      await heading(page, 'Søknader');
      await page
        .locator('table')
        .waitFor({ timeout: 15000 })
        .catch(async (error) => {
          throw new Error(`${error.message}\n${await page.locator('body').innerText()}`);
        });
      await tabToField(page, 'Status');
      await chooseByTyping(page, 'Sendt inn');
      await page.waitForURL((url) => url.searchParams.get('status') === 'SUBMITTED');
      await tabToField(page, 'Opptak');
      await chooseByTyping(page, 'Hovedopptak');
      await page.waitForURL((url) => url.searchParams.get('round') === 'MAIN');
      // The status menu counts each status over the other filters.
      const submitted = await page.locator('select option[value=SUBMITTED]').textContent();
      assert(/^Sendt inn \(\d+\)$/.test(submitted ?? ''), `the status menu says ${submitted}`);
      await press(page, 'Navn');
      await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
      const sorted = page.locator('th[aria-sort=ascending]', { hasText: 'Navn' });
      await sorted.waitFor();
      await page.locator('[aria-busy=false]').first().waitFor();
      await page.locator(`a[href$="/saksbehandling/soknader/${application.id}"]`).waitFor();
      listNames = await tableNames(page);
      const collator = new Intl.Collator('nb-NO');
      assert(
        listNames.every((name, i) => i === 0 || collator.compare(listNames[i - 1], name) <= 0),
        `not in Norwegian order: ${listNames.join(', ')}`,
      );
      const url = new URL(page.url());
      listPath = `${url.pathname}${url.search}`;
      await pagePasses(page, 'nb');
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'casework.png') });
      log(`worklist: ${listNames.length} rows at ${listPath}`);
    },
  );

  await check('casework: the worklist’s address, opened again, shows the same list', async () => {
    await signInAsStaff(page, urls, 'case-worker', '/saksbehandling');
    await goInApp(page, listPath);
    await page.locator('th[aria-sort=ascending]', { hasText: 'Navn' }).waitFor();
    await page.locator(`a[href$="/saksbehandling/soknader/${application.id}"]`).waitFor();
    const again = await tableNames(page);
    assert(JSON.stringify(again) === JSON.stringify(listNames), `${again.join(', ')} is not ${listNames.join(', ')}`);
    const status = await page.locator('select').first().inputValue();
    assert(status === 'SUBMITTED', `the status filter came back as ${status}`);
  });

  let decisionId = null;
  await check(
    'casework: the case worker decides the application by keyboard, with the letter previewed in nb and en',
    async () => {
      await tabUntil(
        page,
        (href) =>
          document.activeElement?.tagName === 'A' && document.activeElement.getAttribute('href')?.endsWith(href),
        'the application’s link',
        200,
        `/saksbehandling/soknader/${application.id}`,
      );
      await page.keyboard.press('Enter');
      await heading(page, `Søknad fra ${application.participant.fullName}`);
      await press(page, 'Start behandlingen');
      await page.getByText('Behandlingen er startet. Nå kan du fatte vedtak.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Fatt vedtak' }).waitFor();
      // Granted is chosen, and the first choice is the offer; the group, the first day and the days a week.
      const granted = await page.getByLabel('Innvilget').isChecked();
      assert(granted, 'granted is not the default outcome');
      await tabToField(page, 'Gruppe');
      await chooseByTyping(page, application.group.name);
      await tabToField(page, 'Første dag');
      const start = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
      await page.keyboard.type(start);
      await tabToField(page, 'Dager i uka');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await press(page, 'Se brevet');
      await page
        .getByRole('heading', { level: 3, name: 'Slik blir brevet' })
        .waitFor({ timeout: 15000 })
        .catch(async (error) => {
          throw new Error(
            `${error.message}\n${await page.locator('section[aria-labelledby=decide-heading]').innerText()}`,
          );
        });
      const nb = page.locator('article[lang=nb]');
      const en = page.locator('article[lang=en]');
      await nb.getByText(`Hei, ${application.participant.fullName}`).waitFor();
      await en.getByText(`Dear ${application.participant.fullName}`).waitFor();
      assert((await nb.textContent()).includes(application.offer.title.nb), 'the nb letter does not name the offer');
      await pagePasses(page, 'nb');
      await press(page, 'Send vedtaket');
      await page.getByRole('heading', { level: 2, name: 'Sende vedtaket?' }).waitFor();
      await press(page, 'Ja, send vedtaket');
      await page.getByText('Vedtaket er sendt.').waitFor();
      const placement = page.getByTestId('placement');
      await placement.waitFor();
      const state = await placement.textContent();
      assert(
        /Plassert|Venter på svar fra tilbyderen|Tilbyderen sa nei|Avtalt direkte/.test(state ?? ''),
        `the placement's state: ${state}`,
      );
      log(`placement: ${state}`);
      const token = await tokenFor(urls, 'case-worker');
      const read = await asStaff(urls, token, 'query ($id: ID!) { application(id: $id) { decision { id outcome } } }', {
        id: application.id,
      });
      decisionId = read.application?.decision?.id;
      assert(read.application?.decision?.outcome === 'GRANTED', `decided ${JSON.stringify(read)}`);
    },
  );

  await check('casework: the applicant signs in and sees the decision on my page', async () => {
    assert(decisionId, 'no decision to see');
    await page.goto(`${urls.web}/min-side`);
    await signInByKeyboard(page, urls, 'applicant');
    await heading(page, 'Min side');
    await page.locator(`a[href$="/min-side/vedtak/${decisionId}"]`).waitFor();
  });
}
