import { GraphQLError } from 'graphql';
import { createErrorFormatter, NotFoundError, UserInputError } from '../src/errors';

describe('error formatter', () => {
  const logged: Record<string, unknown>[] = [];
  const format = createErrorFormatter({ error: (_message, meta) => logged.push(meta) });
  beforeEach(() => (logged.length = 0));

  it('passes known errors with their code and fields, without a stack trace', () => {
    const error = new UserInputError([{ field: 'title.nb', message: 'must not be empty.' }]);
    const formatted = format(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'title.nb: must not be empty.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title.nb', message: 'must not be empty.' }] },
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
    expect(formatted.message).toBe(`Internal error. Reference: ${correlationId}`);
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
    expect(new NotFoundError('Offer', '42').extensions).toEqual({ code: 'NOT_FOUND', typeName: 'Offer', id: '42' });
  });
});
