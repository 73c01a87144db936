import { expect, expectNoAxeViolations, test } from './fixtures';

test('the landing map explains each hotspot and opens its diagram', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chemo-mechanics of solid-state batteries',
  );
  const filaments = page.getByRole('button', { name: /^1\. Lithium filament growth/ });
  await expect(filaments).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  // Keyboard: Tab to the second hotspot and press Enter.
  const interphase = page.getByRole('button', { name: /^2\. Interphase formation/ });
  await interphase.focus();
  await page.keyboard.press('Enter');
  await expect(interphase).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: /Interphase formation/ })).toBeVisible();
  // The panel lists the techniques that probe it; the ring marks them with a diamond.
  await expect(
    page.getByRole('listitem').filter({ hasText: /^In situ X-ray photoelectron spectroscopy$/ }),
  ).toBeVisible();
  await expect(page.getByText(/^◆ .*(XPS|X-ray photoelectron)/).first()).toBeVisible();
  await page.getByRole('button', { name: /^3\. Chemo-mechanics of composite/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: /^In situ pressure monitoring$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Open the interactive diagram' }).click();
  await expect(page).toHaveURL(/\/mechanisms\/composite-electrodes$/);
});
