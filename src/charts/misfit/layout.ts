/**
 * Misfitting particle in an electrolyte matrix: (1) the size effect — the flaw-controlled matrix
 * strength against particle radius (log–log) with the constant hoop stress, crossing at the
 * critical radius; (2) compliant against stiff — the interface radial stress against the matrix
 * modulus with the interfacial strength; and a schematic of the particle that shrinks (gap) or
 * swells (radial cracks) with the inputs.
 */
import { formatNumber } from '../../domain/format';
import type { MisfitSphereSchematic, Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, type Shape, text } from '../scene/scene';
import type { MarkerInput, XyInput } from '../xy-plot/layout';

export interface SizeEffectInput {
  /** Matrix strength (MPa) against radius (m). */
  curve: readonly Point[];
  particleRadiusM: number;
  matrixStrengthMPa: number;
  hoopStressMPa: number;
  criticalRadiusM: number | null;
  isExpansion: boolean;
}

export function sizeEffectPlotInput(input: SizeEffectInput): Omit<XyInput, 'width'> {
  const points = input.curve.map((p) => ({ x: p.x * 1e6, y: p.y }));
  const ys = [
    ...points.map((p) => p.y),
    ...(input.isExpansion && input.hoopStressMPa > 0 ? [input.hoopStressMPa] : []),
  ];
  const aUm = input.particleRadiusM * 1e6;
  return {
    x: {
      title: 'Particle radius a',
      unit: 'µm',
      domain: [points[0]?.x ?? 0.1, points.at(-1)?.x ?? 100],
      isLog: true,
    },
    y: {
      title: 'Stress',
      unit: 'MPa',
      domain: [10 ** Math.floor(Math.log10(Math.min(...ys))), 10 ** Math.ceil(Math.log10(Math.max(...ys)))],
      isLog: true,
    },
    series: [
      {
        id: 'strength',
        label: 'Matrix strength K_Ic / (Y √(π c)), c = a/10',
        points,
        tone: 'primary',
        shade: 'below',
        shadeLabel: 'hoop stress above this: matrix cracks',
      },
    ],
    rules: [
      ...(input.isExpansion && input.hoopStressMPa > 0
        ? [
            {
              id: 'hoop',
              axis: 'y' as const,
              value: input.hoopStressMPa,
              label: `hoop stress σ_θθ = ${formatNumber(input.hoopStressMPa, 3)} MPa`,
              tone: 'danger' as const,
              isDashed: false,
            },
          ]
        : []),
      ...(input.criticalRadiusM !== null
        ? [
            {
              id: 'ac',
              axis: 'x' as const,
              value: input.criticalRadiusM * 1e6,
              label: `a_c = ${formatNumber(input.criticalRadiusM * 1e6, 3)} µm`,
              tone: 'muted' as const,
            },
          ]
        : []),
    ],
    markers: [
      {
        id: 'operating',
        x: aUm,
        y: input.matrixStrengthMPa,
        label: `Your particle, a = ${formatNumber(aUm, 3)} µm: strength ${formatNumber(input.matrixStrengthMPa, 3)} MPa`,
        tone: input.isExpansion && input.hoopStressMPa >= input.matrixStrengthMPa ? 'danger' : 'ok',
      },
    ],
  };
}

export interface StiffnessInput {
  /** Interface radial stress σ_rr (MPa, + = tension) against matrix E (GPa). */
  curve: readonly Point[];
  matrixModulusGPa: number;
  radialStressMPa: number;
  interfaceStrengthMPa: number;
  /** Named matrices for reference (sulfide, oxide …) with their σ_rr at this misfit. */
  references: ReadonlyArray<{ id: string; label: string; modulusGPa: number; radialStressMPa: number }>;
}

export function stiffnessPlotInput(input: StiffnessInput): Omit<XyInput, 'width'> {
  const points = input.curve.map((p) => ({ x: p.x, y: p.y }));
  const ys = [...points.map((p) => p.y), input.interfaceStrengthMPa, 0];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = (hi - lo) * 0.08 || 1;
  const refs: MarkerInput[] = input.references.map((r) => ({
    id: `ref-${r.id}`,
    x: r.modulusGPa,
    y: r.radialStressMPa,
    label: `${r.label}: ${formatNumber(r.radialStressMPa, 3)} MPa`,
    tone: 'muted',
  }));
  const isDelam = input.radialStressMPa >= input.interfaceStrengthMPa;
  return {
    x: {
      title: "Matrix Young's modulus E_m",
      unit: 'GPa',
      domain: [points[0]?.x ?? 5, points.at(-1)?.x ?? 300],
      isLog: true,
    },
    y: {
      title: 'Interface radial stress σ_rr (+ tension)',
      symbol: 'σ_rr',
      unit: 'MPa',
      domain: [lo - pad, hi + pad],
      isLog: false,
    },
    series: [
      {
        id: 'srr',
        label: 'σ_rr at the interface (compliant sulfide → stiff oxide)',
        points,
        tone: 'primary',
      },
    ],
    rules: [
      {
        id: 'strength',
        axis: 'y',
        value: input.interfaceStrengthMPa,
        label: `interfacial strength ${formatNumber(input.interfaceStrengthMPa, 3)} MPa`,
        tone: 'danger',
        isDashed: false,
      },
      { id: 'zero', axis: 'y', value: 0, label: '', tone: 'muted', isDashed: false },
    ],
    markers: [
      ...refs,
      {
        id: 'operating',
        x: input.matrixModulusGPa,
        y: input.radialStressMPa,
        label: `Your matrix: σ_rr = ${formatNumber(input.radialStressMPa, 3)} MPa`,
        tone: isDelam ? 'danger' : 'ok',
      },
    ],
  };
}

/** Visual exaggeration of the particle's strain in the schematic. */
export const MISFIT_EXAGGERATION = 4;

/** Particle (circle) in a matrix square: gap ring on delamination, radial cracks on cracking. */
export function misfitScene(data: MisfitSphereSchematic): Scene {
  const W = 400;
  const H = 260;
  const cx = 170;
  const cy = 130;
  const r0 = 62;
  const strain = data.freeRadiusM / data.particleRadiusM - 1;
  const shown = Math.max(-0.35, Math.min(0.45, strain * MISFIT_EXAGGERATION));
  const isDelam = data.verdict === 'delamination';
  const isCrack = data.verdict === 'matrix-cracking';
  const rHole = isDelam ? r0 : r0 * (1 + shown * 0.6);
  const rParticle = r0 * (1 + shown);
  const shapes: Shape[] = [
    rect('matrix', 'matrix', 20, 10, 300, 240),
    { kind: 'circle', key: 'hole', role: 'gap', cx, cy, r: rHole },
    { kind: 'circle', key: 'particle', role: 'particle', cx, cy, r: Math.min(rParticle, rHole) },
    { kind: 'circle', key: 'original', role: 'outline', cx, cy, r: r0 },
    text('matrix-label', 'label', 28, 30, 'Electrolyte matrix'),
    text('particle-label', 'label', cx, cy + 5, 'particle', 'middle'),
  ];
  // Radial cracks from the interface into the matrix (length 0 when intact, so they animate).
  const crackLen = isCrack ? 34 : 0;
  for (const [i, angle] of [20, 110, 200, 290].entries()) {
    const rad = (angle * Math.PI) / 180;
    const x1 = cx + rHole * Math.cos(rad);
    const y1 = cy + rHole * Math.sin(rad);
    shapes.push({
      kind: 'path',
      key: `crack${i}`,
      role: 'crack',
      d: `M ${x1.toFixed(1)} ${y1.toFixed(1)} L ${(x1 + crackLen * Math.cos(rad + 0.08)).toFixed(1)} ${(y1 + crackLen * Math.sin(rad + 0.08)).toFixed(1)}`,
    });
  }
  // Interface pressure: arrows outward (particle pushes) or inward (particle pulls).
  const len = 6 + 22 * logFraction(Math.abs(data.interfacePressureMPa), 1, 1e4);
  const isOut = data.interfacePressureMPa > 0;
  for (const [i, angle] of [-45, 45, 135, 225].entries()) {
    const rad = (angle * Math.PI) / 180;
    const rs = r0 + 14;
    const ax = cx + rs * Math.cos(rad);
    const ay = cy + rs * Math.sin(rad);
    const dx = len * Math.cos(rad) * (isOut ? 1 : -1);
    const dy = len * Math.sin(rad) * (isOut ? 1 : -1);
    shapes.push(
      arrow(
        `p${i}`,
        isOut ? 'compress' : 'tension',
        ax,
        ay,
        ax + (data.interfacePressureMPa === 0 ? 0 : dx),
        ay + (data.interfacePressureMPa === 0 ? 0 : dy),
      ),
    );
  }
  const verdictText = isDelam ? 'gap: delaminated' : isCrack ? 'matrix cracks' : 'bonded, intact';
  shapes.push(text('verdict', isDelam || isCrack ? 'label-danger' : 'label-ok', 335, 110, verdictText));
  shapes.push(text('strain', 'label', 335, 134, `ε* = ${formatNumber(strain * 100, 3)} %`));
  shapes.push(text('p', 'label', 335, 158, `p = ${formatNumber(data.interfacePressureMPa, 3)} MPa`));
  shapes.push(text('scale', 'label', 335, 182, `strain ×${MISFIT_EXAGGERATION}`));
  return {
    width: W + 80,
    height: H,
    title: 'Particle in an electrolyte matrix',
    description:
      `The particle ${strain < 0 ? 'shrinks' : strain > 0 ? 'swells' : 'keeps its size'} by a linear strain of ${formatNumber(strain * 100, 3)} % ` +
      `(drawn ×${MISFIT_EXAGGERATION}); interface pressure ${formatNumber(data.interfacePressureMPa, 3)} MPa: ` +
      (isDelam
        ? 'it has pulled away from the matrix, leaving a gap.'
        : isCrack
          ? 'radial cracks run from the interface into the matrix.'
          : 'it stays bonded and the matrix holds.'),
    shapes,
  };
}
