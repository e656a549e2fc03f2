// The catalogue's URL is a link a teacher sends: it must survive a round trip, and a broken one must still open.
import { describe, expect, it } from 'vitest';
import { readSelection, toFilter, writeSelection } from '../src/selection';

describe('the catalogue URL', () => {
  it('keeps every filter, the sort and the page through a round trip', () => {
    const url =
      'q=kaf%C3%A9&tilbyder=arba&type=VTA&type=AFT&fag=Mat&sted=Rud&opptak=MAIN&apen=1&ledig=1&sort=frist&side=2';
    const selection = readSelection(new URLSearchParams(url));
    expect(selection).toEqual({
      q: 'kafé',
      providers: ['arba'],
      kinds: ['VTA', 'AFT'],
      trade: 'Mat',
      site: 'Rud',
      mode: 'MAIN',
      open: true,
      free: true,
      sort: 'frist',
      page: 2,
    });
    expect(writeSelection(selection).toString()).toBe(url);
  });

  it('drops what is not valid (an unknown kind, intake mode or sort, a bad page) instead of asking the graph with it', () => {
    const selection = readSelection(new URLSearchParams('type=VTA&type=DANCING&opptak=SOMETIMES&sort=price&side=-3'));
    expect(selection).toMatchObject({ kinds: ['VTA'], mode: undefined, sort: 'tittel', page: 1 });
    expect(toFilter(selection)).toEqual({ kinds: ['VTA'] });
  });

  it('sends the graph only the filters chosen; "has free places" stays in the browser', () => {
    expect(toFilter(readSelection(new URLSearchParams('ledig=1')))).toEqual({});
    expect(toFilter(readSelection(new URLSearchParams('apen=1&q=%20tre%20')))).toEqual({
      search: 'tre',
      openForApplications: true,
    });
  });
});
