// The provider workspace in the browser (see staff.mjs for the checks every page of every workspace gets): Arba's
// staff see their own participants only, change a participation's hours, evaluate a VTA goal that is due and read
// the supervisor ratios; the work centre's staff find a grant to start; the day services' staff change a group's
// capacity, and a placement's days, and end it after the dialog.
// Keyboard only. Writes docs/screenshots/provider.png (Arba's home).
import { join } from 'node:path';
import {
  demoOfferId,
  demoParticipantId,
  demoParticipants,
  demoPlacementId,
} from '../../../packages/demo-data/dist/src/index.js';
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
} from './harness.mjs';

const ARBA = 'provider-staff-arba';
const DAY_SERVICES = 'provider-staff-day-services';
const WORK_CENTRE = 'provider-staff-work-centre';
const ROLES = ['provider-staff'];

const fullName = (key) => {
  const person = demoParticipants.find((p) => p.key === key);
  assert(person, `no demo participant ${key}`);
  return `${person.givenName} ${person.familyName}`;
};
const placementPath = (participant, placement) =>
  `/tilbyder/deltakere/${demoParticipantId(participant)}/plasser/${demoPlacementId(placement)}`;

/** The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. */
export const pages = [
  // Arba: participants, a VTA placement with goals, arenas and places, follow-up.
  { path: '/tilbyder', user: ARBA, roles: ROLES, operations: [{ name: 'StaffProviderArbaParticipants' }] },
  {
    path: placementPath('p30', 'arba-30'),
    user: ARBA,
    roles: ROLES,
    operations: [{ name: 'StaffProviderArbaPlacement', variables: { participantId: demoParticipantId('p30') } }],
  },
  {
    path: '/tilbyder/grupper',
    user: ARBA,
    roles: ROLES,
    operations: [{ name: 'StaffProviderArbaArenas', publicFields: ['arbaArenas'] }],
  },
  {
    path: '/tilbyder/oppfolging',
    user: ARBA,
    roles: ROLES,
    operations: [{ name: 'StaffProviderArbaFollowUp', publicFields: ['arbaSupervisorRatios', 'arbaArenas'] }],
  },
  // The day services: participants, a placement (days a week), groups with capacity, follow-up (nothing to do).
  {
    path: '/tilbyder',
    user: DAY_SERVICES,
    roles: ROLES,
    operations: [{ name: 'StaffProviderDayServicesParticipants' }],
  },
  {
    path: placementPath('p13', 'bkd-13'),
    user: DAY_SERVICES,
    roles: ROLES,
    operations: [{ name: 'StaffProviderDayServicesPlacement', variables: { participantId: demoParticipantId('p13') } }],
  },
  {
    path: '/tilbyder/grupper',
    user: DAY_SERVICES,
    roles: ROLES,
    operations: [{ name: 'StaffProviderDayServicesGroups', publicFields: ['dayServicesGroups'] }],
  },
  { path: '/tilbyder/oppfolging', user: DAY_SERVICES, roles: ROLES, operations: [] },
  // Proposing a transition for a participant of ours: its reads (the person's name and places, the catalogue) are
  // open to every role that may propose, the office and the person among them, so none is refused on the wire.
  { path: `${placementPath('p13', 'bkd-13')}/overgang`, user: DAY_SERVICES, roles: ROLES, operations: [] },
  // The work centre: participants, a placement (hours a week), work groups by site.
  {
    path: '/tilbyder',
    user: WORK_CENTRE,
    roles: ROLES,
    operations: [{ name: 'StaffProviderWorkCentreParticipants' }],
  },
  {
    path: placementPath('p16', 'ba-16'),
    user: WORK_CENTRE,
    roles: ROLES,
    operations: [{ name: 'StaffProviderWorkCentrePlacement', variables: { participantId: demoParticipantId('p16') } }],
  },
  {
    path: '/tilbyder/grupper',
    user: WORK_CENTRE,
    roles: ROLES,
    operations: [{ name: 'StaffProviderWorkCentreGroups', publicFields: ['workCentreGroups'] }],
  },
];

/**
 * The allocation office may make every write of the providers' (the schema: "for the allocation office and the
 * provider's own staff and system"), so staff.mjs refuses them to every other role but provider staff and it.
 */
export const writesAlsoOpenTo = ['case-worker'];

/** The start page of a grant, once `run` has made one (until then a grant that is not there: the page says so). */
const startPage = {
  path: '/tilbyder/start/00000000-0000-4000-8000-000000000000',
  user: WORK_CENTRE,
  roles: ROLES,
  operations: [{ name: 'StaffProviderWorkCentreStart', publicFields: ['workCentreGroups'] }],
};
pages.push(
  startPage,
  // Arba's and the day services' start pages, for a grant that is not there: what they say then is checked, and
  // the pages are refused to every other role. (The demo has no grant waiting at either: NAV grants Arba's places.)
  {
    path: '/tilbyder/start/00000000-0000-4000-8000-000000000000',
    user: ARBA,
    roles: ROLES,
    operations: [{ name: 'StaffProviderArbaStart', publicFields: ['arbaArenas'] }],
  },
  {
    path: '/tilbyder/start/00000000-0000-4000-8000-000000000000',
    user: DAY_SERVICES,
    roles: ROLES,
    operations: [{ name: 'StaffProviderDayServicesStart', publicFields: ['dayServicesGroups'] }],
  },
);

/**
 * As the case worker, through the API: grants p47 a place in the work centre's green-space group, which is full
 * (5 of 5), so the work centre refuses the hub's placement and the grant waits for the work centre to start it.
 */
async function grantInFullGroup(urls) {
  const token = await tokenFor(urls, 'case-worker');
  const q = (query, variables) => asStaff(urls, token, query, variables);
  const offerId = demoOfferId('ba-gront');
  const { workCentreGroups } = await q('{ workCentreGroups { id offer { id } } }');
  const group = workCentreGroups.find((g) => g.offer.id === offerId);
  assert(group, 'no green-space group');
  const { createApplication } = await q(
    'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
    {
      input: {
        participantId: demoParticipantId('p47'),
        offerIds: [offerId],
        intakeYear: 2027,
        submittedByRole: 'CASE_WORKER',
        submittedByName: 'Kari Saksbehandler',
        hoursPerWeek: 20,
        tradeWishes: 'Grøntarbeid',
      },
    },
  );
  const step = { input: { applicationId: createApplication.id } };
  await q('mutation($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }', step);
  await q('mutation($input: ApplicationStepInput!) { startApplicationAssessment(input: $input) { id } }', step);
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const { decideApplication } = await q(
    'mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id placementStatus } }',
    {
      input: {
        applicationId: createApplication.id,
        outcome: 'GRANTED',
        offerId,
        groupId: group.id,
        hoursPerWeek: 20,
        startDate: start,
      },
    },
  );
  assert(decideApplication.placementStatus === 'PLACEMENT_REFUSED', `placement ${decideApplication.placementStatus}`);
  return decideApplication.id;
}

/** A table cell (of the table captioned `caption`) whose text is exactly `text`, once the table is there. */
const cell = (page, caption, text) =>
  page.getByRole('table', { name: caption }).getByRole('cell', { name: text, exact: true });

/** Tab to the element with this id. */
const tabTo = (page, id) => tabUntil(page, (wanted) => document.activeElement?.id === wanted, `#${id}`, 150, id);

/** Replaces the focused field's text by typing, as a person does (select all, type). */
async function typeOver(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** A status message (role=status) that says `text`. */
const status = (page, text) => page.getByRole('status').filter({ hasText: text }).first().waitFor();

/** Changes the app's language by keyboard, with the header's button, and waits for `<html lang>` to follow. */
async function switchLanguage(page, language) {
  await press(page, language === 'en' ? 'English' : 'Norsk');
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/**
 * Runs `act` while the gateway holds every GraphQL request back, then lets them go: a write's progress can be seen.
 * `whileHeld` runs while they wait.
 */
async function withWritesHeld(page, urls, act, whileHeld) {
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  await page.route(urls.gateway, async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue().catch(() => {});
  });
  try {
    await act();
    await whileHeld();
  } finally {
    release();
    await page.unroute(urls.gateway);
  }
}

export async function run({ page, urls }) {
  const arbaParticipant = fullName('p31');
  const dayServicesParticipant = fullName('p13');

  await check("provider: Arba's staff see their own participants, nobody of the day services", async () => {
    await signInAsStaff(page, urls, ARBA, '/tilbyder');
    await heading(page, 'Våre deltakere');
    await cell(page, 'Deltakere hos oss', arbaParticipant).waitFor();
    assert(
      (await cell(page, 'Deltakere hos oss', dayServicesParticipant).count()) === 0,
      'a day-services participant is listed at Arba',
    );
    assert(
      (await cell(page, 'Deltakere hos oss', fullName('p01')).count()) === 0,
      'p01 (day services) is listed at Arba',
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(root, 'docs', 'screenshots', 'provider.png') });
  });

  await check("provider: Arba's staff change a participation's hours by keyboard and see it saved", async () => {
    await press(page, arbaParticipant);
    await heading(page, `Plassen til ${arbaParticipant}`);
    await tabTo(page, 'hours-hoursPerWeek');
    await typeOver(page, '22,5');
    await press(page, 'Lagre timene');
    await status(page, `Lagret. ${arbaParticipant} har nå 22,5 timer i uka.`);
    // Read again from the graph: the facts show the new hours.
    await page.locator('dd', { hasText: '22,5 timer i uka' }).waitFor();
  });

  await check('provider: Arba sorts its participants by keyboard, and the sort is in the URL', async () => {
    await goInApp(page, '/tilbyder');
    await heading(page, 'Våre deltakere');
    await press(page, 'Start');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'start' && url.searchParams.get('dir') === 'asc');
    const sorted = page.locator('th[aria-sort="ascending"]', { hasText: 'Start' });
    await sorted.waitFor();
  });

  await check("provider: Arba's staff see the supervisor ratios and evaluate a VTA goal that is due", async () => {
    await goInApp(page, '/tilbyder');
    await press(page, 'Oppfølging');
    await heading(page, 'Oppfølging');
    const ratios = page.getByRole('table', { name: 'Deltakere per veileder' });
    await ratios.getByRole('cell', { name: 'Hele tiltaket' }).first().waitFor();
    await ratios.getByRole('cell', { name: '5:1' }).first().waitFor();
    await ratios.getByRole('cell', { name: '6:1' }).first().waitFor();
    const goal = 'Ta pause til faste tider uten påminnelse.';
    const due = page.getByRole('table', { name: 'Mål som skal vurderes nå' });
    await due.getByRole('cell', { name: goal }).waitFor();
    const owner = fullName('p30');
    await press(page, owner);
    await heading(page, `Plassen til ${owner}`);
    const goalId = await page
      .getByRole('heading', { name: goal, exact: true })
      .evaluate((element) => element.id.replace(/^goal-/, ''));
    await tabTo(page, `evaluate-${goalId}-result`);
    await page.keyboard.type('Delvis');
    const chosen = await page.evaluate((id) => document.getElementById(id)?.value, `evaluate-${goalId}-result`);
    assert(chosen === 'PARTLY', `the result is ${chosen}, not PARTLY`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tar pausene selv de fleste dager.');
    await press(page, 'Lagre vurderingen');
    await status(page, 'Vurderingen er lagret. Neste vurdering er');
    await page.getByText('Tar pausene selv de fleste dager.').first().waitFor();
    await press(page, 'Oppfølging');
    await heading(page, 'Oppfølging');
    await page.getByRole('table', { name: 'Deltakere per veileder' }).waitFor();
    // The list is read again (it may show what it had for a moment): the goal leaves it.
    const still = page.getByRole('table', { name: 'Mål som skal vurderes nå' }).getByRole('cell', { name: goal });
    await still.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {
      throw new Error('the evaluated goal is still due');
    });
  });

  await check(
    "provider: the work centre's staff find a grant to start, and the full group's refusal says so",
    async () => {
      const decisionId = await grantInFullGroup(urls);
      startPage.path = `/tilbyder/start/${decisionId}`;
      const name = fullName('p47');
      await signInAsStaff(page, urls, WORK_CENTRE, '/tilbyder');
      await heading(page, 'Våre deltakere');
      await page.getByRole('table', { name: 'Plasser som skal startes' }).waitFor();
      await press(page, name);
      await heading(page, `Start plassen til ${name}`);
      // While the work centre is asked, a status says so where it can be seen.
      await withWritesHeld(
        page,
        urls,
        () => press(page, 'Start plassen'),
        () => status(page, 'Spør tilbyderen …'),
      );
      const refusal = page.getByRole('alert').filter({ hasText: 'Det ble ikke lagret' });
      await refusal.waitFor();
      const text = await refusal.textContent();
      assert(text.includes('FAILED_PRECONDITION'), `the refusal says ${text}`);
    },
  );

  await check("provider: the day services' staff change a group's capacity by keyboard", async () => {
    await signInAsStaff(page, urls, DAY_SERVICES, '/tilbyder/grupper');
    await heading(page, 'Grupper og plasser');
    const groups = page.getByRole('table', { name: 'Grupper' });
    await groups.waitFor();
    // The first group by name is the café (6 places, 3 taken); it gets one more.
    await tabTo(page, 'capacity-groupId');
    const group = await page.evaluate(() => {
      const select = document.getElementById('capacity-groupId');
      return select.options[select.selectedIndex].text;
    });
    await tabTo(page, 'capacity-capacity');
    await typeOver(page, '7');
    await withWritesHeld(
      page,
      urls,
      () => press(page, 'Lagre plassene'),
      () => status(page, 'Spør tilbyderen …'),
    );
    await status(page, `${group} har nå 7 plasser.`);
    const row = groups.getByRole('row').filter({ has: page.getByRole('cell', { name: group, exact: true }) });
    await row.getByRole('cell', { name: '7', exact: true }).waitFor();
  });

  await check(
    "provider: the day services' groups are sorted by keyboard, the sort in the URL beside the offers'",
    async () => {
      await goInApp(page, '/tilbyder/grupper?sort=free&dir=desc');
      await heading(page, 'Grupper og plasser');
      const groups = page.getByRole('table', { name: 'Grupper' });
      await groups.waitFor();
      const names = () => groups.locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
      const before = await names();
      // Sorted by name at first; pressing the column's header sorts it the other way.
      await press(page, 'Gruppe');
      await page.waitForURL(
        (url) => url.searchParams.get('grupper') === 'group' && url.searchParams.get('grupper-dir') === 'desc',
      );
      await groups.locator('th[aria-sort="descending"]', { hasText: 'Gruppe' }).waitFor();
      const after = await names();
      assert(JSON.stringify(after) === JSON.stringify([...before].reverse()), `not reversed: ${before} / ${after}`);
      const url = new URL(page.url());
      assert(
        url.searchParams.get('sort') === 'free' && url.searchParams.get('dir') === 'desc',
        'the offers lost their sort',
      );
      await pagePasses(page, 'nb');
      await switchLanguage(page, 'en');
      await groups
        .or(page.getByRole('table', { name: 'Groups' }))
        .first()
        .waitFor();
      await pagePasses(page, 'en');
      await switchLanguage(page, 'nb');
    },
  );

  await check("provider: the day services' staff change a placement's days, and end it after the dialog", async () => {
    await press(page, 'Våre deltakere');
    await heading(page, 'Våre deltakere');
    const name = fullName('p14');
    await press(page, name);
    await heading(page, `Plassen til ${name}`);
    await tabTo(page, 'days-daysPerWeek');
    await page.keyboard.type('4');
    await press(page, 'Lagre dagene');
    await status(page, `Lagret. ${name} har nå 4 dager i uka.`);
    await page.locator('dd', { hasText: '4 dager i uka' }).waitFor();
    await tabTo(page, 'end-endDate');
    await press(page, 'Avslutt plassen');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Avslutte plassen til ${name}?` }).waitFor();
    await press(page, 'Ja, avslutt plassen');
    await status(page, 'Plassen er avsluttet. Siste dag er');
    await page.locator('dd', { hasText: 'Slutter snart' }).waitFor();
  });

  await check("provider: after a CONFLICT the day services' staff load the placement again, and save", async () => {
    const name = fullName('p13');
    await goInApp(page, placementPath('p13', 'bkd-13'));
    await heading(page, `Plassen til ${name}`);
    await page.locator('#days-daysPerWeek').waitFor();
    // Meanwhile someone else changes the days (through the API): the page's version is old.
    const token = await tokenFor(urls, DAY_SERVICES);
    const { ownPlacements } = await asStaff(
      urls,
      token,
      'query($id: ID!) { ownPlacements(participantId: $id) { id dayServices { daysPerWeek version } } }',
      { id: demoParticipantId('p13') },
    );
    const own = ownPlacements.find((p) => p.id === demoPlacementId('bkd-13'))?.dayServices;
    assert(own, 'no day-services placement bkd-13');
    const other = own.daysPerWeek === 3 ? 2 : 3;
    await asStaff(
      urls,
      token,
      'mutation($input: DayServicesChangePlacementDaysInput!) { changeDayServicesPlacementDays(input: $input) { id } }',
      { input: { placementId: demoPlacementId('bkd-13'), daysPerWeek: other, expectedVersion: own.version } },
    );
    await tabTo(page, 'days-daysPerWeek');
    await page.keyboard.type('1');
    await press(page, 'Lagre dagene');
    await page.getByRole('alert').filter({ hasText: 'CONFLICT' }).waitFor();
    await press(page, 'Last inn på nytt');
    await status(page, 'Lastet inn på nytt.');
    await page.locator('dd', { hasText: `${other} dager i uka` }).waitFor();
    await pagePasses(page, 'nb');
    await press(page, 'Lagre dagene');
    await status(page, `Lagret. ${name} har nå 1 dag i uka.`);
  });

  await check('provider: a placement’s end is checked before the dialog opens', async () => {
    const name = fullName('p13');
    await heading(page, `Plassen til ${name}`);
    // Clearing the date (a part of it) by keyboard leaves no day to end on.
    await tabTo(page, 'end-endDate');
    await page.keyboard.press('Backspace');
    const value = await page.evaluate(() => document.getElementById('end-endDate')?.value);
    assert(value === '', `the date is still ${value}`);
    await press(page, 'Avslutt plassen');
    await page.getByRole('link', { name: 'Velg en dato.' }).waitFor();
    assert((await page.getByRole('dialog').count()) === 0, 'the dialog opened without a day');
    await pagePasses(page, 'nb');
  });
}
