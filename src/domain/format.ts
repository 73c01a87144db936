/**
 * Number formatting for display. Values are stored in canonical units; these helpers only
 * decide how many digits to show and when to switch to powers of ten.
 */
import type { Quantity } from '../kb/schema';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Formats a number for reading (not for an input field) with up to `digits` significant figures,
 * using ×10ⁿ outside 1e-3…1e5 and a true minus sign (−, U+2212). The value is rounded to those
 * figures before the power of ten is chosen, so that 9.999e-5 at 2 figures reads "10⁻⁴", not
 * "10 × 10⁻⁵", and 99 999.7 at 3 figures reads "10⁵".
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const sign = value < 0 ? '−' : '';
  const abs = Number(Math.abs(value).toPrecision(digits));
  if (abs >= 1e-3 && abs < 1e5) {
    return `${sign}${Number(abs.toPrecision(digits)).toString()}`;
  }
  const exponent = Math.floor(Math.log10(abs));
  return timesTenTo(sign, Number((abs / 10 ** exponent).toPrecision(digits)), exponent);
}

/** "m × 10ⁿ", or "10ⁿ" when the mantissa is 1. */
function timesTenTo(sign: string, mantissa: number, exponent: number): string {
  const exp = [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return mantissa === 1 ? `${sign}10${exp}` : `${sign}${mantissa} × 10${exp}`;
}

/**
 * Always "m × 10ⁿ" with `digits` significant figures (4 × 10⁻⁴, 1.3 × 10⁻³, 10⁻¹⁰), so that a
 * column of conductivities spanning many decades reads in one format.
 */
export function formatScientific(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const [mantissa = '0', exponent = '0'] = Math.abs(value)
    .toExponential(digits - 1)
    .split('e');
  return timesTenTo(value < 0 ? '−' : '', Number(mantissa), Number(exponent));
}

/** A potential (V vs Li/Li+) or a window limit, given to 0.01 V: two decimals, a true minus sign. */
export function formatPotential(v: number): string {
  const s = v.toFixed(2);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** "1.2 × 10⁻³–1 × 10⁻² S/cm" or "61 GPa". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'min' | 'max' | 'unit'>, digits = 3): string {
  const unit = q.unit === '%' ? '%' : ` ${q.unit}`;
  if (q.value !== undefined) return `${formatNumber(q.value, digits)}${unit}`;
  if (q.min !== undefined && q.max !== undefined) {
    return `${formatNumber(q.min, digits)}–${formatNumber(q.max, digits)}${unit}`;
  }
  return '—';
}
