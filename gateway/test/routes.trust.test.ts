/**
 * No open route with personal data: with service trust on, the plain HTTP routes beside /graphql answer only the
 * callers they are meant for. `/feed` (participant ids) takes only the hub's service token for that provider;
 * the NAV import takes only the identity provider's token for `veiinn-nav-ingest`, of NAV staff or NAV's system;
 * a decision letter takes only the gateway's caller token for `intake`, of the allocation office or the
 * participant's own side. The table below is sent request by request, and the hub's signed feed reads are what
 * `startTestGraph` syncs with.
 */
import { demoParticipantId } from '@veiinn/demo-data';
import { demoUsers, signDemoToken } from '@veiinn/dev-issuer';
import {
  CALLER_HEADER,
  generateSigningKey,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type RunningSubgraph,
  type SigningKey,
} from '@veiinn/kit';
import { providerCallHeaders } from '@veiinn/subgraph-intake';
import { startNavSubgraph } from '@veiinn/subgraph-nav';
import { createTestDatabase, type TestDatabase } from '@veiinn/testing';
import { decideWaitingApplication, startTestGraph, type TestGraph } from './support';

const INGEST_ISSUER = 'http://idp.test';
const ONE_LINE = '{"not":"a record"}\n';

interface Case {
  name: string;
  send: () => Promise<Response>;
  status: number;
  /** The error code of a refusal's GraphQL-shaped body. */
  code?: string;
}

describe('routes beside /graphql with service trust on', () => {
  let graph: TestGraph;
  let nav: RunningSubgraph;
  let navDatabase: TestDatabase;
  let idpKey: SigningKey;
  /** A key no subgraph trusts. */
  let strangerKey: SigningKey;
  let decisionId: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    // A NAV adapter that checks its import's callers, against an identity provider made for this test.
    idpKey = await generateSigningKey('ES256');
    strangerKey = await generateSigningKey('EdDSA');
    navDatabase = await createTestDatabase('routes_nav');
    nav = await startNavSubgraph({
      database: navDatabase,
      trust: { publicKey: graph.internalKey.publicJwk },
      ingestAuth: { issuer: INGEST_ISSUER, publicKey: idpKey.publicJwk },
    });
    decisionId = await decideWaitingApplication(graph, demoParticipantId('p12'));
  });
  afterAll(async () => {
    await nav?.stop();
    await navDatabase?.drop();
    await graph?.stop();
  });

  const base = (subgraph: RunningSubgraph) => subgraph.url.replace(/\/graphql$/, '');
  const feed = (subgraph: string, headers: Record<string, string> = {}) =>
    fetch(`${base(graph.subgraphs[subgraph])}/feed`, { headers });
  const hubHeaders = (audience: string, key = graph.hubKey) => providerCallHeaders(key)(audience, null, 'routes');
  const gatewayToken = (audience: string, caller: Caller) =>
    signCallerToken(graph.internalKey, { audience, caller, requestId: 'routes' });
  const idpToken = (user: string, audience = 'veiinn-nav-ingest') =>
    signDemoToken(
      demoUsers.find((u) => u.id === user)!,
      { key: idpKey, issuerUrl: INGEST_ISSUER, audience },
    );
  const ingest = (token?: string) =>
    fetch(`${base(nav)}/ingest/deltakere`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...(token && { authorization: `Bearer ${token}` }) },
      body: ONE_LINE,
    });
  const letter = async (caller?: Caller) =>
    fetch(`${base(graph.intake)}/decisions/${decisionId}/letter`, {
      headers: caller ? { [CALLER_HEADER]: await gatewayToken('intake', caller) } : {},
    });
  const applicant = (participant: string): Caller => ({
    sub: 'applicant',
    roles: ['applicant'],
    participantIds: [demoParticipantId(participant)],
  });

  it('refuses each request without the right token, and serves the right ones', async () => {
    const refused: Case[] = [
      { name: 'feed without a token', send: () => feed('day-services'), status: 401, code: 'UNAUTHENTICATED' },
      {
        name: "feed with the gateway's token",
        send: async () =>
          feed('day-services', {
            [CALLER_HEADER]: await gatewayToken('day-services', { sub: 'intake', roles: ['service'] }),
          }),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: "feed with the hub's token for another provider",
        send: async () => feed('day-services', await hubHeaders('work-centre')),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'feed with a service token signed by an unknown key',
        send: async () => feed('day-services', await hubHeaders('day-services', strangerKey)),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: "feed with the hub's key but not the role service",
        send: async () =>
          feed('day-services', {
            [CALLER_HEADER]: await signCallerToken(graph.hubKey, {
              issuer: serviceIssuer('intake'),
              audience: 'day-services',
              caller: { sub: 'intake', roles: ['case-worker'] },
              requestId: 'routes',
            }),
          }),
        status: 403,
        code: 'FORBIDDEN',
      },
      { name: 'NAV feed without a token', send: () => feed('nav'), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'ingest without a token', send: () => ingest(), status: 401, code: 'UNAUTHENTICATED' },
      {
        name: "ingest with a token for the graph's audience",
        send: async () => ingest(await idpToken('nav-import', 'veiinn-gateway')),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'ingest as a case worker (wrong role)',
        send: async () => ingest(await idpToken('case-worker')),
        status: 403,
        code: 'FORBIDDEN',
      },
      {
        name: 'ingest as a partner system without nav:ingest',
        send: async () => ingest(await idpToken('partner-system')),
        status: 403,
        code: 'FORBIDDEN',
      },
      { name: 'letter without a token', send: () => letter(), status: 401, code: 'UNAUTHENTICATED' },
      {
        name: "letter with a token for another subgraph's audience",
        send: async () =>
          fetch(`${base(graph.intake)}/decisions/${decisionId}/letter`, {
            headers: { [CALLER_HEADER]: await gatewayToken('day-services', { sub: 'cw', roles: ['case-worker'] }) },
          }),
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'letter for another participant, as applicant',
        send: () => letter(applicant('p07')),
        status: 403,
        code: 'FORBIDDEN',
      },
      {
        name: 'letter of an unknown decision, as applicant (no probing)',
        send: async () =>
          fetch(`${base(graph.intake)}/decisions/00000000-0000-4000-8000-000000000000/letter`, {
            headers: { [CALLER_HEADER]: await gatewayToken('intake', applicant('p12')) },
          }),
        status: 403,
        code: 'FORBIDDEN',
      },
      {
        name: 'letter as provider staff',
        send: () => letter({ sub: 'staff', roles: ['provider-staff'], providerId: 'baerum-kommunale-dagtilbud' }),
        status: 403,
        code: 'FORBIDDEN',
      },
    ];
    const accepted: Case[] = [
      {
        name: "feed with the hub's token",
        send: async () => feed('day-services', await hubHeaders('day-services')),
        status: 200,
      },
      { name: "NAV feed with the hub's token", send: async () => feed('nav', await hubHeaders('nav')), status: 200 },
      {
        name: 'health without a token',
        send: () => fetch(`${base(graph.subgraphs['day-services'])}/health`),
        status: 200,
      },
      { name: 'ingest as NAV staff', send: async () => ingest(await idpToken('nav-staff')), status: 200 },
      {
        name: "ingest as NAV's system (nav:ingest)",
        send: async () => ingest(await idpToken('nav-import')),
        status: 200,
      },
      { name: 'letter as a case worker', send: () => letter({ sub: 'cw', roles: ['case-worker'] }), status: 200 },
      { name: 'letter as the applicant', send: () => letter(applicant('p12')), status: 200 },
      {
        name: 'letter as a guardian of the participant',
        send: () => letter({ sub: 'g', roles: ['guardian'], participantIds: [demoParticipantId('p12')] }),
        status: 200,
      },
    ];
    const problems: string[] = [];
    for (const c of [...refused, ...accepted]) {
      const response = await c.send();
      const body = (await response.text()) || '';
      if (response.status !== c.status) problems.push(`${c.name}: HTTP ${response.status}, expected ${c.status}`);
      if (c.code) {
        const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
          ?.code;
        if (code !== c.code) problems.push(`${c.name}: code ${code}, expected ${c.code}`);
      }
    }
    console.log(`Routes with service trust: ${refused.length} refused, ${accepted.length} accepted as expected`);
    expect(problems).toEqual([]);
  });

  it("reads every provider's feed with the hub's own service token, per provider", async () => {
    const results = await graph.intake.follower.syncAll();
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results.map((r) => r.providerId).sort()).toEqual(
      ['arba', 'baerum-arbeidssenter', 'baerum-kommunale-dagtilbud', 'nav-baerum'].sort(),
    );
  });
});
