/**
 * Vite plugin (build only): after the browser build, renders each route's first view in Node
 * (src/app/prerender.tsx, built for Node with the knowledge-base and equation plugins) and writes it
 * into that route's HTML file: `/materials` → dist/materials.html, the overview into
 * dist/index.html. A phone paints the page from the HTML, before any script has run; the app then
 * renders the same view in its place (src/main.tsx). The page names the path it was rendered for
 * (a `<meta>`), so one served for another path (a host's fallback to index.html, the offline copy)
 * is hidden until the app has rendered the right one, as it is on wider screens (see vite-shell's
 * first script and src/components/prerender-env.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { buildTimeEquations } from './vite-katex';
import { knowledgeBase } from './vite-kb';
import { filesOfPath, PRERENDERED_META, type RouteFiles, routeFiles } from './vite-shell';

interface PrerenderModule {
  renderRoute(pathname: string): Promise<string>;
  prerenderPaths(): Promise<string[]>;
}

const EMPTY_ROOT = /<div id="root">[\s\S]*?<\/div>/;

/**
 * The file a static host serves for `path`: `/` → index.html, `/a/b` → a/b.html (Vite's preview,
 * and hosts with "pretty URLs", serve `/a/b` from a/b.html).
 */
export function htmlFileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** See the module comment. */
export function prerenderRoutes(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isServerBuild = false;
  let files: Record<string, RouteFiles> = {};
  return {
    name: 'ssb-atlas-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
      isServerBuild = Boolean(config.build.ssr);
    },
    generateBundle(_options, bundle) {
      if (!isServerBuild) files = routeFiles(bundle, root);
    },
    async closeBundle() {
      if (isServerBuild) return;
      const serverDir = join(root, 'node_modules', '.ssb-prerender');
      await build({
        configFile: false,
        root,
        // Errors only: the citation worker's bundle, built for the browser inside this build too,
        // warns about Node modules it never uses there.
        logLevel: 'error',
        plugins: [react(), knowledgeBase(), buildTimeEquations()],
        build: { ssr: 'src/app/prerender.tsx', outDir: serverDir, emptyOutDir: true, target: 'node20' },
      });
      // Imported by its plain URL: its chunks import it back by that URL, and a second copy (a
      // cache-busting query) would give them a second, empty knowledge-base context.
      const mod = (await import(pathToFileURL(join(serverDir, 'prerender.js')).href)) as PrerenderModule;
      const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
      if (!EMPTY_ROOT.test(shell)) throw new Error('prerender: no <div id="root"> in index.html');
      for (const path of await mod.prerenderPaths()) {
        const markup = await mod.renderRoute(path);
        // Hidden where the first script says it is not the page to show (vite-shell.ts).
        const meta = `<meta name="${PRERENDERED_META}" content="${path}" />`;
        const hide = '<style>html[data-snapshot=hidden] #root[data-prerendered]{display:none}</style>';
        // The view's stylesheets as plain links, which hold the first paint until they arrive (the
        // first script's links do not); the page would otherwise paint once without them.
        const css = (filesOfPath(files, path)?.css ?? []).map((h) => `<link rel="stylesheet" href="${h}">`);
        const html = shell
          .replace('<meta charset="UTF-8" />', (tag) => `${tag}\n    ${meta}`)
          .replace('</head>', () => `  ${[...css, hide].join('\n    ')}\n  </head>`)
          .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="${path}">${markup}</div>`);
        const file = join(outDir, htmlFileOf(path));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
    },
  };
}
