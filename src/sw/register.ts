/**
 * Registers the service worker (production builds only) once the page is idle, so that its
 * precache never competes with the first view, and tells the page when a new version is waiting.
 *
 * The page answers the worker's "which entry script do you run?" so that the worker keeps the
 * cache of every version an open tab still uses (src/sw/service-worker.js).
 */

type Listener = () => void;

let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const l of listeners) l();
}

/** The worker of a newer version that waits for the user's go-ahead, if any. */
export function waitingWorker(): ServiceWorker | null {
  return waiting;
}

/** Subscribes to changes of `waitingWorker()`; returns the unsubscribe function. */
export function onWaitingChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How long the waiting version may take to take over before the page says why it has not. */
export const TAKEOVER_GRACE_MS = 5000;
let stallTimer = 0;
let reloadOnTakeover = false;

/**
 * Lets the waiting version take over, then reloads this tab into it. Chromium parks the new worker
 * (it stays "installed") when another tab of the old version is fetching at the moment it would
 * activate, and asking again does not wake it; `onStalled` runs if no takeover came within
 * TAKEOVER_GRACE_MS, so that the page can say so instead of seeming to ignore the click.
 */
export function acceptUpdate(onStalled?: () => void): void {
  const worker = waiting;
  if (!worker) return;
  // One reload however often the user clicks; each click restarts the grace time.
  window.clearTimeout(stallTimer);
  stallTimer = window.setTimeout(() => onStalled?.(), TAKEOVER_GRACE_MS);
  if (!reloadOnTakeover) {
    reloadOnTakeover = true;
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        window.clearTimeout(stallTimer);
        window.location.reload();
      },
      { once: true },
    );
  }
  worker.postMessage({ type: 'SKIP_WAITING' });
}

function watch(registration: ServiceWorkerRegistration) {
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      // Installed while another version controls this tab: a newer version is ready.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
      if (worker.state === 'activated' || worker.state === 'redundant') {
        if (waiting === worker) setWaiting(null);
      }
    };
    worker.addEventListener('statechange', check);
    check();
  };
  track(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
}

/** The entry script this page runs: what identifies its version to the service worker. */
function entryScript(): string {
  return new URL(import.meta.url).pathname;
}

/** Registers /sw.js after load, when the browser is idle. Call once, from the entry module. */
export function registerServiceWorker(entry = entryScript()): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'WHICH_ENTRY') event.ports[0]?.postMessage({ entry });
  });
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration: ServiceWorkerRegistration | undefined) => {
        // Undefined where a test harness blocks service workers.
        if (!registration) return;
        watch(registration);
        navigator.serviceWorker.controller?.postMessage({ type: 'HELLO' });
      })
      .catch((err: unknown) => {
        console.warn('SSB Atlas: offline support unavailable', err);
      });
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(register, { timeout: 10_000 })
      : setTimeout(register, 3000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
