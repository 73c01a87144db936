/**
 * Headless layout of the interphase schematic: electrode | interphase | electrolyte as blocks, the
 * interphase split into one band per product with a height proportional to its volume fraction,
 * and two carrier lanes (Li⁺ above, e⁻ below) saying for each layer whether the carrier crosses it.
 * Returns plain numbers and text; `InterphaseSchematic.tsx` only draws them. Pure; no React.
 *
 * The bands are a way to show the composition, not a claim that the products form layers: in the
 * interphase they are intermixed grains. What decides type 2 vs 3 is whether the conducting grains
 * connect (φ_e > φ_c), so conducting products are drawn as one continuous band when they percolate
 * and as isolated particles when they do not.
 */
import type { ClassifierResult, ProductShare } from '../../domain/classifier';
import type { Electronic } from '../../kb/schema';

/** Whether a carrier crosses a layer: yes, no, or not known (undetermined verdict). */
export type Passage = 'passes' | 'blocked' | 'unknown';

export interface LaneSegment {
  layer: 'electrode' | 'interphase' | 'electrolyte';
  x0: number;
  x1: number;
  passage: Passage;
}

export interface Lane {
  carrier: 'Li⁺' | 'e⁻';
  y: number;
  segments: LaneSegment[];
}

export interface SchematicBand {
  key: string;
  name: string;
  y: number;
  h: number;
  electronic: Electronic;
  isConducting: boolean;
  /** band: continuous; particles: isolated grains (conducting but not percolating); uncertain: undetermined. */
  display: 'band' | 'particles' | 'uncertain';
  /** "73.5 %" or "volume unknown". */
  shareText: string;
  /** Label drawn inside the band, or null when it would not fit. */
  label: string | null;
  /** Estimated width of the label in px (0 without a label), so particles can start after it. */
  labelWidth: number;
  /** e⁻ through this product. */
  electronText: string;
  /** Li⁺ through this product. */
  ionText: string;
}

export interface SchematicModel {
  width: number;
  height: number;
  /** Top and bottom of the blocks. */
  top: number;
  bottom: number;
  laneLabelX: number;
  fontSize: number;
  /** Blocks; `lines` is the name wrapped to fit inside the block. */
  electrode: { x: number; w: number; label: string; lines: string[] };
  interphase: { x: number; w: number } | null;
  electrolyte: { x: number; w: number; label: string; lines: string[] };
  bands: SchematicBand[];
  /** True when some molar volume is unknown, so every band gets the same height. */
  isEqualHeights: boolean;
  lanes: [Lane, Lane];
  /** What the reaction front does, drawn under the interphase. */
  frontText: string | null;
  title: string;
  description: string;
}

const BLOCK_TOP = 66;
const BLOCK_HEIGHT = 200;
const MIN_BAND = 18;

/** Rough width of a label in px for a sans-serif font (0.58 em per character). */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/**
 * Splits a label into lines of whole words that fit a width (a word longer than the width gets a
 * line of its own, cut with an ellipsis); at most 5 lines.
 */
export function wrapLabel(text: string, widthPx: number, fontSize: number): string[] {
  const max = Math.max(3, Math.floor(widthPx / (fontSize * 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (line && `${line} ${piece}`.length > max) {
      lines.push(line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(line);
  return lines.length > 5 ? [...lines.slice(0, 4), '…'] : lines;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Band heights: each gets MIN_BAND, the rest is shared in proportion to the volume fractions. */
export function bandHeights(shares: readonly number[], total = BLOCK_HEIGHT, min = MIN_BAND): number[] {
  const n = shares.length;
  if (n === 0) return [];
  const floor = Math.min(min, total / n);
  const spare = total - floor * n;
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => floor + (sum > 0 ? (spare * s) / sum : spare / n));
}

function electronTextOf(
  p: ProductShare,
  verdict: ClassifierResult['verdict'],
  basis: ClassifierResult['basis'],
): string {
  if (p.electronic === 'unknown') return 'electronic character unknown';
  if (!p.isConducting) {
    return p.electronic === 'semiconductor'
      ? 'semiconductor counted as non-conducting: blocks e⁻'
      : 'electronic insulator: blocks e⁻';
  }
  const what =
    p.electronic === 'semiconductor' ? 'semiconductor counted as conducting' : 'electronic conductor';
  if (basis === 'framework-reduction') return `${what}; the reduced framework itself carries e⁻`;
  if (basis === 'kinetic-stabilisation')
    return `${what}, not formed: a thin passivating layer stops the reaction`;
  if (verdict === 2) return `${what}: its grains connect, e⁻ cross the interphase`;
  if (verdict === 3) return `${what}: isolated grains, e⁻ cannot cross the interphase`;
  return `${what}: whether its grains connect is undetermined`;
}

function ionTextOf(p: ProductShare): string {
  return p.ionicConductivitySCm !== null
    ? `Li⁺ conductivity ${Number(p.ionicConductivitySCm.toPrecision(2))} S/cm`
    : 'Li⁺ conductivity not recorded';
}

/**
 * Lays out the schematic for a classification at a given pixel width (the SVG is drawn 1:1, so text
 * keeps its size on phones and projectors).
 */
export function interphaseSchematic(
  result: ClassifierResult,
  names: { electrode: string; electrolyte: string },
  width = 800,
): SchematicModel {
  const w = Math.max(300, width);
  const isNarrow = w < 560;
  const fontSize = isNarrow ? 12 : 14;
  const laneLabelX = 4;
  const left = isNarrow ? 30 : 44;
  const right = w - 4;
  const electrodeW = Math.round((right - left) * (isNarrow ? 0.22 : 0.2));
  const verdict = result.verdict;
  const hasInterphase = verdict !== 1 && result.side !== 'stable' && result.products.length > 0;
  const span = right - left - electrodeW;
  const interphaseW = !hasInterphase
    ? 0
    : Math.round(span * (verdict === 2 ? 0.5 : verdict === 3 ? 0.3 : 0.4));
  const electrode = {
    x: left,
    w: electrodeW,
    label: names.electrode,
    lines: wrapLabel(names.electrode, electrodeW - 8, fontSize),
  };
  const interphase = hasInterphase ? { x: left + electrodeW, w: interphaseW } : null;
  const electrolyteX = left + electrodeW + interphaseW;
  const electrolyte = {
    x: electrolyteX,
    w: right - electrolyteX,
    label: names.electrolyte,
    lines: wrapLabel(names.electrolyte, right - electrolyteX - 8, fontSize),
  };

  const isEqualHeights = result.products.some((p) => p.volumeFraction === null);
  const shares = result.products.map((p) => (isEqualHeights ? 1 : (p.volumeFraction ?? 0)));
  const heights = hasInterphase ? bandHeights(shares) : [];
  let y = BLOCK_TOP;
  const bands: SchematicBand[] = hasInterphase
    ? result.products.map((p, i) => {
        const h = heights[i] ?? MIN_BAND;
        const shareText = p.volumeFraction !== null ? pct(p.volumeFraction) : 'volume unknown';
        const full = `${p.name} ${p.volumeFraction !== null ? shareText : '?'}`;
        const label = h >= fontSize + 4 && textWidth(full, fontSize) <= interphaseW - 10 ? full : null;
        const labelWidth = label ? textWidth(label, fontSize) : 0;
        const display: SchematicBand['display'] =
          verdict === 'undetermined' ? 'uncertain' : p.isConducting && verdict === 3 ? 'particles' : 'band';
        const band: SchematicBand = {
          key: `${p.phaseId}-${i}`,
          name: p.name,
          y,
          h,
          electronic: p.electronic,
          isConducting: p.isConducting,
          display,
          shareText,
          label,
          labelWidth,
          electronText: electronTextOf(p, verdict, result.basis),
          ionText: ionTextOf(p),
        };
        y += h;
        return band;
      })
    : [];

  const interphasePassage: Passage = verdict === 2 ? 'passes' : verdict === 3 ? 'blocked' : 'unknown';
  const segments = (interphaseCarrier: Passage, electrolyteCarrier: Passage): LaneSegment[] => [
    { layer: 'electrode', x0: electrode.x, x1: electrode.x + electrode.w, passage: 'passes' },
    ...(interphase
      ? [
          {
            layer: 'interphase' as const,
            x0: interphase.x,
            x1: interphase.x + interphase.w,
            passage: interphaseCarrier,
          },
        ]
      : []),
    {
      layer: 'electrolyte',
      x0: electrolyte.x,
      x1: electrolyte.x + electrolyte.w,
      passage: electrolyteCarrier,
    },
  ];
  const lanes: [Lane, Lane] = [
    { carrier: 'Li⁺', y: 40, segments: segments('passes', 'passes') },
    { carrier: 'e⁻', y: BLOCK_TOP + BLOCK_HEIGHT + 26, segments: segments(interphasePassage, 'blocked') },
  ];

  const frontText =
    verdict === 2
      ? 'reaction front keeps advancing →'
      : verdict === 3
        ? 'reaction front stops ⊣'
        : verdict === 'undetermined' && hasInterphase
          ? 'growth undetermined'
          : null;

  const title = `Schematic of the ${names.electrode} | ${names.electrolyte} interface: ${
    verdict === 'undetermined' ? 'type undetermined' : `type ${verdict}`
  }`;
  const description = describeSchematic(result, names, bands, isEqualHeights);
  return {
    width: w,
    height: BLOCK_TOP + BLOCK_HEIGHT + 74,
    top: BLOCK_TOP,
    bottom: BLOCK_TOP + BLOCK_HEIGHT,
    laneLabelX,
    fontSize,
    electrode,
    interphase,
    electrolyte,
    bands,
    isEqualHeights,
    lanes,
    frontText,
    title,
    description,
  };
}

/** The full text alternative: every layer, its composition and which carriers cross it. */
function describeSchematic(
  result: ClassifierResult,
  names: { electrode: string; electrolyte: string },
  bands: readonly SchematicBand[],
  isEqualHeights: boolean,
): string {
  const parts = [`From left to right: ${names.electrode}, which passes Li⁺ and electrons.`];
  if (result.verdict === 1 || result.side === 'stable') {
    parts.push(
      `No interphase: ${names.electrolyte} is stable at this potential, so Li⁺ crosses the interface directly.`,
    );
  } else if (bands.length === 0) {
    parts.push('An interphase is expected, but its products are not known, so it is not drawn.');
  } else {
    const products = bands
      .map((b) => `${b.name} (${b.shareText}; ${b.electronText}; ${b.ionText})`)
      .join('; ');
    parts.push(
      `Then the interphase, drawn as one band per product${
        isEqualHeights
          ? ' of equal height because some molar volumes are unknown'
          : ', height proportional to its volume fraction'
      }: ${products}.`,
    );
    const phi =
      result.electronicFraction !== null
        ? `the conducting products fill ${pct(result.electronicFraction)} of its volume`
        : result.electronicFractionBounds
          ? `the conducting products fill between ${pct(result.electronicFractionBounds.min)} and ${pct(result.electronicFractionBounds.max)} of its volume`
          : 'the conducting volume fraction is unknown';
    if (result.basis === 'framework-reduction') {
      parts.push(
        `The interphase passes Li⁺ and electrons: Li entering ${names.electrolyte} reduces a framework cation, so the lithiated electrolyte conducts electrons whatever its products (${phi}, against the percolation threshold ${result.threshold}); the interphase keeps growing.`,
      );
    } else if (result.basis === 'kinetic-stabilisation') {
      parts.push(
        `The interphase passes Li⁺ but blocks electrons: the reaction releases too little energy to run past a thin passivating layer, so the equilibrium products drawn here (${phi}) do not form and the interphase stops growing.`,
      );
    } else if (result.verdict === 2) {
      parts.push(
        `The interphase passes Li⁺ and electrons: ${phi}, above the percolation threshold ${result.threshold}, so a connected electronic path reaches the reaction front and the interphase keeps growing into ${names.electrolyte}.`,
      );
    } else if (result.verdict === 3) {
      parts.push(
        `The interphase passes Li⁺ but blocks electrons: ${phi}, not above the percolation threshold ${result.threshold}, so no connected electronic path reaches the reaction front and the interphase stops growing.`,
      );
    } else {
      parts.push(
        `The interphase passes Li⁺; whether it passes electrons is undetermined: ${phi} against the threshold ${result.threshold}.`,
      );
    }
  }
  parts.push(`Last, ${names.electrolyte}, which passes Li⁺ and blocks electrons.`);
  return parts.join(' ');
}
