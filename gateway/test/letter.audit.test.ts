/**
 * A decision letter read at the hub's own route (`GET /decisions/:id/letter`) is a read of the participant's
 * personal data like any read through the graph: the hub writes it to the audit log before the letter leaves, and
 * the privacy officer finds it in `auditLog`. A refused read leaves nothing in the log.
 */
import { demoParticipantId } from '@veiinn/demo-data';
import { CALLER_HEADER, signCallerToken, type Caller } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { decideWaitingApplication, startTestGraph, type TestGraph } from './support';

const P12 = demoParticipantId('p12');

interface LogEntry {
  readerSub: string;
  readerRoles: string[];
  category: string;
  operationName: string | null;
  requestId: string;
  subgraph: string;
}
const AUDIT_LOG = `query ($id: ID!) { auditLog(participantId: $id, first: 100) {
  nodes { readerSub readerRoles category operationName requestId subgraph } } }`;

describe('the audit log of decision letters', () => {
  let graph: TestGraph;
  let decisionId: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    decisionId = await decideWaitingApplication(graph, P12);
  });
  afterAll(() => graph?.stop());

  /** The letter, as the gateway's caller token for `intake` of `caller` asks for it, with its own request id. */
  async function letter(caller: Caller, requestId: string): Promise<Response> {
    const token = await signCallerToken(graph.internalKey, { audience: 'intake', caller, requestId });
    return fetch(`${graph.intake.url.replace(/\/graphql$/, '')}/decisions/${decisionId}/letter?lang=en`, {
      headers: { [CALLER_HEADER]: token, 'x-request-id': requestId },
    });
  }
  async function entriesOf(participantId: string, requestId: string): Promise<LogEntry[]> {
    const data = await graph
      .as('privacy-officer')
      .data<{ auditLog: { nodes: LogEntry[] } }>(AUDIT_LOG, { id: participantId });
    return data.auditLog.nodes.filter((e) => e.requestId === requestId);
  }

  it("records the applicant's read of their letter, and the privacy officer sees it", async () => {
    const requestId = randomUUID();
    const response = await letter({ sub: 'applicant-p12', roles: ['applicant'], participantIds: [P12] }, requestId);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/\S/);
    expect(await entriesOf(P12, requestId)).toEqual([
      {
        readerSub: 'applicant-p12',
        readerRoles: ['applicant'],
        category: 'APPLICATIONS',
        operationName: 'GET /decisions/:id/letter',
        requestId,
        subgraph: 'intake',
      },
    ]);
  });

  it("records a case worker's read with the case worker's roles", async () => {
    const requestId = randomUUID();
    const response = await letter({ sub: 'cw-letter', roles: ['case-worker'] }, requestId);
    expect(response.status).toBe(200);
    expect(await entriesOf(P12, requestId)).toEqual([
      expect.objectContaining({ readerSub: 'cw-letter', readerRoles: ['case-worker'], category: 'APPLICATIONS' }),
    ]);
  });

  it("leaves no entry for a refused read (another participant's applicant)", async () => {
    const requestId = randomUUID();
    const p07 = demoParticipantId('p07');
    const response = await letter({ sub: 'applicant-p07', roles: ['applicant'], participantIds: [p07] }, requestId);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }],
    });
    expect(await entriesOf(P12, requestId)).toEqual([]);
    expect(await entriesOf(p07, requestId)).toEqual([]);
  });

  it('withholds the letter with 503 when the read cannot be written to the log (fail closed)', async () => {
    const connection = graph.intake.orm.em.getConnection();
    // The log's table is out of reach for a moment: the write fails as it would with the database in trouble.
    await connection.execute('alter table audit_entry rename to audit_entry_away');
    let response: Response;
    const requestId = randomUUID();
    try {
      response = await letter({ sub: 'applicant-p12', roles: ['applicant'], participantIds: [P12] }, requestId);
    } finally {
      await connection.execute('alter table audit_entry_away rename to audit_entry');
    }
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, string> }[] };
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/audit log, so the letter is withheld/),
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/vedtak|decision letter|Dear/i);
    expect(await entriesOf(P12, requestId)).toEqual([]);
  });
});
