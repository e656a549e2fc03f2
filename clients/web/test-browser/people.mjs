// The case workers' participants, waiting lists and feeds pages in the browser (see staff.mjs for the checks every page of every workspace gets).
import { check, heading, signInAsStaff } from './harness.mjs';

/** The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. */
export const pages = [];

export async function run({ page, urls }) {
  await check('people: the participants page opens for its role', async () => {
    await signInAsStaff(page, urls, 'case-worker', '/saksbehandling/deltakere');
    await heading(page, /./);
  });
}
