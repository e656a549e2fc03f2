/**
 * Asker Produkt, the first partner, joins the running graph by registration alone (issue 16): the graph starts with
 * the repository's five subgraphs; Asker Produkt's own subgraph starts beside it; the operator's `npm run register`
 * composes it in, the gateway takes the new supergraph while running, and the hub follows its feed. Then its offers
 * are in the catalogue with its own detail, and a case worker's changed decision (a flow meeting's transition) places
 * a person there through the placement protocol. Nothing of the hub or the gateway is restarted, and none of their
 * files changes: the test checks their source folders' digest before and after.
 */
import { askerProdukt } from '@veiinn/asker-produkt';
import {
  demoMeasureInstances,
  demoOfferId,
  demoParticipantId,
  demoParticipants,
  demoPlacementId,
  type NavTopicRecord,
} from '@veiinn/demo-data';
import { serviceIssuer, type RunningSubgraph } from '@veiinn/kit';
import { registerCommand } from '@veiinn/schema';
import { createTestDatabase, type TestDatabase } from '@veiinn/testing';
import { exportJWK } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestAtNav, startTestGraph, type TestGraph } from './support';

const root = join(__dirname, '..', '..');
const schemaDir = join(root, 'schema');
const ASKER_VTA = demoOfferId('asker-vta');
const ASKER_AFT = demoOfferId('asker-aft');
// Asker Produkt's 41 VTA places are all in use (its figures); 10 of its 12 AFT places are.
const ASKER_AFT_INSTANCE = demoMeasureInstances.find((m) => m.key === 'asker-aft')!.id;
// At the work centre (BA's card department) since 2020, and never on NAV's lists in the demo world.
const PERSON = demoParticipantId('p21');
const PERSON_IDENT = demoParticipants.find((p) => p.key === 'p21')!.identityNumber;
const WORK_PLACEMENT = demoPlacementId('ba-21');

/** A digest of every file below the folders, so a change to any of them shows. */
function digestOf(...folders: string[]): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  folders.forEach(walk);
  return hash.digest('hex');
}

describe('Asker Produkt joins the running graph by registration', () => {
  let graph: TestGraph;
  let asker: RunningSubgraph;
  let askerDatabase: TestDatabase;
  let folder: string;
  let today = '2027-10-01';
  const code = [join(root, 'gateway', 'src'), join(root, 'subgraphs', 'intake', 'src')];
  const codeBefore = digestOf(...code);
  const environment = process.env.VEIINN_HUB_TOKEN;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-partner-join-'));
    graph = await startTestGraph({ today: () => today });
    try {
      askerDatabase = await createTestDatabase('asker_produkt_join');
      // Asker Produkt trusts the gateway's key at /graphql and the hub's at /feed and /placements, as every provider.
      asker = await askerProdukt.start({
        database: { databaseUrl: askerDatabase.databaseUrl, sqlitePath: askerDatabase.sqlitePath },
        seedDemoData: true,
        trust: {
          publicKey: graph.internalKey.publicJwk,
          services: [{ issuer: serviceIssuer('intake'), publicKey: graph.hubKey.publicJwk }],
        },
        settings: { today: () => today },
      });
      // The operator has the gateway's key file (as the gateway writes it, mode 0600): registration asks Asker
      // Produkt for its SDL with the gateway's token, since its /graphql answers nobody else.
      const privateJwk = await exportJWK(graph.internalKey.privateKey);
      writeFileSync(join(folder, 'gateway-internal-key.json'), JSON.stringify({ alg: 'EdDSA', privateJwk }), {
        mode: 0o600,
      });
      for (const name of readdirSync(schemaDir).filter((n) => /\.(graphql|yaml)$/.test(n))) {
        if (name !== 'supergraph.graphql') cpSync(join(schemaDir, name), join(folder, name));
      }
    } catch (error) {
      await asker?.stop();
      await askerDatabase?.drop();
      await graph.stop();
      throw error;
    }
  });

  afterAll(async () => {
    if (environment === undefined) delete process.env.VEIINN_HUB_TOKEN;
    else process.env.VEIINN_HUB_TOKEN = environment;
    await asker?.stop();
    await askerDatabase?.drop();
    await graph?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);
  const sync = async () => expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);
  const OFFER = `query ($id: ID!) { offer(id: $id) { id kind places provider { id }
    askerProdukt { places measure departments { id name } } } }`;

  it('is not in the graph before it is registered', async () => {
    const answer = await graph.as('applicant').request(OFFER, { id: ASKER_VTA });
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await graph.intake.follower.syncAll()).map((s) => s.providerId)).not.toContain('asker-produkt');
  });

  it('registers: the gateway serves it without a restart and the hub follows its feed', async () => {
    process.env.VEIINN_HUB_TOKEN = await graph.tokenFor('case-worker');
    const logs = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let result: number;
    try {
      result = await registerCommand([
        'register',
        '--config',
        join(folder, 'supergraph.yaml'),
        '--supergraph',
        graph.supergraphPath,
        '--documents',
        join(root, 'clients', 'persisted-documents.json'),
        '--name',
        'asker-produkt',
        '--url',
        asker.url,
        '--key',
        join(folder, 'gateway-internal-key.json'),
        '--provider-id',
        'asker-produkt',
        '--hub-url',
        graph.gatewayUrl,
      ]);
      expect(errors.mock.calls.flat().join('\n')).toBe('');
      expect(logs.mock.calls.flat().join('\n')).toContain('The hub follows the feed of provider "asker-produkt"');
    } finally {
      logs.mockRestore();
      errors.mockRestore();
    }
    expect(result).toBe(0);
    expect(readFileSync(join(folder, 'supergraph.yaml'), 'utf8')).toContain('asker-produkt');

    // The gateway polls its supergraph file: the new fields arrive without a restart.
    const deadline = Date.now() + 10_000;
    while ((await graph.as('applicant').request(OFFER, { id: ASKER_VTA })).errors) {
      if (Date.now() > deadline) throw new Error('The gateway did not take the new supergraph');
      await new Promise((done) => setTimeout(done, 50));
    }
    await sync();
    expect((await graph.intake.follower.syncAll()).map((s) => s.providerId)).toContain('asker-produkt');
  });

  it('lists its offers in the catalogue, with its places from its feed and its own detail', async () => {
    // The hub has read the whole feed (its 2 offers and 72 placements) and refused none of it.
    const { provider } = await gql<{ provider: { feed: Record<string, unknown> } }>(
      '{ provider(id: "asker-produkt") { feed { behind eventsApplied rejectedEvents lastError } } }',
    );
    expect(provider.feed).toEqual({ behind: 0, eventsApplied: 74, rejectedEvents: 0, lastError: null });
    const { offer: vta } = await graph
      .as('applicant')
      .data<{ offer: Record<string, unknown> }>(OFFER, { id: ASKER_VTA });
    expect(vta).toMatchObject({
      id: ASKER_VTA,
      kind: 'VTA',
      places: 41,
      provider: { id: 'asker-produkt' },
      askerProdukt: { places: 41, measure: 'VTA' },
    });
    const departments = (vta.askerProdukt as { departments: { name: string }[] }).departments.map((d) => d.name);
    expect(departments).toHaveLength(5);
    const { offer: aft } = await graph
      .as('applicant')
      .data<{ offer: Record<string, unknown> }>(OFFER, { id: ASKER_AFT });
    expect(aft).toMatchObject({
      kind: 'AFT',
      places: 12,
      askerProdukt: { places: 12, measure: 'AFT', departments: [] },
    });
  });

  it('a flow meeting’s changed decision places a person at Asker Produkt through the placement protocol', async () => {
    // NAV grants AFT at Asker Produkt: the record waits for its start, which is NAV's decision in the hub.
    const id = randomUUID();
    const at = '2027-10-01T09:00:00';
    const record: NavTopicRecord = {
      key: id,
      value: {
        id,
        gjennomforingId: ASKER_AFT_INSTANCE,
        personIdent: PERSON_IDENT,
        startDato: '2027-11-01',
        sluttDato: null,
        status: { type: 'VENTER_PA_OPPSTART', aarsak: null, opprettetDato: at },
        registrertDato: at,
        endretDato: at,
        kilde: 'KOMET',
        deltakelsesmengder: [{ deltakelsesprosent: 80, dagerPerUke: 5, gyldigFra: '2027-11-01' }],
      },
    };
    await ingestAtNav(graph, [record]);
    await sync();

    type Transition = {
      id: string;
      status: string;
      steps: { kind: string; outcome: string; message: string | null; placement: { id: string } | null }[];
    };
    const TRANSITION = 'id status steps { kind outcome message placement { id } }';
    const mutate = async (field: string, inputType: string, input: Record<string, unknown>) =>
      (
        await gql<Record<string, Transition>>(
          `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${TRANSITION} } }`,
          { input },
        )
      )[field];
    const proposed = await mutate('proposeTransition', 'ProposeTransitionInput', {
      participantId: PERSON,
      kind: 'BETWEEN_PROVIDERS',
      participantWish: 'Jeg vil prøve arbeidstrening i Asker Produkt. / I want work training at Asker Produkt.',
      from: [{ placementId: WORK_PLACEMENT }],
      targets: [{ offerId: ASKER_AFT, hoursPerWeek: 30, startDate: '2027-11-01' }],
    });
    expect(proposed.status).toBe('PROPOSED');
    const { createFlowMeeting } = await gql<{ createFlowMeeting: { id: string } }>(
      `mutation ($input: CreateFlowMeetingInput!) { createFlowMeeting(input: $input) { id } }`,
      { input: { year: 2027, week: 41 } },
    );
    await mutate('addTransitionToAgenda', 'AddTransitionToAgendaInput', {
      flowMeetingId: createFlowMeeting.id,
      transitionId: proposed.id,
    });
    today = '2027-10-12';
    const agreed = await mutate('recordTransitionOutcome', 'RecordTransitionOutcomeInput', {
      transitionId: proposed.id,
      outcome: 'AGREED',
      note: 'Enige: AFT i Asker Produkt fra 1. november. / Agreed: AFT at Asker Produkt from 1 November.',
    });
    expect(agreed.status).toBe('AGREED');

    const executed = await mutate('executeTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(executed.steps.map((s) => [s.kind, s.outcome, s.message])).toEqual([
      ['END', 'ENDED', null],
      ['START', 'CREATED', null],
    ]);
    await sync();
    const settled = await mutate('settleTransition', 'TransitionStepInput', { transitionId: proposed.id });
    expect(settled.status).toBe('COMPLETED');
    const placementId = settled.steps[1].placement!.id;

    // The placement is Asker Produkt's own, in its database, and the hub shows it with Asker Produkt's detail.
    const [row] = await asker.orm.em
      .fork()
      .getConnection()
      .execute<{ participant_id: string; hours_per_week: number }[]>(
        'select participant_id, hours_per_week from placement where id = ?',
        [placementId],
      );
    expect(row).toMatchObject({ participant_id: PERSON, hours_per_week: 30 });
    today = '2027-11-01';
    const { participant } = await gql<{
      participant: { placements: { id: string; status: string; offer: { id: string }; askerProdukt: unknown }[] };
    }>(
      `query ($id: ID!) { participant(id: $id) {
        placements { id status offer { id } askerProdukt { hoursPerWeek startDate measure } } } }`,
      { id: PERSON },
    );
    expect(participant.placements.find((p) => p.id === placementId)).toEqual({
      id: placementId,
      status: 'ACTIVE',
      offer: { id: ASKER_AFT },
      askerProdukt: { hoursPerWeek: 30, startDate: '2027-11-01', measure: 'AFT' },
    });
  });

  it('changed no file of the hub or the gateway', () => {
    expect(digestOf(...code)).toBe(codeBefore);
  });
});
