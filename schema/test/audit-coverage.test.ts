// Every type that describes one person is declared in its subgraph's audit map (issue 19): the test walks each
// subgraph's schema, finds the object types whose access rule is one for personal data (see `isPersonalRule`), and
// fails for any that no audit map names, unless it is listed
// below with the reason its own fields say nothing about a person.
import { printSubgraphSchema } from '@apollo/subgraph';
import { askerProdukt } from '@veiinn/asker-produkt';
import { Role, type AuditMap } from '@veiinn/contracts';
import { arba } from '@veiinn/subgraph-arba';
import { dayServices } from '@veiinn/subgraph-day-services';
import { createIntakeSchema, intakeAudit } from '@veiinn/subgraph-intake';
import { nav } from '@veiinn/subgraph-nav';
import { workCentre } from '@veiinn/subgraph-work-centre';
import { Kind, parse, type DirectiveNode, type GraphQLSchema } from 'graphql';

const SUBGRAPHS: [name: string, schema: () => Promise<GraphQLSchema>, audit: AuditMap][] = [
  ['intake', createIntakeSchema, intakeAudit],
  ['day-services', dayServices.createSchema, dayServices.audit ?? {}],
  ['work-centre', workCentre.createSchema, workCentre.audit ?? {}],
  ['arba', arba.createSchema, arba.audit ?? {}],
  ['asker-produkt', askerProdukt.createSchema, askerProdukt.audit ?? {}],
  ['nav', nav.createSchema, nav.audit ?? {}],
];

/**
 * Whether a type-level `@requiresScopes` is a rule of personal data: one that lets an applicant or a guardian in,
 * since they may see only what is about themselves or their ward (Access.PERSONAL, PROVIDER_DETAIL, NAV_RECORDS,
 * AUDIT_LOG, and a subgraph's own variants of them in another order).
 */
const isPersonalRule = (directive: DirectiveNode) =>
  directive.name.value === 'requiresScopes' &&
  directive.arguments?.some(
    (argument) =>
      argument.value.kind === Kind.LIST &&
      argument.value.values.some(
        (alternative) =>
          alternative.kind === Kind.LIST &&
          alternative.values.length === 1 &&
          alternative.values[0].kind === Kind.STRING &&
          (alternative.values[0].value === Role.APPLICANT || alternative.values[0].value === Role.GUARDIAN),
      ),
  );

/** Types under a personal rule whose own fields describe no one; their person-describing children are audited. */
const NOT_ABOUT_A_PERSON: Record<string, string> = {
  'intake.FlowMeeting': 'a meeting: its date, week and coordinator; its agenda items are audited',
};

async function personalTypes(schema: GraphQLSchema): Promise<string[]> {
  return parse(printSubgraphSchema(schema)).definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    (definition.directives ?? []).some(isPersonalRule)
      ? [definition.name.value]
      : [],
  );
}

describe('every type that describes a person is audited', () => {
  it('finds the personal types by their access rule (the walk works)', async () => {
    const types = await personalTypes(await createIntakeSchema());
    expect(types).toEqual(expect.arrayContaining(['Participant', 'Application', 'Transition']));
  });

  it.each(SUBGRAPHS)('%s: each type under a personal access rule has an audit category', async (name, build, audit) => {
    const unaudited = (await personalTypes(await build())).filter(
      (type) => !(type in audit) && !(`${name}.${type}` in NOT_ABOUT_A_PERSON),
    );
    expect(unaudited).toEqual([]);
  });
});
