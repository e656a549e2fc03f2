import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '@veiinn/kit';
import { differencingAttack, type KnownRelation } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { Application } from '../src/casework/application/application.entity';
import { ApplicationRound, ApplicationStatus } from '../src/casework/application/application.enums';
import { Decision } from '../src/casework/decision/decision.entity';
import { DecisionOutcome } from '../src/casework/decision/decision.enums';
import { FlowMeeting, FlowMeetingItem, Transition } from '../src/casework/transition/transition.entity';
import {
  FlowMeetingOutcome,
  TransitionKind,
  TransitionProposer,
  TransitionStatus,
} from '../src/casework/transition/transition.enums';
import { Participant } from '../src/people';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * The hub's casework figures (issue 18) against a seeded history: intake rounds by decision, days to decision, flow
 * meetings by outcome; exact for the case worker, with small counts hidden from the analyst and the public so that
 * the differencing attack finds nothing; bad periods refused; statements constant in the number of rows.
 */
const TODAY = '2026-11-23';
const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' };

const CASE_WORKER: Caller = { sub: 'test-case-worker', roles: ['case-worker'] };
const ANALYST: Caller = { sub: 'test-analyst', roles: ['analyst'] };
const PUBLIC: Caller = { sub: 'anonymous', roles: ['public'] };

const COUNT = '{ value suppressed reason }';
const INTAKE = `query Intake($period: StatisticsPeriodInput!) {
  intakeStatistics(period: $period) {
    round label submitted ${COUNT} granted ${COUNT} rejected ${COUNT} waiting ${COUNT} undecided ${COUNT}
    medianDaysToDecision p90DaysToDecision
  }
}`;
const MEETINGS = `query Meetings($period: StatisticsPeriodInput!) {
  flowMeetingStatistics(period: $period) { date week transitions ${COUNT} byOutcome { status count ${COUNT} } }
}`;

type Count = { value: number | null; suppressed: boolean; reason: string | null };
type Round = {
  round: string;
  label: string;
  submitted: Count;
  granted: Count;
  rejected: Count;
  waiting: Count;
  undecided: Count;
  medianDaysToDecision: number | null;
  p90DaysToDecision: number | null;
};
type Meeting = {
  date: string;
  week: number;
  transitions: Count;
  byOutcome: { status: TransitionStatus; count: Count }[];
};
const OUTCOMES = ['granted', 'rejected', 'waiting', 'undecided'] as const;

/** Adds `n` applications of a round submitted on `submittedOn`, decided `days(i)` days later as `outcome` (or not). */
function addApplications(
  em: EntityManager,
  participant: Participant,
  n: number,
  round: { round: ApplicationRound; intakeYear: number | null },
  submittedOn: string,
  outcome: DecisionOutcome | null,
  days: (i: number) => number = () => 10,
) {
  for (let i = 0; i < n; i++) {
    const application = em.create(Application, {
      id: randomUUID(),
      participant,
      status: outcome ? ApplicationStatus.DECIDED : ApplicationStatus.UNDER_ASSESSMENT,
      round: round.round,
      intakeYear: round.intakeYear,
      // Noon in Norway: the day that counts is Norway's.
      submittedAt: new Date(`${submittedOn}T11:00:00Z`),
    } as never);
    if (!outcome) continue;
    const decided = new Date(Date.parse(`${submittedOn}T00:00:00Z`) + days(i) * 86_400_000);
    em.create(Decision, {
      id: randomUUID(),
      application,
      participant,
      outcome,
      reason: outcome === DecisionOutcome.REJECTED ? 'Synthetic reason' : null,
      decidedOn: decided.toISOString().slice(0, 10),
    } as never);
  }
}

/** The cells of an answer's StatCounts by key, null where hidden, and the relations anyone may know between them. */
function roundCells(rounds: Round[]) {
  const cells = new Map<string, number | null>();
  const relations: KnownRelation[] = [];
  for (const r of rounds) {
    cells.set(`${r.round}:submitted`, r.submitted.value);
    for (const o of OUTCOMES) cells.set(`${r.round}:${o}`, r[o].value);
    relations.push({
      terms: [{ key: `${r.round}:submitted`, coef: -1 }, ...OUTCOMES.map((o) => ({ key: `${r.round}:${o}`, coef: 1 }))],
    });
  }
  return { cells, relations };
}
function meetingCells(meetings: Meeting[]) {
  const cells = new Map<string, number | null>();
  const relations: KnownRelation[] = [];
  for (const m of meetings) {
    cells.set(`${m.date}:total`, m.transitions.value);
    for (const o of m.byOutcome) cells.set(`${m.date}:${o.status}`, o.count.value);
    relations.push({
      terms: [
        { key: `${m.date}:total`, coef: -1 },
        ...m.byOutcome.map((o) => ({ key: `${m.date}:${o.status}`, coef: 1 })),
      ],
    });
  }
  return { cells, relations };
}
const smallValues = (cells: Map<string, number | null>) =>
  [...cells].filter(([, v]) => v !== null && v > 0 && v < 5).map(([k]) => k);

describe('casework statistics', () => {
  let intake: TrustedTestIntake;
  let day = TODAY;

  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: () => day });
    const em = intake.orm.em.fork();
    const participant = (await em.find(Participant, {}, { limit: 1 }))[0];
    const main = { round: ApplicationRound.MAIN, intakeYear: 2026 };
    // Main intake 2026: 30 in January; 12 granted after 5..16 days, 6 rejected, 8 waiting, 4 still open.
    addApplications(em, participant, 12, main, '2026-01-20', DecisionOutcome.GRANTED, (i) => 5 + i);
    addApplications(em, participant, 6, main, '2026-01-21', DecisionOutcome.REJECTED, () => 30);
    addApplications(em, participant, 8, main, '2026-01-22', DecisionOutcome.WAITING, () => 40);
    addApplications(em, participant, 4, main, '2026-01-23', null);
    // Newcomers to it: 3, two granted (after 100 days: in May), one open.
    const newcomer = { round: ApplicationRound.NEWCOMER, intakeYear: 2026 };
    addApplications(em, participant, 2, newcomer, '2026-03-02', DecisionOutcome.GRANTED, () => 100);
    addApplications(em, participant, 1, newcomer, '2026-03-03', null);
    // Continuous: 20 in the spring, every one decided.
    const continuous = { round: ApplicationRound.CONTINUOUS, intakeYear: null };
    addApplications(em, participant, 10, continuous, '2026-04-01', DecisionOutcome.GRANTED, () => 20);
    addApplications(em, participant, 5, continuous, '2026-04-02', DecisionOutcome.REJECTED, () => 20);
    addApplications(em, participant, 5, continuous, '2026-04-03', DecisionOutcome.WAITING, () => 20);
    // 2025's applications, outside the period: not counted.
    addApplications(em, participant, 7, { round: ApplicationRound.MAIN, intakeYear: 2025 }, '2025-01-10', null);
    // The flow meetings of 2026: week 18 with 12 transitions (7 agreed, 2 rejected, 3 postponed); week 41 with 6
    // (5 agreed, 1 not decided yet).
    const meeting = (week: number, startDate: string, endDate: string) =>
      em.create(FlowMeeting, { id: randomUUID(), year: 2026, week, startDate, endDate } as never);
    const spring = meeting(18, '2026-04-27', '2026-05-01');
    const autumn = meeting(41, '2026-10-05', '2026-10-09');
    const items: [FlowMeeting, FlowMeetingOutcome | null, number][] = [
      [spring, FlowMeetingOutcome.AGREED, 7],
      [spring, FlowMeetingOutcome.REJECTED, 2],
      [spring, FlowMeetingOutcome.POSTPONED, 3],
      [autumn, FlowMeetingOutcome.AGREED, 5],
      [autumn, null, 1],
    ];
    let position = 0;
    for (const [flowMeeting, outcome, n] of items) {
      for (let i = 0; i < n; i++) {
        const transition = em.create(Transition, {
          id: randomUUID(),
          participant,
          kind: TransitionKind.BETWEEN_PROVIDERS,
          status: TransitionStatus.ON_AGENDA,
          proposedBy: TransitionProposer.CASE_WORKER,
          participantWish: 'Synthetic wish',
        } as never);
        em.create(FlowMeetingItem, { id: randomUUID(), flowMeeting, transition, position: ++position, outcome });
      }
    }
    await em.flush();
  });
  afterAll(() => intake?.stop());
  afterEach(() => {
    day = TODAY;
  });

  async function query<T>(who: Caller, document: string, period: object = YEAR_2026): Promise<T> {
    const result = await intake.as(who)<T>(document, { period });
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  it('counts each intake round by decision, with days to decision, for the case worker', async () => {
    const { intakeStatistics } = await query<{ intakeStatistics: Round[] }>(CASE_WORKER, INTAKE);
    const exact = intakeStatistics.map((r) => [
      r.round,
      r.label,
      ...(['submitted', ...OUTCOMES] as const).map((c) => r[c].value),
      r.medianDaysToDecision,
      r.p90DaysToDecision,
    ]);
    expect(exact).toEqual([
      // 26 decided: 12 after 5..16 days, 6 after 30, 8 after 40; nearest rank 13 is 17 → 30, rank 24 → 40.
      ['MAIN-2026', 'Hovedopptak 2026', 30, 12, 6, 8, 4, 30, 40],
      // Two decided: fewer than 5, no percentiles.
      ['NEWCOMER-2026', 'Nye innbyggere, hovedopptak 2026', 3, 2, 0, 0, 1, null, null],
      ['CONTINUOUS', 'Løpende inntak', 20, 10, 5, 5, 0, 20, 20],
    ]);
    expect(intakeStatistics.every((r) => !r.submitted.suppressed && r.submitted.reason === null)).toBe(true);
  });

  it('gives a past period what the graph answered on its last day', async () => {
    const spring = { from: '2026-01-01', to: '2026-04-30', interval: 'MONTH' };
    const now = await query<{ intakeStatistics: Round[] }>(CASE_WORKER, INTAKE, spring);
    // The newcomers' two grants came in June: at the end of April they were undecided.
    expect(now.intakeStatistics.find((r) => r.round === 'NEWCOMER-2026')!.undecided.value).toBe(3);
    day = '2026-04-30';
    const then = await query<{ intakeStatistics: Round[] }>(CASE_WORKER, INTAKE, spring);
    expect(then).toEqual(now);
  });

  it('counts each flow meeting held by outcome, and leaves out meetings not begun', async () => {
    const { flowMeetingStatistics } = await query<{ flowMeetingStatistics: Meeting[] }>(CASE_WORKER, MEETINGS);
    expect(
      flowMeetingStatistics.map((m) => [m.date, m.week, m.transitions.value, m.byOutcome.map((o) => o.count.value)]),
    ).toEqual([
      ['2026-04-27', 18, 12, [7, 2, 3, 0]],
      ['2026-10-05', 41, 6, [5, 0, 0, 1]],
    ]);
    expect(flowMeetingStatistics[0].byOutcome.map((o) => o.status)).toEqual([
      TransitionStatus.AGREED,
      TransitionStatus.REJECTED,
      TransitionStatus.PROPOSED,
      TransitionStatus.ON_AGENDA,
    ]);
    day = '2026-10-04';
    const before = await query<{ flowMeetingStatistics: Meeting[] }>(CASE_WORKER, MEETINGS);
    expect(before.flowMeetingStatistics.map((m) => m.week)).toEqual([18]);
  });

  it.each([
    ['the analyst', ANALYST],
    ['the public', PUBLIC],
  ])('hides small counts from %s so that no hidden count can be worked out', async (_name, who) => {
    const { intakeStatistics } = await query<{ intakeStatistics: Round[] }>(who, INTAKE);
    const rounds = roundCells(intakeStatistics);
    expect(smallValues(rounds.cells)).toEqual([]);
    expect(differencingAttack(rounds.cells, rounds.relations)).toEqual(new Map());
    // The main intake's 4 open applications are hidden, and so is one more of its cells; the newcomers' 3 and its
    // outcomes too, and with them its percentiles.
    const main = intakeStatistics.find((r) => r.round === 'MAIN-2026')!;
    expect(main.undecided).toMatchObject({ value: null, suppressed: true });
    expect(main.undecided.reason).toMatch(/Skjult.*Hidden/s);
    expect(OUTCOMES.filter((o) => main[o].suppressed).length).toBeGreaterThanOrEqual(2);
    expect(main.submitted.value).toBe(30);
    const newcomer = intakeStatistics.find((r) => r.round === 'NEWCOMER-2026')!;
    expect(newcomer.submitted.suppressed).toBe(true);
    expect(newcomer.medianDaysToDecision).toBeNull();
    const continuous = intakeStatistics.find((r) => r.round === 'CONTINUOUS')!;
    expect(continuous.granted.value).toBe(10);

    const { flowMeetingStatistics } = await query<{ flowMeetingStatistics: Meeting[] }>(who, MEETINGS);
    const meetings = meetingCells(flowMeetingStatistics);
    expect(smallValues(meetings.cells)).toEqual([]);
    expect(differencingAttack(meetings.cells, meetings.relations)).toEqual(new Map());
    expect(flowMeetingStatistics[0].transitions.value).toBe(12);
    expect(flowMeetingStatistics[0].byOutcome[0].count.value).toBe(7);
  });

  it('refuses a period that ends before it starts with a bilingual BAD_USER_INPUT', async () => {
    for (const document of [INTAKE, MEETINGS]) {
      const result = await intake.as(ANALYST)(document, {
        period: { from: '2026-06-01', to: '2026-01-01', interval: 'MONTH' },
      });
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messages: { nb: expect.stringContaining('før starten'), en: expect.stringContaining('before the start') },
      });
    }
  });

  it('reads with as many statements for 1 000 applications and transitions as for 10', async () => {
    const em = intake.orm.em.fork();
    const participant = (await em.find(Participant, {}, { limit: 1 }))[0];
    const round = { round: ApplicationRound.CONTINUOUS, intakeYear: null };
    const period = { from: '2024-01-01', to: '2024-12-31', interval: 'MONTH' };
    const counted = async () => {
      intake.sql.reset();
      const who = intake.as(ANALYST);
      const [a, b] = await Promise.all([
        who<{ intakeStatistics: Round[] }>(INTAKE, { period }),
        who<{ flowMeetingStatistics: Meeting[] }>(MEETINGS, { period }),
      ]);
      expect(a.errors ?? b.errors).toBeUndefined();
      return { statements: intake.sql.count, submitted: a.data!.intakeStatistics[0].submitted.value };
    };
    const meeting = em.create(FlowMeeting, {
      id: randomUUID(),
      year: 2024,
      week: 18,
      startDate: '2024-04-29',
      endDate: '2024-05-03',
    } as never);
    let position = 0;
    const addTransitions = (n: number) => {
      for (let i = 0; i < n; i++) {
        const transition = em.create(Transition, {
          id: randomUUID(),
          participant,
          kind: TransitionKind.CHANGE_EXTENT,
          proposedBy: TransitionProposer.CASE_WORKER,
          participantWish: 'Synthetic wish',
        } as never);
        const outcome = FlowMeetingOutcome.AGREED;
        em.create(FlowMeetingItem, {
          id: randomUUID(),
          flowMeeting: meeting,
          transition,
          position: ++position,
          outcome,
        });
      }
    };
    addApplications(em, participant, 10, round, '2024-03-01', DecisionOutcome.GRANTED);
    addTransitions(10);
    await em.flush();
    const few = await counted();
    addApplications(em, participant, 990, round, '2024-05-01', DecisionOutcome.GRANTED);
    addTransitions(990);
    await em.flush();
    const many = await counted();
    expect([few.submitted, many.submitted]).toEqual([10, 1000]);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(6);
  });
});
