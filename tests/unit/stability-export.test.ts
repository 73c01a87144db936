// @vitest-environment jsdom
import { layoutStabilityChart } from '../../src/charts/stability/layout';
import { sourcesIn, stabilityRowsFromKb } from '../../src/domain/stability-rows';
import { buildStabilitySvg, EXPORT_WIDTH, exportCaption, xmlEscape } from '../../src/charts/stability/export';
import { textWidth, wrapText } from '../../src/charts/text-metrics';
import { loadKnowledgeBase } from '../../src/kb/load';
import { windowsKb } from '../fixtures/windows-fixture';

const loaded = loadKnowledgeBase(windowsKb());
if (!loaded.ok) throw new Error('fixture');
const { kb } = loaded;
const rows = stabilityRowsFromKb(kb);
const sources = sourcesIn(rows);
const anode = { role: 'anode' as const, name: 'Lithium metal', potentialV: 0, isMoved: false };
const cathode = { role: 'cathode' as const, name: 'NMC811', potentialV: 4.3, isMoved: false };

describe('chart export', () => {
  const layout = layoutStabilityChart(rows, { width: EXPORT_WIDTH, sources, sort: 'name' });
  const caption = exportCaption({
    materialCount: layout.rowById.size,
    sources,
    anode: { ...anode, basis: 'working potential' },
    cathode: { ...cathode, basis: 'charge cut-off' },
    reducedAtAnode: ['LGPS', 'LLZO'],
    oxidisedAtCathode: ['LGPS'],
    sortLabel: 'Name (A–Z)',
  });
  const references = [kb.references[0]!, kb.references.find((r) => r.id === 'richards-2016')!];
  const out = buildStabilitySvg({
    layout,
    title: 'Stability windows & <test>',
    anode,
    cathode,
    caption,
    references,
  });

  it('produces a well-formed SVG document that holds the caption and the references', () => {
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe(String(EXPORT_WIDTH));
    expect(svg.querySelector('title')?.textContent).toBe('Stability windows & <test>');
    expect(svg.querySelector('desc')?.textContent).toBe(caption);
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('Electrochemical stability windows of 11 materials');
    expect(text).toContain('References');
    expect(text).toContain('[2] Richards, W. D. et al. (2016)');
    expect(text).toContain('https://doi.org/10.1021/acs.chemmater.5b04082');
  });

  it('draws every bar with its values, never windowed, and names no external resource', () => {
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    const bars = doc.querySelectorAll('rect[fill^="url(#x-src-"]');
    // 3 legend swatches + one rect per window.
    expect(bars.length).toBe(3 + layout.bars.length);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(text).toContain('1.71');
    expect(text).toContain('2.14');
    expect(out.svg).not.toMatch(/(href|src)="https?:/);
    expect(out.svg).not.toMatch(/@import|url\(http/);
    expect(out.height).toBeGreaterThan(layout.height);
  });

  it('the caption names the sources, electrodes and verdicts', () => {
    expect(caption).toContain(
      'Zhu et al. 2015 (calculated); Richards et al. 2016 (calculated); Experiment (measured)',
    );
    expect(caption).toContain(
      'Anode: Lithium metal (0.00 V, working potential); cathode: NMC811 (4.30 V, charge cut-off)',
    );
    expect(caption).toContain('reduced at the anode: LGPS, LLZO');
  });
});

describe('export helpers', () => {
  it('xmlEscape escapes the five XML specials', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
  it('wrapText keeps every word and each line within the width (single long words excepted)', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrapText(text, 12, 80);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) if (l.includes(' ')) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
  });
});
