import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { Role } from '@veiinn/contracts';
import { Decision } from '../src/casework/decision/decision.entity';
import { ApplicationStatusChange } from '../src/casework/application/application.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

// Issue 17: the allocation office's worklist (filter, order, status counts) and the decision letter's preview.
const BJORNEGARD = demoOfferId('bjornegard');
const BA_KORT = demoOfferId('ba-kort');
const ARBA_VTA = demoOfferId('arba-vta');
const TODAY = '2026-11-23';
const CASE_WORKER = { sub: 'case-worker-1', roles: [Role.CASE_WORKER] };

const WORKLIST = /* GraphQL */ `
  query ($filter: ApplicationFilter, $orderBy: ApplicationOrder, $first: Int, $after: String) {
    applicationWorklist(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      applications {
        totalCount
        nodes {
          id
          status
          participant {
            familyName
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
      statusCounts {
        status
        count
      }
    }
  }
`;
const PREVIEW = /* GraphQL */ `
  query ($input: DecideApplicationInput!) {
    decisionLetterPreview(input: $input) {
      language
      title
      greeting
      paragraphs
    }
  }
`;

type Worklist = {
  applicationWorklist: {
    applications: {
      totalCount: number;
      nodes: { id: string; status: string; participant: { familyName: string } }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
    statusCounts: { status: string; count: number }[];
  };
};

describe('the worklist and the letter preview', () => {
  let intake: TrustedTestIntake;
  const asCaseWorker = () => intake.as(CASE_WORKER);
  const ids: Record<string, string> = {};

  async function apply(
    participant: string,
    offerIds: string[],
    steps: string[],
  ): Promise<{ id: string; version: number }> {
    const run = asCaseWorker();
    const created = await run<{ createApplication: { id: string; version: number } }>(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
      { input: { participantId: demoParticipantId(participant), offerIds } },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const { id } = created.data.createApplication;
    let { version } = created.data.createApplication;
    for (const step of steps) {
      const answer = await run<Record<string, { version: number }>>(
        `mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { version } }`,
        { input: { applicationId: id, expectedVersion: version } },
      );
      version = answer.data![step]!.version;
    }
    return { id, version };
  }

  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: () => TODAY });
    // Ørnvik (p05), Åsheim (p08), Lindemo (p03): Norwegian order is Lindemo, Ørnvik, Åsheim.
    ids.ornvik = (await apply('p05', [BJORNEGARD], ['submitApplication'])).id;
    ids.asheim = (await apply('p08', [BA_KORT], ['submitApplication', 'startApplicationAssessment'])).id;
    ids.lindemo = (await apply('p03', [ARBA_VTA], ['submitApplication'])).id;
  });
  afterAll(() => intake.stop());

  const worklist = async (variables: Record<string, unknown>) => {
    const answer = await asCaseWorker()<Worklist>(WORKLIST, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!.applicationWorklist;
  };
  const names = (list: Worklist['applicationWorklist']) => list.applications.nodes.map((n) => n.participant.familyName);

  it('sorts by name in Norwegian order both ways, and by deadline with continuous intake last', async () => {
    expect(names(await worklist({ orderBy: { field: 'NAME' } }))).toEqual(['Lindemo', 'Ørnvik', 'Åsheim']);
    expect(names(await worklist({ orderBy: { field: 'NAME', direction: 'DESC' } }))).toEqual([
      'Åsheim',
      'Ørnvik',
      'Lindemo',
    ]);
    const byDeadline = await worklist({ orderBy: { field: 'DEADLINE' } });
    expect(byDeadline.applications.totalCount).toBe(3);
    const byStatus = await worklist({ orderBy: { field: 'STATUS', direction: 'DESC' } });
    expect(names(byStatus)[0]).toBe('Åsheim');
  });

  it('filters by status, round, kind, provider and name words, and counts each status without the status filter', async () => {
    const submitted = await worklist({ filter: { status: ['SUBMITTED'] }, orderBy: { field: 'NAME' } });
    expect(names(submitted)).toEqual(['Lindemo', 'Ørnvik']);
    expect(submitted.statusCounts).toEqual([
      { status: 'DRAFT', count: 0 },
      { status: 'SUBMITTED', count: 2 },
      { status: 'UNDER_ASSESSMENT', count: 1 },
      { status: 'DECIDED', count: 0 },
      { status: 'WITHDRAWN', count: 0 },
    ]);
    expect(names(await worklist({ filter: { kind: 'VTA' } }))).toEqual(['Lindemo']);
    expect(names(await worklist({ filter: { providerId: 'baerum-arbeidssenter' } }))).toEqual(['Åsheim']);
    expect(names(await worklist({ filter: { search: 'ÅSH' } }))).toEqual(['Åsheim']);
    expect(names(await worklist({ filter: { search: 'nora åsheim' } }))).toEqual(['Åsheim']);
    expect((await worklist({ filter: { search: 'nobody' } })).applications.totalCount).toBe(0);
    const main = await worklist({ filter: { round: 'MAIN' }, orderBy: { field: 'NAME' } });
    expect(names(main)).toEqual(expect.arrayContaining(['Ørnvik', 'Åsheim']));
    const counted = await worklist({ filter: { round: 'MAIN', search: 'ørnvik', status: ['DECIDED'] } });
    expect(counted.applications.totalCount).toBe(0);
    expect(counted.statusCounts.find((c) => c.status === 'SUBMITTED')?.count).toBe(1);
  });

  it('pages in the order asked, with cursors that refuse another order', async () => {
    const first = await worklist({ orderBy: { field: 'NAME' }, first: 2 });
    expect(names(first)).toEqual(['Lindemo', 'Ørnvik']);
    expect(first.applications.pageInfo.hasNextPage).toBe(true);
    const second = await worklist({
      orderBy: { field: 'NAME' },
      first: 2,
      after: first.applications.pageInfo.endCursor,
    });
    expect(names(second)).toEqual(['Åsheim']);
    expect(second.applications.pageInfo.hasNextPage).toBe(false);
    const same = await asCaseWorker()<Worklist>(
      `query ($orderBy: ApplicationOrder) { applications(orderBy: $orderBy) { totalCount nodes { participant { familyName } } } }`,
      { orderBy: { field: 'NAME', direction: 'DESC' } },
    );
    expect(
      (
        same.data as unknown as { applications: { nodes: { participant: { familyName: string } }[] } }
      ).applications.nodes.map((n) => n.participant.familyName),
    ).toEqual(['Åsheim', 'Ørnvik', 'Lindemo']);
  });

  it('reads the worklist in a fixed number of statements, however many applications it has', async () => {
    const QUERY = `{ applicationWorklist(filter: { kind: ACTIVITY, search: "i" }, orderBy: { field: NAME }) {
      applications { totalCount nodes { id participant { fullName } choices { rank offer { title { nb } provider { name } } } } }
      statusCounts { status count } } }`;
    intake.sql.reset();
    await asCaseWorker()(QUERY);
    const few = intake.sql.count;
    await apply('p10', [BJORNEGARD], ['submitApplication']);
    await apply('p09', [BJORNEGARD], []);
    intake.sql.reset();
    await asCaseWorker()(QUERY);
    expect(intake.sql.count).toBe(few);
    // choices (kind) twice, keys, names, page, counts, then one batch each: participants, choices, offers, providers.
    expect(intake.sql.count).toBeLessThanOrEqual(11);
  });

  it('refuses the worklist, the case and the preview to every role but the case worker', async () => {
    const provider = intake.as({ sub: 'staff-1', roles: [Role.PROVIDER_STAFF], providerId: 'baerum-arbeidssenter' });
    const applicant = intake.as({
      sub: 'applicant-p08',
      roles: [Role.APPLICANT],
      participantIds: [demoParticipantId('p08')],
    });
    for (const client of [provider, applicant]) {
      expect((await client(WORKLIST, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const caseAnswer = await client(`query ($id: ID!) { applicationCase(id: $id) { id } }`, { id: ids.asheim });
      expect(caseAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const preview = await client(PREVIEW, {
        input: { applicationId: ids.asheim, outcome: 'REJECTED', reason: 'Nei.' },
      });
      expect(preview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const own = await asCaseWorker()<{ applicationCase: { id: string } | null }>(
      `query ($id: ID!) { applicationCase(id: $id) { id } }`,
      { id: ids.asheim },
    );
    expect(own.data?.applicationCase).toEqual({ id: ids.asheim });
  });

  it('previews the letter in bokmål and English without writing anything, and refuses what deciding would refuse', async () => {
    const em = intake.orm.em.fork();
    const before = { decisions: await em.count(Decision, {}), history: await em.count(ApplicationStatusChange, {}) };
    const answer = await asCaseWorker()<{
      decisionLetterPreview: { language: string; title: string; greeting: string; paragraphs: string[] }[];
    }>(PREVIEW, {
      input: { applicationId: ids.asheim, outcome: 'REJECTED', reason: 'Du har allerede et arbeid som passer.' },
    });
    expect(answer.errors).toBeUndefined();
    const [nb, en] = answer.data!.decisionLetterPreview;
    expect(nb).toMatchObject({ language: 'NB', title: 'Du har ikke fått plass', greeting: 'Hei, Nora Åsheim' });
    expect(nb!.paragraphs.join(' ')).toContain('Du har allerede et arbeid som passer.');
    expect(en).toMatchObject({ language: 'EN', title: 'You have not been given a place' });
    const after = {
      decisions: await em.fork().count(Decision, {}),
      history: await em.fork().count(ApplicationStatusChange, {}),
    };
    expect(after).toEqual(before);

    const refused = async (input: Record<string, unknown>) =>
      (await asCaseWorker()(PREVIEW, { input: { applicationId: ids.asheim, ...input } })).errors?.[0]?.extensions;
    expect(await refused({ outcome: 'REJECTED' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    expect(await refused({ outcome: 'REJECTED', reason: 'Nei.', expectedVersion: 0 })).toMatchObject({
      code: 'CONFLICT',
    });
    const notAssessed = await asCaseWorker()(PREVIEW, {
      input: { applicationId: ids.ornvik, outcome: 'REJECTED', reason: 'Nei.' },
    });
    expect(notAssessed.errors?.[0]?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_STATE',
    });
    const unknown = await asCaseWorker()(PREVIEW, {
      input: { applicationId: 'c0ffee00-0000-4000-8000-00000000dead', outcome: 'WAITING' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
