import type { SupergraphSdlHook } from '@apollo/gateway';
import { type Logger } from '@veiinn/service';
import { splitAccessDirectives, type AccessRules } from './access-directives';
import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';

export interface SupergraphState {
  /** SHA-256 of the supergraph the gateway serves now. */
  hash: string;
  loadedAt: Date;
  path: string;
  /** The access rules the subgraphs declared (`@authenticated`, `@requiresScopes`, `@policy`), of this version. */
  rules: AccessRules;
}

/** How many recent versions' rules are kept, for requests that resolved their schema just before a swap. */
const VERSIONS_KEPT = 4;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Serves the supergraph from a file and hands the gateway every new version written to it. The file is polled
 * (not fs.watch) because editors and `npm run compose` replace files by rename, which fs.watch can miss.
 * A file that does not parse or compose is logged and ignored: the gateway keeps the last good supergraph.
 * Requests in flight finish on the schema they started with; the gateway swaps for the next request.
 */
export function supergraphFromFile(path: string, logger: Logger, pollIntervalMs = 500) {
  const state: SupergraphState = { hash: '', loadedAt: new Date(), path, rules: new Map() };
  // The rules by the SDL handed to Apollo: the gateway reports each schema with that SDL (onSchemaLoadOrUpdate),
  // so the gateway can tie a request's schema to the rules of the same version. A file that changes only access
  // directives hands Apollo the same SDL (Apollo keeps its schema): the entry is replaced, the rules change at once.
  const rulesBySdl = new Map<string, AccessRules>();
  const remember = (sdl: string, rules: AccessRules) => {
    rulesBySdl.delete(sdl);
    rulesBySdl.set(sdl, rules);
    while (rulesBySdl.size > VERSIONS_KEPT) rulesBySdl.delete(rulesBySdl.keys().next().value!);
  };
  const hook: SupergraphSdlHook = async ({ update }) => {
    const initialFile = readFileSync(path, 'utf8');
    const initial = splitAccessDirectives(initialFile);
    remember(initial.sdl, initial.rules);
    Object.assign(state, { hash: sha(initialFile), loadedAt: new Date(), rules: initial.rules });
    const onChange = () => {
      let next: string;
      try {
        next = readFileSync(path, 'utf8');
      } catch (error) {
        logger.warn('Supergraph file unreadable; keeping the current one', { path, error: String(error) });
        return;
      }
      const hash = sha(next);
      if (hash === state.hash) return;
      try {
        const split = splitAccessDirectives(next);
        const before = rulesBySdl.get(split.sdl);
        // Known before Apollo swaps: it reports the new schema from inside `update`.
        remember(split.sdl, split.rules);
        try {
          update(split.sdl);
        } catch (error) {
          if (before) remember(split.sdl, before);
          else rulesBySdl.delete(split.sdl);
          throw error;
        }
        Object.assign(state, { hash, loadedAt: new Date(), rules: split.rules });
        logger.info('Supergraph reloaded', { path, hash });
      } catch (error) {
        logger.error('New supergraph rejected; keeping the current one', {
          path,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    };
    watchFile(path, { interval: pollIntervalMs }, onChange);
    return { supergraphSdl: initial.sdl, cleanup: async () => unwatchFile(path, onChange) };
  };
  /** The access rules of the supergraph version whose SDL (as handed to Apollo) is `sdl`; undefined if unknown. */
  const rulesFor = (sdl: string): AccessRules | undefined => rulesBySdl.get(sdl);
  return { hook, state, rulesFor };
}
