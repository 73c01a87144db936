/**
 * Shared browser-test fixture: every page fails its test on any request that leaves the page's
 * own origin, and on any uncaught page error.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) outside.push(url);
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(outside);
      expect(outside, 'requests left the page origin').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
