/** Splits "a = b, \quad c = d" into ["a = b", "c = d"] (top-level `\quad` separators only). */
export function splitEquation(tex: string): string[] {
  return tex
    .split(/,?\s*\\quad\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
