import { ApolloServer } from '@apollo/server';
import { nulCharacterPlugin } from '../src/operation-rules';

/**
 * The NUL check walks each parsed document once (operation-rules.ts `documentHoldsNul`): Apollo hands the same parsed
 * document to every request with the same text, so the answer is remembered per document, and must stay right on
 * every request, not only the first.
 */
describe('nulCharacterPlugin', () => {
  let server: ApolloServer;
  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { echo(text: String): String }',
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string | null }) => text } },
      plugins: [nulCharacterPlugin()],
    });
    await server.start();
  });
  afterAll(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await server.executeOperation({ query, variables });
    return body.kind === 'single' ? body.singleResult : undefined;
  };

  it('refuses a NUL in the document on every request with that document, and lets a clean one through', async () => {
    const withNul = '{ echo(text: "a\\u0000b") }';
    for (let i = 0; i < 3; i++) {
      const result = await run(withNul);
      expect(result?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result?.data).toBeUndefined();
    }
    for (let i = 0; i < 2; i++) expect((await run('{ echo(text: "ab") }'))?.data).toEqual({ echo: 'ab' });
  });

  it('checks the variables of every request, whatever was remembered of the document', async () => {
    const query = 'query ($t: String) { echo(text: $t) }';
    expect((await run(query, { t: 'fine' }))?.data).toEqual({ echo: 'fine' });
    expect((await run(query, { t: 'a\u0000b' }))?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await run(query, { t: 'fine again' }))?.data).toEqual({ echo: 'fine again' });
  });
});
