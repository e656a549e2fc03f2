// `npm run demo:journey`: walks one invented person through the whole of Veiinn against a running `npm start`, as
// docs/walkthrough.md describes it step by step, and prints each step with its ids and outcome. It registers a new
// participant with a fresh synthetic identity number every run, so it can run again and again on the same data.
// Exits non-zero, saying which step failed and why, when a step fails or the stack is not running.
//
// Where the stack is (defaults: npm start's ports):
//   DEMO_GATEWAY_URL  http://localhost:4000/graphql
//   DEMO_ISSUER_URL   http://localhost:4010          (the development token issuer)
//   DEMO_NAV_URL      http://localhost:4005          (the NAV adapter, for its import route /ingest/deltakere)
//   DEMO_WAIT_SECONDS 30                             (how long to wait for the hub to read a provider's feed)
//
// `npm run demo:journey -- --check` needs no stack: it validates every operation here and every ```graphql block of
// docs/walkthrough.md against the committed schema/api.graphql, so a renamed field or input shows at once
// (clients/test/demo-journey.test.ts runs it).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATIONS } from './demo-journey.operations.mjs';
import { loadKit, randomDay, randomSyntheticNumber } from './fnr.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const GATEWAY = process.env.DEMO_GATEWAY_URL ?? 'http://localhost:4000/graphql';
const ISSUER = (process.env.DEMO_ISSUER_URL ?? 'http://localhost:4010').replace(/\/$/, '');
const NAV = (process.env.DEMO_NAV_URL ?? 'http://localhost:4005').replace(/\/$/, '');
const WAIT_MS = Number(process.env.DEMO_WAIT_SECONDS ?? 30) * 1000;

class StepFailed extends Error {}

let stepNumber = 0;
let currentStep = '';
function step(title) {
  stepNumber += 1;
  currentStep = `${stepNumber}. ${title}`;
  process.stdout.write(`\n${currentStep}\n`);
}
function say(line) {
  process.stdout.write(`   ${line}\n`);
}

/** Today in Oslo (the stack's day), and a day `days` later, as YYYY-MM-DD. */
function osloDay(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO 8601 year and week of a YYYY-MM-DD day. */
function isoWeek(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() + 3 - ((firstThursday.getUTCDay() + 6) % 7));
  return { year, week: 1 + Math.round((date - firstThursday) / (7 * 86_400_000)) };
}

/**
 * The flow meeting (flytmøte) the transition goes to: this week's when this is week 18 or 41, else the next one.
 * Its outcome can be recorded only once its week has begun (FLOW_MEETING_NOT_HELD): the journey goes on to the end
 * only in weeks 18 and 41.
 */
function flowMeetingWeek(day) {
  const { year, week } = isoWeek(day);
  if (week <= 18) return { year, week: 18 };
  if (week <= 41) return { year, week: 41 };
  return { year: year + 1, week: 18 };
}

async function reach(url, what) {
  try {
    const response = await fetch(url, { signal: globalThis.AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new StepFailed(
      `${what} does not answer at ${url} (${error.cause?.code ?? error.message}). Is the stack running? Start it with npm start first (in another terminal), then run npm run demo:journey again.`,
    );
  }
}

async function tokenFor(body) {
  const response = await fetch(`${ISSUER}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.access_token) {
    throw new StepFailed(
      `the issuer refused a token for ${JSON.stringify(body)}: HTTP ${response.status} ${answer.error ?? ''} ${answer.error_description ?? ''}`,
    );
  }
  return answer.access_token;
}

/** Runs OPERATIONS[name] with `variables`, as the holder of `token` (none: the public role); throws on any error. */
async function gql(name, variables, token) {
  const response = await fetch(GATEWAY, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query: OPERATIONS[name], variables }),
  });
  const answer = await response.json().catch(() => null);
  if (!answer) throw new StepFailed(`${name}: the gateway answered HTTP ${response.status} without JSON.`);
  if (answer.errors?.length || !answer.data) {
    const errors = (answer.errors ?? [])
      .map((e) => `${e.extensions?.code ?? 'ERROR'}${e.extensions?.rule ? ` ${e.extensions.rule}` : ''}: ${e.message}`)
      .join('; ');
    const failure = new StepFailed(`${name} was refused: ${errors || `HTTP ${response.status}, no data`}`);
    failure.codes = (answer.errors ?? []).map((e) => e.extensions?.code);
    failure.rules = (answer.errors ?? []).map((e) => e.extensions?.rule).filter(Boolean);
    throw failure;
  }
  return answer.data;
}

/** Asks `check` every half second until it answers something, for at most DEMO_WAIT_SECONDS. */
async function waitFor(what, check) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) throw new StepFailed(`${what} did not happen within ${WAIT_MS / 1000} s.`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** The offer and group with the most free places among `offers`' groups at `part` (dayServices or workCentre). */
function roomiest(offers, part) {
  const groups = offers.flatMap((offer) => (offer[part]?.groups ?? []).map((group) => ({ offer, group })));
  groups.sort((a, b) => (b.group.free ?? Infinity) - (a.group.free ?? Infinity));
  const best = groups[0];
  if (!best || (best.group.free !== null && best.group.free < 1)) {
    throw new StepFailed(
      `no ${part === 'dayServices' ? 'activity group at the day services' : 'work group at the work centre'} has a free place left (after many runs on the same data). Stop npm start, delete the data/ folder and start again.`,
    );
  }
  return best;
}

async function journey() {
  const kit = loadKit();
  const today = osloDay();

  step('Check that the stack is running');
  await reach(GATEWAY.replace(/\/graphql\/?$/, '/health'), 'The gateway');
  await reach(`${ISSUER}/health`, 'The development token issuer');
  await reach(`${NAV}/health`, 'The NAV adapter');
  say(`gateway ${GATEWAY}, issuer ${ISSUER}, NAV adapter ${NAV}; today is ${today}`);

  step('Anyone (no token) browses the offer catalogue (tilbudskatalogen)');
  const { offers: activities } = await gql('catalogue', { kinds: ['ACTIVITY'] });
  const { offers: work } = await gql('catalogue', { kinds: ['ADAPTED_WORK'] });
  const day = roomiest(activities.nodes, 'dayServices');
  const job = roomiest(work.nodes, 'workCentre');
  say(`${activities.totalCount} day activity offers (aktivitetstilbud), ${work.totalCount} adapted work offers`);
  say(
    `chosen: "${day.offer.title.en}" (${day.offer.provider.shortName}), group "${day.group.name}", ${day.group.free ?? 'any'} free; offer ${day.offer.id}, group ${day.group.id}`,
  );
  say(
    `and later: "${job.offer.title.en}" (${job.offer.provider.shortName}), group "${job.group.name}", ${job.group.free ?? 'any'} free; offer ${job.offer.id}`,
  );

  step('The case worker at the allocation office (Tildelingskontoret) gets a token');
  const caseWorker = await tokenFor({ user: 'case-worker' });
  say('POST /token {"user":"case-worker"}: a one-hour bearer token');

  step('The case worker registers a new participant (deltaker) with a synthetic identity number');
  const birthDate = randomDay(new Date().getUTCFullYear() - 19);
  let participant;
  let nationalIdentityNumber;
  for (let attempt = 0; !participant; attempt++) {
    nationalIdentityNumber = randomSyntheticNumber(kit, birthDate);
    try {
      ({ registerParticipant: participant } = await gql(
        'registerParticipant',
        {
          input: {
            givenName: 'Demo',
            familyName: `Reise ${nationalIdentityNumber.slice(6, 9)}`,
            nationalIdentityNumber,
            email: 'demo.reise@example.org',
            guardians: [{ name: 'Foresatt Reise', relation: 'PARENT', email: 'foresatt.reise@example.org' }],
          },
        },
        caseWorker,
      ));
      say(`identity number (fødselsnummer, synthetic: month + 80) ${nationalIdentityNumber}, born ${birthDate}`);
    } catch (error) {
      // The same number again (a rerun's bad luck): another one.
      if (!error.codes?.includes('CONFLICT') || attempt > 5) throw error;
    }
  }
  say(`participant ${participant.fullName}: id ${participant.id}`);

  step('The participant signs in as themselves (søker / applicant)');
  const own = await tokenFor({ user: 'applicant', participantId: participant.id });
  say(`POST /token {"user":"applicant","participantId":"${participant.id}"}: their own token`);

  step('The participant reads the application form (søknadsskjema) for day activity');
  const { applicationForm } = await gql('applicationForm', { kind: 'ACTIVITY' });
  say(`questions: ${applicationForm.fields.map((f) => `${f.name} ("${f.label.en}")`).join(', ')}`);

  step('The participant applies (søknad) for the day activity, as a draft');
  const { createApplication: draft } = await gql(
    'createApplication',
    {
      input: {
        participantId: participant.id,
        offerIds: [day.offer.id],
        desiredStartDate: today,
        daysPerWeek: 3,
        activityWishes: 'Jeg liker å lage ting og å være ute. / I like making things and being outdoors.',
      },
    },
    own,
  );
  say(
    `application ${draft.id}: ${draft.status}, round ${draft.round}${draft.intakeYear ? ` ${draft.intakeYear}` : ''}`,
  );

  step('The participant submits the application');
  const { submitApplication: submitted } = await gql('submitApplication', { input: { applicationId: draft.id } }, own);
  say(`application ${submitted.id}: ${submitted.status}`);

  step('The case worker starts assessing it (under vurdering)');
  const { startApplicationAssessment: assessing } = await gql(
    'startApplicationAssessment',
    { input: { applicationId: draft.id } },
    caseWorker,
  );
  say(`application ${assessing.id}: ${assessing.status}`);

  step('The case worker grants a place (vedtak: innvilget) from today; the hub asks the day services for it');
  const { decideApplication: decision } = await gql(
    'decideApplication',
    {
      input: {
        applicationId: draft.id,
        outcome: 'GRANTED',
        offerId: day.offer.id,
        groupId: day.group.id,
        daysPerWeek: 3,
        startDate: today,
      },
    },
    caseWorker,
  );
  say(`decision ${decision.id}: ${decision.outcome}, placement ${decision.placementStatus} (${decision.placementId})`);
  if (decision.placementStatus !== 'PLACEMENT_CREATED') {
    throw new StepFailed(
      `the day services did not create the placement: ${decision.placementError ?? decision.placementStatus}`,
    );
  }

  step('The participant reads the decision letter (vedtaksbrev)');
  const { decision: letter } = await gql('decisionLetter', { id: decision.id, language: 'EN' }, own);
  say(`"${letter.letter.title}", ${letter.letter.date}`);
  for (const paragraph of letter.letter.paragraphs.slice(0, 2)) say(`  ${paragraph}`);

  step('The hub reads the day services’ change feed and shows the placement');
  const placement = await waitFor('the placement reaching the hub through the feed', async () => {
    const { participant: path } = await gql('placements', { id: participant.id }, caseWorker);
    return path.placements.find((p) => p.id === decision.placementId);
  });
  say(`placement ${placement.id}: ${placement.status} from ${placement.startDate}`);

  step('"My data": the participant reads their own data, and cannot read anyone else’s');
  const { participants } = await gql('anotherParticipant', { first: 1 }, caseWorker);
  const other = participants.nodes.find((p) => p.id !== participant.id)?.id ?? randomUUID();
  const { me, someoneElse } = await gql('myData', { id: participant.id, other }, own);
  if (!me || someoneElse !== null) {
    throw new StepFailed(
      `the participant's own token should read only their own data (own: ${!!me}, other: ${JSON.stringify(someoneElse)}).`,
    );
  }
  say(
    `${me.fullName}, born ${me.birthDate}: ${me.applications.length} application, ${me.decisions.length} decision, ${me.placements.length} placement`,
  );
  say(
    `who has read their data (innsyn): ${me.readLog.nodes.map((r) => `${r.readerSub} (${r.category})`).join(', ') || 'no one yet'}`,
  );
  say(`another participant (${other}): null, not theirs`);

  step('NAV’s system imports a NAV record (deltaker) for the participant: on the waiting list for VTA');
  const { navMeasureInstances } = await gql(
    'navMeasureInstances',
    { measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET' },
    caseWorker,
  );
  const instance = navMeasureInstances.find((m) => m.status === 'GJENNOMFORES') ?? navMeasureInstances[0];
  if (!instance) throw new StepFailed('the NAV adapter knows no VTA measure instance (gjennomføring).');
  const navToken = await tokenFor({ user: 'nav-import', audience: 'veiinn-nav-ingest' });
  const recordId = randomUUID();
  const at = `${today}T09:00:00`;
  const record = {
    key: recordId,
    value: {
      id: recordId,
      gjennomforingId: instance.id,
      personIdent: nationalIdentityNumber,
      startDato: null,
      sluttDato: null,
      status: { type: 'VENTELISTE', aarsak: null, opprettetDato: at },
      registrertDato: at,
      endretDato: at,
      kilde: 'KOMET',
      deltakelsesmengder: [],
    },
  };
  const imported = await fetch(`${NAV}/ingest/deltakere`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${navToken}` },
    body: `${JSON.stringify(record)}\n`,
  });
  const report = await imported.json().catch(() => ({}));
  if (!imported.ok || report.accepted !== 1) {
    throw new StepFailed(`the NAV import did not take the record: HTTP ${imported.status} ${JSON.stringify(report)}`);
  }
  say(
    `POST ${NAV}/ingest/deltakere: accepted ${report.accepted}, rejected ${report.rejected?.length ?? 0}; record ${recordId} in "${instance.name}"`,
  );
  const { me: withNav } = await gql('myData', { id: participant.id, other }, own);
  const position = withNav.nav?.waitingLists?.[0];
  say(
    `the participant sees NAV's status ${withNav.nav?.records.map((r) => r.status).join(', ') || '(none)'}${position ? `, waiting list position ${position.position} of ${position.waitingCount}` : ''}`,
  );

  step('The participant proposes a transition (overgang, dynamisk flyt): from day activity to adapted work');
  const workStart = osloDay(14);
  const { proposeTransition: proposed } = await gql(
    'proposeTransition',
    {
      input: {
        participantId: participant.id,
        kind: 'ACTIVITY_TO_WORK',
        participantWish: 'Jeg vil prøve arbeid. / I would like to try work.',
        from: [{ placementId: placement.id }],
        targets: [{ offerId: job.offer.id, groupId: job.group.id, hoursPerWeek: 15, startDate: workStart }],
      },
    },
    own,
  );
  say(`transition ${proposed.id}: ${proposed.kind}, ${proposed.status}, proposed by ${proposed.proposedBy}`);

  step('The case worker sets up the flow meeting (flytmøte) of week 18 or 41');
  const { year, week } = flowMeetingWeek(today);
  let meeting;
  try {
    ({ createFlowMeeting: meeting } = await gql('createFlowMeeting', { input: { year, week } }, caseWorker));
    say(`created the meeting of week ${week} ${year}: ${meeting.id}, ${meeting.startDate} to ${meeting.endDate}`);
  } catch (error) {
    if (!error.codes?.includes('CONFLICT')) throw error;
    const { flowMeetings } = await gql('flowMeetings', { year }, caseWorker);
    meeting = flowMeetings.find((m) => m.week === week);
    if (!meeting) throw error;
    say(`the meeting of week ${week} ${year} exists already (an earlier run): ${meeting.id}`);
  }

  step('The case worker puts the transition on the agenda (ON_AGENDA)');
  const { addTransitionToAgenda: onAgenda } = await gql(
    'addTransitionToAgenda',
    { input: { flowMeetingId: meeting.id, transitionId: proposed.id } },
    caseWorker,
  );
  say(`transition ${onAgenda.id}: ${onAgenda.status}`);

  if (today < meeting.startDate) {
    // A meeting's outcome is recorded once it is held (FLOW_MEETING_NOT_HELD before its week): outside weeks 18
    // and 41 the journey shows that rule and ends here; in those weeks it goes on to the end.
    step('Before the meeting is held, its outcome cannot be recorded yet');
    try {
      await gql(
        'recordTransitionOutcome',
        { input: { transitionId: proposed.id, outcome: 'AGREED', note: 'Enige. / Agreed.' } },
        caseWorker,
      );
    } catch (error) {
      if (!error.rules?.includes('FLOW_MEETING_NOT_HELD')) throw error;
      say(`refused as it should be (FLOW_MEETING_NOT_HELD): the meeting is held from ${meeting.startDate}`);
      say(
        'from then on: recordTransitionOutcome (AGREED), executeTransition and settleTransition, as in the walkthrough',
      );
      process.stdout.write(
        `\nThe journey went through as far as it can before week ${week} ${year}: participant ${participant.id}, transition ${proposed.id} on the agenda.\n`,
      );
      return;
    }
    throw new StepFailed(`an outcome was recorded for the meeting of week ${week} ${year} before it was held`);
  }

  step('The meeting agrees; the case worker records the outcome (the changed decision, endret vedtak, with it)');
  const { recordTransitionOutcome: agreed } = await gql(
    'recordTransitionOutcome',
    {
      input: {
        transitionId: proposed.id,
        outcome: 'AGREED',
        note: `Enige: arbeid fra ${workStart}. / Agreed: work from ${workStart}.`,
      },
    },
    caseWorker,
  );
  say(`transition ${agreed.id}: ${agreed.status}; decision ${agreed.decision?.id} (${agreed.decision?.kind})`);

  step('The case worker executes it: the day services end the activity, the work centre starts the work');
  const { executeTransition: executing } = await gql(
    'executeTransition',
    { input: { transitionId: proposed.id } },
    caseWorker,
  );
  for (const s of executing.steps) {
    say(
      `${s.kind}: ${s.outcome}${s.endDate ? `, last day ${s.endDate}` : ''}${s.startDate ? `, from ${s.startDate}` : ''}${s.message ? ` (${s.message})` : ''}`,
    );
  }
  if (executing.stalled) throw new StepFailed(`a provider refused a step: ${JSON.stringify(executing.steps)}`);

  step('The case worker settles it once the hub has seen both changes through the feeds (COMPLETED)');
  const settled = await waitFor('the hub seeing both changes', async () => {
    const { settleTransition } = await gql('settleTransition', { input: { transitionId: proposed.id } }, caseWorker);
    return settleTransition.complete ? settleTransition : null;
  });
  say(`transition ${settled.id}: ${settled.status}`);
  const { participant: path } = await gql('placements', { id: participant.id }, caseWorker);
  for (const p of path.placements) say(`placement ${p.id}: ${p.status}, ${p.startDate} to ${p.endDate ?? '…'}`);

  process.stdout.write(`\nThe whole journey went through: participant ${participant.id}.\n`);
}

/** Every operation of the journey and of the walkthrough, checked against the committed API schema. */
function check() {
  const require = createRequire(import.meta.url);
  const { buildSchema, parse, validate } = require('graphql');
  const { getVariableValues } = require('graphql/execution/values');
  const schema = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
  const walkthrough = readFileSync(join(root, 'docs/walkthrough.md'), 'utf8');
  const documents = [
    ...Object.entries(OPERATIONS).map(([name, text]) => [`scripts/demo-journey.operations.mjs ${name}`, text]),
    // A ```json block right after an operation is its variables.
    ...[...walkthrough.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)].map((m, i) => [
      `docs/walkthrough.md block ${i + 1}`,
      m[1],
      m[2],
    ]),
  ];
  let failures = 0;
  for (const [where, text, variables] of documents) {
    let errors;
    try {
      const document = parse(text);
      errors = [...validate(schema, document)];
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
      if (variables && !errors.length) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], JSON.parse(variables));
        errors.push(...(coerced.errors ?? []));
      }
    } catch (error) {
      errors = [error];
    }
    for (const error of errors) process.stderr.write(`${where}: ${error.message}\n`);
    failures += errors.length;
  }
  if (failures) {
    process.stderr.write(`${failures} problem(s) against schema/api.graphql: change the operations to the new API.\n`);
    process.exit(1);
  }
  process.stdout.write(`${documents.length} operations match schema/api.graphql.\n`);
}

if (process.argv.includes('--check')) check();
else
  try {
    await journey();
  } catch (error) {
    const known = error instanceof StepFailed;
    process.stderr.write(
      `\nThe journey failed at step ${currentStep || '(before the first step)'}:\n  ${known ? error.message : (error.stack ?? String(error))}\n`,
    );
    process.exit(1);
  }
