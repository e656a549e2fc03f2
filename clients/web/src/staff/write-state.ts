// What a write's state asks of the page, apart from the components so it can be tested without a DOM.

/** The graph's error code of a failed write (GraphQLRequestError's `code`); undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Whether a failed write should offer to load the page's data again: CONFLICT means someone (or a provider's feed)
 * changed it meanwhile, and the next try needs the new version; retrying with the cached one fails the same way.
 */
export const offersReload = (error: unknown) => errorCode(error) === 'CONFLICT';
