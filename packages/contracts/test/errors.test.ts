import { GraphQLError } from 'graphql';
import { createErrorFormatter, NotFoundError, UserInputError } from '../src/errors';

describe('error formatter', () => {
  it("gives the GraphQL library's English-only messages bokmål before them, and leaves our own alone", () => {
    const format = createErrorFormatter({ error: () => undefined });
    const parsed = format(
      { message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      undefined,
    );
    expect(parsed.message).toBe(
      'Spørringen kan ikke leses: den har en skrivefeil (se hvor i den engelske teksten). / Syntax Error: Expected Name, found <EOF>.',
    );
    const ours = format(
      { message: 'Ugyldig dato. / Invalid date.', extensions: { code: 'BAD_USER_INPUT' } },
      undefined,
    );
    expect(ours.message).toBe('Ugyldig dato. / Invalid date.');
  });

  const logged: Record<string, unknown>[] = [];
  const format = createErrorFormatter({ error: (_message, meta) => logged.push(meta) });
  beforeEach(() => (logged.length = 0));

  it('passes known errors with their code and fields, without a stack trace', () => {
    const error = new UserInputError([{ field: 'title.nb', nb: 'må fylles ut.', en: 'must be filled in.' }]);
    const formatted = format(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'title.nb: må fylles ut. / title.nb: must be filled in.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messages: { nb: 'title.nb: må fylles ut.', en: 'title.nb: must be filled in.' },
        fields: [
          {
            field: 'title.nb',
            message: 'må fylles ut. / must be filled in.',
            nb: 'må fylles ut.',
            en: 'must be filled in.',
          },
        ],
      },
    });
    expect(logged).toHaveLength(0);
  });

  it('passes UNAUTHENTICATED and FORBIDDEN with their message', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN']) {
      expect(format({ message: 'Sign in again.', extensions: { code } }, new GraphQLError('x'))).toEqual({
        message: 'Sign in again.',
        extensions: { code },
      });
    }
    expect(logged).toHaveLength(0);
  });

  it('masks unknown errors, logging the details under the reference it returns', () => {
    const secret = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    const wrapped = new GraphQLError(secret.message, { originalError: secret, path: ['offers'] });
    const formatted = format(
      {
        message: secret.message,
        path: ['offers'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at y'] },
      },
      wrapped,
    );
    const correlationId = formatted.extensions?.correlationId as string;
    expect(formatted.message).toBe(
      `Intern feil. Referanse: ${correlationId} / Internal error. Reference: ${correlationId}`,
    );
    expect(JSON.stringify(formatted)).not.toMatch(/hunter2|ECONNREFUSED|at y/);
    expect(logged).toEqual([
      expect.objectContaining({ correlationId, error: expect.objectContaining({ message: secret.message }) }),
    ]);
  });

  it('keeps the reference of an error a subgraph already masked', () => {
    const fromSubgraph = {
      message: 'Internal error. Reference: abc',
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'abc' },
    };
    expect(format(fromSubgraph, new Error('x'))).toEqual(fromSubgraph);
  });

  it('describes a missing record by type and id', () => {
    const error = new NotFoundError('Offer', '42');
    expect(error.extensions).toEqual({
      code: 'NOT_FOUND',
      messages: { nb: 'Det finnes ikke et tilbud med id «42».', en: 'Offer with id "42" does not exist.' },
      typeName: 'Offer',
      id: '42',
    });
    expect(error.message).toBe('Det finnes ikke et tilbud med id «42». / Offer with id "42" does not exist.');
  });

  // Issue 11: problems were joined as "a: x.; b: y." in English only; a person reads a list, in either language.
  it('words several problems as a list in bokmål and English, and one problem as one line', () => {
    const error = new UserInputError([
      { field: 'givenName', nb: 'må fylles ut.', en: 'must be filled in.' },
      { field: 'familyName', nb: 'kan ha høyst 100 tegn.', en: 'may have at most 100 characters.' },
    ]);
    expect(error.extensions.messages).toEqual({
      nb: 'Dette må rettes:\n- givenName: må fylles ut.\n- familyName: kan ha høyst 100 tegn.',
      en: 'Please correct:\n- givenName: must be filled in.\n- familyName: may have at most 100 characters.',
    });
    expect(error.message).toBe(
      'Dette må rettes:\n- givenName: må fylles ut.\n- familyName: kan ha høyst 100 tegn. / ' +
        'Please correct:\n- givenName: must be filled in.\n- familyName: may have at most 100 characters.',
    );
    expect(error.extensions.fields).toEqual([
      {
        field: 'givenName',
        message: 'må fylles ut. / must be filled in.',
        nb: 'må fylles ut.',
        en: 'must be filled in.',
      },
      {
        field: 'familyName',
        message: 'kan ha høyst 100 tegn. / may have at most 100 characters.',
        nb: 'kan ha høyst 100 tegn.',
        en: 'may have at most 100 characters.',
      },
    ]);
  });
});
