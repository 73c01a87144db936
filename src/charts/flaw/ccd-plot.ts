/**
 * The flaw model's critical-current-density bound η_c/ASR against the interfacial ASR (log–log,
 * a line of slope −1), with the measured CCDs of the knowledge base beside it: a point at the
 * measurement's ASR where the source gives one, otherwise a horizontal line across the plot.
 * Units: ASR in Ω·cm², CCD in mA/cm².
 */
import { formatNumber } from '../../domain/format';
import type { Point } from '../../domain/models/result';
import type { MarkerInput, RuleInput, XyInput } from '../xy-plot/layout';

export interface MeasuredCcd {
  id: string;
  /** Short text, e.g. "LLZO single crystal (Flatscher 2020)". */
  label: string;
  ccdMilliAmpPerCm2: number;
  /** Interfacial ASR of the same cell, when reported. */
  asrOhmCm2: number | null;
}

export interface CcdPlotInput {
  /** The bound, from `sampleCriticalCurrentDensityVsAsr`. */
  bound: readonly Point[];
  /** The user's ASR and the bound there. */
  asrOhmCm2: number;
  boundMilliAmpPerCm2: number;
  measured: readonly MeasuredCcd[];
}

/** The plot as data for `XyPlot`. */
export function ccdPlotInput(input: CcdPlotInput): Omit<XyInput, 'width'> {
  const ys = [
    ...input.bound.map((p) => p.y),
    ...input.measured.map((m) => m.ccdMilliAmpPerCm2),
    input.boundMilliAmpPerCm2,
  ].filter((y) => y > 0);
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const rules: RuleInput[] = input.measured
    .filter((m) => m.asrOhmCm2 === null)
    .map((m) => ({
      id: `measured-${m.id}`,
      axis: 'y',
      value: m.ccdMilliAmpPerCm2,
      // The full label is in the plot's description; on the plot the number must fit at 390 px.
      label: `measured: ${formatNumber(m.ccdMilliAmpPerCm2, 3)} mA/cm²`,
      tone: 'danger',
      isDashed: true,
      labelAt: 'start',
    }));
  rules.push({
    id: 'asr',
    axis: 'x',
    value: input.asrOhmCm2,
    label: `ASR = ${formatNumber(input.asrOhmCm2, 3)} Ω·cm²`,
    tone: 'muted',
  });
  const markers: MarkerInput[] = [
    {
      id: 'bound',
      x: input.asrOhmCm2,
      y: input.boundMilliAmpPerCm2,
      label: `Upper bound at your ASR: ${formatNumber(input.boundMilliAmpPerCm2, 3)} mA/cm²`,
      tone: 'primary',
    },
    ...input.measured
      .filter((m) => m.asrOhmCm2 !== null)
      .map(
        (m): MarkerInput => ({
          id: `measured-${m.id}`,
          x: m.asrOhmCm2!,
          y: m.ccdMilliAmpPerCm2,
          label: `measured: ${m.label}, ${formatNumber(m.ccdMilliAmpPerCm2, 3)} mA/cm²`,
          tone: 'danger',
        }),
      ),
  ];
  return {
    x: {
      title: 'Interfacial ASR',
      unit: 'Ω·cm²',
      domain: [input.bound[0]?.x ?? 1, input.bound.at(-1)?.x ?? 1000],
      isLog: true,
    },
    y: { title: 'Critical current density', symbol: 'CCD', unit: 'mA/cm²', domain: [yLo, yHi], isLog: true },
    series: [
      {
        id: 'bound',
        label: 'Upper bound η_c / ASR (uniform current)',
        points: input.bound,
        tone: 'primary',
      },
    ],
    rules,
    markers,
  };
}
