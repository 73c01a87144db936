/**
 * A whole solid-state cell as a design: the anode, one solid electrolyte or a bilayer of two (the
 * first touches the anode, the last the cathode), an optional cathode coating, the cathode with its
 * charge cut-off, and the operating conditions the models read. Ids are knowledge-base ids.
 *
 * Units: stack pressure MPa, current density mA/cm², areal capacity mAh/cm², temperature °C,
 * potentials V vs Li/Li+. Pure data and range checks, no KB access (see assess.ts).
 */

/** The operating conditions of a design, each in its canonical unit. */
export interface CellConditions {
  /** Stack pressure held on the cell at assembly (state of charge 0), MPa. */
  stackPressureMPa: number;
  /** Current density on charge and discharge (plating and stripping at the anode), mA/cm². */
  currentDensityMAcm2: number;
  /** Areal capacity cycled, mAh/cm². */
  arealCapacityMAhCm2: number;
  /** Cell temperature, °C (the knowledge base's numbers are room-temperature values). */
  temperatureC: number;
}

/** One cell design. */
export interface CellDesign {
  /** Anode (KB electrode id, role anode). */
  anode: string;
  /** One electrolyte, or two: [anode side, cathode side] (KB electrolyte ids). */
  electrolytes: readonly [string] | readonly [string, string];
  /** Cathode coating (KB phase id), or null for none. */
  coating: string | null;
  /** Cathode (KB electrode id, role cathode). */
  cathode: string;
  /** Charge cut-off, V vs Li/Li+; null = the cathode's own cut-off in the KB. */
  cutoffV: number | null;
  conditions: CellConditions;
}

/** The range of each number of a design: outside it the codec refuses the value and says why. */
export const CELL_LIMITS = {
  stackPressureMPa: { min: 0, max: 500, unit: 'MPa', label: 'stack pressure' },
  currentDensityMAcm2: { min: 0.001, max: 100, unit: 'mA/cm²', label: 'current density' },
  arealCapacityMAhCm2: { min: 0.01, max: 50, unit: 'mAh/cm²', label: 'areal capacity' },
  temperatureC: { min: -40, max: 200, unit: '°C', label: 'temperature' },
  cutoffV: { min: 2, max: 6, unit: 'V', label: 'cut-off' },
} as const;

/** Operating conditions of a lab cell at room temperature when a link names none. */
export const DEFAULT_CONDITIONS: CellConditions = {
  stackPressureMPa: 5,
  currentDensityMAcm2: 0.5,
  arealCapacityMAhCm2: 3,
  temperatureC: 25,
};

/** The design shown when the URL names none: Li metal | LLZO | NMC-811. */
export const DEFAULT_DESIGN: CellDesign = {
  anode: 'li-metal',
  electrolytes: ['llzo'],
  coating: null,
  cathode: 'nmc811',
  cutoffV: null,
  conditions: DEFAULT_CONDITIONS,
};

/** The electrolyte that touches the anode. */
export function anodeSideElectrolyte(d: CellDesign): string {
  return d.electrolytes[0];
}

/** The electrolyte that touches the cathode (the same as the anode side for a single layer). */
export function cathodeSideElectrolyte(d: CellDesign): string {
  return d.electrolytes[d.electrolytes.length - 1] ?? d.electrolytes[0];
}

/** True when two designs are the same in every part. */
export function isSameDesign(a: CellDesign, b: CellDesign): boolean {
  return (
    a.anode === b.anode &&
    a.cathode === b.cathode &&
    a.coating === b.coating &&
    a.cutoffV === b.cutoffV &&
    a.electrolytes.length === b.electrolytes.length &&
    a.electrolytes.every((e, i) => e === b.electrolytes[i]) &&
    (Object.keys(a.conditions) as (keyof CellConditions)[]).every((k) => a.conditions[k] === b.conditions[k])
  );
}
