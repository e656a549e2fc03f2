import type { Caller } from '@veiinn/kit';
import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { AccessRules } from '../src/access-directives';
import { countSelectionSetReads, doublingFragments } from '@veiinn/testing';
import {
  DEFAULT_MAX_FIELD_VISITS,
  analyseAccess,
  findRefusals,
  refusalCode,
  refusalErrors,
  rememberedRefusals,
  type AccessPolicy,
} from '../src/authorization';
import { fixtureSchemaAndRules } from './authorization.fixtures';

const anonymous: Caller = { sub: 'anonymous', roles: ['public'] };
const caseWorker: Caller = { sub: 'case-worker', roles: ['case-worker'] };
const providerStaff: Caller = { sub: 'staff', roles: ['provider-staff'], providerId: 'arba' };
const applicant: Caller = { sub: 'applicant', roles: ['applicant'], participantIds: ['p1'] };
const analyst: Caller = { sub: 'analyst', roles: ['analyst'] };

let schema: GraphQLSchema;
let rules: AccessRules;

beforeAll(() => {
  ({ schema, rules } = fixtureSchemaAndRules());
});

/** The refused fields of `query` for `caller`, as `path: coordinates`, after checking the query is valid. */
function refused(
  query: string,
  caller: Caller,
  options: { variables?: Record<string, unknown>; policies?: Record<string, AccessPolicy> } = {},
) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const unknown: string[] = [];
  const refusals = findRefusals(schema, document, operation, rules, caller, {
    ...options,
    onUnknownPolicy: (policy) => unknown.push(policy),
  });
  return {
    refusals,
    unknown,
    summary: Object.fromEntries(refusals.map((r) => [r.path.join('.'), r.coordinates])),
  };
}

describe('the access rules read from the supergraph', () => {
  it('has a rule per directive, on types and fields', () => {
    expect(rules.get('Query.me')).toEqual({ authenticated: true, scopes: [], policies: [] });
    expect(rules.get('Participant')).toEqual({
      authenticated: false,
      scopes: [[['case-worker'], ['provider-staff']]],
      policies: [],
    });
    expect(rules.get('Query.secret')?.policies).toEqual([[['no-such-policy']]]);
  });
});

describe('findRefusals', () => {
  it('lets anyone select an open field', () => {
    expect(refused('{ hello }', anonymous).refusals).toEqual([]);
  });

  it('refuses an anonymous caller an @authenticated field, and only sign-in is missing (401)', () => {
    const { refusals, summary } = refused('{ hello me { sub } }', anonymous);
    expect(summary).toEqual({ me: ['Query.me'] });
    expect(refusals[0]!.onlySignInMissing).toBe(true);
    expect(refusalCode(refusals, anonymous)).toBe('UNAUTHENTICATED');
    expect(refused('{ me { sub } }', analyst).refusals).toEqual([]);
  });

  it('takes scopes as alternatives of scopes that must all be held', () => {
    expect(refused('{ audit }', caseWorker).refusals).toEqual([]);
    // An applicant alone holds one of the two it needs together.
    expect(refused('{ audit }', applicant).summary).toEqual({ audit: ['Query.audit'] });
    expect(refused('{ audit }', { ...applicant, scope: 'acts:participant' }).refusals).toEqual([]);
    expect(refused('{ audit }', { sub: 'x', roles: [], scope: 'acts:participant' }).summary).toEqual({
      audit: ['Query.audit'],
    });
  });

  it('applies a type-level rule wherever the type is reached, through another subgraph’s field too', () => {
    expect(refused('{ rooms { id participant { id } } }', analyst).summary).toEqual({
      'rooms.participant': ['Participant'],
    });
    expect(refused('{ rooms { id participant { id } } }', providerStaff).refusals).toEqual([]);
  });

  it('checks a field rule on top of its type’s rule, and lists every refusal at once', () => {
    const { summary, refusals } = refused(
      '{ hello me { sub } participant(id: "p1") { name identityNumber } }',
      providerStaff,
    );
    expect(summary).toEqual({ 'participant.identityNumber': ['Participant.identityNumber'] });
    expect(refusals[0]!.requires).toEqual({ authenticated: false, scopes: [[['case-worker']]], policies: [] });
    const anon = refused('{ hello me { sub } participant(id: "p1") { name identityNumber } }', anonymous);
    expect(anon.summary).toEqual({
      me: ['Query.me'],
      participant: ['Participant'],
      'participant.identityNumber': ['Participant.identityNumber'],
    });
    // Sign-in alone would not do for the participant: 403, not 401.
    expect(refusalCode(anon.refusals, anonymous)).toBe('FORBIDDEN');
  });

  it('follows fragments and inline fragments, and reports aliases as the response has them', () => {
    const query = `
      query Page {
        first: participant(id: "p1") { ...Card }
        list: participants { ... on Participant { secretNumber: identityNumber } }
      }
      fragment Card on Participant { name id: identityNumber }
    `;
    expect(refused(query, providerStaff).summary).toEqual({
      'first.id': ['Participant.identityNumber'],
      'list.secretNumber': ['Participant.identityNumber'],
    });
    expect(refused(query, caseWorker).refusals).toEqual([]);
  });

  it('checks every possible type behind an interface or a union', () => {
    // Composition copies the implementations' rules onto the interface (Thing, Thing.label); the gateway checks
    // each possible type as well, so it does not depend on that.
    expect(refused('{ things { id label } }', anonymous).summary).toEqual({
      things: ['Thing', 'Participant'],
      'things.label': ['Thing.label', 'Room.label'],
    });
    const composed = rules;
    rules = new Map([...composed].filter(([coordinate]) => !coordinate.startsWith('Thing')));
    try {
      expect(refused('{ things { id label } }', anonymous).summary).toEqual({
        things: ['Participant'],
        'things.label': ['Room.label'],
      });
      expect(refused('{ things { id label } }', analyst).summary).toEqual({ things: ['Participant'] });
      expect(refused('{ things { id label } }', caseWorker).refusals).toEqual([]);
      expect(refused('{ search { ... on Room { id } } }', analyst).summary).toEqual({ search: ['Participant'] });
      expect(
        refused('{ search { ... on Participant { identityNumber } ... on Room { label } } }', providerStaff).summary,
      ).toEqual({ 'search.identityNumber': ['Participant.identityNumber'] });
    } finally {
      rules = composed;
    }
  });

  it('fails closed on a policy the gateway does not know, and says which', () => {
    const { summary, unknown } = refused('{ secret }', caseWorker);
    expect(summary).toEqual({ secret: ['Query.secret'] });
    expect(unknown).toEqual(['no-such-policy']);
    // The same name, once registered, decides.
    expect(refused('{ secret }', caseWorker, { policies: { 'no-such-policy': () => true } }).refusals).toEqual([]);
    expect(refused('{ secret }', caseWorker, { policies: { 'no-such-policy': () => false } }).summary).toEqual({
      secret: ['Query.secret'],
    });
  });

  it('lets introspection through', () => {
    expect(
      refused('{ __typename __schema { types { name } } __type(name: "Participant") { name } }', anonymous).refusals,
    ).toEqual([]);
    expect(refused('{ participants { __typename } }', anonymous).summary).toEqual({ participants: ['Participant'] });
  });

  it('checks mutations, and leaves out fields @skip or @include drop', () => {
    expect(refused('mutation { decide(id: "p1") }', providerStaff).summary).toEqual({ decide: ['Mutation.decide'] });
    const query = 'query ($full: Boolean!) { hello me @include(if: $full) { sub } }';
    expect(refused(query, anonymous, { variables: { full: false } }).refusals).toEqual([]);
    expect(refused(query, anonymous, { variables: { full: true } }).summary).toEqual({ me: ['Query.me'] });
  });

  it('words each refusal in Norwegian and English, with its path, coordinate and requirement', () => {
    const { refusals } = refused('{ p: participant(id: "p1") { identityNumber } }', providerStaff);
    expect(refusalErrors(refusals, providerStaff)).toEqual([
      {
        // Names the field, but no roles: those are in `requires` (issue 11).
        message: 'Du har ikke tilgang til «p.identityNumber». / You may not see "p.identityNumber".',
        locations: [{ line: 1, column: 30 }],
        path: ['p', 'identityNumber'],
        extensions: {
          code: 'FORBIDDEN',
          messages: { nb: 'Du har ikke tilgang til «p.identityNumber».', en: 'You may not see "p.identityNumber".' },
          coordinate: 'Participant.identityNumber',
          requires: { authenticated: false, scopes: [[['case-worker']]], policies: [] },
        },
      },
    ]);
  });

  it('refuses a document whose fragments expand past the guard', () => {
    const { refusals } = (() => {
      const document = parse('{ participants { ...A } } fragment A on Participant { id name label }');
      const operation = document.definitions[0] as OperationDefinitionNode;
      return { refusals: findRefusals(schema, document, operation, rules, caseWorker, { maxFieldVisits: 2 }) };
    })();
    expect(refusalErrors(refusals, caseWorker)).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } }),
    ]);
  });
});

describe('exponential fragment expansion is refused in milliseconds', () => {
  // Each fragment spreads the next one twice. With a field at the bottom the old guard stopped after 20 000 fields;
  // with a skipped one it counted nothing and walked all 2^levels spreads.
  it.each([
    [20, 'name'],
    [30, 'name'],
    [40, 'name'],
    [20, 'name @skip(if: true)'],
    [30, 'name @skip(if: true)'],
    [40, 'name @skip(if: true)'],
  ])('refuses %i levels of doubling fragments ending in `%s` after a bounded walk', (levels, leaf) => {
    const document = parse(doublingFragments(levels, { root: 'participants', on: 'Participant', leaf }));
    expect(validate(schema, document)).toEqual([]);
    const operation = document.definitions[0] as OperationDefinitionNode;
    // Each visited selection reads at most one selection set: the guard's count, and the few of the way down.
    const reads = countSelectionSetReads(document, DEFAULT_MAX_FIELD_VISITS + levels + 5);
    const refusals = findRefusals(schema, document, operation, rules, caseWorker);
    expect(refusalErrors(refusals, caseWorker)).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } }),
    ]);
    // The same bounded work at every depth (about 13 000 reads, some 50 ms), however many spreads lie beyond.
    expect(reads.count).toBeLessThanOrEqual(DEFAULT_MAX_FIELD_VISITS + levels + 5);
  });

  it('still checks a few levels of doubling fragments field by field', () => {
    const query = doublingFragments(4, { root: 'participants', on: 'Participant', leaf: 'identityNumber' });
    expect(refused(query, providerStaff).summary).toEqual({
      'participants.identityNumber': ['Participant.identityNumber'],
    });
    expect(refused(query, caseWorker).refusals).toEqual([]);
  });
});

describe('the refusals remembered per document and caller', () => {
  /** Asks the memory for `query`'s refusals, counting how often they had to be found. */
  function memory() {
    const remembered = rememberedRefusals();
    let found = 0;
    const documents = new Map<string, ReturnType<typeof parse>>();
    const ask = (query: string, caller: Caller, variables?: Record<string, unknown>, withRules = rules) => {
      // The same document object for the same text, as Apollo's document store hands it out.
      let document = documents.get(query);
      if (!document) documents.set(query, (document = parse(query)));
      const operation = document.definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      ) as OperationDefinitionNode;
      return remembered.get(schema, withRules, document, operation, caller, variables, () => {
        found += 1;
        return analyseAccess(schema, document, operation, withRules, caller, { variables });
      }).analysis.refusals;
    };
    return { ask, found: () => found };
  }

  it('finds them once per caller, and never hands one caller another’s verdict', () => {
    const { ask, found } = memory();
    const query = '{ hello me { sub } }';
    expect(ask(query, anonymous).map((r) => r.path.join('.'))).toEqual(['me']);
    expect(ask(query, caseWorker)).toEqual([]);
    expect(ask(query, anonymous).map((r) => r.path.join('.'))).toEqual(['me']);
    expect(ask(query, { roles: ['case-worker'], sub: 'case-worker' })).toEqual([]);
    expect(found()).toBe(2);
    // Another claim is another caller: a policy may read it.
    ask(query, { ...caseWorker, providerId: 'arba' });
    expect(found()).toBe(3);
    // New rules (a supergraph that changed only its access directives keeps the schema): found again, and applied.
    const openRules: AccessRules = new Map();
    expect(ask(query, anonymous, undefined, openRules)).toEqual([]);
    expect(found()).toBe(4);
  });

  it('tells variables apart only where @skip or @include take one', () => {
    const { ask, found } = memory();
    const conditional = 'query ($full: Boolean!) { hello me @include(if: $full) { sub } }';
    expect(ask(conditional, anonymous, { full: false })).toEqual([]);
    expect(ask(conditional, anonymous, { full: true }).map((r) => r.path.join('.'))).toEqual(['me']);
    expect(found()).toBe(2);
    const plain = 'query ($id: ID!) { participant(id: $id) { __typename } }';
    ask(plain, caseWorker, { id: 'p1' });
    ask(plain, caseWorker, { id: 'p2' });
    expect(found()).toBe(3);
  });
});
