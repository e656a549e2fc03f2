/**
 * Retention: each module's rules remove what has passed its time (docs/privacy.md, "Retention"). A dry run counts
 * and changes nothing; applied, exactly the old rows go (drafts never sent with their answers, guardians' claims
 * never confirmed), and nothing else: the log of reads is append-only and stays whole. The clock is the hub's day,
 * moved forward.
 */
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { Application, ApplicationChoice } from '../src/casework/application/application.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Guardianship } from '../src/people/participant/guardianship.entity';
import { Participant } from '../src/people/participant/participant.entity';
import { cutoffOf, retentionRules, runRetention } from '../src/retention';
import { startTestIntake, type TestIntake } from './support';

const P05 = demoParticipantId('p05');
const WALL_CLOCK_DAY = new Date().toISOString().slice(0, 10);
const plusDays = (day: string, days: number) => cutoffOf(day, -days).toISOString().slice(0, 10);

describe('retention', () => {
  let intake: TestIntake;
  let today = WALL_CLOCK_DAY;
  let draftId: string;
  let submittedId: string;
  let claimId: string;

  beforeAll(async () => {
    intake = await startTestIntake({ today: () => today });
    const create = async () =>
      (
        await graphqlData<{ createApplication: { id: string } }>(
          intake.url,
          `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
          {
            input: {
              participantId: P05,
              offerIds: [demoOfferId('bjornegard')],
              newcomer: true,
              submittedByRole: 'CASE_WORKER',
              submittedByName: 'Kari Saksbehandler',
              daysPerWeek: 2,
            },
          },
        )
      ).createApplication.id;
    draftId = await create();
    submittedId = await create();
    await graphqlData(
      intake.url,
      `mutation ($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }`,
      {
        input: { applicationId: submittedId },
      },
    );
    const em = intake.orm.em.fork();
    const participant = await em.findOneOrFail(Participant, { id: P05 });
    const claim = em.create(Guardianship, {
      participant,
      guardianRef: 'retention-test-guardian',
      guardianName: 'Foresatt Testesen',
      relation: 'PARENT',
      wardName: 'Ung Testesen',
      claimedAt: new Date(),
    } as never);
    const entry = (readAt: string) =>
      em.create(AuditEntry, {
        participantId: P05,
        readerSub: 'case-worker',
        roles: 'case-worker',
        category: 'IDENTITY',
        readAt: new Date(readAt),
        requestId: `retention-${readAt}`,
        subgraph: 'intake',
      } as never);
    entry('2019-03-01T10:00:00Z');
    entry(`${WALL_CLOCK_DAY}T10:00:00Z`);
    await em.flush();
    claimId = claim.id;
  });
  afterAll(() => intake?.stop());

  const counts = async () => {
    const em = intake.orm.em.fork();
    return {
      drafts: await em.count(Application, { id: draftId }),
      submitted: await em.count(Application, { id: submittedId }),
      choices: await em.count(ApplicationChoice, { application: draftId }),
      claim: await em.count(Guardianship, { id: claimId }),
      confirmedClaims: await em.count(Guardianship, { confirmedAt: { $ne: null } }),
      oldReads: await em.count(AuditEntry, { requestId: 'retention-2019-03-01T10:00:00Z' }),
      recentReads: await em.count(AuditEntry, { requestId: `retention-${WALL_CLOCK_DAY}T10:00:00Z` }),
    };
  };
  const counted = (report: Awaited<ReturnType<typeof runRetention>>) =>
    Object.fromEntries(report.rules.map((rule) => [rule.name, rule.count]));

  it('takes each module’s rules, with conservative periods', () => {
    expect(retentionRules().map(({ module, rule }) => [module, rule.name, rule.days])).toEqual([
      ['people', 'UNCONFIRMED_GUARDIANSHIPS', 365],
      ['casework', 'DRAFT_APPLICATIONS', 365],
      ['casework', 'LEFT_PARTICIPANTS', 3653],
    ]);
  });

  it('today: nothing has passed its time, and a dry run removes nothing', async () => {
    const before = await counts();
    const report = await runRetention(intake.orm.em, { today, apply: false });
    expect(report.dryRun).toBe(true);
    expect(counted(report)).toEqual({ DRAFT_APPLICATIONS: 0, UNCONFIRMED_GUARDIANSHIPS: 0, LEFT_PARTICIPANTS: 0 });
    expect(await counts()).toEqual(before);
  });

  it('a year and a month on, applied: the draft with its answers and the unconfirmed claim go, the rest stays', async () => {
    today = plusDays(WALL_CLOCK_DAY, 400);
    const before = await counts();
    expect(before).toMatchObject({ drafts: 1, choices: 1, claim: 1, oldReads: 1, submitted: 1 });
    const dry = await runRetention(intake.orm.em, { today, apply: false });
    expect(counted(dry)).toEqual({ DRAFT_APPLICATIONS: 1, UNCONFIRMED_GUARDIANSHIPS: 1, LEFT_PARTICIPANTS: 0 });
    expect(await counts()).toEqual(before);

    const applied = await runRetention(intake.orm.em, { today, apply: true });
    expect(applied.dryRun).toBe(false);
    expect(counted(applied)).toEqual({ DRAFT_APPLICATIONS: 1, UNCONFIRMED_GUARDIANSHIPS: 1, LEFT_PARTICIPANTS: 0 });
    // The submitted application, the confirmed claims and the whole log of reads (old or new) stay.
    expect(await counts()).toEqual({ ...before, drafts: 0, choices: 0, claim: 0 });
    // Run again: nothing more.
    expect(counted(await runRetention(intake.orm.em, { today, apply: true }))).toEqual({
      DRAFT_APPLICATIONS: 0,
      UNCONFIRMED_GUARDIANSHIPS: 0,
      LEFT_PARTICIPANTS: 0,
    });
  });

  it('takes a period from INTAKE_RETENTION_<RULE>_DAYS, and refuses one that is not a whole number of days', async () => {
    const env = { INTAKE_RETENTION_DRAFT_APPLICATIONS_DAYS: '1' };
    expect(retentionRules(env).find(({ rule }) => rule.name === 'DRAFT_APPLICATIONS')?.rule.days).toBe(1);
    await expect(
      runRetention(intake.orm.em, { today, apply: false, env: { INTAKE_RETENTION_DRAFT_APPLICATIONS_DAYS: 'soon' } }),
    ).rejects.toThrow(/INTAKE_RETENTION_DRAFT_APPLICATIONS_DAYS must be an integer/);
  });
});
