/**
 * A design checked against the knowledge base: every id must name a record of the right kind (an
 * anode, electrolytes, a coating phase, a cathode). A part that does not is replaced by the default
 * and named in a problem, with the nearest id when one is close ("did you mean llzo?").
 */
import type { KbIndex } from '../../kb/structure';
import type { Electrode, Electrolyte, Phase } from '../../kb/schema';
import { shortName } from '../materials';
import { nearest } from '../nearest';
import { type CellDesign, DEFAULT_DESIGN } from './design';

/** A design whose ids all resolve, with the records themselves. */
export interface ResolvedDesign {
  design: CellDesign;
  anode: Electrode;
  /** [anode side] or [anode side, cathode side]. */
  electrolytes: readonly Electrolyte[];
  coating: Phase | null;
  cathode: Electrode;
  /** The charge cut-off used, V vs Li/Li+, and where it comes from. */
  cutoffV: number;
  cutoffBasis: string;
}

/** The outcome: a design that resolves, or a message when the KB lacks even the defaults. */
export type ResolveOutcome =
  | { ok: true; resolved: ResolvedDesign; problems: string[] }
  | { ok: false; error: string };

function suggestion<T extends { id: string; name: string; formula: string; aliases: readonly string[] }>(
  id: string,
  records: readonly T[],
): string {
  const hit = nearest(
    id,
    records.map((r) => ({ id: r.id, label: shortName(r), names: [r.name, r.formula, ...r.aliases] })),
  );
  return hit ? ` (did you mean “${hit.id}”, ${hit.label}?)` : '';
}

/** The cathode's cut-off from the KB: its value, the top of a range, else its highest working potential. */
export function cathodeCutoffV(cathode: Electrode): { potentialV: number; basis: string } | null {
  const q = cathode.cutoffPotential;
  if (q) {
    const v = q.value ?? q.max;
    if (v !== undefined) return { potentialV: v, basis: 'charge cut-off in the knowledge base' };
  }
  const v = cathode.potential.value ?? cathode.potential.max;
  return v === undefined ? null : { potentialV: v, basis: 'highest working potential (no cut-off recorded)' };
}

/** Checks every id of `design` against the KB (see the module comment). */
export function resolveDesign(design: CellDesign, index: KbIndex): ResolveOutcome {
  const problems: string[] = [];
  const electrodes = [...index.electrodes.values()];
  const anodes = electrodes.filter((e) => e.role === 'anode');
  const cathodes = electrodes.filter((e) => e.role === 'cathode');
  const electrolytes = [...index.electrolytes.values()];
  const coatings = [...index.phases.values()].filter((p) => p.kind === 'coating');

  const pickElectrode = (id: string, fallback: string, list: Electrode[], what: string) => {
    const found = list.find((e) => e.id === id);
    if (found) return found;
    const fb = list.find((e) => e.id === fallback) ?? list[0];
    problems.push(
      `no ${what} “${id}” in the knowledge base${suggestion(id, list)}; showing ${fb ? shortName(fb) : 'none'}`,
    );
    return fb;
  };
  const anode = pickElectrode(design.anode, DEFAULT_DESIGN.anode, anodes, 'anode');
  const cathode = pickElectrode(design.cathode, DEFAULT_DESIGN.cathode, cathodes, 'cathode');
  const layers: Electrolyte[] = [];
  for (const id of design.electrolytes) {
    const found = index.electrolytes.get(id);
    if (found) layers.push(found);
    else
      problems.push(
        `no electrolyte “${id}” in the knowledge base${suggestion(id, electrolytes)}; layer left out`,
      );
  }
  if (layers.length === 0) {
    const fb = index.electrolytes.get(DEFAULT_DESIGN.electrolytes[0]) ?? electrolytes[0];
    if (fb) {
      layers.push(fb);
      problems.push(`showing ${shortName(fb)} as the electrolyte`);
    }
  }
  let coating: Phase | null = null;
  if (design.coating) {
    coating = coatings.find((p) => p.id === design.coating) ?? null;
    if (!coating) {
      problems.push(
        `no coating “${design.coating}” in the knowledge base${suggestion(design.coating, coatings)}; shown without a coating`,
      );
    }
  }
  if (!anode || !cathode || !layers[0]) {
    return {
      ok: false,
      error: 'The knowledge base has no anode, cathode or electrolyte to build a cell from.',
    };
  }
  const own = cathodeCutoffV(cathode);
  const cutoffV = design.cutoffV ?? own?.potentialV ?? null;
  if (cutoffV === null) {
    return { ok: false, error: `The knowledge base has no potential for ${cathode.name}.` };
  }
  const resolved: ResolvedDesign = {
    design: {
      ...design,
      anode: anode.id,
      cathode: cathode.id,
      coating: coating?.id ?? null,
      electrolytes: layers.length === 2 ? [layers[0].id, (layers[1] as Electrolyte).id] : [layers[0].id],
    },
    anode,
    electrolytes: layers,
    coating,
    cathode,
    cutoffV,
    cutoffBasis: design.cutoffV !== null ? 'cut-off chosen for this design' : (own?.basis ?? ''),
  };
  return { ok: true, resolved, problems };
}
