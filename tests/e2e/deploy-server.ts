/**
 * A static server for browser tests of deploys and bad networks: it serves one build directory at a
 * time (`serve(dir)` switches, as a deploy does), answers unknown paths with that build's index.html
 * (as a single-page host does), and can `hang()`: accept every connection and never answer, like a
 * captive portal or a dead uplink.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

export interface DeployServer {
  origin: string;
  /** Serves `dir` from now on. */
  serve(dir: string): void;
  /** From now on, accepts requests and never answers them. */
  hang(): void;
  close(): Promise<void>;
}

export async function startDeployServer(dir: string): Promise<DeployServer> {
  let root = dir;
  let hanging = false;
  const held: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    if (hanging) {
      held.push(res);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control':
        file.endsWith('index.html') || file.endsWith('sw.js') ? 'no-cache' : 'max-age=31536000',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
      hanging = false;
    },
    hang: () => {
      hanging = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Builds the app into `outDir`, labelled (the page's `data-build`), so two deploys differ. */
export function buildLabelled(outDir: string, label: string): void {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, VITE_BUILD_LABEL: label },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`build ${label} failed:\n${result.stderr}`);
}
