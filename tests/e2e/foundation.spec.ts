import { expect, test } from './fixtures';

test('under a strict CSP, finds LGPS by typing its name and shows its interface type and window with citations', async ({
  page,
}) => {
  await page.goto('/');
  // The built page carries a Content-Security-Policy without 'unsafe-inline' scripts: the one inline
  // script (the route preloader) runs only because the policy names its hash.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const inlineHashes = await page.locator('script:not([src])').evaluateAll((scripts) =>
    Promise.all(
      scripts.map(async (s) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent ?? ''));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      }),
    ),
  );
  expect(inlineHashes.length).toBeLessThanOrEqual(1);
  for (const hash of inlineHashes) expect(csp).toContain(hash);

  await page.getByRole('combobox', { name: /^Search/ }).fill('LGPS');
  const option = page.getByRole('option', { name: 'Lithium germanium thiophosphate (LGPS)' });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/materials\/lgps$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(LGPS)');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Li10GeP2S12');

  const iface = page.getByRole('region', { name: 'Interface with lithium metal' });
  await expect(iface).toContainText('Type 2');
  await expect(iface.getByRole('link', { name: /Wenzel et al\. 2016/ }).first()).toBeVisible();

  const windows = page.getByRole('region', { name: 'Electrochemical stability window' });
  const zhu = windows.getByRole('row', { name: /^Zhu et al\. 2015 \(calc\.\)/ });
  await expect(zhu).toContainText('1.71 V');
  await expect(zhu).toContainText('2.14 V');
  const cite = zhu.getByRole('link', { name: /Zhu et al\. 2015/ });
  await cite.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Origin of outstanding stability');
  await expect(tip.getByRole('link', { name: 'doi:10.1021/acsami.5b07517' })).toHaveAttribute(
    'href',
    'https://doi.org/10.1021/acsami.5b07517',
  );
});

test('the route and the selection survive reload and back/forward; a mangled link falls back and says so', async ({
  page,
}) => {
  await page.goto('/materials');
  await page.getByRole('link', { name: 'Lithium lanthanum zirconate (garnet LLZO)' }).click();
  await expect(page).toHaveURL(/\/materials\/llzo$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LLZO');
  await page.goBack();
  await expect(page).toHaveURL(/\/materials$/);
  await expect(page.getByRole('heading', { name: 'Materials', level: 1 })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LLZO');

  // A mangled link falls back to defaults for the bad parts and says so.
  await page.goto('/materials/Not%20An%20Id?q=garnet&sel=NOT-AN-ID!&sort=bogus');
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Materials', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Search/ })).toHaveValue('garnet');
});
