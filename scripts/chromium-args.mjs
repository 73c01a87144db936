/**
 * Flags for Debian's Chromium on this closed-network machine,
 * shared by the browser tests (playwright.config.ts) and the plain-node scripts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
