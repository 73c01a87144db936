/**
 * Starts `vite preview` on a free port for the plain-node scripts (Lighthouse gate, benchmark) and
 * stops it again. The build to serve is `dist/` unless `outDir` names another one, so a benchmark can
 * serve an older build beside the current one.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Serves a build with `vite preview`. Resolves to `{ origin, close }` once the server answers.
 * @param {{ outDir?: string }} [options]
 */
export async function startPreview({ outDir = 'dist' } = {}) {
  const port = await freePort();
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: 'ignore', detached: true },
  );
  const origin = `http://127.0.0.1:${port}`;
  const close = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  try {
    await waitFor(origin);
  } catch (e) {
    close();
    throw e;
  }
  return { origin, close };
}
