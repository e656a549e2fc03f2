import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { compareNorwegian, syntheticIdentityNumber } from '@veiinn/kit';
import { Guardian, Participant } from '../src/people/participant/participant.entity';
import { demoParticipants as seedParticipants } from '@veiinn/demo-data';
import { startTestIntake, type TestIntake } from './support';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      id
      fullName
      birthDate
      phone
      email
      version
      guardians {
        name
        relation
        phone
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      id
      familyName
      version
      guardians {
        name
        relation
      }
    }
  }
`;

describe('participants through the intake subgraph', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake();
  });
  afterAll(() => intake.stop());

  const counts = async () => {
    const em = intake.orm.em.fork();
    return { participants: await em.count(Participant, {}), guardians: await em.count(Guardian, {}) };
  };

  it('registers a participant with a guardian and derives the birth date from the identity number', async () => {
    const { registerParticipant } = await graphqlData<{ registerParticipant: Record<string, unknown> }>(
      intake.url,
      REGISTER,
      {
        input: {
          givenName: ' Vilde ',
          familyName: 'Nordhagen',
          nationalIdentityNumber: syntheticIdentityNumber('2008-05-20', 300),
          phone: '000 12 399',
          guardians: [{ name: 'Trond Nordhagen', relation: 'PARENT', phone: '00012398' }],
        },
      },
    );
    expect(registerParticipant).toMatchObject({
      fullName: 'Vilde Nordhagen',
      birthDate: '2008-05-20',
      phone: '00012399',
      email: null,
      version: 1,
      guardians: [{ name: 'Trond Nordhagen', relation: 'PARENT', phone: '00012398' }],
    });
  });

  it('never returns the identity number: the field does not exist in the graph', async () => {
    const result = await graphqlRequest(intake.url, '{ participants(first: 1) { nodes { nationalIdentityNumber } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a second registration of the same identity number with CONFLICT, and writes nothing', async () => {
    const before = await counts();
    const result = await graphqlRequest(intake.url, REGISTER, {
      input: {
        givenName: 'Vilde',
        familyName: 'Kopi',
        nationalIdentityNumber: syntheticIdentityNumber('2008-05-20', 300),
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'nationalIdentityNumber' });
    expect(await counts()).toEqual(before);
  });

  it('refuses invalid input with every field named, and writes nothing', async () => {
    const before = await counts();
    const result = await graphqlRequest(intake.url, REGISTER, {
      input: {
        givenName: '',
        familyName: 'Nordhagen',
        nationalIdentityNumber: '12345678901',
        email: 'nope',
        guardians: [{ name: 'Uten Kontakt', relation: 'OTHER' }],
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'nationalIdentityNumber',
      'givenName',
      'email',
      'guardians.0',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('searches by name and pages in name order', async () => {
    type Page = {
      participants: {
        totalCount: number;
        nodes: { id: string; familyName: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const Q = `query P($search: String, $after: String) { participants(filter: { search: $search }, first: 4, after: $after) {
      totalCount nodes { id familyName } pageInfo { endCursor hasNextPage } } }`;
    const first = await graphqlData<Page>(intake.url, Q, {});
    expect(first.participants.totalCount).toBe(seedParticipants.length + 1);
    const second = await graphqlData<Page>(intake.url, Q, { after: first.participants.pageInfo.endCursor });
    const nodes = [...first.participants.nodes, ...second.participants.nodes];
    expect(new Set(nodes.map((n) => n.id)).size).toBe(8);
    const names = nodes.map((n) => n.familyName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    const found = await graphqlData<Page>(intake.url, Q, { search: 'åsheim' });
    expect(found.participants.nodes).toEqual([{ id: expect.any(String), familyName: 'Åsheim' }]);
  });

  it('replaces guardians on update, moves the version, and refuses a stale version', async () => {
    const em = intake.orm.em.fork();
    const nora = await em.findOneOrFail(Participant, { familyName: 'Åsheim' });
    const updated = await graphqlData<{ updateParticipant: { version: number; guardians: { name: string }[] } }>(
      intake.url,
      UPDATE,
      {
        input: {
          participantId: nora.id,
          expectedVersion: nora.version,
          guardians: [
            { name: 'Lars Åsheim', relation: 'PARENT', phone: '00012309' },
            { name: 'Eva Åsheim', relation: 'PARENT', email: 'eva@example.org' },
          ],
        },
      },
    );
    expect(updated.updateParticipant.guardians.map((g) => g.name)).toEqual(['Lars Åsheim', 'Eva Åsheim']);
    expect(updated.updateParticipant.version).toBe(nora.version + 1);

    const stale = await graphqlRequest(intake.url, UPDATE, {
      input: {
        participantId: nora.id,
        expectedVersion: nora.version,
        familyName: 'X',
      },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: nora.version + 1 });
    const missing = await graphqlRequest(intake.url, UPDATE, {
      input: {
        participantId: '00000000-0000-0000-0000-000000000000',
        familyName: 'X',
      },
    });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Participant' });
    const malformed = await graphqlRequest(intake.url, UPDATE, { input: { participantId: 'p07', familyName: 'X' } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Participant', id: 'p07' });
  });

  it('returns null for an unknown participant id, and for an id that is not a UUID (on PostgreSQL too)', async () => {
    const result = await graphqlRequest(
      intake.url,
      '{ participant(id: "00000000-0000-0000-0000-000000000000") { id } }',
    );
    expect(result).toEqual({ status: 200, data: { participant: null } });
    const malformed = await graphqlRequest(
      intake.url,
      '{ participant(id: "p07") { id } participantsByIds(ids: ["arba", "not-a-uuid"]) { id } }',
    );
    expect(malformed).toEqual({ status: 200, data: { participant: null, participantsByIds: [null, null] } });
  });

  describe('Norwegian text (issue 11)', () => {
    const register = (givenName: string, familyName: string, birthDate: string) =>
      graphqlRequest(intake.url, REGISTER, {
        input: { givenName, familyName, nationalIdentityNumber: syntheticIdentityNumber(birthDate) },
      });

    // A decomposed "Åse" (A + combining ring) was stored as typed, so a search for "åse" did not find her.
    it('stores a decomposed "Åse" in NFC, and a search for "åse" finds her', async () => {
      const result = await register('A\u030Ase', 'Normalsen', '1991-03-03');
      expect(result.errors).toBeUndefined();
      const em = intake.orm.em.fork();
      const stored = await em.findOneOrFail(Participant, { familyName: 'Normalsen' });
      expect(stored.givenName).toBe('\u00C5se');
      const found = await graphqlData<{ participants: { nodes: { familyName: string }[] } }>(
        intake.url,
        '{ participants(filter: { search: "åse normalsen" }) { nodes { familyName } } }',
      );
      expect(found.participants.nodes).toEqual([{ familyName: 'Normalsen' }]);
    });

    // SQL ORDER BY the name was byte order: "Ørnvik" came before "Zahl", and "Aasen" first of all.
    it('lists participants in Norwegian order (… Zahl, Ærø, Ørnvik, Aasen, Åsheim) across pages', async () => {
      for (const [i, family] of ['Ørnvik', 'Aasen', 'Zahl', 'Ærø'].entries()) {
        expect((await register('Kari', family, `1992-04-0${i + 1}`)).errors).toBeUndefined();
      }
      type Page = {
        participants: { nodes: { familyName: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
      const Q = `query P($after: String) { participants(first: 3, after: $after) {
        nodes { familyName } pageInfo { endCursor hasNextPage } } }`;
      const names: string[] = [];
      let after: string | null = null;
      do {
        const page: Page = await graphqlData<Page>(intake.url, Q, { after });
        names.push(...page.participants.nodes.map((n) => n.familyName));
        after = page.participants.pageInfo.hasNextPage ? page.participants.pageInfo.endCursor : null;
      } while (after);
      expect(names).toEqual([...names].sort(compareNorwegian));
      const at = (name: string) => names.indexOf(name);
      expect(at('Zahl')).toBeLessThan(at('Ærø'));
      expect(at('Ærø')).toBeLessThan(at('Ørnvik'));
      expect(at('Ørnvik')).toBeLessThan(at('Aasen'));
      expect(at('Aasen')).toBeLessThan(at('Åsheim'));
    });

    // A TAB in a name was stored and broke letters and exports; the refusal writes nothing.
    it('refuses a TAB or BEL in a name with BAD_USER_INPUT in both languages, before writing anything', async () => {
      const before = await counts();
      const result = await register('Per\tOla', 'Bell\u0007', '1993-05-05');
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'givenName', nb: expect.stringContaining('usynlig tegn'), en: expect.stringContaining('invisible') },
          {
            field: 'familyName',
            nb: expect.stringContaining('usynlig tegn'),
            en: expect.stringContaining('invisible'),
          },
        ],
      });
      expect(result.errors?.[0].message).toMatch(
        /^Dette må rettes:\n- givenName: .*\n- familyName: .* \/ Please correct:\n- givenName: /,
      );
      expect(await counts()).toEqual(before);
    });

    // Length was counted in UTF-16 units: 60 emoji were 120 "characters" and refused under the limit of 100.
    it('accepts a name of 60 emoji under the limit of 100 characters', async () => {
      const result = await register('😀'.repeat(60), 'Emojisen', '1994-06-06');
      expect(result.errors).toBeUndefined();
    });
  });
});
