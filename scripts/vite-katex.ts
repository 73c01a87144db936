/**
 * Vite plugin: the models' equations, typeset by KaTeX at build time.
 *
 * The equations are constants (`*_EQUATION_TEX` in src/domain/models), so the browser needs no
 * typesetting library: `virtual:ssb-equations` maps each TeX source to its HTML + MathML parts, and
 * KaTeX's stylesheet comes with woff2 fonts only (every browser that runs this app reads woff2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import katex from 'katex';
import type { Plugin } from 'vite';
import * as models from '../src/domain/models';
import { splitEquation } from '../src/components/equation-split';

const ID = 'virtual:ssb-equations';

/** TeX source → typeset parts, for every equation the models export. */
export function typesetEquations(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, tex] of Object.entries(models)) {
    if (!name.endsWith('_EQUATION_TEX') || typeof tex !== 'string') continue;
    out[tex] = splitEquation(tex).map((part) =>
      katex.renderToString(part, { displayMode: true, throwOnError: true, output: 'htmlAndMathml' }),
    );
  }
  return out;
}

const CSS_ID = 'virtual:katex.css';

/**
 * See the module comment. `virtual:katex.css` is KaTeX's stylesheet with woff2 fonts only: its
 * @font-face rules list woff2, woff and ttf, and Vite emits every file a stylesheet names. The
 * module's id sits beside KaTeX's own stylesheet so that the fonts' relative URLs resolve.
 */
export function buildTimeEquations(): Plugin {
  const katexCss = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  const trimmedId = join(dirname(katexCss), 'katex.woff2-only.css');
  return {
    name: 'ssb-atlas-equations',
    resolveId(id) {
      if (id === ID) return `\0${ID}`;
      if (id === CSS_ID) return trimmedId;
      return null;
    },
    load(id) {
      if (id === `\0${ID}`) return `export default ${JSON.stringify(typesetEquations())};`;
      if (id === trimmedId) {
        return readFileSync(katexCss, 'utf8')
          .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
          .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '');
      }
      return null;
    },
  };
}
