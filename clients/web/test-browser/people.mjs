// The case workers' participants, waiting lists and feeds pages in the browser, keyboard only (see staff.mjs for the
// checks every page of every workspace gets): a case worker searches a participant, reads their whole path across
// providers, corrects the phone, meets a CONFLICT from a change made meanwhile, registers a new participant through
// the form (one field wrong first), sorts a waiting list by waiting time and sees who left and why, and opens the feeds.
import { syntheticIdentityNumber } from '@veiinn/contracts';
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { join } from 'node:path';
import {
  assert,
  asStaff,
  check,
  goInApp,
  heading,
  pagePasses,
  press,
  root,
  signInAsStaff,
  tabUntil,
  tokenFor,
} from './harness.mjs';

/** Tiril Eikeland: moved from Bærum arbeidssenter's carpentry to VTA at Arba, so NAV has her as taking part. */
const PATH_PARTICIPANT = demoParticipantId('p29');
const NEW_NUMBER = syntheticIdentityNumber('2003-10-27', 777);
const BJORNEGARD = demoOfferId('bjornegard');

/** The pages of the workspace, for staff.mjs: axe in nb and en as `user`, and refused to every other role. */
export const pages = [
  {
    path: '/saksbehandling/deltakere',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [{ name: 'StaffPeopleParticipants', variables: { search: null, first: 20 } }],
  },
  {
    path: '/saksbehandling/deltakere/ny',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [
      {
        name: 'StaffPeopleRegisterParticipant',
        variables: { input: { givenName: 'Ikke', familyName: 'Lagret', nationalIdentityNumber: NEW_NUMBER } },
      },
    ],
  },
  {
    path: `/saksbehandling/deltakere/${PATH_PARTICIPANT}`,
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [
      { name: 'StaffPeopleParticipant', variables: { id: PATH_PARTICIPANT } },
      {
        name: 'StaffPeopleUpdateParticipant',
        variables: { input: { participantId: PATH_PARTICIPANT, expectedVersion: 1, phone: '00000000' } },
      },
    ],
  },
  {
    path: '/saksbehandling/ventelister',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [
      {
        name: 'StaffPeopleWaitingLists',
        variables: { kinds: ['VTA'], offerId: null, includeLeft: true },
        publicFields: ['offers'],
      },
    ],
  },
  {
    path: '/saksbehandling/rettinger',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [{ name: 'StaffCaseworkCorrections', variables: { status: ['OPEN'] } }],
  },
  {
    path: '/saksbehandling/datakilder',
    user: 'case-worker',
    roles: ['case-worker'],
    operations: [{ name: 'StaffPeopleFeeds', variables: {} }],
  },
];

/** The whole answer of query text sent as staff ({ data, errors }), refused or not. */
async function staffAnswer(urls, token, query, variables) {
  const response = await fetch(urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const UPDATE = `mutation ($input: UpdateParticipantInput!) { updateParticipant(input: $input) { version phone email } }`;
const READ = `query ($id: ID!) { participant(id: $id) { version phone email } }`;

/** Tab to the input with this id and type `text` over what it holds. */
async function typeInto(page, id, text) {
  await tabUntil(page, (wanted) => document.activeElement?.id === wanted, `the field ${id}`, 120, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const focusedIn = (page, selector) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

export async function run({ page, urls }) {
  const token = await tokenFor(urls, 'case-worker');
  let newId;

  await check('people: a case worker finds a participant by name and reads the whole path, by keyboard', async () => {
    await signInAsStaff(page, urls, 'case-worker', '/saksbehandling/deltakere');
    await heading(page, 'Deltakere');
    // Pages of 20 by keyset: the next page's cursor and number go into the URL, and back again.
    await page.locator('table tbody tr').first().waitFor();
    const first = await page.locator('table tbody tr').first().innerText();
    await press(page, 'Neste side');
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.has('after'));
    await page.getByText(/^Side 2 av \d+$/).waitFor();
    await page.waitForFunction((text) => document.querySelector('table tbody tr')?.textContent !== text, first);
    await press(page, 'Forrige side');
    await page.waitForURL((url) => !url.searchParams.has('page') && !url.searchParams.has('before'));
    await page.waitForFunction((text) => document.querySelector('table tbody tr')?.innerText === text, first);
    await tabUntil(page, () => document.activeElement?.matches('input[type=search]'), 'the search field');
    await page.keyboard.type('Eikeland');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Eikeland');
    await page
      .getByRole('status')
      .filter({ hasText: /deltaker/ })
      .waitFor();
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('table tbody tr')].every((tr) => tr.textContent.includes('Eikeland')),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    assert(rows.length > 0 && rows.every((row) => row.includes('Eikeland')), `rows: ${rows.join(' | ')}`);
    await press(page, 'Tiril Eikeland');
    await heading(page, 'Tiril Eikeland');
    const places = await page.locator('#placements-heading').locator('..').innerText();
    assert(places.includes('Bærum arbeidssenter') && places.includes('Arba Inkludering'), `places: ${places}`);
    assert(places.includes('Sluttet') && places.includes('Har plass nå'), `placement states: ${places}`);
    const nav = await page.locator('#nav-heading').locator('..').innerText();
    assert(nav.includes('Deltar') && nav.includes('Varig tilrettelagt arbeid'), `NAV: ${nav}`);
    await pagePasses(page, 'nb');
    await page.screenshot({ path: join(root, 'docs', 'screenshots', 'participant.png') });
  });

  await check(
    'people: a correction is saved, and one over a change made meanwhile is a CONFLICT with advice',
    async () => {
      const before = (await asStaff(urls, token, READ, { id: PATH_PARTICIPANT })).participant;
      await typeInto(page, 'correct-phone', '00039999');
      await press(page, 'Lagre rettingen');
      await page.getByRole('status').filter({ hasText: 'Rettingen er lagret.' }).waitFor();
      const saved = (await asStaff(urls, token, READ, { id: PATH_PARTICIPANT })).participant;
      assert(saved.phone === '00039999' && saved.version === before.version + 1, `saved: ${JSON.stringify(saved)}`);
      assert((await page.getByTestId('phone').innerText()) === '00039999', 'the page does not show the new phone');

      // Through the API with the version read before the save: refused.
      const stale = await staffAnswer(urls, token, UPDATE, {
        input: { participantId: PATH_PARTICIPANT, expectedVersion: before.version, email: 'gammel@example.com' },
      });
      assert(stale.errors?.[0]?.extensions?.code === 'CONFLICT', `stale API write: ${JSON.stringify(stale)}`);
      // Meanwhile a colleague changes the e-mail through the API: the page still holds the version it saved.
      await asStaff(urls, token, UPDATE, {
        input: { participantId: PATH_PARTICIPANT, expectedVersion: saved.version, email: 'kollega@example.com' },
      });
      await typeInto(page, 'correct-email', 'tiril@example.com');
      await press(page, 'Lagre rettingen');
      const alert = page.getByRole('alert').filter({ hasText: 'Det ble ikke lagret' });
      await alert.waitFor();
      const text = await alert.innerText();
      assert(text.includes('CONFLICT') && text.includes('Noen andre har endret dette i mellomtiden'), text);
      const after = (await asStaff(urls, token, READ, { id: PATH_PARTICIPANT })).participant;
      assert(after.email === 'kollega@example.com', `the colleague's change was overwritten: ${JSON.stringify(after)}`);
      await pagePasses(page, 'nb');
      await press(page, 'Last inn på nytt');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=email]')?.textContent === 'kollega@example.com',
      );
    },
  );

  await check('people: a new participant is registered through the form, one field wrong first', async () => {
    await press(page, 'Tilbake til deltakerne');
    await heading(page, 'Deltakere');
    await press(page, 'Registrer ny deltaker');
    await heading(page, 'Registrer ny deltaker');
    await typeInto(page, 'register-givenName', 'Vilja');
    await typeInto(page, 'register-familyName', 'Strandkvist');
    await typeInto(page, 'register-nationalIdentityNumber', NEW_NUMBER.slice(0, 10));
    await typeInto(page, 'register-phone', '00038888');
    await press(page, 'Registrer');
    await page.waitForFunction(() => document.activeElement?.matches('[class*=error-summary], .apply-errors'));
    const summary = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert(summary.includes('må være 11 siffer'), `error summary: ${summary}`);
    const beside = await page.locator('#register-nationalIdentityNumber').getAttribute('aria-invalid');
    assert(beside === 'true', 'the identity number field is not marked invalid');
    await pagePasses(page, 'nb');
    // The summary's link takes focus to the field.
    await tabUntil(
      page,
      () => document.activeElement?.tagName === 'A' && document.activeElement.closest('.apply-errors'),
      'the summary link',
    );
    await page.keyboard.press('Enter');
    assert(await focusedIn(page, '#register-nationalIdentityNumber'), 'the link did not focus the field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_NUMBER);
    await press(page, 'Registrer');
    await heading(page, 'Vilja Strandkvist');
    newId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    const read = (await asStaff(urls, token, READ, { id: newId })).participant;
    assert(read?.phone === '00038888', `registered: ${JSON.stringify(read)}`);
    assert(!(await page.locator('main').innerText()).includes(NEW_NUMBER), 'the identity number is shown');
  });

  await check('people: the waiting lists sort by waiting time by keyboard and show who left and why', async () => {
    // Through the API, as the office would: the new participant waits for Bjørnegård, then withdraws.
    const step = async (name, input) =>
      (
        await asStaff(urls, token, `mutation ($input: ${input.type}!) { ${name}(input: $input) { id } }`, {
          input: input.value,
        })
      )[name];
    const application = await step('createApplication', {
      type: 'CreateApplicationInput',
      value: { participantId: newId, offerIds: [BJORNEGARD], daysPerWeek: 3 },
    });
    for (const name of ['submitApplication', 'startApplicationAssessment'])
      await step(name, { type: 'ApplicationStepInput', value: { applicationId: application.id } });
    await step('decideApplication', {
      type: 'DecideApplicationInput',
      value: {
        applicationId: application.id,
        outcome: 'WAITING',
        offerId: BJORNEGARD,
        reason: 'Ingen ledige plasser nå.',
      },
    });
    await step('withdrawApplication', {
      type: 'WithdrawApplicationInput',
      value: { applicationId: application.id, reason: 'Vil heller vente på arbeid.' },
    });

    await goInApp(page, '/saksbehandling');
    await press(page, 'Ventelister');
    await heading(page, 'Ventelister');
    await page.locator('table').first().waitFor();
    const vta = await page.locator('table tbody').innerText();
    assert(vta.includes('Emil Kvernstad'), `the VTA list: ${vta}`);
    // Sort the VTA list by waiting time, by keyboard: the header's button (longest first by default, now shortest).
    await press(page, 'Ventetid');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'waited' && url.searchParams.get('dir') === 'asc');
    // The URL changes a moment before the table renders again: wait for the header to say how it is sorted.
    const header = page.locator('th[aria-sort]').filter({ hasText: 'Ventetid' });
    await page
      .locator('th[aria-sort="ascending"]')
      .filter({ hasText: 'Ventetid' })
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    const sortState = await header.getAttribute('aria-sort');
    assert(sortState === 'ascending', `aria-sort ${sortState}`);
    const since = await page
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[3]?.textContent ?? ''));
    const waited = await page
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[4]?.textContent ?? ''));
    const days = waited.map((text) => {
      const weeks = Number(/(\d+) uke/.exec(text)?.[1] ?? 0);
      const rest = Number(/(\d+) dag/.exec(text)?.[1] ?? 0);
      return weeks * 7 + rest;
    });
    assert(days.length >= 3, `the VTA list has ${days.length} rows`);
    assert(
      days.every((d, i) => i === 0 || days[i - 1] <= d),
      `not by waiting time: ${waited.join(', ')} (${since.join(', ')})`,
    );
    // Choose Bjørnegård's list by keyboard: Tab to the choice of list, arrows through the options.
    await tabUntil(page, () => document.activeElement?.tagName === 'SELECT', 'the choice of list', 120);
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((id) => document.activeElement?.value === id, BJORNEGARD)) break;
      await page.keyboard.press('ArrowDown');
      // The choice goes into the URL before the next press.
      await page.waitForFunction(
        () => new URL(window.location.href).searchParams.get('list') === document.activeElement?.value,
      );
    }
    const choice = await page.evaluate(() => ({
      value: document.activeElement?.value,
      options: [...(document.activeElement?.options ?? [])].map(
        (option) => `${option.value.slice(0, 4)} ${option.text}`,
      ),
    }));
    assert(choice.value === BJORNEGARD, `the choice of list: ${JSON.stringify(choice)}, url ${page.url()}`);
    await page.waitForURL((url) => url.searchParams.get('list') === BJORNEGARD);
    const row = page.locator('table tbody tr').filter({ hasText: 'Vilja Strandkvist' });
    await row.waitFor();
    const left = await row.innerText();
    assert(left.includes('Gikk ut') && left.includes('trakk søknaden'), `the left entry: ${left}`);
    await pagePasses(page, 'nb');
  });

  await check('people: the feeds page says how fresh each provider’s data is', async () => {
    await press(page, 'Datakilder');
    await heading(page, 'Datakilder');
    const table = await page.locator('table tbody').innerText();
    assert(table.includes('Arba Inkludering'), `feeds: ${table}`);
    assert(/Oppdatert (for|nå)/.test(table), `no plain words of freshness: ${table}`);
    await pagePasses(page, 'nb');
  });
}
