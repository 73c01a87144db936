// @vitest-environment node
/**
 * The slider modules stay physics-free (so the URL table can load them at start-up without any
 * model), and the CCD-vs-ASR curve of the flaw model reproduces MODELS.md.
 */
import urlTable from '../../../src/domain/mechanism-params.ts?raw';
import { sampleCriticalCurrentDensityVsAsr } from '../../../src/domain/models';
import { expectClose, unwrap } from './close';

const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob('../../../src/domain/models/params/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.split('/').at(-1)!, text as string]),
);

describe('src/domain/models/params', () => {
  const files = Object.keys(SOURCES);

  it('holds one slider module per model plus the shared limits and the cursors', () => {
    expect(files.sort()).toEqual([
      'cursors.ts',
      'flaw.ts',
      'index.ts',
      'interphase-fracture.ts',
      'interphase-growth.ts',
      'leakage.ts',
      'misfit.ts',
      'monroe-newman.ts',
      'pressure-potential.ts',
      'shared.ts',
      'stack-pressure.ts',
    ]);
  });

  it.each(files)('%s imports only ../spec and its siblings (no physics)', (file) => {
    const text = SOURCES[file]!;
    const sources = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const s of sources)
      expect(s === '../spec' || /^\.\/[a-z-]+$/.test(s), `${file} imports ${s}`).toBe(true);
  });

  it('the URL table imports the slider modules, never a model file', () => {
    const sources = [...urlTable.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(sources.sort()).toEqual(['./models/params', './models/spec', './url-state']);
  });
});

describe('sampleCriticalCurrentDensityVsAsr (the CCD upper bound)', () => {
  it('LLZO, a = 1 µm: 6.79 mA/cm² at 10 Ω·cm², 0.679 at 100, slope −1', () => {
    const points = unwrap(
      sampleCriticalCurrentDensityVsAsr(
        { fractureToughnessMPaSqrtM: 1, flawDepthM: 1e-6 },
        { minOhmCm2: 10, maxOhmCm2: 100, count: 2 },
      ),
    );
    expect(points.map((p) => p.x)).toEqual([10, 100]);
    expectClose(points[0]!.y, 6.787175781916915);
    expectClose(points[1]!.y, 0.6787175781916915);
  });

  it('sulfide glass, K_Ic = 0.23 MPa·m½ (McGrogan 2017): η_c = 15.6 mV and a bound of 1.56 mA/cm² at 10 Ω·cm²', () => {
    const [p] = unwrap(
      sampleCriticalCurrentDensityVsAsr(
        { fractureToughnessMPaSqrtM: 0.23, flawDepthM: 1e-6 },
        { minOhmCm2: 10, maxOhmCm2: 100, count: 2 },
      ),
    );
    expectClose(p!.y, 1.5610504298408905);
  });
});
