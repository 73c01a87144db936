/**
 * "Load from knowledge base": which model inputs a chosen material fills, with the value, its
 * provenance and citations. Pure functions of the KB records (no React), one per diagram.
 *
 * A KB number given as a range is loaded as its midpoint (the geometric mean for conductivities,
 * which span decades), as `representative` does everywhere in the app. A value outside the
 * slider's range is clamped to it and says so. When the KB has no number, the loader says what
 * is missing instead of inventing one; values that come from the models' illustrative presets
 * rather than the KB are labelled as such.
 */
import { formatNumber, formatQuantity } from './format';
import type { MechanismNumberKey } from './mechanism-params';
import { modelSpecOf } from './mechanism-specs';
import { positiveRepresentative, representative, shortName } from './materials';
import { preferredComputedWindow, reductionAtLithium } from './classifier/kb-adapter';
import {
  ACTIVE_PARTICLE_PRESETS,
  type ActiveParticlePreset,
  type ElectrodeLayerPreset,
  MATRIX_PRESETS,
  type MatrixPreset,
  STACK_ANODE_PRESETS,
  STACK_CATHODE_PRESETS,
} from './models';
import type { KbIndex } from '../kb/load';
import type { Electrode, Electrolyte, Quantity, Reaction } from '../kb/schema';
import type { OwnSource } from './material-table';
import { ownSourceText } from './own-source';

/** One model input filled from the knowledge base (or a labelled preset). */
export interface LoadedValue {
  key: MechanismNumberKey;
  /** What it is, e.g. "G_SSE (shear modulus)". */
  label: string;
  /** Canonical value put into the model. */
  value: number;
  /** How the KB states it, e.g. "59–61 GPa (measured)". */
  sourceText: string;
  refs: string[];
  /** Derivation, clamping or caveat. */
  note?: string;
}

/** A statement about the loaded material that is not a number (e.g. "no K_Ic in the KB"). */
export interface LoadNote {
  text: string;
  refs: string[];
}

export interface KbLoad {
  values: LoadedValue[];
  notes: LoadNote[];
  /** Non-numeric settings (e.g. the interface type). */
  settings?: { growthType?: '2' | '3' };
}

/** Poisson's ratio assumed to turn a Young's modulus into a shear modulus when the KB has no G. */
export const ASSUMED_POISSON_FOR_SHEAR = 0.25;

function describeQuantity(q: Quantity): string {
  // A user's own value names where it is from (their note or DOI): it has no KB reference to cite.
  const own = ownSourceText(q as Quantity & OwnSource);
  const mine = own ? `; yours: ${own}` : '';
  return `${formatQuantity(q)} (${q.method}${q.conditions ? `; ${q.conditions}` : ''}${mine})`;
}

/** Clamps to the slider range of `key`, noting it when the value had to move. */
function fitToSlider(
  key: MechanismNumberKey,
  value: number,
  note?: string,
): { value: number; note?: string } {
  const spec = modelSpecOf(key);
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  if (clamped === value) return { value, note };
  const shown = (v: number) =>
    `${formatNumber(v * spec.displayFactor, 3)}${spec.displayUnit ? ` ${spec.displayUnit}` : ''}`;
  const clampNote = `${shown(value)} is outside the slider's range; set to ${shown(clamped)}`;
  return { value: clamped, note: note ? `${note}. ${clampNote}` : clampNote };
}

function fromQuantity(
  key: MechanismNumberKey,
  label: string,
  q: Quantity,
  toCanonical: (v: number) => number = (v) => v,
  note?: string,
): LoadedValue | null {
  const rep = representative(q);
  if (rep === null) return null;
  const range =
    q.value === undefined
      ? q.unit === 'S/cm'
        ? 'geometric mean of the range'
        : 'midpoint of the range'
      : undefined;
  const f = fitToSlider(key, toCanonical(rep), [note, range].filter(Boolean).join('; ') || undefined);
  return { key, label, value: f.value, sourceText: describeQuantity(q), refs: [...q.refs], note: f.note };
}

/** The parent record of a variant (Al-doped LLZO → LLZO), if any. */
function parentOf(e: Electrolyte, index: KbIndex): Electrolyte | undefined {
  return e.variantOf ? index.electrolytes.get(e.variantOf) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Lithium filaments

/** G_SSE of an electrolyte: measured/estimated G, else E/(2(1+ν)) with ν assumed, else the parent's. */
export function shearModulusOf(
  e: Electrolyte,
  index: KbIndex,
): {
  gpa: number;
  low: number;
  high: number;
  quantity: Quantity;
  isEstimated: boolean;
  note?: string;
} | null {
  if (e.shearModulus) {
    const rep = representative(e.shearModulus);
    if (rep !== null) {
      return {
        gpa: rep,
        low: e.shearModulus.min ?? rep,
        high: e.shearModulus.max ?? rep,
        quantity: e.shearModulus,
        isEstimated: e.shearModulus.method !== 'measured',
      };
    }
  }
  if (e.youngsModulus) {
    const rep = representative(e.youngsModulus);
    if (rep !== null) {
      const k = 1 / (2 * (1 + ASSUMED_POISSON_FOR_SHEAR));
      return {
        gpa: rep * k,
        low: (e.youngsModulus.min ?? rep) * k,
        high: (e.youngsModulus.max ?? rep) * k,
        quantity: e.youngsModulus,
        isEstimated: true,
        note: `G = E / [2(1 + ν)] with the KB's Young's modulus and ν = ${ASSUMED_POISSON_FOR_SHEAR} assumed here`,
      };
    }
  }
  const parent = parentOf(e, index);
  if (parent) {
    const p = shearModulusOf(parent, index);
    if (p) {
      return {
        ...p,
        isEstimated: true,
        note: `value of the parent material ${shortName(parent)}${p.note ? ` (${p.note})` : ''}`,
      };
    }
  }
  return null;
}

export function loadMonroeNewman(e: Electrolyte, index: KbIndex): KbLoad {
  const g = shearModulusOf(e, index);
  if (!g) {
    return {
      values: [],
      notes: [
        {
          text: `The knowledge base has no shear or Young's modulus for ${e.name}; the slider keeps its value.`,
          refs: [],
        },
      ],
    };
  }
  const f = fitToSlider('mnShearModulus', g.gpa, g.note);
  return {
    values: [
      {
        key: 'mnShearModulus',
        label: 'G_SSE, shear modulus',
        value: f.value,
        sourceText: describeQuantity(g.quantity),
        refs: [...g.quantity.refs],
        note: f.note ?? (g.quantity.value === undefined ? 'midpoint of the range' : undefined),
      },
    ],
    notes: [],
  };
}

export function loadFlaw(e: Electrolyte, index: KbIndex): KbLoad {
  const q = e.fractureToughness ?? parentOf(e, index)?.fractureToughness;
  const viaParent = !e.fractureToughness && q ? `value of the parent material ${e.variantOf}` : undefined;
  const v = q && fromQuantity('flawToughness', 'K_Ic, fracture toughness', q, (x) => x, viaParent);
  return v
    ? { values: [v], notes: [] }
    : {
        values: [],
        notes: [
          {
            text: `The knowledge base has no fracture toughness for ${e.name}; K_Ic keeps its value (sulfide glasses are typically ≈ 0.2–0.3 MPa·m½, an order of magnitude only).`,
            refs: [],
          },
        ],
      };
}

export function loadLeakage(e: Electrolyte, index: KbIndex): KbLoad {
  const values: LoadedValue[] = [];
  const notes: LoadNote[] = [];
  const parent = parentOf(e, index);
  const qe = e.electronicConductivity ?? parent?.electronicConductivity;
  const ve =
    qe &&
    fromQuantity(
      'leakElectronic',
      'σ_e, electronic conductivity',
      qe,
      (x) => x,
      e.electronicConductivity ? undefined : `value of the parent material ${e.variantOf}`,
    );
  if (ve) values.push(ve);
  else notes.push({ text: `The knowledge base has no electronic conductivity for ${e.name}.`, refs: [] });
  const vi = e.ionicConductivity && fromQuantity('leakIonic', 'σ_i, ionic conductivity', e.ionicConductivity);
  if (vi) values.push(vi);
  else notes.push({ text: `The knowledge base has no ionic conductivity for ${e.name}.`, refs: [] });
  return { values, notes };
}

// ---------------------------------------------------------------------------------------------
// Interphases

/** Σ n_i V_m,i of a reaction's products with their refs, or the ids whose molar volume is missing. */
export function productVolume(
  reaction: Reaction,
  index: KbIndex,
): { volumeCm3: number; refs: string[] } | { missing: string[] } {
  let volume = 0;
  const refs = new Set(reaction.refs);
  const missing: string[] = [];
  for (const p of reaction.products) {
    const phase = index.phases.get(p.phase);
    const vm = positiveRepresentative(phase?.molarVolume);
    if (!phase || vm === null) {
      missing.push(phase?.formula ?? p.phase);
      continue;
    }
    volume += p.moles * vm;
    for (const r of phase.molarVolume?.refs ?? []) refs.add(r);
  }
  return missing.length > 0 ? { missing } : { volumeCm3: volume, refs: [...refs] };
}

export function loadGrowth(e: Electrolyte, index: KbIndex): KbLoad {
  const values: LoadedValue[] = [];
  const notes: LoadNote[] = [];
  let settings: KbLoad['settings'];
  const type = e.interfaceWithLi?.type;
  const typeRefs = [...new Set(e.interfaceWithLi?.evidence.flatMap((x) => x.refs) ?? [])];
  if (type === 2 || type === 3) {
    settings = { growthType: type === 2 ? '2' : '3' };
    notes.push({
      text: `${shortName(e)} forms a type ${type} interphase with Li (${type === 2 ? 'mixed conducting: it keeps growing' : 'electronically insulating: it self-limits'}).`,
      refs: typeRefs,
    });
  } else {
    notes.push({
      text:
        type === 1
          ? `${shortName(e)} is stable against Li (type 1): no interphase grows.`
          : `The knowledge base does not record the interface type of ${e.name} with Li.`,
      refs: typeRefs,
    });
  }
  const w = preferredComputedWindow(e);
  if (w && w.reductionV > 0) {
    const f = fitToSlider(
      'growthDrivingForce',
      w.reductionV,
      'its reduction limit vs Li/Li⁺: the driving force per electron at Li metal',
    );
    values.push({
      key: 'growthDrivingForce',
      label: 'ΔE, driving force',
      value: f.value,
      sourceText: `${w.reductionV.toFixed(2)} V (${w.label}, ${w.method})`,
      refs: [...w.refs],
      note: f.note,
    });
  } else {
    notes.push({
      text: `No computed reduction limit above 0 V for ${e.name}; ΔE keeps its value.`,
      refs: [],
    });
  }
  const reaction = reductionAtLithium(e);
  if (reaction?.lithiumMoles) {
    const pv = productVolume(reaction, index);
    if ('volumeCm3' in pv) {
      const f = fitToSlider(
        'growthMolarVolume',
        pv.volumeCm3 / reaction.lithiumMoles,
        `Σ n·V_m of the products of ${reaction.equation}, per mol Li`,
      );
      values.push({
        key: 'growthMolarVolume',
        label: 'V_m, interphase volume per mol Li',
        value: f.value,
        sourceText: `${formatNumber(pv.volumeCm3, 3)} cm³ per ${formatNumber(reaction.lithiumMoles, 3)} mol Li (calculated)`,
        refs: pv.refs,
        note: f.note,
      });
    } else {
      notes.push({
        text: `Interphase volume not computed: no molar volume in the KB for ${pv.missing.join(', ')}.`,
        refs: [],
      });
    }
  }
  notes.push({
    text: 'The interphase’s own ionic and electronic conductivities, L_max and τ are not in the knowledge base; they keep their (illustrative) values.',
    refs: [],
  });
  return { values, notes, settings };
}

/** ΔV/V of electrolyte → interphase (products of the reduction at Li over the electrolyte's molar volume). */
export function interphaseExpansionPct(
  e: Electrolyte,
  index: KbIndex,
): { pct: number; refs: string[]; equation: string } | { missing: string } {
  const reaction = reductionAtLithium(e);
  if (!reaction) return { missing: 'no predicted reduction at Li' };
  const vSse = e.molarVolume ? representative(e.molarVolume) : null;
  if (!vSse) return { missing: `no molar volume of ${shortName(e)}` };
  const pv = productVolume(reaction, index);
  if (!('volumeCm3' in pv)) return { missing: `no molar volume of ${pv.missing.join(', ')}` };
  return {
    pct: (pv.volumeCm3 / vSse - 1) * 100,
    refs: [...new Set([...pv.refs, ...(e.molarVolume?.refs ?? [])])],
    equation: reaction.equation,
  };
}

export function loadFracture(e: Electrolyte, index: KbIndex): KbLoad {
  const values: LoadedValue[] = [];
  const notes: LoadNote[] = [];
  const kic = e.fractureToughness ?? parentOf(e, index)?.fractureToughness;
  const v = kic && fromQuantity('fractureToughness', 'K_Ic of the electrolyte', kic);
  if (v) values.push(v);
  else notes.push({ text: `The knowledge base has no fracture toughness for ${e.name}.`, refs: [] });
  const dv = interphaseExpansionPct(e, index);
  if ('pct' in dv) {
    const f = fitToSlider(
      'fractureVolumeChange',
      dv.pct,
      `Σ n·V_m of the products of ${dv.equation} over V_m of the electrolyte`,
    );
    values.push({
      key: 'fractureVolumeChange',
      label: 'ΔV/V, electrolyte → interphase',
      value: f.value,
      sourceText: `${dv.pct >= 0 ? '+' : ''}${formatNumber(dv.pct, 3)} % (calculated from KB molar volumes)`,
      refs: dv.refs,
      note: f.note,
    });
  } else {
    notes.push({ text: `Interphase volume change not computed: ${dv.missing}.`, refs: [] });
  }
  for (const n of e.mechanismNotes ?? []) {
    if (n.mechanism === 'interphase-fracture') {
      notes.push({ text: n.text, refs: n.refs.filter((r) => index.references.has(r)) });
    }
  }
  notes.push({
    text: "The interphase's Young's and Poisson's values are rarely measured; they keep their values.",
    refs: [],
  });
  return { values, notes };
}

// ---------------------------------------------------------------------------------------------
// Composite electrodes

/** Volume change of an electrode on charge (%): anodes lithiate (+ΔV), cathodes delithiate (−ΔV). */
export function volumeChangeOnChargePct(el: Electrode): { pct: number; quantity: Quantity } | null {
  if (!el.volumeChange) return null;
  const rep = representative(el.volumeChange);
  if (rep === null) return null;
  return { pct: el.role === 'anode' ? rep : -rep, quantity: el.volumeChange };
}

/**
 * A preset of a table by the key a KB record names (`modelPresets` in data/), or undefined when the
 * record names none or a key the models do not have.
 */
function presetByKey<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The misfit model's particle preset an electrode names in the KB (default: the NMC preset). */
export function particlePresetFor(el: Pick<Electrode, 'modelPresets'> | null): ActiveParticlePreset {
  return presetByKey(ACTIVE_PARTICLE_PRESETS, el?.modelPresets?.particle) ?? ACTIVE_PARTICLE_PRESETS.nmc;
}

/** The model's matrix preset a KB electrolyte names, else by class (sulfide → argyrodite). */
export function matrixPresetFor(e: Pick<Electrolyte, 'modelPresets' | 'class'> | null): MatrixPreset {
  if (!e) return MATRIX_PRESETS.argyrodite;
  return (
    presetByKey(MATRIX_PRESETS, e.modelPresets?.matrix) ??
    (e.class === 'sulfide' ? MATRIX_PRESETS.argyrodite : MATRIX_PRESETS.llzo)
  );
}

/** Electrodes that can be a particle: a KB volume change is needed. */
export function particleOptions(index: KbIndex): Electrode[] {
  return [...index.electrodes.values()].filter((e) => volumeChangeOnChargePct(e) !== null);
}

/** Electrolytes that can be a matrix: a KB Young's modulus or a model preset. */
export function matrixOptions(index: KbIndex): Electrolyte[] {
  return [...index.electrolytes.values()].filter(
    (e) => e.youngsModulus !== undefined || presetByKey(MATRIX_PRESETS, e.modelPresets?.matrix) !== undefined,
  );
}

export function loadParticle(el: Electrode): KbLoad {
  const values: LoadedValue[] = [];
  const dv = volumeChangeOnChargePct(el);
  if (dv) {
    const f = fitToSlider(
      'misfitVolumeChange',
      dv.pct,
      [
        el.role === 'cathode'
          ? 'on charge the cathode delithiates: the sign of the KB value (lithiation) is reversed'
          : 'on charge the anode lithiates',
        dv.quantity.value === undefined ? 'midpoint of the range' : undefined,
      ]
        .filter(Boolean)
        .join('; '),
    );
    values.push({
      key: 'misfitVolumeChange',
      label: 'ΔV/V of the particle on charge',
      value: f.value,
      sourceText: describeQuantity(dv.quantity),
      refs: [...dv.quantity.refs],
      note: f.note,
    });
  }
  const preset = particlePresetFor(el);
  const fe = fitToSlider(
    'misfitParticleModulus',
    preset.youngsModulusGPa,
    `model preset “${preset.label}” (illustrative, not in the KB): ${preset.note}`,
  );
  values.push({
    key: 'misfitParticleModulus',
    label: "E_p, particle Young's modulus",
    value: fe.value,
    sourceText: `${preset.youngsModulusGPa} GPa, ν = ${preset.poissonRatio}`,
    refs: [],
    note: fe.note,
  });
  return { values, notes: [] };
}

export function loadMatrix(e: Electrolyte, index: KbIndex): KbLoad {
  const values: LoadedValue[] = [];
  const notes: LoadNote[] = [];
  const preset = matrixPresetFor(e);
  const ve =
    e.youngsModulus && fromQuantity('misfitMatrixModulus', "E_m, matrix Young's modulus", e.youngsModulus);
  if (ve) values.push(ve);
  else {
    values.push({
      key: 'misfitMatrixModulus',
      label: "E_m, matrix Young's modulus",
      value: fitToSlider('misfitMatrixModulus', preset.youngsModulusGPa).value,
      sourceText: `${preset.youngsModulusGPa} GPa`,
      refs: [],
      note: `not in the KB; model preset “${preset.label}”: ${preset.note}`,
    });
  }
  const kic = e.fractureToughness ?? parentOf(e, index)?.fractureToughness;
  const vk = kic && fromQuantity('misfitToughness', 'K_Ic of the matrix', kic);
  if (vk) values.push(vk);
  else {
    values.push({
      key: 'misfitToughness',
      label: 'K_Ic of the matrix',
      value: fitToSlider('misfitToughness', preset.fractureToughnessMPaSqrtM).value,
      sourceText: `${preset.fractureToughnessMPaSqrtM} MPa·m½`,
      refs: [],
      note: `not in the KB; model preset “${preset.label}”: ${preset.note}`,
    });
  }
  notes.push({
    text: `Matrix Poisson's ratio ν = ${preset.poissonRatio} (model preset “${preset.label}”).`,
    refs: [],
  });
  return { values, notes };
}

/** An electrode layer for the stack model: geometry from the model presets, ΔV from the KB. */
export interface StackLayer {
  id: string;
  label: string;
  layer: ElectrodeLayerPreset;
  /** Where ΔV comes from. */
  source: { text: string; refs: string[]; note?: string };
}

/** The stack model's anode layer preset an electrode names in the KB, if any. */
function stackPresetOf(el: Electrode): ElectrodeLayerPreset | undefined {
  return presetByKey<ElectrodeLayerPreset>(STACK_ANODE_PRESETS, el.modelPresets?.stackLayer);
}

/**
 * Anodes with a stack preset, one per preset (the first in KB order: indium, not its lithiated
 * form Li–In, which names the same layer); cathodes with a KB volume change.
 */
export function stackOptions(index: KbIndex): { anodes: Electrode[]; cathodes: Electrode[] } {
  const all = [...index.electrodes.values()];
  const seen = new Set<string>();
  return {
    anodes: all.filter((e) => {
      const key = e.modelPresets?.stackLayer;
      if (e.role !== 'anode' || !stackPresetOf(e) || key === undefined || seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    cathodes: all.filter((e) => e.role === 'cathode' && volumeChangeOnChargePct(e) !== null),
  };
}

/** The stack layer of an electrode: preset geometry, KB volume change where the KB has one. */
export function stackLayerOf(el: Electrode): StackLayer {
  const preset: ElectrodeLayerPreset =
    el.role === 'cathode' ? STACK_CATHODE_PRESETS.nmc : (stackPresetOf(el) ?? STACK_ANODE_PRESETS.graphite);
  const dv = volumeChangeOnChargePct(el);
  const label = shortName(el);
  if (dv) {
    return {
      id: el.id,
      label,
      layer: { ...preset, volumeChangeOnChargePct: dv.pct },
      source: {
        text: `ΔV/V on charge ${dv.pct >= 0 ? '+' : '−'}${formatNumber(Math.abs(dv.pct), 3)} % from ${describeQuantity(dv.quantity)}`,
        refs: [...dv.quantity.refs],
        note: `${el.role === 'cathode' ? 'sign reversed (the cathode delithiates on charge); ' : ''}${dv.quantity.value === undefined ? 'midpoint of the range; ' : ''}layer ${formatNumber(preset.thicknessM * 1e6, 3)} µm, φ = ${preset.activeVolumeFraction}${preset.utilization !== undefined ? `, u = ${preset.utilization}` : ''} (model preset)`,
      },
    };
  }
  return {
    id: el.id,
    label,
    layer: preset,
    source: {
      text: `ΔV/V on charge ${preset.volumeChangeOnChargePct >= 0 ? '+' : ''}${formatNumber(preset.volumeChangeOnChargePct, 3)} %: not in the knowledge base; model preset`,
      refs: [],
      note: preset.note,
    },
  };
}
