import { FailedPreconditionError } from '@veiinn/kit';
import { ApplicationStatus } from '../src/casework/application/application.enums';
import {
  APPLICATION_TRANSITIONS,
  assertDraft,
  canTransition,
  transition,
} from '../src/casework/application/application.state';

const { DRAFT, SUBMITTED, UNDER_ASSESSMENT, DECIDED, WITHDRAWN } = ApplicationStatus;
const ALL = Object.values(ApplicationStatus);

function refusal(step: () => unknown): FailedPreconditionError {
  try {
    step();
  } catch (error) {
    return error as FailedPreconditionError;
  }
  throw new Error('the step was allowed');
}

describe('application state machine', () => {
  it('goes DRAFT → SUBMITTED → UNDER_ASSESSMENT → DECIDED', () => {
    expect(transition(DRAFT, SUBMITTED)).toBe(SUBMITTED);
    expect(transition(SUBMITTED, UNDER_ASSESSMENT)).toBe(UNDER_ASSESSMENT);
    expect(transition(UNDER_ASSESSMENT, DECIDED)).toBe(DECIDED);
  });

  it('allows withdrawing from DRAFT, SUBMITTED and UNDER_ASSESSMENT only', () => {
    expect(ALL.filter((from) => canTransition(from, WITHDRAWN))).toEqual([DRAFT, SUBMITTED, UNDER_ASSESSMENT]);
  });

  it('allows exactly these steps and no other pair', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`));
    expect(allowed).toEqual([
      'DRAFT>SUBMITTED',
      'DRAFT>WITHDRAWN',
      'SUBMITTED>UNDER_ASSESSMENT',
      'SUBMITTED>WITHDRAWN',
      'UNDER_ASSESSMENT>DECIDED',
      'UNDER_ASSESSMENT>WITHDRAWN',
    ]);
  });

  it('lets nothing leave DECIDED or WITHDRAWN', () => {
    expect(APPLICATION_TRANSITIONS[DECIDED]).toEqual([]);
    expect(APPLICATION_TRANSITIONS[WITHDRAWN]).toEqual([]);
    for (const to of ALL) {
      expect(canTransition(DECIDED, to)).toBe(false);
      expect(canTransition(WITHDRAWN, to)).toBe(false);
    }
  });

  it('refuses a forbidden step with FAILED_PRECONDITION naming from and to', () => {
    const error = refusal(() => transition(DRAFT, DECIDED));
    expect(error).toBeInstanceOf(FailedPreconditionError);
    expect(error.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'APPLICATION_STATE',
      from: DRAFT,
      to: DECIDED,
    });
    expect(error.message).toContain('from DRAFT to DECIDED');
    expect(refusal(() => transition(WITHDRAWN, SUBMITTED)).message).toContain('it is final');
  });

  it('refuses the same step twice: submitting a submitted application', () => {
    expect(refusal(() => transition(SUBMITTED, SUBMITTED)).extensions.rule).toBe('APPLICATION_STATE');
  });

  it('lets only a draft be changed', () => {
    expect(() => assertDraft(DRAFT)).not.toThrow();
    for (const status of [SUBMITTED, UNDER_ASSESSMENT, DECIDED, WITHDRAWN]) {
      expect(refusal(() => assertDraft(status)).extensions).toMatchObject({ rule: 'APPLICATION_STATE', from: status });
    }
  });
});
