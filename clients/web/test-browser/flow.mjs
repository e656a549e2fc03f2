// The flow workspace in the browser (see staff.mjs for the checks every page of every workspace gets): a case worker
// takes a transition proposed by the day services' staff through the week-41 flow meeting by keyboard alone (the
// meeting is created when missing, the proposal put on its agenda, AGREED recorded, the transition carried out and
// each provider's answer shown), and the target provider's staff then see the new placement.
import { demoParticipantId } from '@veiinn/demo-data';
import { join } from 'node:path';
import {
  assert,
  asStaff,
  check,
  goInApp,
  heading,
  log,
  pagePasses,
  press,
  root,
  setStackDay,
  signInAsStaff,
  tabUntil,
  tokenFor,
} from './harness.mjs';

/** Today in Oslo, the hub's day. */
const osloToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

/** The Monday of ISO week `week` of `year`. */
function isoWeekMonday(year, week) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}
const addDays = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The year whose week-41 meeting is still ahead (or under way): the year the workspace opens on. */
const today = osloToday();
const year =
  addDays(isoWeekMonday(Number(today.slice(0, 4)), 41), 6) >= today
    ? Number(today.slice(0, 4))
    : Number(today.slice(0, 4)) + 1;

/** A participant with a current place at the day services (café Binna) in the demo data, no one else's demo user. */
const PARTICIPANT = demoParticipantId('p15');
const DAY_SERVICES = 'baerum-kommunale-dagtilbud';
const WORK_CENTRE = 'baerum-arbeidssenter';

/**
 * The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. The
 * meeting and the transition made in `run` are added there (staff.mjs runs after this suite, in the same stack).
 * `flowMeetings` and `flowMeeting` are the graph's own for every signed-in role (their agendas row-scoped), so they
 * are named as readable; the workspace's own fields (`proposedTransitions`, `nextStatuses`) are refused.
 */
export const pages = [
  {
    path: `/flytmote?ar=${year}`,
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [{ name: 'StaffFlowYear', variables: { year }, publicFields: ['flowMeetings'] }],
  },
];

/** The whole answer of a query as staff, errors and all. */
async function answerOf(urls, token, query, variables = {}) {
  const response = await fetch(urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Waits for a status or alert message with this text, and fails with the alert's text when the write was refused. */
async function saidSo(page, text) {
  const said = page.getByRole('status').filter({ hasText: text }).first();
  const refused = page.getByRole('alert').first();
  await said.or(refused).first().waitFor();
  if (!(await said.isVisible())) throw new Error(`refused instead: ${await refused.innerText()}`);
}

/** The day services' staff propose a transition from p15's café place to the roomiest work-centre group. */
async function proposeThroughTheApi(urls) {
  const caseWorker = await tokenFor(urls, 'case-worker');
  const { participant } = await asStaff(
    urls,
    caseWorker,
    `query ($id: ID!) { participant(id: $id) { fullName placements(status: [ACTIVE]) { id provider { id } } } }`,
    { id: PARTICIPANT },
  );
  const from = participant.placements.find((p) => p.provider?.id === DAY_SERVICES);
  assert(from, `${participant.fullName} has no current place at the day services`);
  const { offers } = await asStaff(
    urls,
    caseWorker,
    `query { offers(filter: { kinds: [ADAPTED_WORK], openForApplications: true }, first: 50) {
      nodes { id provider { id } workCentre { groups { id name free } } } } }`,
  );
  const groups = offers.nodes
    .filter((offer) => offer.provider.id === WORK_CENTRE)
    .flatMap((offer) => (offer.workCentre?.groups ?? []).map((group) => ({ offer, group })))
    .sort((a, b) => (b.group.free ?? 99) - (a.group.free ?? 99));
  assert(groups[0] && (groups[0].group.free ?? 1) > 0, 'no work-centre group has a free place');
  const staff = await tokenFor(urls, 'provider-staff-day-services');
  const { proposeTransition } = await asStaff(
    urls,
    staff,
    `mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id status proposedBy } }`,
    {
      input: {
        participantId: PARTICIPANT,
        kind: 'ACTIVITY_TO_WORK',
        participantWish: 'Jeg vil jobbe noen dager i uka. / I want to work a few days a week.',
        from: [{ placementId: from.id }],
        // The Monday after the autumn meeting's week.
        targets: [
          {
            offerId: groups[0].offer.id,
            groupId: groups[0].group.id,
            hoursPerWeek: 15,
            startDate: isoWeekMonday(year, 42) > today ? isoWeekMonday(year, 42) : addDays(today, 14),
          },
        ],
      },
    },
  );
  assert(proposeTransition.proposedBy === 'PROVIDER_STAFF', JSON.stringify(proposeTransition));
  return { transitionId: proposeTransition.id, name: participant.fullName, target: groups[0] };
}

export async function run({ page, urls }) {
  let proposal;
  let meetingId;
  let agreed = false;
  await check('flow: the day services’ staff propose a transition (through the API)', async () => {
    proposal = await proposeThroughTheApi(urls);
    log(`flow: transition ${proposal.transitionId} for ${proposal.name}, to group ${proposal.target.group.name}`);
  });

  await check(
    `flow: by keyboard, the case worker opens ${year}, creates week 41 if missing, puts it on the agenda`,
    async () => {
      await signInAsStaff(page, urls, 'case-worker', '/flytmote');
      await heading(page, `Flytmøter ${year}`);
      // Once the year has loaded (its proposals' heading), the week-41 meeting is there or can be created.
      await page.getByRole('heading', { level: 2, name: 'Forslag som venter på et møte' }).waitFor();
      const create = page.getByRole('button', { name: `Opprett flytmøtet i uke 41 ${year}` });
      if (await create.isVisible()) {
        await press(page, `Opprett flytmøtet i uke 41 ${year}`);
        await saidSo(page, `Flytmøtet i uke 41 ${year} er opprettet.`);
      }
      await page.getByRole('cell', { name: proposal.name }).first().waitFor();
      const button = `Sett ${proposal.name} på sakslisten for uke 41`;
      await page.getByRole('button', { name: button }).waitFor();
      await press(page, button);
      await saidSo(page, `${proposal.name} står nå på sakslisten for uke 41.`);
      await press(page, 'Uke 41');
      await heading(page, `Flytmøtet uke 41 ${year}`);
      meetingId = new URL(page.url()).pathname.split('/').pop();
      await page
        .getByRole('heading', { level: 3, name: `Sak 1: ${proposal.name}` })
        .or(page.getByRole('heading', { level: 3, name: new RegExp(`: ${proposal.name}$`) }))
        .first()
        .waitFor();
      pages.push(
        {
          path: `/flytmote/moter/${meetingId}`,
          user: 'case-worker',
          roles: ['case-worker'],
          operations: [{ name: 'StaffFlowMeeting', variables: { id: meetingId }, publicFields: ['flowMeeting'] }],
        },
        {
          path: `/flytmote/overganger/${proposal.transitionId}`,
          user: 'case-worker',
          roles: ['case-worker'],
          operations: [{ name: 'StaffFlowTransitionPage', variables: { id: proposal.transitionId } }],
        },
      );
    },
  );

  const held = today >= isoWeekMonday(year, 41);
  if (!held) {
    // The hub records a meeting's outcome only once its week has begun (FLOW_MEETING_NOT_HELD): before week 41 the
    // page says so instead of offering the form, and the hub refuses it on the wire.
    await check('flow: before week 41 the meeting page says the outcome waits, and the hub refuses it', async () => {
      await page.getByText('Møtet er ikke holdt ennå.', { exact: false }).first().waitFor();
      await page.getByText('Utfallet kan skrives inn når møtet er holdt.').first().waitFor();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'flow-meeting.png') });
      const answer = await answerOf(
        urls,
        await tokenFor(urls, 'case-worker'),
        `mutation ($input: RecordTransitionOutcomeInput!) { recordTransitionOutcome(input: $input) { id } }`,
        { input: { transitionId: proposal.transitionId, outcome: 'AGREED' } },
      );
      assert(JSON.stringify(answer.errors ?? []).includes('FLOW_MEETING_NOT_HELD'), JSON.stringify(answer));
    });
    // Then the meeting is held: the stack's day (the hub's and the providers'; the pages take it from the hub) moves
    // to the Monday of week 41, and back to today once the transition is carried out.
    await setStackDay(isoWeekMonday(year, 41));
    await goInApp(page, `/flytmote?ar=${year}`);
    await goInApp(page, `/flytmote/moter/${meetingId}`);
    log(`flow: the stack's day is now ${isoWeekMonday(year, 41)}, the meeting's Monday`);
  }
  await check('flow: by keyboard, the case worker records AGREED; the changed decision follows', async () => {
    await tabUntil(
      page,
      () => document.activeElement?.matches('input[type=radio][value=AGREED]'),
      'the outcome AGREED',
    );
    await page.keyboard.press('Space');
    await press(page, `Lagre utfallet for ${proposal.name}`);
    await saidSo(page, `Utfallet for ${proposal.name} er lagret: Enige.`);
    await page.getByText('Endret vedtak gjort', { exact: false }).first().waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, 'docs', 'screenshots', 'flow-meeting.png') });
    agreed = true;
  });
  await check('flow: by keyboard, the transition is carried out and each step’s answer is shown', async () => {
    assert(agreed, 'not agreed');
    await press(page, `Se overgangen for ${proposal.name}`);
    await heading(page, `Overgang for ${proposal.name}`);
    await press(page, 'Gjennomfør overgangen');
    await page.getByRole('dialog').waitFor();
    await press(page, 'Ja, be tilbyderne gjøre det');
    await saidSo(page, 'Tilbyderne har svart ja på alle stegene.');
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: 'Avsluttet', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'Startet', exact: true }).waitFor();
  });
  await check('flow: the work centre has the new placement (API), and its staff see it on /tilbyder', async () => {
    assert(agreed, 'not agreed');
    const staff = await tokenFor(urls, 'provider-staff-work-centre');
    // The hub learns of the new placement from the work centre's feed, within a few seconds.
    let participant;
    for (let i = 0; i < 30; i++) {
      ({ participant } = await asStaff(
        urls,
        staff,
        `query ($id: ID!) { participant(id: $id) { fullName placements { offer { id } provider { id } startDate } } }`,
        { id: PARTICIPANT },
      ));
      if (participant?.placements.some((p) => p.offer?.id === proposal.target.offer.id)) break;
      await new Promise((done) => setTimeout(done, 500));
    }
    assert(
      participant?.placements.some((p) => p.offer?.id === proposal.target.offer.id),
      `the work centre does not see the new placement: ${JSON.stringify(participant)}`,
    );
    // The provider workspace's list of "our participants" (built by its own suite; a placeholder before merging).
    await signInAsStaff(page, urls, 'provider-staff-work-centre', '/tilbyder');
    await page.getByRole('cell', { name: proposal.name }).first().waitFor({ timeout: 10_000 });
  });
  await setStackDay(null);
  // staff.mjs runs axe, lang and reflow on every page in both languages; here the language is changed by keyboard
  // on every page, and axe runs once more on the first (the switch must leave an accessible page behind).
  await check(
    'flow: every page of the workspace changes language by keyboard, and the first passes axe in nb and en',
    async () => {
      if (!page.url().includes('/flytmote')) await signInAsStaff(page, urls, 'case-worker', '/flytmote');
      for (const [index, entry] of pages.entries()) {
        for (const language of ['nb', 'en']) {
          await goInApp(page, entry.path);
          const current = await page.evaluate(() => document.documentElement.lang);
          if (current !== language) {
            await press(page, language === 'en' ? 'English' : 'Norsk');
            await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
          }
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          if (index > 0) continue;
          try {
            await pagePasses(page, language);
          } catch (error) {
            throw new Error(`${entry.path} (${language}): ${error.message}`);
          }
        }
        await press(page, 'Norsk');
        await page.waitForFunction(() => document.documentElement.lang === 'nb');
      }
    },
  );

  await check('flow: the workspace opens only in the app (no reload) and keeps the year in the URL', async () => {
    if (!page.url().includes('/flytmote')) await signInAsStaff(page, urls, 'case-worker', '/flytmote');
    await goInApp(page, `/flytmote?ar=${year + 1}`);
    await heading(page, `Flytmøter ${year + 1}`);
  });
}
