import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { currentEm, participantScope, type Caller, type ParticipantScope } from '@veiinn/kit';
import type { IntakeContext, IntakeLoaders, IntakeRowRules } from '../context';
import type { HubModule } from '../hub-module';
import { Provider } from '../catalogue';

/**
 * What a provider (or NAV) may see, worked out once per request from every module's part (`organisationView` in
 * the module files, in module order): its providers (`sources`), their offers (`offerIds`), and from those the
 * rows that involve it, by kind (`placementIds`, `applicationIds`, ...), and the participants of all of them.
 */
export type OrganisationView = { participantIds: Set<string> } & Record<string, Set<string>>;

export const NOTHING: FilterQuery<never> = { id: { $in: [] } } as never;

/**
 * The caller's scope for one request, from the caller's `participantScope`: the part of the hub's row rules
 * (docs/security.md, "Row rules in the hub") that knows no module. The rules of each kind of row come from the
 * module that owns it (`rowRules` in its module file) and are merged into the same object, so `rowScope(ctx)`
 * answers them all. Single lookups answer null for a row out of scope (as if absent, so nothing tells that it
 * exists), lists leave it out, and list queries filter in SQL so their `totalCount` agrees. The loaders of the
 * context stay unscoped, for what the hub computes (capacity counts, queue positions, whether a transition is
 * complete), which never returns another person's row.
 */
export class RowScopeCore {
  readonly scope: ParticipantScope;
  private view: Promise<OrganisationView> | undefined;
  private providers: Promise<string[]> | undefined;

  constructor(
    private readonly em: EntityManager,
    readonly loaders: IntakeLoaders,
    readonly caller: Caller | null,
  ) {
    this.scope = participantScope(caller);
  }

  /** The case worker, a service, or no trust configured: every row, no extra query. */
  get seesAll(): boolean {
    return this.scope.kind === 'all';
  }

  /** A provider's or NAV's view: only their scopes ask for it (the `default` branches of the rules). */
  organisation(): Promise<OrganisationView> {
    this.view ??= this.loadView();
    return this.view;
  }

  /** A provider-scoped caller's own providers: by id, or for a partner system by its organisation number. */
  ownProviders(): Promise<string[]> {
    const scope = this.scope;
    if (scope.kind !== 'provider') return Promise.resolve([]);
    // A partner system's token may name only its organisation number: the registry says which provider that is.
    this.providers ??= scope.providerId
      ? Promise.resolve([scope.providerId])
      : this.reader()
          .find(Provider, { organisationNumber: scope.orgno ?? '' }, { fields: ['id'] })
          .then((rows) => rows.map((p) => p.id));
    return this.providers;
  }

  /**
   * Where the scope reads its ids: a fork, so these partial rows (`fields: ['id']`) never enter the identity map the
   * resolvers use; inside a write, a fork that keeps the write's transaction. A write's rule (`requireOwnProvider`)
   * may be the first to ask, inside `em.transactional`: a plain fork would wait for a second connection, and SQLite's
   * only one is the transaction's (issue 10: the hub froze for 60 s).
   */
  reader(): EntityManager {
    return currentEm(this.em).fork({ keepTransactionContext: true });
  }

  private async loadView(): Promise<OrganisationView> {
    const em = this.reader();
    const view: OrganisationView = { participantIds: new Set() };
    for (const part of viewParts) await part(em, view, this);
    return view;
  }

  /** The rows of a list the caller may see. */
  async keep<T>(rows: T[], sees: (row: T) => Promise<boolean>): Promise<T[]> {
    if (this.seesAll) return rows;
    const kept = await Promise.all(rows.map(sees));
    return rows.filter((_, i) => kept[i]);
  }

  /** A single row, or null out of scope, as for an unknown id. */
  async one<T>(row: T | null, sees: (row: T) => Promise<boolean>): Promise<T | null> {
    return row !== null && (await sees(row)) ? row : null;
  }
}

/** The row rules of every module, merged over the caller's scope. */
export type RowScope = RowScopeCore & IntakeRowRules;

type ViewPart = (em: EntityManager, view: OrganisationView, scope: RowScopeCore) => Promise<void>;
let ruleParts: ((scope: RowScope) => object)[] = [];
let viewParts: ViewPart[] = [];

/**
 * Takes the modules' row rules and view parts, in module order (modules.ts calls it once, as it composes the hub):
 * the resolvers that call `rowScope` are the modules' own, so this file cannot import the module list.
 */
export function installRowRules(modules: readonly HubModule[]): void {
  ruleParts = modules.flatMap((m) => (m.rowRules ? [m.rowRules as (scope: RowScope) => object] : []));
  viewParts = modules.flatMap((m) => (m.organisationView ? [m.organisationView] : []));
}

const scopes = new WeakMap<IntakeLoaders, RowScope>();

/** The row rules of this request: one per request (keyed by its loaders), so the provider's view is read once. */
export function rowScope(ctx: Pick<IntakeContext, 'em' | 'loaders' | 'caller'>): RowScope {
  let scope = scopes.get(ctx.loaders);
  if (!scope) {
    scope = new RowScopeCore(ctx.em, ctx.loaders, ctx.caller) as RowScope;
    for (const rules of ruleParts) Object.assign(scope, rules(scope));
    scopes.set(ctx.loaders, scope);
  }
  return scope;
}
