/**
 * Layout of the cell diagram: the cell as vertical layers from anode to cathode (anode | interphase |
 * electrolyte layer(s) | coating | composite cathode), each risk drawn as a marker in the layer
 * where it happens, graded by colour, fill pattern and icon (so the grade reads without colour).
 * Pure geometry in SVG user units; CellDiagram renders it and the export writes the same shapes.
 */
import type { CellRisk, RiskGrade, RiskPlace } from '../../domain/cell';
import { truncateText } from '../text-metrics';

/** A layer of the cell. */
export interface DiagramLayer {
  id: string;
  kind: 'anode' | 'interphase' | 'electrolyte' | 'coating' | 'cathode';
  /** Short name shown on the layer ("Li", "LLZO"). */
  label: string;
  x: number;
  width: number;
  /** Label as fitted to the room it has. */
  shownLabel: string;
  /** Baseline of the label: thin layers (interphase, coating) write theirs a row higher, so a
   * label may run over its neighbours' without overlapping theirs. */
  labelY: number;
}

/** A risk marker. */
export interface DiagramMarker {
  riskId: string;
  /** Position of the risk in the list (1-based), drawn beside the marker. */
  number: number;
  title: string;
  grade: RiskGrade;
  /** Marker centre. */
  cx: number;
  cy: number;
  r: number;
  /** Text-free glyph of the grade: ✓ low, ! watch, ✕ high. */
  icon: string;
}

export interface CellDiagramLayout {
  width: number;
  height: number;
  /** Top and height of the cell body. */
  top: number;
  bodyHeight: number;
  layers: DiagramLayer[];
  markers: DiagramMarker[];
  /** The bracket under the whole cell for cell-level risks. */
  cellSpan: { x0: number; x1: number; y: number };
  /** Font sizes of the layer labels, the grade icons and the marker numbers. */
  labelFontSize: number;
  iconFontSize: number;
  numberFontSize: number;
}

/** Icon of each grade (drawn in the marker, also used in lists and the legend). */
export const GRADE_ICON: Record<RiskGrade, string> = { low: '✓', watch: '!', high: '✕' };

/** Words of each grade. */
export const GRADE_TEXT: Record<RiskGrade, string> = { low: 'low', watch: 'watch', high: 'high' };

/** What the diagram draws: the layers' names (anode to cathode) and the risks. */
export interface CellDiagramInput {
  anode: string;
  /** One or two electrolyte layers, anode side first. */
  electrolytes: readonly string[];
  coating: string | null;
  cathode: string;
  risks: readonly Pick<CellRisk, 'id' | 'title' | 'grade' | 'place'>[];
}

const LABEL_FONT = 14;
const MARKER_R = 15;

/** Relative widths of the layer kinds (thin interfaces, thick bulk layers). */
const WEIGHT: Record<DiagramLayer['kind'], number> = {
  anode: 3,
  interphase: 1,
  electrolyte: 3,
  coating: 1,
  cathode: 4,
};

/** Interfaces and coatings: drawn thin, labelled on the upper row. */
function isThin(kind: DiagramLayer['kind']): boolean {
  return kind === 'interphase' || kind === 'coating';
}

/** Which layer a risk place is drawn in. */
function layerOfPlace(place: RiskPlace, layers: readonly DiagramLayer[]): DiagramLayer | undefined {
  const byKind = (k: DiagramLayer['kind']) => layers.filter((l) => l.kind === k);
  switch (place) {
    case 'anode':
      return byKind('anode')[0];
    case 'anode-interface':
      return byKind('interphase')[0];
    case 'electrolyte':
      return byKind('electrolyte')[0];
    case 'cathode-interface':
      return byKind('coating')[0] ?? byKind('electrolyte').at(-1);
    case 'cathode':
      return byKind('cathode')[0];
    default:
      return undefined;
  }
}

/**
 * Lays out the cell at `width` (≥ 280 user units). `scale` follows the page's font size (wide
 * screens and presenter mode enlarge it): text, markers and the body grow with it.
 */
export function cellDiagramLayout(input: CellDiagramInput, width = 720, scale = 1): CellDiagramLayout {
  const w = Math.max(280, width);
  const k = Math.max(0.5, Math.min(3, scale));
  const labelFont = LABEL_FONT * k;
  const markerR = MARKER_R * k;
  const margin = 12;
  // Two label rows above the body: bulk layers on the lower one, thin layers on the upper one.
  const top = 26 + 2.2 * labelFont;
  const bodyHeight = 150 * k;
  const kinds: { kind: DiagramLayer['kind']; label: string; id: string }[] = [
    { kind: 'anode', label: input.anode, id: 'anode' },
    { kind: 'interphase', label: 'interphase', id: 'interphase' },
    ...input.electrolytes.map((e, i) => ({ kind: 'electrolyte' as const, label: e, id: `electrolyte-${i}` })),
    ...(input.coating ? [{ kind: 'coating' as const, label: input.coating, id: 'coating' }] : []),
    { kind: 'cathode', label: `${input.cathode} composite`, id: 'cathode' },
  ];
  const total = kinds.reduce((s, k) => s + WEIGHT[k.kind], 0);
  const inner = w - 2 * margin;
  let x = margin;
  const layers: DiagramLayer[] = kinds.map((k) => {
    const lw = (inner * WEIGHT[k.kind]) / total;
    const layer: DiagramLayer = {
      ...k,
      x,
      width: lw,
      shownLabel: truncateText(k.label, labelFont, Math.max(8, isThin(k.kind) ? 3 * lw : lw - 6)),
      labelY: isThin(k.kind) ? top - 10 - 1.2 * labelFont : top - 10,
    };
    x += lw;
    return layer;
  });
  const markers: DiagramMarker[] = [];
  const cellSpan = { x0: margin, x1: w - margin, y: top + bodyHeight + 14 + markerR };
  const perLayer = new Map<string, number>();
  for (const [i, r] of input.risks.entries()) {
    const layer = layerOfPlace(r.place, layers);
    const second = layers.find((l) => l.id === 'electrolyte-1');
    let cx: number;
    let cy: number;
    if (r.place === 'electrolyte-interface' && second) {
      // On the boundary between the two electrolyte layers, below the bulk layers' markers.
      cx = second.x;
      cy = top + bodyHeight / 2 + 8 * k - (2 * markerR + 8 * k);
    } else if (layer) {
      const n = perLayer.get(layer.id) ?? 0;
      perLayer.set(layer.id, n + 1);
      cx = layer.x + layer.width / 2;
      cy = top + bodyHeight / 2 + 8 * k + n * (2 * markerR + 8 * k);
    } else {
      cx = (cellSpan.x0 + cellSpan.x1) / 2;
      cy = cellSpan.y;
    }
    markers.push({
      riskId: r.id,
      number: i + 1,
      title: r.title,
      grade: r.grade,
      cx,
      cy,
      r: markerR,
      icon: GRADE_ICON[r.grade],
    });
  }
  return {
    width: w,
    height: cellSpan.y + markerR + 10,
    top,
    bodyHeight,
    layers,
    markers,
    cellSpan,
    labelFontSize: labelFont,
    iconFontSize: 16 * k,
    numberFontSize: 12 * k,
  };
}
