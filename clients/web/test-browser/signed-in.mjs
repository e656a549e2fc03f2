// The signed-in journey through the real sign-in (the issuer's page, authorization code with PKCE), as the issue
// tells it: a guardian (Hanne Nyland, citizen-new-guardian), keyboard only, finds an offer through a filter, reads
// its easy-read text, signs in on the issuer's page, applies on behalf of a young person who has never been in
// contact (Tiril Nyland), and sees the application on my page. The allocation office decides it (through the API,
// as staff). Tiril then signs in herself (citizen-new-applicant: the hub knows her by the number her guardian gave)
// and reads the decision letter; a second person (citizen-new-applicant-2) sees none of it. The signed-in pages and
// the issuer's page pass axe, lang and reflow, in both languages.
import { loadKit } from '../../../scripts/fnr.mjs';
import {
  asStaff,
  assert,
  axeFindsNothing,
  check,
  heading,
  nameNewWard,
  pagePasses,
  press,
  signInByKeyboard,
  signInOnIssuerPage,
  signOut,
  tabUntil,
  tokenFor,
  useLanguage,
} from './harness.mjs';

const GUARDIAN = 'citizen-new-guardian';
const YOUNG_PERSON = 'citizen-new-applicant';
const SOMEONE_ELSE = 'citizen-new-applicant-2';

/** The allocation office takes the application up and grants the offer's first group (or a waiting place). */
async function caseWorkerDecides(urls, applicationId) {
  const token = await tokenFor(urls, 'case-worker');
  const { application } = await asStaff(
    urls,
    token,
    `query ($id: ID!) { application(id: $id) { id version status choices { offer { id
      dayServices { groups { id } } workCentre { groups { id } } } } } }`,
    { id: applicationId },
  );
  assert(application?.status === 'SUBMITTED', `the application is ${application?.status}`);
  const started = await asStaff(
    urls,
    token,
    `mutation ($input: ApplicationStepInput!) { startApplicationAssessment(input: $input) { id version status } }`,
    { input: { applicationId, expectedVersion: application.version } },
  );
  const offer = application.choices[0].offer;
  const group = offer.dayServices?.groups?.[0] ?? offer.workCentre?.groups?.[0];
  const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { decideApplication } = await asStaff(
    urls,
    token,
    `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id outcome } }`,
    {
      input: {
        applicationId,
        expectedVersion: started.startApplicationAssessment.version,
        ...(group
          ? { outcome: 'GRANTED', offerId: offer.id, groupId: group.id, startDate: start, daysPerWeek: 3 }
          : { outcome: 'WAITING', offerId: offer.id }),
      },
    },
  );
  return decideApplication;
}

export async function run({ page, urls }) {
  const tiril = loadKit().syntheticIdentityNumber('2008-09-05', 300);
  let offerTitle;
  let applicationId;
  let decision;

  await check('guardian, keyboard only: a filter, an offer, its easy-read text, the Søk button', async () => {
    await page.goto(`${urls.web}/`);
    await page.evaluate(() => localStorage.setItem('veiinn.language', 'nb'));
    await page.reload();
    await page.locator('.cards li').first().waitFor();
    await tabUntil(
      page,
      () =>
        document.activeElement?.matches('.facets input[type=checkbox]') &&
        Boolean(document.activeElement.labels?.[0]?.textContent?.includes('Aktivitet på dagtid')),
      'the facet "Aktivitet på dagtid"',
      80,
    );
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]type=ACTIVITY/);
    await tabUntil(page, () => Boolean(document.activeElement?.matches('.cards a')), 'an offer in the list', 100);
    offerTitle = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tilbud\//);
    await heading(page, offerTitle);
    const easyRead = page.getByTestId('easy-read');
    await easyRead.waitFor();
    assert((await easyRead.innerText()).split(/\s+/).length >= 40, 'the easy-read text is missing or short');
    await press(page, 'Søk');
    await page.waitForURL(/\/sok\?tilbud=/);
  });

  await check(
    'guardian signs in on the issuer’s page (axe finds nothing there) and comes back to the application',
    async () => {
      await heading(page, 'Du må logge inn');
      await pagePasses(page, 'nb');
      await press(page, 'Logg inn med ID-porten');
      await page.waitForURL((url) => url.href.startsWith(`${urls.issuer}/authorize`));
      await axeFindsNothing(page);
      await signInOnIssuerPage(page, urls, GUARDIAN);
      await heading(page, 'Steg 1 av 5: Hvem søker');
      assert(new URL(page.url()).searchParams.has('tilbud'), `the chosen offer was lost: ${page.url()}`);
      const stored = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      );
      assert(!/eyJ[\w-]+\.[\w-]+/.test(stored), 'a token is in web storage');
    },
  );

  await check('guardian applies on behalf of Tiril, keyboard only, and gets a receipt', async () => {
    await nameNewWard(page, {
      givenName: 'Tiril',
      familyName: 'Nyland',
      identityNumber: tiril,
      guardianName: 'Hanne Nyland',
    });
    await press(page, 'Neste');
    await heading(page, 'Steg 2 av 5: Velg tilbud');
    // The offer the guardian came from is chosen already.
    assert(
      await page
        .getByRole('checkbox', { name: new RegExp(offerTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .first()
        .isChecked(),
      `${offerTitle} is not chosen`,
    );
    await pagePasses(page, 'nb');
    await press(page, 'Neste');
    await heading(page, 'Steg 3 av 5: Om deg');
    await press(page, 'Neste');
    await heading(page, 'Steg 4 av 5: Erfaring');
    await press(page, 'Neste');
    await heading(page, 'Steg 5 av 5: Se over og send');
    await page.getByText('Tiril Nyland').first().waitFor();
    assert(!(await page.locator('main').innerText()).includes(tiril), 'the young person’s number is shown back');
    await pagePasses(page, 'nb');
    await press(page, 'Send søknaden');
    await heading(page, 'Søknaden er sendt');
    applicationId = /Søknadsnummer: (\S+)/.exec(await page.locator('main').innerText())?.[1];
    assert(applicationId, 'the receipt shows no application number');
    await pagePasses(page, 'nb');
  });

  await check('guardian sees the application on my page', async () => {
    await press(page, 'Se søknaden på Min side');
    await heading(page, 'Min side');
    await page.getByText(offerTitle).first().waitFor();
    await pagePasses(page, 'nb');
    await useLanguage(page, 'en');
    await heading(page, 'My page');
    await pagePasses(page, 'en');
    await useLanguage(page, 'nb');
    await signOut(page);
  });

  await check('the allocation office decides the application (as staff, through the API)', async () => {
    decision = await caseWorkerDecides(urls, applicationId);
    assert(['GRANTED', 'WAITING'].includes(decision.outcome), `decided ${decision.outcome}`);
  });

  await check('Tiril signs in herself and reads the decision letter, in both languages', async () => {
    await page.goto(`${urls.web}/min-side`);
    await signInByKeyboard(page, urls, YOUNG_PERSON);
    await heading(page, 'Min side');
    await page.getByText(offerTitle).first().waitFor();
    await pagePasses(page, 'nb');
    await press(page, 'Les vedtaksbrevet');
    await page.waitForURL(new RegExp(`/min-side/vedtak/${decision.id}`));
    await page.getByText('Tiril').first().waitFor();
    await pagePasses(page, 'nb');
    await useLanguage(page, 'en');
    await pagePasses(page, 'en');
    await useLanguage(page, 'nb');
    await signOut(page);
  });

  await check('a second person sees none of it, not even by the letter’s address', async () => {
    await page.goto(`${urls.web}/min-side`);
    await signInByKeyboard(page, urls, SOMEONE_ELSE);
    await heading(page, 'Min side');
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    assert(!text.includes('Tiril'), 'Tiril’s name is on another person’s page');
    assert(!text.includes(applicationId), 'Tiril’s application is on another person’s page');
    await page.goto(`${urls.web}/min-side/vedtak/${decision.id}`);
    // A reload signs out (tokens in memory only): sign in again and land on the letter's address.
    await signInByKeyboard(page, urls, SOMEONE_ELSE);
    await page.waitForURL(new RegExp(`/min-side/vedtak/${decision.id}`));
    await page.waitForLoadState('networkidle');
    assert(!(await page.locator('main').innerText()).includes('Tiril'), 'another person reads Tiril’s letter');
    await signOut(page);
  });
}
