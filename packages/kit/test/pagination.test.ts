import { Cursor } from '@mikro-orm/core';
import { validateConnectionArgs } from '../src/pagination';

describe('connection arguments', () => {
  it('accepts forward and backward paging', () => {
    expect(validateConnectionArgs({ first: 10, after: Cursor.encode(['a', 'b']) })).toEqual([]);
    expect(validateConnectionArgs({ last: 100, before: Cursor.encode(['a']) })).toEqual([]);
    expect(validateConnectionArgs({})).toEqual([]);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: -1, before: Cursor.encode(['a']) }, 'last'],
    [{ first: 1, last: 1 }, 'last'],
    [{ after: 'x', before: 'y' }, 'before'],
    [{ after: 'definitely not a cursor' }, 'after'],
    [{ last: 5, after: Cursor.encode(['a']) }, 'last'],
  ])('refuses %j on field %s', (args, field) => {
    expect(validateConnectionArgs(args).map((p) => p.field)).toContain(field);
  });
});
