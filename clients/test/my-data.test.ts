// The person's copy of their data (WebMyData) is the whole tree below Participant in the API schema: a field added
// anywhere below a participant is in it, and what is left out says why.
import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { apiSchemaPath, buildMyDataDocument, LEFT_OUT, myDataPath, REFERENCES, WITH_ARGUMENTS } from '../tools/my-data';

const sdl = readFileSync(apiSchemaPath, 'utf8');

describe('WebMyData, the right of access', () => {
  it('is committed as the walk of the API schema gives it (run npm run my-data when this fails)', () => {
    expect(readFileSync(myDataPath, 'utf8')).toBe(buildMyDataDocument(sdl));
  });

  it('takes in a field added below a participant, in any subgraph’s type', () => {
    const grown = sdl.replace(/^type ArbaAftPeriod \{/m, 'type ArbaAftPeriod {\n  mentorNote: String\n');
    expect(grown).not.toBe(sdl);
    expect(buildMyDataDocument(sdl)).not.toContain('mentorNote');
    expect(buildMyDataDocument(grown)).toContain('mentorNote');
  });

  it('refuses a new paged list below a participant until it is paged apart', () => {
    const grown = sdl.replace(
      /^type Participant \{/m,
      'type Participant {\n  notes(first: Int): AuditEntryConnection!\n',
    );
    expect(() => buildMyDataDocument(grown)).toThrow(/Participant.notes is paged/);
  });

  it('leaves out, names by reference or asks with arguments only fields and types the schema has', () => {
    const schema = buildSchema(sdl);
    const missing = [...Object.keys(LEFT_OUT), ...Object.keys(WITH_ARGUMENTS)].filter((coordinate) => {
      const [type, field] = coordinate.split('.');
      const named = schema.getType(type);
      return !isObjectType(named) || !named.getFields()[field];
    });
    missing.push(...Object.keys(REFERENCES).filter((type) => !schema.getType(type)));
    expect(missing).toEqual([]);
  });
});
