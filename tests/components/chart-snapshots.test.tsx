/**
 * SVG snapshots of each chart for a fixed input, beside the layout tests: a change to any mark,
 * position or label of a chart shows up as a diff of its .svg file (open it to see the chart).
 * Numbers are rounded to two decimals and React's generated ids replaced, as Observable Plot does
 * in its snapshot tests, so that float noise and render order do not count as changes.
 * Update after an intended change with `npx vitest run tests/components/chart-snapshots.test.tsx -u`.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { flawPlotInput, flawScene } from '../../src/charts/flaw/layout';
import { fractureScene } from '../../src/charts/interphase-fracture/layout';
import { growthScene } from '../../src/charts/interphase-growth/layout';
import { MiniWindowSvg } from '../../src/charts/mini-window/MiniWindowChart';
import { miniWindowLayout } from '../../src/charts/mini-window/layout';
import { misfitScene } from '../../src/charts/misfit/layout';
import { SensitivityPlot } from '../../src/charts/sensitivity/SensitivityPlot';
import { MnStrip } from '../../src/charts/monroe-newman/MnStrip';
import { monroeNewmanScene } from '../../src/charts/monroe-newman/layout';
import { Scene } from '../../src/charts/scene/Scene';
import type { Scene as SceneData } from '../../src/charts/scene/scene';
import { buildStabilitySvg } from '../../src/charts/stability/export';
import { layoutStabilityChart, type MarkerSpec } from '../../src/charts/stability/layout';
import { sourcesIn, stabilityRowsFromKb } from '../../src/domain/stability-rows';
import { StabilityChart } from '../../src/charts/stability/StabilityChart';
import { stackScene } from '../../src/charts/stack-pressure/layout';
import { stressPotentialScene } from '../../src/charts/stress-potential/layout';
import { xyLayout } from '../../src/charts/xy-plot/layout';
import { XySvg } from '../../src/charts/xy-plot/XyPlot';
import { MapView } from '../../src/views/map/MapView';
import {
  ACTIVE_PARTICLE_PRESETS,
  criticalOverpotential,
  flawSchematic,
  INTERPHASE_FRACTURE_DEFAULTS,
  interphaseFractureSchematic,
  interphaseGrowthSchematic,
  MATRIX_PRESETS,
  misfitSphereInputFromPresets,
  misfitSphereSchematic,
  sampleCriticalOverpotentialVsFlawDepth,
  STACK_ANODE_PRESETS,
  STACK_CATHODE_PRESETS,
  STACK_DEFAULTS,
  stackSchematic,
} from '../../src/domain/models';
import { unwrap } from '../unit/models/close';
import { windowsKb } from '../fixtures/windows-fixture';
import { loadOrThrow } from './render';

/** Serialised SVG with numbers rounded to 2 decimals and React ids made stable. */
function normalise(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/«r[0-9a-z]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}

function svgOf(ui: ReactElement): string {
  const { container } = render(ui);
  return normalise(container.innerHTML);
}

/**
 * A chart drawn as one <svg> is kept as an .svg file that opens as an image (the namespace added,
 * which inline SVG in HTML leaves out); a chart of several elements as an .html fragment.
 */
function snapshot(name: string, markup: string) {
  const isSvg = /^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(markup);
  const file = isSvg
    ? markup.includes('xmlns=')
      ? markup
      : markup.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')
    : markup;
  return expect(file).toMatchFileSnapshot(`./__snapshots__/charts/${name}.${isSvg ? 'svg' : 'html'}`);
}

describe('chart snapshots', () => {
  const { kb } = loadOrThrow(windowsKb());
  const rows = stabilityRowsFromKb(kb);
  const sources = sourcesIn(rows);
  const anode: MarkerSpec = { role: 'anode', name: 'Lithium metal', potentialV: 0, isMoved: false };
  const cathode: MarkerSpec = { role: 'cathode', name: 'NMC811', potentialV: 4.3, isMoved: false };

  it('stability chart on screen (1100 px, sorted by reduction limit)', async () => {
    const layout = layoutStabilityChart(rows, { width: 1100, sources, sort: 'reduction' });
    await snapshot(
      'stability-screen',
      svgOf(
        <StabilityChart
          layout={layout}
          title="Stability windows"
          anode={anode}
          cathode={cathode}
          selectedId="lgps"
          highlightedIds={new Set(['llzo'])}
          onSelect={() => {}}
          onMarkerMove={() => {}}
          renderTooltip={() => null}
        />,
      ),
    );
  });

  it('stability chart export (phone width, names above the bars)', async () => {
    const layout = layoutStabilityChart(rows, { width: 390, sources, sort: 'name' });
    const { svg } = buildStabilitySvg({
      layout,
      title: 'Stability windows',
      anode,
      cathode,
      caption: 'A fixed caption.',
      references: [],
    });
    await snapshot('stability-export', normalise(svg));
  });

  it('mini window chart of one material', async () => {
    const lgps = kb.electrolytes.find((e) => e.id === 'lgps')!;
    const electrodes = [
      { id: 'li', label: 'Li metal', potentialV: 0 },
      { id: 'nmc', label: 'NMC811', potentialV: 4.3 },
    ];
    await snapshot(
      'mini-window',
      svgOf(
        <MiniWindowSvg
          layout={miniWindowLayout(lgps.windows, electrodes, 640)}
          windows={lgps.windows}
          electrodes={electrodes}
          title="LGPS stability window"
        />,
      ),
    );
  });

  it('x–y plot (critical overpotential against flaw depth)', async () => {
    const curve = unwrap(sampleCriticalOverpotentialVsFlawDepth({ fractureToughnessMPaSqrtM: 1 }));
    const input = flawPlotInput({
      curve,
      flawDepthM: 1e-6,
      overpotentialV: 0.1,
      criticalOverpotentialV: unwrap(
        criticalOverpotential({ fractureToughnessMPaSqrtM: 1, flawDepthM: 1e-6 }),
      ).criticalOverpotentialV,
      criticalFlawDepthM: 4.61e-7,
      isFractureExpected: true,
    });
    const layout = xyLayout({ ...input, width: 640 });
    await snapshot('xy-flaw', svgOf(<XySvg layout={layout} title="Flaw plot" description="A fixed plot." />));
  });

  it('Monroe–Newman strip', async () => {
    await snapshot(
      'monroe-newman-strip',
      svgOf(
        <MnStrip
          input={{
            entries: [
              {
                id: 'peo',
                label: 'PEO',
                ratio: 1.2e-3,
                ratioLow: 2.4e-5,
                ratioHigh: 2.4e-3,
                isFilamentObserved: true,
                isEstimated: true,
              },
              {
                id: 'llzo',
                label: 'LLZO',
                ratio: 14.1,
                ratioLow: 14.1,
                ratioHigh: 14.1,
                isFilamentObserved: true,
                isEstimated: false,
              },
            ],
            threshold: 2,
            current: { label: 'Your value', ratio: 3 },
            selectedId: 'llzo',
          }}
          description="A fixed strip."
        />,
      ),
    );
  });

  it('interface sensitivity plot (driving force against conducting fraction)', async () => {
    await snapshot(
      'sensitivity',
      svgOf(
        <SensitivityPlot
          points={[
            {
              id: 'lgps',
              label: 'LGPS',
              drivingForceEVPerAtom: 0.35,
              electronicFraction: 0.23,
              isLowerBound: false,
              observed: 2,
              isDisagreeing: false,
            },
            {
              id: 'llzo',
              label: 'LLZO',
              drivingForceEVPerAtom: 0.02,
              electronicFraction: 0.05,
              isLowerBound: true,
              observed: 3,
              isDisagreeing: false,
            },
            {
              id: 'lipon',
              label: 'LiPON',
              drivingForceEVPerAtom: 0.1,
              electronicFraction: 0.4,
              isLowerBound: false,
              observed: null,
              isDisagreeing: true,
            },
          ]}
          kineticThresholdEVPerAtom={0.05}
          percolationThreshold={0.16}
          title="Sensitivity"
          description="A fixed plot."
        />,
      ),
    );
  });

  it('landing map of the cell with its three hotspots and the techniques around it', async () => {
    await snapshot(
      'cell-map',
      svgOf(
        <MapView
          topics={[
            { id: 'lithium-filaments', name: 'Lithium filament growth' },
            { id: 'interphase-formation', name: 'Interphase formation' },
            { id: 'composite-electrodes', name: 'Chemo-mechanics of composite electrodes' },
          ]}
          techniques={[
            {
              id: 'xps',
              label: 'In situ X-ray photoelectron spectroscopy',
              short: 'XPS',
              topics: ['interphase-formation'],
            },
            {
              id: 'tem',
              label: 'Transmission electron microscopy',
              short: 'TEM',
              topics: ['lithium-filaments'],
            },
            {
              id: 'pressure',
              label: 'In situ pressure monitoring',
              short: 'Pressure',
              topics: ['composite-electrodes'],
            },
          ]}
          active="interphase-formation"
          onActivate={() => {}}
        />,
      ),
    );
  });

  const scenes: Array<[string, () => SceneData]> = [
    [
      'scene-flaw',
      () =>
        flawScene(
          unwrap(flawSchematic({ fractureToughnessMPaSqrtM: 1, flawDepthM: 1e-6, overpotentialV: 0.1 })),
        ),
    ],
    [
      'scene-monroe-newman',
      () => monroeNewmanScene({ ratio: 14.1, threshold: 2, name: 'LLZO', isFilamentObserved: true }),
    ],
    [
      'scene-interphase-growth',
      () =>
        growthScene(
          unwrap(
            interphaseGrowthSchematic(
              {
                interfaceType: 2,
                ionicConductivitySPerCm: 1e-6,
                electronicConductivitySPerCm: 1e-5,
                drivingForceV: 1,
                molarVolumeCm3PerMol: 10,
              },
              3600,
            ),
          ),
          'LGPS',
        ),
    ],
    [
      'scene-interphase-fracture',
      () => fractureScene(unwrap(interphaseFractureSchematic(INTERPHASE_FRACTURE_DEFAULTS))),
    ],
    [
      'scene-misfit',
      () =>
        misfitScene(
          unwrap(
            misfitSphereSchematic({
              ...misfitSphereInputFromPresets(ACTIVE_PARTICLE_PRESETS.nmc, MATRIX_PRESETS.argyrodite, 5e-6),
              volumeChangePct: 5,
            }),
          ),
        ),
    ],
    [
      'scene-stack-pressure',
      () =>
        stackScene([
          {
            id: 'a',
            title: 'In | NMC',
            now: unwrap(
              stackSchematic(
                { anode: STACK_ANODE_PRESETS.indium, cathode: STACK_CATHODE_PRESETS.nmc, ...STACK_DEFAULTS },
                1,
              ),
            ),
            anode0M: 100e-6,
            cathode0M: 60e-6,
          },
        ]),
    ],
    ['scene-stress-potential', () => stressPotentialScene(100, 0.013)],
  ];

  it.each(scenes)('%s', async (name, make) => {
    await snapshot(name, svgOf(<Scene scene={make()} />));
  });
});
