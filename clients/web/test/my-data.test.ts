// The readable copy of one's data leaves out what says nothing to a person, and never drops a value that does.
import { describe, expect, it } from 'vitest';
import { copyFileName, copyFileText, readable, wordsOf } from '../src/pages/mine/my-data';

describe('the readable copy', () => {
  it('keeps every value, group and list, without technical keys or empty values', () => {
    const tree = readable({
      __typename: 'Participant',
      id: 'p07',
      givenName: 'Ada',
      email: null,
      newcomer: false,
      guardians: [],
      career: { current: { id: 'x', status: 'ACTIVE' }, history: [] },
      applications: [
        { id: 'a1', status: 'SUBMITTED', choices: [{ rank: 1, offer: { id: 'o', title: { nb: 'Kafé' } } }] },
      ],
    });
    expect(tree).toEqual([
      { kind: 'value', key: 'givenName', value: 'Ada' },
      { kind: 'value', key: 'newcomer', value: false },
      {
        kind: 'group',
        key: 'career',
        items: [{ kind: 'group', key: 'current', items: [{ kind: 'value', key: 'status', value: 'ACTIVE' }] }],
      },
      {
        kind: 'list',
        key: 'applications',
        items: [
          [
            { kind: 'value', key: 'status', value: 'SUBMITTED' },
            {
              kind: 'list',
              key: 'choices',
              items: [
                [
                  { kind: 'value', key: 'rank', value: 1 },
                  {
                    kind: 'group',
                    key: 'offer',
                    items: [{ kind: 'group', key: 'title', items: [{ kind: 'value', key: 'nb', value: 'Kafé' }] }],
                  },
                ],
              ],
            },
          ],
        ],
      },
    ]);
  });

  it('names an unnamed field in words', () => {
    expect(wordsOf('desiredStartDate')).toBe('Desired start date');
  });

  it('names the file by the day it was made, and keeps everything in it', () => {
    const copy = { madeAt: '2026-12-04T10:00:00.000Z', participantId: 'p07', participant: { id: 'p07', version: 3 } };
    expect(copyFileName(copy)).toBe('veiinn-mine-opplysninger-2026-12-04.json');
    expect(JSON.parse(copyFileText(copy))).toEqual(copy);
  });
});
