/**
 * The headers a static host sends (dist/_headers, also sent by `vite preview`): the CSP is the
 * page's `<meta>` one plus frame-ancestors, and no view raises a CSP violation while it loads (zod
 * used to probe `new Function` on every load).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
const FIRST_PAINT = { timeout: 60_000 };

test('the server sends the security headers of dist/_headers, with the page’s own CSP', async ({ page }) => {
  const response = await page.goto('/classifier');
  const headers = response?.headers() ?? {};
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBeTruthy();
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');

  const file = readFileSync(join(import.meta.dirname, '..', '..', 'dist', '_headers'), 'utf8');
  expect(file).toContain(`/*\n  Content-Security-Policy: ${meta}; frame-ancestors 'none'\n`);
  expect(file).toContain('  X-Content-Type-Options: nosniff\n');
});

test('no view raises a Content-Security-Policy violation while it loads', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const views = [
    ['/', /Overview|SSB Atlas|solid-state/i],
    ['/materials', /Materials/],
    ['/classifier', /Interface classifier/],
    ['/windows', /Stability windows/],
    ['/mechanisms', /Mechanisms/],
    ['/references', /References/],
    ['/glossary', /Glossary/],
  ] as const;
  for (const [path, heading] of views) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(FIRST_PAINT);
    const found = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(found, path).toEqual([]);
  }
});
