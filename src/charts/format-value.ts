/**
 * Number formatting for the mechanism diagrams: `formatNumber` of src/domain/format.ts after
 * rounding to the shown significant figures first, so that 9.999e-5 at 2 figures reads "10⁻⁴"
 * rather than "10 × 10⁻⁵".
 */
import { formatNumber } from '../domain/format';

export function formatValue(value: number, digits = 3): string {
  if (!Number.isFinite(value) || value === 0) return formatNumber(value, digits);
  return formatNumber(Number(value.toPrecision(digits)), digits);
}
