/**
 * Flags for Debian's Chromium on this closed-network machine (see ../shared/toolchain-notes.md),
 * shared by the plain-node scripts. playwright.config.ts keeps the same list for the browser tests.
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
