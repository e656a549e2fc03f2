// My page (/min-side) for the demo applicant (p07): every section shows what the graph has, both languages pass,
// a decision letter prints without the app around it, the career plan can be edited by keyboard, and a change of
// places is proposed from my page by keyboard and taken back after the confirmation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asStaff,
  assert,
  check,
  goInApp,
  pagePasses,
  persisted,
  root,
  signInOnIssuerPage,
  signOut,
  tabUntil,
  tokenFor,
  useLanguage,
} from './harness.mjs';

/** Runs a registered operation by its hash, as the app does, with a demo user's token. */
/** Staff may send query text: the case worker decides an application of the applicant's (WAITING), for a letter. */
async function decideOne(urls, participantId) {
  const token = await tokenFor(urls, 'case-worker');
  const q = (query, variables) => asStaff(urls, token, query, variables);
  const { offers } = await q('{ offers(first: 100) { nodes { id kind decidedBy } } }');
  const offer = offers.nodes.find((o) => o.kind === 'ACTIVITY' && o.decidedBy === 'ALLOCATION_OFFICE');
  const { createApplication: application } = await q(
    'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
    {
      input: {
        participantId,
        offerIds: [offer.id],
        newcomer: true,
        intakeYear: 2027,
        submittedByRole: 'CASE_WORKER',
        submittedByName: 'Kari Saksbehandler',
        daysPerWeek: 2,
        activityWishes: 'Lage mat',
      },
    },
  );
  const step = { input: { applicationId: application.id } };
  await q('mutation($input: ApplicationStepInput!) { submitApplication(input: $input) { id } }', step);
  await q('mutation($input: ApplicationStepInput!) { startApplicationAssessment(input: $input) { id } }', step);
  await q('mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }', {
    input: { applicationId: application.id, outcome: 'WAITING', offerId: offer.id },
  });
}

/** Moves the select labelled `label` by arrow keys to the option `text` (or `text (n free places)`). */
async function chooseByKeys(page, label, text) {
  const select = page.getByLabel(label, { exact: true });
  await select.focus();
  for (let i = 0; i < 150; i++) {
    const chosen = await select.evaluate((element) => element.selectedOptions[0]?.textContent ?? '');
    if (chosen === text || chosen.startsWith(`${text} (`)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option “${text}” in ${label}`);
}

/**
 * The demo applicant has no place in the demo world: the office gives them one in the roomiest work-centre group
 * (not a day-services offer, which casework.mjs grants them), and the hub learns of it from the work centre's feed.
 */
async function placeInTheWorkCentre(urls, manifest, token, participantId) {
  const has = async () =>
    (await persisted(urls, manifest, token, 'WebMyPage')).me.participant.placements.some((p) => p.status === 'ACTIVE');
  if (await has()) return;
  const office = await tokenFor(urls, 'case-worker');
  const { offers } = await asStaff(
    urls,
    office,
    '{ offers(first: 100) { nodes { id workCentre { groups { id free } } } } }',
  );
  const [place] = offers.nodes
    .flatMap((offer) => (offer.workCentre?.groups ?? []).map((group) => ({ offer, group })))
    .sort((a, b) => (b.group.free ?? 99) - (a.group.free ?? 99));
  assert(place, 'no work-centre group');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  await asStaff(
    urls,
    office,
    'mutation ($input: WorkCentreStartPlacementInput!) { startWorkCentrePlacement(input: $input) { id } }',
    {
      input: { participantId, offerId: place.offer.id, groupId: place.group.id, hoursPerWeek: 10, startDate: today },
    },
  );
  for (let i = 0; i < 40 && !(await has()); i++) await new Promise((done) => setTimeout(done, 500));
  assert(await has(), 'the hub has not learnt of the new place');
}

/** A day-services offer with groups, to propose a change to (its title and provider as the form's options say). */
async function dayServicesTarget(urls) {
  const { offers } = await asStaff(
    urls,
    await tokenFor(urls, 'case-worker'),
    '{ offers(first: 100) { nodes { id title { nb } provider { name } dayServices { groups { id name } } } } }',
  );
  const offer = offers.nodes.find((o) => o.dayServices?.groups.length);
  assert(offer, 'no day-services offer with groups');
  return offer;
}

export async function run({ page, urls, manifest }) {
  const token = await tokenFor(urls, 'applicant');
  const before = (await persisted(urls, manifest, token, 'WebMyPage')).me.participant;
  assert(before, 'the demo applicant has no participant');
  if (before.decisions.length === 0) await decideOne(urls, before.id);
  const mine = (await persisted(urls, manifest, token, 'WebMyPage')).me.participant;

  await check('my page: the applicant signs in and every section shows what the graph has', async () => {
    await page.goto(`${urls.web}/min-side`);
    await page.evaluate(() => localStorage.setItem('veiinn.language', 'nb'));
    await page.reload();
    await page.getByRole('button', { name: 'Logg inn med ID-porten' }).click();
    await signInOnIssuerPage(page, urls, 'applicant');
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    for (const name of [
      'Søknadene mine',
      'Vedtak',
      'Plassene mine',
      'Venteliste',
      'Karriereplanen min',
      'Hvem har sett opplysningene mine',
    ]) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    const count = async (testId) =>
      (await page.getByTestId(testId).count()) ? page.getByTestId(testId).locator(':scope > li').count() : 0;
    assert((await count('applications')) === mine.applications.length, 'applications differ from the graph');
    assert((await count('decisions')) === mine.decisions.length, 'decisions differ from the graph');
    assert((await count('places')) === mine.placements.length, 'places differ from the graph');
    assert((await count('waiting')) === mine.waitingLists.length, 'waiting lists differ from the graph');
    await page.getByTestId('read-log').locator('li').first().waitFor();
    const first = await page.getByTestId('read-log').locator('li').first().textContent();
    assert(/^\d{1,2}\. \w+ \d{4}: .+ så .+/.test(first ?? ''), `a read log line in words: ${first}`);
    await pagePasses(page, 'nb');
    await page.screenshot({ path: join(root, 'docs', 'screenshots', 'my-page.png') });
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'My page' }).waitFor();
    await pagePasses(page, 'en');
    await useLanguage(page, 'nb');
  });

  await check('my page: the career plan is edited by keyboard and saved', async () => {
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    await page.getByRole('button', { name: 'Endre karriereplanen' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel('Det jeg ønsker meg det neste året');
    await field.focus();
    const wish = `Jobbe på kafé ${Date.now()}`;
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(wish);
    await tabUntil(page, () => document.activeElement?.textContent === 'Lagre', 'the save button');
    await page.keyboard.press('Enter');
    await page.getByText('Karriereplanen er lagret.').waitFor();
    const { me: after } = await persisted(urls, manifest, token, 'WebMyPage');
    assert(after.participant.careerPlan?.shortTermWishes === wish, 'the plan was not saved');
    await page.getByTestId('plan').getByText(wish).waitFor();
  });

  if (mine.decisions.length > 0) {
    await check('a decision letter passes, and in print only the letter shows', async () => {
      await page.getByRole('link', { name: 'Les vedtaksbrevet' }).first().click();
      await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
      await pagePasses(page, 'nb');
      await page.emulateMedia({ media: 'print' });
      assert(!(await page.locator('header.header').isVisible()), 'the header shows in print');
      assert(!(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()), 'the print button shows in print');
      assert(await page.locator('.mine-letter h1').isVisible(), 'the letter is hidden in print');
      await page.emulateMedia({ media: 'screen' });
    });
  } else {
    await check('the demo applicant has a decision to show a letter of', async () => assert(false, 'no decision'));
  }

  await check('my page: the applicant reads all we hold about them by keyboard, and downloads it as JSON', async () => {
    await goInApp(page, '/min-side');
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    await tabUntil(
      page,
      () => document.activeElement?.textContent?.trim() === 'Se alt vi har om deg',
      'the link to all we hold',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Alt vi har om deg' }).waitFor();
    await page.getByRole('button', { name: 'Last ned som fil (JSON)' }).waitFor();
    // What the page shows is the person's own: their given name, and a heading per part (applications, decisions).
    await page
      .locator('dd', { hasText: mine.fullName.split(' ')[0] })
      .first()
      .waitFor();
    for (const name of ['Søknader', 'Vedtak', 'Hvem har sett opplysningene dine']) {
      await page.getByRole('heading', { name, exact: true }).first().waitFor();
    }
    await tabUntil(
      page,
      () => document.activeElement?.textContent?.trim() === 'Last ned som fil (JSON)',
      'the download button',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert(/^veiinn-mine-opplysninger-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), 'file name');
    const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert(copy.participantId === mine.id && copy.participant.id === mine.id, 'the file is not the applicant’s');
    assert(
      copy.participant.decisions.length === mine.decisions.length && copy.participant.decisions[0].letterNb.title,
      'the file lacks the decisions with their letters',
    );
    assert(Array.isArray(copy.participant.readLog) && copy.participant.readLog.length > 0, 'the file lacks the log');
    await pagePasses(page, 'nb');
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'All we hold about you' }).waitFor();
    await pagePasses(page, 'en');
    await useLanguage(page, 'nb');
  });

  await check('my page: the applicant asks by keyboard for a correction, first without a reason', async () => {
    await goInApp(page, '/min-side');
    await page.getByRole('heading', { level: 2, name: 'Er noe feil?' }).waitFor();
    await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Be om å rette noe', 'the ask button');
    await page.keyboard.press('Enter');
    await page.getByLabel('Hva er feil?').focus();
    await page.keyboard.press('ArrowDown'); // the first field: my given name
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ingrid Marie');
    await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Send', 'Send');
    await page.keyboard.press('Enter');
    // No reason: the summary takes focus and names what to fix.
    await page.waitForFunction(() => document.activeElement?.id === 'correction-errors');
    await page.getByRole('link', { name: 'Skriv hvorfor det er feil.' }).waitFor();
    await pagePasses(page, 'nb');
    await page.getByLabel('Hvorfor er det feil?').focus();
    await page.keyboard.type('Mellomnavnet mitt mangler.');
    await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Send', 'Send');
    await page.keyboard.press('Enter');
    await page.getByText('Takk. Vi har fått beskjeden din.').waitFor();
    await page.getByText('Venter på svar').first().waitFor();
    // On the wire: the request is the applicant's, about the given name, open; the office refuses it with a reason.
    const { participant } = await persisted(urls, manifest, token, 'WebMyCorrections', { participantId: mine.id });
    const asked = participant.correctionRequests.find((r) => r.correctValue === 'Ingrid Marie');
    assert(asked?.field === 'GIVEN_NAME' && asked.status === 'OPEN', JSON.stringify(participant.correctionRequests));
    const office = await tokenFor(urls, 'case-worker');
    await asStaff(
      urls,
      office,
      'mutation ($input: DecideCorrectionRequestInput!) { decideCorrectionRequest(input: $input) { id } }',
      {
        input: {
          requestId: asked.id,
          expectedVersion: 1,
          outcome: 'REFUSED',
          answer: 'Navnet står slik i Folkeregisteret.',
        },
      },
    );
    const after = await persisted(urls, manifest, token, 'WebMyCorrections', { participantId: mine.id });
    assert(
      after.participant.correctionRequests.find((r) => r.id === asked.id)?.answer ===
        'Navnet står slik i Folkeregisteret.',
      'the answer is not the applicant’s to read',
    );
  });

  await check(
    'my page: the applicant proposes a change by keyboard, then takes it back after the confirmation',
    async () => {
      await placeInTheWorkCentre(urls, manifest, token, mine.id);
      await goInApp(page, '/min-side');
      await page.getByRole('heading', { level: 2, name: 'Jeg vil bytte eller endre' }).waitFor();
      await tabUntil(
        page,
        () => document.activeElement?.textContent?.trim() === 'Jeg vil bytte eller endre noe',
        'the link to propose a change',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Jeg vil bytte eller endre' }).waitFor();
      await pagePasses(page, 'nb');
      await useLanguage(page, 'en');
      await page.getByRole('heading', { level: 1, name: 'I want to change something' }).waitFor();
      await pagePasses(page, 'en');
      await useLanguage(page, 'nb');
      // The wish comes first; the one place is ticked already.
      await page.getByLabel('Hva ønsker du?').focus();
      await page.keyboard.type('Jeg vil ha roligere dager.');
      assert(await page.getByRole('checkbox', { checked: true }).isVisible(), 'the one place is not ticked');
      await page.getByLabel('Noe som er roligere', { exact: true }).focus();
      await page.keyboard.press('Space');
      const target = await dayServicesTarget(urls);
      await chooseByKeys(page, 'Hvor vil du være?', `${target.title.nb} (${target.provider.name})`);
      await chooseByKeys(page, 'Hvilken gruppe?', target.dayServices.groups[0].name);
      await chooseByKeys(page, 'Hvor mange dager i uka?', '2 dager');
      await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Send ønsket', 'Send ønsket');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Takk! Vi har fått ønsket ditt.').waitFor();
      await tabUntil(
        page,
        () =>
          document.activeElement?.closest('[role=status]') &&
          document.activeElement.textContent?.trim() === 'Tilbake til Min side',
        'the way back to my page',
      );
      await page.keyboard.press('Enter');
      // My page lists it, waiting for a meeting; it is the participant's own (on the wire too).
      const card = page.getByTestId('changes').locator(':scope > li').first();
      await card.getByText('Venter på et møte').waitFor();
      await card.getByText('«Jeg vil ha roligere dager.»', { exact: false }).waitFor();
      const proposed = (await persisted(urls, manifest, token, 'WebMyPage')).me.participant.transitions.find(
        (t) => t.participantWish === 'Jeg vil ha roligere dager.',
      );
      assert(proposed?.status === 'PROPOSED', JSON.stringify(proposed));
      await pagePasses(page, 'nb');
      await useLanguage(page, 'en');
      await page.getByRole('heading', { level: 2, name: 'I want to change something' }).waitFor();
      await pagePasses(page, 'en');
      await useLanguage(page, 'nb');
      // Taking it back asks first; cancelling leaves it, confirming withdraws it.
      await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Trekk tilbake', 'Trekk tilbake');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Vil du trekke tilbake ønsket?' }).waitFor();
      await tabUntil(
        page,
        () => document.activeElement?.textContent?.trim() === 'Ja, trekk det tilbake',
        'the confirm',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Du har trukket tilbake ønsket.').waitFor();
      await card.getByText('Du trakk det tilbake').waitFor();
      const after = (await persisted(urls, manifest, token, 'WebMyPage')).me.participant.transitions.find(
        (t) => t.id === proposed.id,
      );
      assert(after?.status === 'WITHDRAWN', JSON.stringify(after));
      assert((await card.getByRole('button', { name: 'Trekk tilbake' }).count()) === 0, 'a withdrawn one offers it');
    },
  );

  await check(
    'my page as the demo guardian: her confirmed young person’s sections; a claimed one only says so',
    async () => {
      await page.goto(`${urls.web}/min-side`);
      await page.getByRole('button', { name: 'Logg inn med ID-porten' }).click();
      await signInOnIssuerPage(page, urls, 'guardian');
      await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
      await page.getByText('Sindre Fjellvang').first().waitFor();
      await page.getByRole('heading', { level: 2, name: 'Søknadene mine' }).waitFor();
      await pagePasses(page, 'nb');
      // The apply suite, when it ran first, named another young person for her: not confirmed yet.
      const other = page.getByRole('button', { name: 'Ola Testesen' });
      if ((await other.count()) > 0) {
        await other.click();
        await page.getByText('Tildelingskontoret må bekrefte').waitFor();
        assert(
          (await page.getByRole('heading', { level: 2, name: 'Vedtak' }).count()) === 0,
          'a claimed young person’s decisions section shows',
        );
        await pagePasses(page, 'nb');
      }
      await signOut(page);
    },
  );
}
