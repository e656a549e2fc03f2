/** The parts of the suite, in the order the checklist shows them (the numbering of docs/partners.md). */
export const GROUPS = {
  federation: 'Federation',
  feed: 'Change feed (veiinn-feed/1)',
  trust: 'Service trust',
  errors: 'Error contract',
  descriptions: 'Descriptions',
  placement: 'Placement protocol',
} as const;
export type GroupId = keyof typeof GROUPS;

/** `not-checked`: neither passed nor failed, e.g. a check that needs a key that was not given. */
export type CheckStatus = 'pass' | 'fail' | 'not-checked';

export interface CheckResult {
  group: GroupId;
  /** Stable id of the check, e.g. `feed.order`, for tests and scripts. */
  id: string;
  /** What is checked, in a few words. */
  title: string;
  status: CheckStatus;
  /** One line: what was seen (on a pass) or what is wrong and where (on a failure). */
  reason: string;
}

/** Thrown by a check that found the subgraph wrong; its message is the reason. */
export class CheckFailed extends Error {}
/** Thrown by a check that could not run (a key not given, nothing to try it on); its message says why. */
export class NotChecked extends Error {}

export const fail = (reason: string): never => {
  throw new CheckFailed(reason);
};
export const notChecked = (reason: string): never => {
  throw new NotChecked(reason);
};

/** A check: resolves with the reason of a pass, throws CheckFailed or NotChecked otherwise. */
export type Check = () => Promise<string>;

/**
 * Runs one check and records its result. Anything else it throws (a connection refused, a timeout) is a failure
 * too, with the error's message: a partner sees what went wrong rather than a stack trace.
 */
export async function run(
  results: CheckResult[],
  group: GroupId,
  id: string,
  title: string,
  check: Check,
): Promise<CheckResult> {
  let result: CheckResult;
  try {
    result = { group, id, title, status: 'pass', reason: await check() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result = { group, id, title, status: error instanceof NotChecked ? 'not-checked' : 'fail', reason };
  }
  results.push(result);
  return result;
}
