/**
 * The electrode overlay of the stability-window chart: where an anode and a cathode sit on the
 * potential axis, and what that means for each material's electrochemical stability window.
 *
 * Model (Zhu et al. 2015, doi:10.1021/acsami.5b07517; Richards et al. 2016,
 * doi:10.1021/acs.chemmater.5b04082): a phase with window [U_red, U_ox] (V vs Li/Li+) is
 * thermodynamically stable in contact with an electrode at potential U when U_red ≤ U ≤ U_ox.
 * Below U_red it is reduced (gains Li), above U_ox it is oxidised (loses Li). So for a cell:
 *
 *   reduced at the anode   ⇔ U_anode   < U_red
 *   oxidised at the cathode ⇔ U_cathode > U_ox
 *
 * Potentials are in V vs Li/Li+ throughout. The check is thermodynamic: a kinetically passivating
 * interphase (type 3, e.g. LiPON against Li) can still make a "reduced" pair work in practice,
 * which is why the summary speaks of needing a protective coating or a passivating interphase.
 */
import type { Electrode, Quantity, WindowSource } from '../kb/schema';

/** The four outcomes for one window between one anode and one cathode. */
export type Verdict = 'stable' | 'reduced' | 'oxidised' | 'reduced-and-oxidised';

/** The two limits of a window, in V vs Li/Li+ (a StabilityWindow or anything shaped like it). */
export interface WindowLimits {
  reductionV: number;
  oxidationV: number;
}

/** True when an anode at `anodeV` lies below the reduction limit: the material is reduced. */
export function isReducedAt(w: WindowLimits, anodeV: number): boolean {
  return anodeV < w.reductionV;
}

/** True when a cathode at `cathodeV` lies above the oxidation limit: the material is oxidised. */
export function isOxidisedAt(w: WindowLimits, cathodeV: number): boolean {
  return cathodeV > w.oxidationV;
}

/** The verdict for one window between an anode at `anodeV` and a cathode at `cathodeV` (V vs Li/Li+). */
export function verdictOf(w: WindowLimits, anodeV: number, cathodeV: number): Verdict {
  const reduced = isReducedAt(w, anodeV);
  const oxidised = isOxidisedAt(w, cathodeV);
  if (reduced && oxidised) return 'reduced-and-oxidised';
  if (reduced) return 'reduced';
  if (oxidised) return 'oxidised';
  return 'stable';
}

/** Full text of each verdict, for labels, tooltips, the table and the export. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  stable: 'stable between the electrodes',
  reduced: 'reduced at the anode',
  oxidised: 'oxidised at the cathode',
  'reduced-and-oxidised': 'reduced at the anode and oxidised at the cathode',
};

/** Short text of each verdict, for the chart's verdict column. */
export const VERDICT_SHORT: Record<Verdict, string> = {
  stable: 'stable',
  reduced: 'reduced at anode',
  oxidised: 'oxidised at cathode',
  'reduced-and-oxidised': 'reduced + oxidised',
};

/**
 * A glyph per verdict, so that verdicts read without colour. The anode sits on the left of the
 * potential axis and the cathode on the right: ◀ marks trouble on the anode side, ▶ on the cathode
 * side, ✓ a window that spans both electrodes.
 */
export const VERDICT_GLYPH: Record<Verdict, string> = {
  stable: '✓',
  reduced: '◀',
  oxidised: '▶',
  'reduced-and-oxidised': '◀▶',
};

function single(q: Quantity, pick: 'min' | 'max'): number | null {
  if (q.value !== undefined) return q.value;
  const v = q[pick];
  return v === undefined ? null : v;
}

/**
 * The potential (V vs Li/Li+) at which an electrode challenges the electrolyte:
 * - an anode: its working potential, or the low end of a range (the most reducing potential it
 *   reaches when fully lithiated);
 * - a cathode: its charge cut-off potential when recorded (NMC at 4.3 V), else its working
 *   potential or the high end of a range (the most oxidising potential it reaches).
 */
export function electrodePotentialV(e: Electrode): number | null {
  if (e.role === 'anode') return single(e.potential, 'min');
  if (e.cutoffPotential) return single(e.cutoffPotential, 'max');
  return single(e.potential, 'max');
}

/** Describes which potential `electrodePotentialV` uses, e.g. "charge cut-off". */
export function electrodePotentialBasis(e: Electrode): string {
  if (e.role === 'cathode' && e.cutoffPotential) return 'charge cut-off';
  if (e.potential.value !== undefined) return 'working potential';
  return e.role === 'anode' ? 'lowest working potential' : 'highest working potential';
}

/** Anode ids tried in order when the user has not chosen one. */
export const DEFAULT_ANODES = ['li-metal'] as const;
/** Cathode ids tried in order when the user has not chosen one: NMC at its 4.3 V cut-off first. */
export const DEFAULT_CATHODES = ['nmc811', 'nmc622', 'nmc111', 'lco'] as const;

/** Picks the electrode with `id` and `role`, else the first default present, else the first of that role. */
export function pickElectrode(
  electrodes: readonly Electrode[],
  role: Electrode['role'],
  id: string | null,
): Electrode | undefined {
  const ofRole = electrodes.filter((e) => e.role === role);
  const chosen = id ? ofRole.find((e) => e.id === id) : undefined;
  if (chosen) return chosen;
  const defaults: readonly string[] = role === 'anode' ? DEFAULT_ANODES : DEFAULT_CATHODES;
  for (const d of defaults) {
    const e = ofRole.find((x) => x.id === d);
    if (e) return e;
  }
  return ofRole[0];
}

/** A material as the overlay sees it: which group it belongs to and its windows. */
export interface OverlayMaterial {
  id: string;
  /** Display name. */
  label: string;
  /** Solid electrolytes need the verdict; binaries and coatings are shown for reference. */
  group: 'electrolyte' | 'binary' | 'coating';
  windows: readonly (WindowLimits & { source: WindowSource })[];
}

/** One material that needs protection on one side, and the sources that say so. */
export interface CoatingNeed {
  id: string;
  label: string;
  /** Sources (among those shown) whose window puts the material out of its stability range. */
  sources: WindowSource[];
  /** True when every shown source with a window for this material agrees. */
  isUnanimous: boolean;
}

/** A coating or interphase phase whose window reaches an electrode, per the sources shown. */
export interface CoatingCandidate {
  id: string;
  label: string;
  sources: WindowSource[];
}

export interface CoatingSummary {
  /** Solid electrolytes reduced at the anode: need a protective layer (or a passivating interphase) there. */
  anodeSide: CoatingNeed[];
  /** Solid electrolytes oxidised at the cathode: need a cathode coating. */
  cathodeSide: CoatingNeed[];
  /** Solid electrolytes stable against both electrodes for every shown source. */
  stable: { id: string; label: string }[];
  /** Coating/interphase phases stable at the anode potential (candidates for an anode-side layer). */
  anodeCoatings: CoatingCandidate[];
  /** Coating/interphase phases stable at the cathode potential (candidates for a cathode coating). */
  cathodeCoatings: CoatingCandidate[];
}

/**
 * Which solid electrolytes would need a protective coating on which side, for the windows of the
 * sources shown. Sources are never averaged: a material is listed when at least one shown source
 * flags it, with the sources that do (and whether they all agree).
 */
export function coatingSummary(
  materials: readonly OverlayMaterial[],
  sources: readonly WindowSource[],
  anodeV: number,
  cathodeV: number,
): CoatingSummary {
  const summary: CoatingSummary = {
    anodeSide: [],
    cathodeSide: [],
    stable: [],
    anodeCoatings: [],
    cathodeCoatings: [],
  };
  for (const m of materials) {
    const windows = m.windows.filter((w) => sources.includes(w.source));
    if (windows.length === 0) continue;
    const reducedBy = windows.filter((w) => isReducedAt(w, anodeV)).map((w) => w.source);
    const oxidisedBy = windows.filter((w) => isOxidisedAt(w, cathodeV)).map((w) => w.source);
    if (m.group === 'electrolyte') {
      if (reducedBy.length > 0)
        summary.anodeSide.push({
          id: m.id,
          label: m.label,
          sources: reducedBy,
          isUnanimous: reducedBy.length === windows.length,
        });
      if (oxidisedBy.length > 0)
        summary.cathodeSide.push({
          id: m.id,
          label: m.label,
          sources: oxidisedBy,
          isUnanimous: oxidisedBy.length === windows.length,
        });
      if (reducedBy.length === 0 && oxidisedBy.length === 0)
        summary.stable.push({ id: m.id, label: m.label });
    } else if (m.group === 'coating') {
      const okAnode = windows.filter((w) => !isReducedAt(w, anodeV)).map((w) => w.source);
      const okCathode = windows.filter((w) => !isOxidisedAt(w, cathodeV)).map((w) => w.source);
      if (okAnode.length > 0) summary.anodeCoatings.push({ id: m.id, label: m.label, sources: okAnode });
      if (okCathode.length > 0)
        summary.cathodeCoatings.push({ id: m.id, label: m.label, sources: okCathode });
    }
  }
  return summary;
}
