/**
 * NAV_INGEST_ORGNO: with NAV's organisation number set, the NAV import takes a partner system's token only when its
 * `orgno` is NAV's; the `nav:ingest` scope granted to another organisation's system is not enough. NAV staff are
 * not affected, and without the setting any partner system with the scope may import (as before).
 */
import { DEMO_NAV_ORGNO, demoUsers, signDemoToken, type DemoUser } from '@veiinn/dev-issuer';
import { generateSigningKey, type RunningSubgraph, type SigningKey } from '@veiinn/kit';
import { startNavSubgraph } from '@veiinn/subgraph-nav';
import { createTestDatabase, type TestDatabase } from '@veiinn/testing';

const INGEST_ISSUER = 'http://idp.test';
const ONE_LINE = '{"not":"a record"}\n';
const navImport = demoUsers.find((u) => u.id === 'nav-import')!;
const navStaff = demoUsers.find((u) => u.id === 'nav-staff')!;

describe('the NAV import with NAV_INGEST_ORGNO', () => {
  let idpKey: SigningKey;
  let database: TestDatabase;
  let strictNav: RunningSubgraph;
  let openNav: RunningSubgraph;

  beforeAll(async () => {
    idpKey = await generateSigningKey('ES256');
    database = await createTestDatabase('nav_ingest_orgno');
    const ingestAuth = { issuer: INGEST_ISSUER, publicKey: idpKey.publicJwk };
    strictNav = await startNavSubgraph({ database, ingestAuth: { ...ingestAuth, orgno: DEMO_NAV_ORGNO } });
    // The same database, without the setting: every partner system with the scope may import.
    openNav = await startNavSubgraph({ database, ingestAuth });
  });
  afterAll(async () => {
    await strictNav?.stop();
    await openNav?.stop();
    await database?.drop();
  });

  const ingest = async (nav: RunningSubgraph, user: DemoUser) => {
    const token = await signDemoToken(user, { key: idpKey, issuerUrl: INGEST_ISSUER, audience: 'veiinn-nav-ingest' });
    const response = await fetch(nav.url.replace(/\/graphql$/, '/ingest/deltakere'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
      body: ONE_LINE,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const { orgno: _orgno, ...withoutOrgno } = navImport;
  const cases: [string, DemoUser, number][] = [
    ["NAV's system, with NAV's orgno", navImport, 200],
    ['a partner system of another organisation, with scope nav:ingest', { ...navImport, orgno: '100000001' }, 403],
    ['a partner system without an orgno, with scope nav:ingest', withoutOrgno, 403],
    ['NAV staff (no orgno needed)', navStaff, 200],
  ];

  it('has a synthetic orgno for the demo nav-import system', () => {
    expect(navImport.orgno).toBe(DEMO_NAV_ORGNO);
    expect(DEMO_NAV_ORGNO).toMatch(/^1\d{8}$/);
  });

  it.each(cases)('with the setting: %s -> %d', async (_what, user, status) => {
    const result = await ingest(strictNav, user);
    expect(result.status).toBe(status);
    if (status === 403) {
      expect(result.body).toEqual({
        errors: [{ message: expect.stringContaining(DEMO_NAV_ORGNO), extensions: { code: 'FORBIDDEN' } }],
      });
    } else {
      expect(result.body).toMatchObject({ accepted: 0, rejected: [expect.anything()] });
    }
  });

  it('without the setting, any partner system with scope nav:ingest may import', async () => {
    expect((await ingest(openNav, { ...navImport, orgno: '100000001' })).status).toBe(200);
    expect((await ingest(openNav, withoutOrgno)).status).toBe(200);
  });
});
