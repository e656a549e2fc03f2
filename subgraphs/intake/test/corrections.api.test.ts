/**
 * The right to correction (GDPR art. 16): a person (or their guardian) asks for a named field to be corrected with a
 * reason; the allocation office accepts or refuses it with a reason; an accepted name, e-mail or phone changes the
 * participant in the same transaction; the request and the answer are kept, and nothing else is written.
 */
import { demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { CorrectionRequest } from '../src/people/correction/correction.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

const P07 = demoParticipantId('p07');
const P01 = demoParticipantId('p01');
const APPLICANT: Caller = { sub: 'applicant-p07', roles: ['applicant'], participantIds: [P07] };
const OTHER_APPLICANT: Caller = { sub: 'applicant-p01', roles: ['applicant'], participantIds: [P01] };
const CASE_WORKER: Caller = { sub: 'case-worker', roles: ['case-worker'] };
const PROVIDER: Caller = { sub: 'staff', roles: ['provider-staff'], providerId: 'arba' };
const NAV: Caller = { sub: 'nav', roles: ['nav-staff'] };

const FIELDS = 'id field currentValue correctValue reason requestedBy status answer decidedAt previousValue version';
const REQUEST = `mutation ($input: RequestCorrectionInput!) { requestCorrection(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($input: DecideCorrectionRequestInput!) { decideCorrectionRequest(input: $input) { ${FIELDS} } }`;
const OWN = `query ($id: ID!) { participant(id: $id) { givenName email correctionRequests { ${FIELDS} } } }`;

type Request = { id: string; status: string; version: number; previousValue: string | null; requestedBy: string };

describe('correction requests', () => {
  let intake: TrustedTestIntake;
  beforeAll(async () => {
    intake = await startTrustedTestIntake();
  });
  afterAll(() => intake?.stop());

  const ask = (caller: Caller, input: Record<string, unknown>) =>
    intake.as(caller)<{ requestCorrection: Request }>(REQUEST, { input: { participantId: P07, ...input } });
  const decide = (input: Record<string, unknown>) =>
    intake.as(CASE_WORKER)<{ decideCorrectionRequest: Request }>(DECIDE, { input });
  const count = () => intake.orm.em.fork().count(CorrectionRequest);

  it('lets the applicant ask about their own data, recorded as the participant’s request', async () => {
    const answer = await ask(APPLICANT, {
      field: 'GIVEN_NAME',
      currentValue: 'Feil navn',
      correctValue: 'Ingrid Marie',
      reason: 'Mellomnavnet mitt mangler.',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.requestCorrection).toMatchObject({
      status: 'OPEN',
      requestedBy: 'PARTICIPANT',
      previousValue: null,
    });
  });

  it('refuses another’s participant, empty answers and other roles, and writes nothing', async () => {
    const before = await count();
    const other = await ask(OTHER_APPLICANT, { field: 'EMAIL', correctValue: 'a@b.no', reason: 'Feil.' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await ask(APPLICANT, { field: 'EMAIL', correctValue: '  ', reason: '' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((empty.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'correctValue',
      'reason',
    ]);
    for (const caller of [PROVIDER, NAV]) {
      const refused = await ask(caller, { field: 'EMAIL', correctValue: 'a@b.no', reason: 'Feil.' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const notOffice = await intake.as(APPLICANT)(DECIDE, {
      input: {
        requestId: '00000000-0000-4000-8000-000000000000',
        expectedVersion: 1,
        outcome: 'ACCEPTED',
        answer: 'Ja.',
      },
    });
    expect(notOffice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('accepting a name and an e-mail correction changes the participant and keeps what it was', async () => {
    const { data: before } = await intake.as(APPLICANT)<{ participant: { givenName: string } }>(OWN, { id: P07 });
    const name = (await ask(APPLICANT, { field: 'GIVEN_NAME', correctValue: 'Ingrid Marie', reason: 'Mellomnavn.' }))
      .data!.requestCorrection;
    const renamed = await decide({
      requestId: name.id,
      expectedVersion: name.version,
      outcome: 'ACCEPTED',
      answer: 'Ja.',
    });
    expect(renamed.data?.decideCorrectionRequest).toMatchObject({
      status: 'ACCEPTED',
      previousValue: before!.participant.givenName,
    });
    const asked = (
      await ask(APPLICANT, { field: 'EMAIL', correctValue: 'ingrid.ny@example.org', reason: 'Ny adresse.' })
    ).data!.requestCorrection;
    const accepted = await decide({
      requestId: asked.id,
      expectedVersion: asked.version,
      outcome: 'ACCEPTED',
      answer: 'Rettet.',
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.decideCorrectionRequest).toMatchObject({ status: 'ACCEPTED' });
    const { data: after } = await intake.as(APPLICANT)<{
      participant: { givenName: string; email: string; correctionRequests: Request[] };
    }>(OWN, { id: P07 });
    expect(after!.participant).toMatchObject({ givenName: 'Ingrid Marie', email: 'ingrid.ny@example.org' });
    // The history is kept: every request, newest first, each with its answer or still open.
    expect(after!.participant.correctionRequests.map((r) => r.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'OPEN']);
  });

  it('an accepted value that is not valid is refused, and neither the request nor the participant changes', async () => {
    const asked = (await ask(APPLICANT, { field: 'EMAIL', correctValue: 'ikke en adresse', reason: 'Ny.' })).data!
      .requestCorrection;
    const refused = await decide({
      requestId: asked.id,
      expectedVersion: asked.version,
      outcome: 'ACCEPTED',
      answer: 'Ok.',
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const row = await intake.orm.em.fork().findOneOrFail(CorrectionRequest, { id: asked.id });
    expect(row.status).toBe('OPEN');
    const { data } = await intake.as(APPLICANT)<{ participant: { email: string } }>(OWN, { id: P07 });
    expect(data!.participant.email).toBe('ingrid.ny@example.org');
  });

  it('refusing needs a reason, is answered once, and a stale version is a CONFLICT', async () => {
    const asked = (
      await ask(APPLICANT, { field: 'DECISION', correctValue: 'Jeg søkte tre dager.', reason: 'Feil i brevet.' })
    ).data!.requestCorrection;
    const noReason = await decide({
      requestId: asked.id,
      expectedVersion: asked.version,
      outcome: 'REFUSED',
      answer: ' ',
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await decide({
      requestId: asked.id,
      expectedVersion: asked.version + 5,
      outcome: 'REFUSED',
      answer: 'Nei.',
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const done = await decide({
      requestId: asked.id,
      expectedVersion: asked.version,
      outcome: 'REFUSED',
      answer: 'Søknaden sa to dager.',
    });
    expect(done.data?.decideCorrectionRequest).toMatchObject({ status: 'REFUSED', previousValue: null });
    const again = await decide({
      requestId: asked.id,
      expectedVersion: done.data!.decideCorrectionRequest.version,
      outcome: 'ACCEPTED',
      answer: 'Likevel.',
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'CORRECTION_DECIDED' });
  });

  it('lists the open requests for the office only', async () => {
    const LIST = `{ correctionRequests { id status participant { id } } }`;
    const office = await intake.as(CASE_WORKER)<{
      correctionRequests: { status: string; participant: { id: string } }[];
    }>(LIST);
    expect(office.data!.correctionRequests.length).toBeGreaterThan(0);
    expect(office.data!.correctionRequests.every((r) => r.status === 'OPEN' && r.participant.id === P07)).toBe(true);
    const applicant = await intake.as(APPLICANT)(LIST);
    expect(applicant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
