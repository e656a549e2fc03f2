// The application steps by keyboard alone, for a person who has never been in contact (citizen-new-applicant-2,
// Eirik Bråten: must register first): an empty required field gives a focused ErrorSummary whose link moves focus
// to the field; every step and the receipt pass axe, lang and reflow (once in English); and a CONFLICT when the
// draft is changed behind the page's back through the API (with the persisted hash, as citizens must).
import {
  assert,
  check,
  heading,
  nameNewWard,
  pagePasses,
  persisted,
  press,
  signInOnIssuerPage,
  tabUntil,
  tokenFor,
  useLanguage,
} from './harness.mjs';

const USER = 'citizen-new-applicant-2';
// Synthetic (npm run fnr -- --born 2008-03-04): a young person the demo guardian names.
const WARD_NUMBER = '04830883865';

const focusedIs = (page, predicate, arg) => page.evaluate(predicate, arg);

export async function run({ page, urls, manifest }) {
  let draftId;

  await check('application step 1: a newcomer signs in, sees who they are, and an empty name is caught', async () => {
    await page.goto(`${urls.web}/sok`);
    await page.evaluate(() => localStorage.setItem('veiinn.language', 'nb'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Du må logge inn' }).waitFor();
    await tabUntil(page, () => document.activeElement?.textContent?.includes('Logg inn med ID-porten'), 'sign in');
    await page.keyboard.press('Enter');
    await signInOnIssuerPage(page, urls, USER);
    await heading(page, 'Steg 1 av 5: Hvem søker');
    // The identity number is never typed nor shown: only the birth date of the sign-in.
    await page.getByText('Født: 23. januar 2007').waitFor();
    assert(!(await page.locator('main').innerText()).match(/\d{11}/), 'an identity number is shown');
    await pagePasses(page, 'nb');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Neste');
    await page.locator('.apply-errors').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('apply-errors'));
    await pagePasses(page, 'nb');
    await page.locator('.apply-errors').focus();
    await page.keyboard.press('Tab');
    assert(
      await focusedIs(page, () => document.activeElement?.textContent?.startsWith('Fornavn')),
      'the first error link is not next',
    );
    await page.keyboard.press('Enter');
    assert(
      await focusedIs(page, () => document.activeElement?.id === 'apply-givenName'),
      'the link did not move focus to the given name',
    );
    await page.keyboard.type('Eirik');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bråten');
    await press(page, 'Neste');
    await heading(page, 'Steg 2 av 5: Velg tilbud');
  });

  await check('application step 2: an offer is chosen by keyboard, and the draft is made on the server', async () => {
    await pagePasses(page, 'nb');
    await page.getByRole('heading', { level: 1 }).focus();
    // Next with nothing chosen: the summary says to choose one.
    await press(page, 'Neste');
    await page.waitForFunction(() => document.activeElement?.classList.contains('apply-errors'));
    await page.getByText('Tilbud: Velg minst ett tilbud.', { exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert(
      await focusedIs(page, () => document.activeElement?.id === 'apply-offerIds'),
      'the link did not move focus to the first offer',
    );
    await page.keyboard.press('Space');
    await press(page, 'Neste');
    await heading(page, 'Steg 3 av 5: Om deg');
    draftId = new URL(page.url()).searchParams.get('utkast');
    assert(draftId, `no draft in ${page.url()}`);
  });

  await check(
    'application step 3: a CONFLICT when the draft changed behind the page, and the latest is fetched',
    async () => {
      await pagePasses(page, 'nb');
      const token = await tokenFor(urls, USER);
      const { application } = await persisted(urls, manifest, token, 'WebApplicationDraft', { id: draftId });
      await persisted(urls, manifest, token, 'WebUpdateApplicationDraft', {
        input: { applicationId: draftId, expectedVersion: application.version, newcomer: true },
      });
      await page.getByRole('heading', { level: 1 }).focus();
      await press(page, 'Neste');
      await page.getByRole('heading', { level: 2, name: 'Søknaden er endret' }).waitFor();
      await press(page, 'Hent siste versjon');
      await page.getByRole('heading', { level: 2, name: 'Søknaden er endret' }).waitFor({ state: 'detached' });
      await page.getByRole('heading', { level: 1 }).focus();
      await press(page, 'Neste');
      await heading(page, 'Steg 4 av 5: Erfaring');
    },
  );

  await check('application steps 4 and 5: experience, the summary (also in English), submit, the receipt', async () => {
    await pagePasses(page, 'nb');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Neste');
    await heading(page, 'Steg 5 av 5: Se over og send');
    await page.getByText('Eirik Bråten').first().waitFor();
    await pagePasses(page, 'nb');
    await useLanguage(page, 'en');
    await heading(page, 'Step 5 of 5: Check and send');
    await pagePasses(page, 'en');
    await useLanguage(page, 'nb');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Send søknaden');
    await heading(page, 'Søknaden er sendt');
    await page.getByText(`Søknadsnummer: ${draftId}`).waitFor();
    await page.getByRole('link', { name: 'Se søknaden på Min side' }).waitFor();
    await pagePasses(page, 'nb');
  });

  await check('application on behalf: a guardian names a young person; the number is not shown back', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await page.goto(`${urls.web}/sok`);
    await page.getByRole('heading', { level: 1, name: 'Du må logge inn' }).waitFor();
    await tabUntil(page, () => document.activeElement?.textContent?.includes('Logg inn med ID-porten'), 'sign in');
    await page.keyboard.press('Enter');
    await signInOnIssuerPage(page, urls, 'guardian');
    await heading(page, 'Steg 1 av 5: Hvem søker');
    // Her confirmed young person (Sindre, from the seed) is a choice too.
    await nameNewWard(page, {
      givenName: 'Ola',
      familyName: 'Testesen',
      identityNumber: WARD_NUMBER,
      guardianName: 'Kari Fjellvang',
    });
    await pagePasses(page, 'nb');
    await press(page, 'Neste');
    await heading(page, 'Steg 2 av 5: Velg tilbud');
    await tabUntil(page, () => document.activeElement?.id === 'apply-offerIds', 'the first offer');
    await page.keyboard.press('Space');
    await press(page, 'Neste');
    await heading(page, 'Steg 3 av 5: Om deg');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Neste');
    await heading(page, 'Steg 4 av 5: Erfaring');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Neste');
    await heading(page, 'Steg 5 av 5: Se over og send');
    await page.getByText('Kari Fjellvang').waitFor();
    await page.getByText('Ola Testesen').first().waitFor();
    assert(!(await page.locator('main').innerText()).includes(WARD_NUMBER), 'the young person’s number is shown');
    await page.getByRole('heading', { level: 1 }).focus();
    await press(page, 'Send søknaden');
    await heading(page, 'Søknaden er sendt');
  });
}
