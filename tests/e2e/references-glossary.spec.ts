/// <reference path="../../src/domain/citation-js.d.ts" />
/**
 * Browser tests of the References and Glossary views and of glossary-term links, against the real
 * knowledge base and the production build (CSP on, no request may leave the origin).
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Page } from '@playwright/test';
import { buildReferenceUsage, referencesUsedBy } from '../../src/domain/reference-usage';
import type { KnowledgeBase } from '../../src/kb/schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The knowledge base as stored (the app validates it; here only reading is needed). */
function readKb(): KnowledgeBase {
  const read = (name: string) =>
    (
      JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')) as {
        records: unknown;
      }
    ).records;
  return {
    electrolytes: read('electrolytes'),
    phases: read('phases'),
    electrodes: read('electrodes'),
    interfaceTypes: read('interface-types'),
    topics: read('topics'),
    mechanisms: read('mechanisms'),
    techniques: read('techniques'),
    glossary: read('glossary'),
    questions: read('questions'),
    references: read('references'),
  } as KnowledgeBase;
}

/** Fails the test on any CSP violation the page reports (a blocked worker would go unnoticed). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

const list = (page: Page) => page.getByRole('list', { name: /^References/ });

/** The list shows 20 references to a page; this lists them all (when there is more than a page). */
async function showAllReferences(page: Page) {
  const button = page.getByRole('button', { name: /^Show all \d+$/ });
  if (await button.count()) await button.click();
}

test('searches references and shows where each is used, with links to those pages', async ({ page }) => {
  await page.goto('/references');
  await expect(page.getByRole('heading', { name: 'References', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^References 1–20 of \d+$/ })).toBeVisible();
  await showAllReferences(page);
  await expect(list(page).getByRole('listitem')).toHaveCount(readKb().references.length);
  // All 106 references of the review, under their own numbers.
  await expect(
    list(page)
      .getByRole('listitem')
      .getByText(/^\[\d+\]$/),
  ).toHaveCount(106);
  await page.getByRole('searchbox', { name: 'Search references' }).fill('origin of outstanding stability');
  const items = list(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('[13]');
  await expect(page).toHaveURL(/[?&]rq=origin/);

  // The usage lists the places that cite Zhu et al. 2015 (folded after six), each a link to its page.
  const showAll = items.first().getByRole('button', { name: /^Show all \d+ places/ });
  if (await showAll.count()) await showAll.click();
  const lgps = items.first().getByRole('link', { name: /\(LGPS\)$/ });
  await expect(lgps).toBeVisible();
  await lgps.click();
  // Settings of other views (here the reference search) stay in the URL for when the user returns.
  await expect(page).toHaveURL(/\/materials\/lgps(?:\?|$)/);

  // A typo still finds the paper, and says the matches are approximate.
  await page.goto('/references?rq=Monro%20Newmann');
  await expect(page.getByRole('status').filter({ hasText: 'close matches' })).toBeVisible();
  await expect(list(page)).toContainText('Monroe');
});

test('exports the BibTeX of LLZO’s references, which parses and holds their DOIs', async ({ page }) => {
  const kb = readKb();
  const used = referencesUsedBy(buildReferenceUsage(kb), 'material-llzo');
  const expectedDois = kb.references.filter((r) => used.has(r.id) && r.doi).map((r) => r.doi);
  expect(expectedDois.length).toBeGreaterThan(0);

  await page.goto('/materials/llzo');
  await page.getByRole('link', { name: /Sources of this page/ }).click();
  await expect(page).toHaveURL(/\/references\?(?:.*&)?used=material-llzo(?:&|$)/);
  await expect(list(page)).toBeVisible();
  await showAllReferences(page);
  await expect(list(page).getByRole('listitem')).toHaveCount(used.size);

  await page.getByRole('checkbox', { name: 'Select all listed' }).check();
  await expect(page).toHaveURL(/[?&]refs=/);
  // The selection survives a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: `Download selected (${used.size})` })).toBeEnabled();
  // The full list (133 rows) uses the same row markup; scanning it costs a minute on this machine.
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download selected (${used.size})` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`ssb-atlas-references-${used.size}.bib`);
  const bib = readFileSync(await download.path(), 'utf8');
  const parsed = new Cite(bib).data;
  expect(parsed).toHaveLength(used.size);
  expect(new Set(parsed.map((p) => p.DOI).filter(Boolean))).toEqual(new Set(expectedDois));
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    `BibTeX for ${used.size} selected references`,
  );
});

test('copies an APA citation (formatted in a worker under the CSP) and downloads RIS and CSL-JSON', async ({
  page,
  context,
  baseURL,
}) => {
  // citation-js loads only when a citation is first copied or exported (never just because the list
  // is shown); citeproc then compiles the APA style in the worker: about a second on an idle machine,
  // much longer on a busy one (the config's test timeout allows for it).
  const violations = watchCsp(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/references?rq=zhu-2015&refs=zhu-2015');
  const copy = page.getByRole('button', { name: 'Copy selected as APA' });
  await expect(copy).toBeVisible();
  expect(page.workers(), 'no citation worker before anything is cited').toEqual([]);
  const worker = page.waitForEvent('worker');
  await copy.click();
  expect((await worker).url()).toMatch(/citation-worker/);
  await expect(page.getByRole('status').filter({ hasText: 'Copied the APA citation' })).toBeVisible({
    timeout: 150_000,
  });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The author list is as long as the record's (full lists for some references, "et al." for others).
  expect(copied).toMatch(/^Zhu, Y\., .*\(2015\)\. Origin of outstanding stability/);
  expect(copied).toContain('https://doi.org/10.1021/acsami.5b07517');

  // One reference as RIS, and the listed ones as CSL-JSON.
  await page.getByRole('combobox', { name: 'Format' }).selectOption('ris');
  const [ris] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download selected (1)' }).click(),
  ]);
  expect(ris.suggestedFilename()).toBe('zhu-2015.ris');
  const risText = readFileSync(await ris.path(), 'utf8');
  expect(risText).toMatch(/^TY {2}- JOUR$/m);
  expect(risText).toMatch(/^DO {2}- 10\.1021\/acsami\.5b07517$/m);

  await page.getByRole('combobox', { name: 'Format' }).selectOption('csl-json');
  await expect(page).toHaveURL(/rfmt=csl-json/);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download listed (1)' }).click(),
  ]);
  const items = JSON.parse(readFileSync(await json.path(), 'utf8')) as Array<Record<string, unknown>>;
  expect(items).toEqual([expect.objectContaining({ id: 'zhu-2015', DOI: '10.1021/acsami.5b07517' })]);
  expect(violations).toEqual([]);
});

test('the glossary lists terms A–Z, searches, and gives each term an address', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link')).not.toHaveCount(
    0,
  );
  await expect(page.getByRole('article', { name: /Critical current density/ })).toContainText(
    'In the review’s glossary',
  );

  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('CCD');
  const ccd = page.getByRole('article', { name: /Critical current density/ });
  await expect(ccd).toBeVisible();
  await ccd.getByRole('link', { name: 'Critical current density', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/ccd\?gq=CCD$/);

  // A pasted link to a term opens the glossary at that term.
  await page.goto('/glossary/miec');
  const miec = page.getByRole('article', { name: /Mixed ionic-electronic conductor/ });
  await expect(miec).toHaveClass(/is-current/);
  await expect(miec).toBeFocused();
  await expect(miec).toBeInViewport();
  const related = miec.getByRole('link', { name: 'Interphase', exact: true });
  await related.click();
  await expect(page).toHaveURL(/\/glossary\/interphase$/);
  await expect(page.getByRole('article', { name: /^Interphase/ })).toHaveClass(/is-current/);
  await expectNoAxeViolations(page);
});

test('a glossary term in a material page shows its definition on focus and leads to the glossary', async ({
  page,
}) => {
  await page.goto('/materials/llzo');
  const term = page
    .getByRole('main')
    .getByRole('link', { name: /\(glossary: .+\)$/ })
    .first();
  await expect(term).toBeVisible();
  const name = /\(glossary: (.+)\)$/.exec((await term.getAttribute('aria-label')) ?? '')?.[1];
  expect(name).toBeTruthy();

  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(name!);
  await expectNoAxeViolations(page);
  await expect(term).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  const box = await tip.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  await term.hover();
  await expect(page.getByRole('tooltip')).toContainText(name!);

  await term.click();
  await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+(?:\?|$)/);
  await expect(
    page.getByRole('article', { name: new RegExp(`^${name!.replace(/[()]/g, '\\$&')}`) }),
  ).toHaveClass(/is-current/);
});
