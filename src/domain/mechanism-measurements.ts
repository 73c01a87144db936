/**
 * The measured (or modelled) numbers that the mechanism records of the knowledge base carry,
 * picked by kind and material for the diagrams that plot them beside a model: measured critical
 * current densities beside the flaw model's bound, measured stack-pressure changes beside the
 * stack model. Pure: reads the loaded KB, returns plain data in the quantities' own units.
 */
import type { Measurement, MeasurementKind, Mechanism } from '../kb/schema';
import { representative } from './materials';

/** One measurement with the mechanism record it belongs to. */
export interface MechanismMeasurement {
  mechanismId: string;
  measurement: Measurement;
  /** The single number to plot: the quantity's representative value (`representative`). */
  value: number;
  /** The range to draw, [value, value] for a single value. */
  range: readonly [number, number];
}

/**
 * Every measurement of `kind` across the mechanism records, optionally only those that name one
 * of `materials`; in the order of the data.
 */
export function measurementsOf(
  mechanisms: readonly Mechanism[],
  kind: MeasurementKind,
  materials?: readonly string[],
): MechanismMeasurement[] {
  const out: MechanismMeasurement[] = [];
  for (const mechanism of mechanisms) {
    for (const m of mechanism.measurements ?? []) {
      if (m.kind !== kind) continue;
      if (materials && !m.materials.some((id) => materials.includes(id))) continue;
      const value = representative(m.quantity);
      // A valid quantity always has a value or both ends of a range, so this never skips a loaded one.
      if (value === null) continue;
      const { min = value, max = value } = m.quantity;
      out.push({ mechanismId: mechanism.id, measurement: m, value, range: [min, max] });
    }
  }
  return out;
}
