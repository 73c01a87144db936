/**
 * The app-wide part of `npm run bench` (scripts/bench.mjs runs it after the chart clicks): cold
 * loads, route switches, the materials search and the diagrams' sliders, each at normal CPU and at
 * 4× CPU throttling (CDP `Emulation.setCPUThrottlingRate`), in headless Chromium against the
 * production build.
 *
 * - cold load: a fresh context (empty cache, no service worker) per load; navigation start → the
 *   frame that first shows the view's h1 ("first meaningful paint": a visible one, so on a laptop's
 *   screen not the hidden build-time HTML), → the frame after the app took over the page (`<html
 *   data-app="started">`: from then on it answers input) and → the frame that first shows a chart
 *   (a visible SVG in the main area with at least 5 shapes), and the JS + CSS bytes
 *   (transfer size) that arrived before that first meaningful paint;
 * - route switch: a click on the header's link → the frame that shows the new view's h1, on the
 *   first visit of that view in the page and on a later one, from the overview once the page has
 *   settled (network idle, so the idle preloading has fetched what it fetches);
 * - search: each keystroke in the materials search box → the next frame;
 * - sliders: each ArrowRight on every slider of every diagram → the next frame, per diagram.
 * "The next frame" is requestAnimationFrame then a MessageChannel message, from the event's own
 * timestamp: the time until the browser has produced the frame that shows the result.
 */

const ROUTES = [
  '/',
  '/materials',
  '/materials/lgps',
  '/windows',
  '/classifier',
  '/references',
  '/glossary',
  '/mechanisms',
  '/mechanisms/lithium-filaments',
  '/mechanisms/interphase-formation',
  '/mechanisms/composite-electrodes',
];
/** The header links a route switch clicks, in this order. */
const SWITCHES = [
  ['Materials'],
  ['Stability windows'],
  ['Interface classifier'],
  ['References'],
  ['Glossary'],
  ['Mechanisms'],
];
const TOPICS = [
  '/mechanisms/lithium-filaments',
  '/mechanisms/interphase-formation',
  '/mechanisms/composite-electrodes',
];
export const CPU_RATES = [1, 4];
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const KEYS = 'lithium';
const STEPS = Number(process.env.BENCH_STEPS ?? 6);
/** Which measurements to run: `BENCH_APP=sliders` (or a comma list of loads, switches, search,
 * sliders) for a subset, as an A/B of two builds needs; default all. */
const APP_PARTS = (process.env.BENCH_APP ?? 'loads,switches,search,sliders').split(',');
for (const p of APP_PARTS) {
  if (!['loads', 'switches', 'search', 'sliders'].includes(p))
    throw new Error(`BENCH_APP: no part "${p}" (known: loads, switches, search, sliders)`);
}

/** Budgets the bench itself checks (ms). */
export const APP_BUDGETS = {
  firstSwitchNormal: 100,
  sliderAt4x: 50,
};

const median = (xs) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

/** Installed before the app's scripts: marks the frames that show an h1 and a chart, times inputs. */
function instrument() {
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  const b = { h1: null, chart: null, started: null, h1Text: '', inputs: [], lastClick: null, switches: [] };
  window.__appBench = b;
  // A page's build-time HTML (scripts/vite-prerender.ts) holds its h1 from the first byte, hidden
  // on a laptop's screen until the app replaces it (vite-shell's `data-snapshot`): only an element
  // the reader can see counts. A selector, not checkVisibility(), which would force a style update
  // on every mutation the page makes.
  const isShown = (el) =>
    document.documentElement.dataset.snapshot !== 'hidden' || !el.closest('[data-prerendered]');
  const visibleH1 = () => [...document.querySelectorAll('main h1')].find(isShown) ?? null;
  const check = () => {
    const h1 = visibleH1();
    // A build without build-time HTML (before 815618b) has only the app's h1.
    const isStarted =
      document.documentElement.dataset.app === 'started' ||
      (h1 !== null && !document.querySelector('meta[name="ssb-prerendered"]'));
    if (b.started === null && isStarted) {
      b.started = -1;
      afterFrame((t) => {
        b.started = t;
      });
    }
    if (h1 && b.h1 === null) {
      b.h1 = -1;
      b.h1Text = h1.textContent;
      afterFrame((t) => {
        b.h1 = t;
      });
    }
    if (b.chart === null) {
      for (const svg of document.querySelectorAll('main svg')) {
        if (isShown(svg) && svg.querySelectorAll('rect, path, circle, line').length >= 5) {
          b.chart = -1;
          afterFrame((t) => {
            b.chart = t;
          });
          break;
        }
      }
    }
    // A route switch is done when an h1 with another text than before the click appears.
    if (b.lastClick && h1 && h1.textContent !== b.lastClick.from && !b.lastClick.done) {
      const click = b.lastClick;
      click.done = true;
      afterFrame((t) => b.switches.push({ to: h1.textContent, ms: t - click.at }));
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-app'],
  });
  addEventListener(
    'click',
    (ev) => {
      const a = ev.target instanceof Element ? ev.target.closest('nav a') : null;
      if (a) b.lastClick = { at: ev.timeStamp, from: document.querySelector('main h1')?.textContent ?? '' };
    },
    { capture: true },
  );
  for (const type of ['input', 'keydown']) {
    addEventListener(
      type,
      (ev) => {
        if (type === 'keydown' && !(ev.target instanceof HTMLInputElement && ev.target.type === 'range'))
          return;
        if (type === 'input' && ev.target instanceof HTMLInputElement && ev.target.type === 'range') return;
        const at = ev.timeStamp;
        const id = ev.target instanceof Element ? (ev.target.closest('section[id]')?.id ?? '') : '';
        afterFrame((t) => b.inputs.push({ id, ms: t - at }));
      },
      { capture: true },
    );
  }
}

/** Waits until the view's h1 is on screen and the app has taken over the page (it answers input). */
function appShown(page) {
  return page.waitForFunction(() => window.__appBench.h1 > 0 && window.__appBench.started > 0, null, {
    timeout: 120_000,
  });
}

async function newPage(browser, rate) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

async function coldLoad(browser, base, route, rate) {
  const { context, page } = await newPage(browser, rate);
  await page.goto(base + route);
  await page.waitForFunction(() => window.__appBench.h1 > 0, null, { timeout: 120_000 });
  // Give a chart up to 3 s after the h1 (views without one have none).
  await page
    .waitForFunction(() => window.__appBench.chart > 0, null, { timeout: 3000 })
    .catch(() => undefined);
  await page.waitForFunction(() => window.__appBench.started > 0, null, { timeout: 120_000 });
  const r = await page.evaluate(() => {
    const b = window.__appBench;
    const bytes = performance
      .getEntriesByType('resource')
      .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname) && e.responseEnd <= b.h1)
      .reduce((n, e) => n + e.transferSize, 0);
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      fmp: b.h1,
      started: b.started,
      chart: b.chart > 0 ? b.chart : null,
      bytes: bytes + (nav?.transferSize ?? 0),
    };
  });
  await context.close();
  return r;
}

async function routeSwitches(browser, base, rate) {
  const { context, page } = await newPage(browser, rate);
  await page.goto(`${base}/`);
  await appShown(page);
  // A reader clicks once the page has settled: after the idle preloading's downloads (no request
  // for 500 ms), not in the same instant as the first view's paint.
  await page.waitForLoadState('networkidle');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const out = { first: [], later: [] };
  // Back to the overview between switches would be a switch too; each click goes on from the last view.
  const go = async (link, bucket) => {
    const before = await page.evaluate(() => window.__appBench.switches.length);
    await nav.getByRole('link', { name: link, exact: true }).click();
    await page.waitForFunction((n) => window.__appBench.switches.length > n, before, { timeout: 60_000 });
    const { ms } = await page.evaluate(() => window.__appBench.switches.at(-1));
    bucket.push({ link, ms });
    await page.waitForTimeout(300);
  };
  // The first visit of each view in this page (its chunk may already be preloaded: the app does that
  // when idle and on hover, as it would for a user), then a later visit of each.
  for (const [link] of SWITCHES) await go(link, out.first);
  for (const [link] of SWITCHES) await go(link, out.later);
  await context.close();
  return out;
}

async function searchKeystrokes(browser, base, rate) {
  const { context, page } = await newPage(browser, rate);
  await page.goto(`${base}/materials`);
  await appShown(page);
  const box = page.locator('main input[type="search"]').first();
  await box.click();
  await page.evaluate(() => {
    window.__appBench.inputs = [];
  });
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  const ms = await page.evaluate(() => window.__appBench.inputs.map((i) => i.ms));
  await context.close();
  return ms;
}

async function sliders(browser, base, rate) {
  const { context, page } = await newPage(browser, rate);
  const out = {};
  for (const topic of TOPICS) {
    await page.goto(base + topic);
    await appShown(page);
    // The diagrams below the first are drawn right after the page's first frame (src/views/
    // mechanisms/topics): wait until no placeholder is left.
    await page.waitForFunction(() => document.querySelector('.mech-model-pending') === null, null, {
      timeout: 120_000,
    });
    const ranges = page.locator('main section[id] input[type="range"]');
    const n = await ranges.count();
    if (n === 0) throw new Error(`bench: no slider found on ${topic}`);
    for (let i = 0; i < n; i++) {
      const range = ranges.nth(i);
      await range.scrollIntoViewIfNeeded();
      await range.focus();
      await page.evaluate(() => {
        window.__appBench.inputs = [];
      });
      // Alternate directions so that a slider at its end still moves.
      for (let s = 0; s < STEPS; s++) {
        await page.keyboard.press(s % 4 < 2 ? 'ArrowRight' : 'ArrowLeft');
        await page.waitForTimeout(120);
      }
      for (const { id, ms } of await page.evaluate(() => window.__appBench.inputs)) {
        if (!id) continue;
        out[id] ??= [];
        out[id].push(ms);
      }
    }
  }
  await context.close();
  return out;
}

/** Runs every app measurement at every CPU rate; returns the results and the budget verdicts. */
export async function runAppBench(browser, base) {
  const results = {};
  for (const rate of CPU_RATES) {
    const loads = APP_PARTS.includes('loads') ? {} : undefined;
    for (const route of loads ? ROUTES : []) {
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await coldLoad(browser, base, route, rate));
      loads[route] = {
        fmp: median(runs.map((r) => r.fmp)),
        started: median(runs.map((r) => r.started)),
        chart: runs.every((r) => r.chart !== null) ? median(runs.map((r) => r.chart)) : null,
        bytes: median(runs.map((r) => r.bytes)),
      };
    }
    const part = (name, run) => (APP_PARTS.includes(name) ? run(browser, base, rate) : undefined);
    const switches = await part('switches', routeSwitches);
    const search = await part('search', searchKeystrokes);
    const slider = await part('sliders', sliders);
    results[rate] = { loads, switches, search, slider };
  }
  return results;
}

const f = (x) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(0)).padStart(6);

/** Prints the tables and returns the list of budget breaches. */
export function printAppBench(results) {
  const breaches = [];
  const rates = Object.keys(results);
  const has = (part) => results[rates[0]]?.[part] !== undefined;
  if (has('loads')) {
    console.log(
      '\nCold load (fresh context, no cache), median of',
      LOADS,
      'loads: ms from navigation start; kB transferred before the first meaningful paint',
    );
    console.log(
      `| route                             | ${rates.map((r) => `${r}× CPU: FMP / app / chart / kB`).join(' | ')} |`,
    );
    console.log(
      `|-----------------------------------|${rates.map(() => '---------------------------').join('|')}|`,
    );
    for (const route of ROUTES) {
      const cells = rates.map((r) => {
        const l = results[r].loads[route];
        return `${f(l.fmp)} / ${f(l.started)} / ${f(l.chart)} / ${(l.bytes / 1000).toFixed(1).padStart(6)}`;
      });
      console.log(`| ${route.padEnd(33)} | ${cells.join('   | ')}   |`);
    }
  }
  if (has('switches')) {
    console.log(
      '\nRoute switch: click on the header link → the new view painted (ms), first visit / later visit',
    );
    console.log(`| view                  | ${rates.map((r) => `${r}× CPU first / later`).join(' | ')} |`);
    console.log(`|-----------------------|${rates.map(() => '----------------------').join('|')}|`);
    for (const [i, [link]] of SWITCHES.entries()) {
      const cells = rates.map(
        (r) =>
          `${f(results[r].switches.first[i]?.ms ?? null)} / ${f(results[r].switches.later[i]?.ms ?? null)}`,
      );
      console.log(`| ${link.padEnd(21)} | ${cells.join('      | ')}      |`);
      const firstNormal = results[1]?.switches.first[i]?.ms;
      if (firstNormal !== undefined && firstNormal > APP_BUDGETS.firstSwitchNormal) {
        breaches.push(
          `first visit of ${link} took ${firstNormal.toFixed(0)} ms > ${APP_BUDGETS.firstSwitchNormal} ms at normal CPU`,
        );
      }
    }
  }
  if (has('search')) {
    console.log('\nMaterials search: keystroke → next paint (ms), median / p95 of', KEYS.length, 'keys');
    console.log(
      rates
        .map((r) => `  ${r}× CPU: ${f(median(results[r].search))} / ${f(p95(results[r].search))}`)
        .join('\n'),
    );
  }
  if (has('slider')) {
    console.log('\nSliders: arrow key on a slider → next paint (ms), median / p95 per diagram');
    const ids = [...new Set(rates.flatMap((r) => Object.keys(results[r].slider)))];
    console.log(
      `| diagram                           | ${rates.map((r) => `${r}× CPU median / p95`).join(' | ')} |`,
    );
    console.log(
      `|-----------------------------------|${rates.map(() => '---------------------').join('|')}|`,
    );
    for (const id of ids) {
      const cells = rates.map((r) => {
        const xs = results[r].slider[id] ?? [];
        return `${f(median(xs))} / ${f(xs.length ? p95(xs) : null)}`;
      });
      console.log(`| ${id.padEnd(33)} | ${cells.join('     | ')}     |`);
      const at4 = results[4]?.slider[id];
      if (at4?.length && median(at4) > APP_BUDGETS.sliderAt4x) {
        breaches.push(
          `slider on ${id}: ${median(at4).toFixed(0)} ms > ${APP_BUDGETS.sliderAt4x} ms at 4× CPU`,
        );
      }
    }
  }
  return breaches;
}
