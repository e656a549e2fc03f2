/**
 * The right of access through the whole graph: `WebMyData` (clients/src/web/my-data.graphql, the walk of every field
 * below Participant) answers the applicant and a guardian whole, with each provider's and NAV's part, through the
 * same rules as every read; and the download is itself in the audit log, under its operation's name.
 */
import { demoParticipantId } from '@veiinn/demo-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from './support';

const P03 = demoParticipantId('p03');
const P07 = demoParticipantId('p07');
/** p03 has places at two providers (day services and the work centre). */
const APPLICANT_P03 = { id: 'applicant-p03', description: 'p03', roles: ['applicant' as const], participantIds: [P03] };
const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'clients', 'persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const MY_DATA = Object.values(manifest).find((text) => text.startsWith('query WebMyData '));
const WARD_DATA = Object.values(manifest).find((text) => text.startsWith('query WebMyWardData('));
const P01 = demoParticipantId('p01');

interface Copy {
  me: {
    participant: {
      id: string;
      givenName: string;
      applications: { id: string }[];
      decisions: { id: string; letterNb: { body: string[] }; letterEn: { body: string[] } }[];
      placements: { provider: { id: string }; arba: unknown; dayServices: unknown; workCentre: unknown }[];
      nav: unknown;
    } | null;
  };
}

describe('the right of access (WebMyData)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('is a registered operation, for oneself and for a young person', () => {
    expect(MY_DATA).toBeDefined();
    expect(WARD_DATA).toBeDefined();
  });

  it('gives the applicant all of it, with the providers’ detail of each place, and no error', async () => {
    const answer = await graph.as(APPLICANT_P03).request(MY_DATA!, {}, { 'x-request-id': 'my-data-applicant' });
    expect(answer.errors).toBeUndefined();
    const { participant } = (answer.data as unknown as Copy).me;
    expect(participant?.id).toBe(P03);
    const providers = new Set(participant!.placements.map((placement) => placement.provider.id));
    expect(providers).toEqual(new Set(['baerum-kommunale-dagtilbud', 'baerum-arbeidssenter']));
    for (const placement of participant!.placements) {
      // Each place comes with the detail of the provider that runs it (the others' fields are null).
      const detail = {
        arba: placement.arba,
        'baerum-kommunale-dagtilbud': placement.dayServices,
        'baerum-arbeidssenter': placement.workCentre,
      };
      expect(detail[placement.provider.id as keyof typeof detail]).toBeTruthy();
    }
  });

  it('gives a guardian their young person’s data, and refuses another’s', async () => {
    const own = await graph.as('guardian').request(WARD_DATA!, { participantId: P01 });
    expect(own.errors).toBeUndefined();
    expect((own.data as { participant: { id: string } }).participant.id).toBe(P01);
    const other = await graph.as('guardian').request(WARD_DATA!, { participantId: P07 });
    // Another's id answers as an unknown one: null, telling nothing of who exists.
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ participant: null });
  });

  it('is itself in the audit log, as reads of WebMyData by the applicant', async () => {
    const log = await graph.as('privacy-officer').data<{
      auditLog: { nodes: { readerSub: string; category: string; operationName: string | null; requestId: string }[] };
    }>(`query ($id: ID!) { auditLog(participantId: $id, first: 100) { nodes { readerSub category operationName requestId } } }`, { id: P03 });
    const download = log.auditLog.nodes.filter((entry) => entry.requestId === 'my-data-applicant');
    expect(download.length).toBeGreaterThan(0);
    expect(new Set(download.map((entry) => entry.operationName))).toEqual(new Set(['WebMyData']));
    expect([...new Set(download.map((entry) => entry.category))].sort()).toEqual(
      expect.arrayContaining(['APPLICATIONS', 'IDENTITY', 'PATH', 'PROVIDER_DETAIL']),
    );
  });
});
