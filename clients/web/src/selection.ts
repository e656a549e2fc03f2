// The catalogue's state lives in the URL so that a teacher can send a link:
// ?q=&tilbyder=&type=&fag=&sted=&opptak=&apen=1&ledig=1&sort=&side=
// A URL is input from anyone: zod keeps what is valid and drops the rest, so a mistyped or stale link shows the
// catalogue with the filters that still make sense instead of an error from the graph.
import { z } from 'zod';
import type { IntakeMode, OfferFilter, OfferKind } from '../../src/gql/graphql';

export const SORTS = ['tittel', 'ledige', 'frist'] as const;
export type Sort = (typeof SORTS)[number];

const OFFER_KINDS = [
  'ACTIVITY',
  'ADAPTED_WORK',
  'VTA',
  'VTAO',
  'AFT',
  'TRAINING_CANDIDATE',
  'APPRENTICESHIP',
  'YOUTH_PROGRAMME',
] as const satisfies readonly OfferKind[];
const INTAKE_MODES = ['MAIN', 'CONTINUOUS'] as const satisfies readonly IntakeMode[];

export interface Selection {
  q: string;
  providers: string[];
  kinds: OfferKind[];
  trade?: string;
  site?: string;
  mode?: IntakeMode;
  open: boolean;
  free: boolean;
  sort: Sort;
  page: number;
}

/** The graph's limit on free text and names (characters); longer is cut, not refused. */
const TEXT_MAX = 200;
const text = z.string().trim().max(TEXT_MAX);
const kind = z.enum(OFFER_KINDS);
const mode = z.enum(INTAKE_MODES);
const page = z.coerce.number().int().min(1).max(1000);
const sort = z.enum(SORTS);

const valid = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

export function readSelection(params: URLSearchParams): Selection {
  const one = (name: string) => {
    const value = valid(text, params.get(name) ?? undefined);
    return value ? value : undefined;
  };
  return {
    q: (params.get('q') ?? '').trim().slice(0, TEXT_MAX),
    providers: [...new Set(params.getAll('tilbyder').filter((id) => valid(text.min(1), id) !== undefined))],
    kinds: [...new Set(params.getAll('type').flatMap((value) => valid(kind, value) ?? []))],
    trade: one('fag'),
    site: one('sted'),
    mode: valid(mode, params.get('opptak')),
    open: params.get('apen') === '1',
    free: params.get('ledig') === '1',
    sort: valid(sort, params.get('sort')) ?? 'tittel',
    page: valid(page, params.get('side') ?? undefined) ?? 1,
  };
}

export function writeSelection(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.q) params.set('q', selection.q);
  for (const id of selection.providers) params.append('tilbyder', id);
  for (const value of selection.kinds) params.append('type', value);
  if (selection.trade) params.set('fag', selection.trade);
  if (selection.site) params.set('sted', selection.site);
  if (selection.mode) params.set('opptak', selection.mode);
  if (selection.open) params.set('apen', '1');
  if (selection.free) params.set('ledig', '1');
  if (selection.sort !== 'tittel') params.set('sort', selection.sort);
  if (selection.page > 1) params.set('side', String(selection.page));
  return params;
}

/** The graph's filter for a selection; "has free places" is not in the graph and is applied to the answer. */
export function toFilter(selection: Selection): OfferFilter {
  return {
    ...(selection.q && { search: selection.q }),
    ...(selection.providers.length > 0 && { providerIds: selection.providers }),
    ...(selection.kinds.length > 0 && { kinds: selection.kinds }),
    ...(selection.trade && { trade: selection.trade }),
    ...(selection.site && { site: selection.site }),
    ...(selection.mode && { intakeMode: selection.mode }),
    ...(selection.open && { openForApplications: true }),
  };
}
