/**
 * The measured (or modelled) numbers that the mechanism records of the knowledge base carry,
 * picked by kind and material for the diagrams that plot them beside a model: measured critical
 * current densities beside the flaw model's bound, measured stack-pressure changes beside the
 * stack model. Pure: reads the loaded KB, returns plain data in the quantities' own units.
 */
import type { Measurement, MeasurementKind, Mechanism } from '../kb/schema';

/** One measurement with the mechanism record it belongs to. */
export interface MechanismMeasurement {
  mechanismId: string;
  measurement: Measurement;
  /** The single number to plot: the value, or the middle of a range. */
  value: number;
  /** The range to draw, [value, value] for a single value. */
  range: readonly [number, number];
}

/** The representative number of a quantity: its value, or the midpoint of its range. */
function numberOf(q: Measurement['quantity']): { value: number; range: [number, number] } {
  if (q.value !== undefined) return { value: q.value, range: [q.value, q.value] };
  const min = q.min ?? 0;
  const max = q.max ?? min;
  return { value: (min + max) / 2, range: [min, max] };
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
      out.push({ mechanismId: mechanism.id, measurement: m, ...numberOf(m.quantity) });
    }
  }
  return out;
}
