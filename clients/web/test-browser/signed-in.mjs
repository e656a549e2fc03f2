// The signed-in journey through the real sign-in (the issuer's page, authorization code with PKCE).
import { assert, axeFindsNothing, check, signInOnIssuerPage, tabUntil } from './harness.mjs';

export async function run({ page, urls }) {
  await check('signing in from the application: the issuer’s page passes axe, and the app comes back', async () => {
    await page.goto(`${urls.web}/min-side`);
    await page.evaluate(() => localStorage.setItem('veiinn.language', 'nb'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Du må logge inn' }).waitFor();
    await tabUntil(
      page,
      () => document.activeElement?.textContent?.includes('Logg inn med ID-porten'),
      'the sign-in button',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(`${urls.issuer}/authorize`));
    await axeFindsNothing(page);
    await signInOnIssuerPage(page, urls, 'citizen-new-guardian');
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    assert(new URL(page.url()).pathname === '/min-side', `back on ${page.url()}`);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    assert(!/eyJ[\w-]+\.[\w-]+/.test(stored), 'a token is in web storage');
  });

  await check('signing out: the app says so, and my page asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er logget ut.').waitFor();
    await page.goto(`${urls.web}/min-side`);
    await page.getByRole('heading', { level: 1, name: 'Du må logge inn' }).waitFor();
  });
}
