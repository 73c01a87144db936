/**
 * What the cell assessment returns: one graded risk per place in the cell, each with the numbers
 * behind it, the model that gave them, its references and a link that opens that model with the
 * same inputs.
 */

/** How worried to be: low (the models see no problem), watch (borderline or bounded), high. */
export type RiskGrade = 'low' | 'watch' | 'high';

/** The grades from best to worst (for sorting and for "the worst of"). */
export const GRADE_ORDER: readonly RiskGrade[] = ['low', 'watch', 'high'];

/** The worse of two grades. */
export function worseGrade(a: RiskGrade, b: RiskGrade): RiskGrade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

/** The risks of a cell, one per mechanism the review discusses. */
export type RiskId =
  | 'anode-interface'
  | 'filament'
  | 'voids'
  | 'layer-interface'
  | 'cathode-oxidation'
  | 'composite'
  | 'stack';

/** Where in the cell a risk sits (the regions of the diagram, anode to cathode). */
export type RiskPlace =
  | 'anode'
  | 'anode-interface'
  | 'electrolyte'
  /** Between the two layers of a bilayer electrolyte. */
  | 'electrolyte-interface'
  | 'cathode-interface'
  | 'cathode'
  | 'whole-cell';

/** One number the assessment used, with where it comes from. */
export interface RiskNumber {
  /** What it is, e.g. "Measured CCD of LLZO". */
  label: string;
  value: number;
  /** Canonical unit ("mA/cm²"; "" for a ratio). */
  unit: string;
  /** "knowledge base (measured)", "model default (illustrative)", "design", "computed". */
  source: string;
  refs: readonly string[];
}

/** A link into the app that opens the model with the same inputs. */
export interface ModelLink {
  /** App view id. */
  view: 'mechanisms' | 'classifier' | 'windows';
  /** Record id in the path (a topic of the mechanisms view), or null. */
  recordId: string | null;
  /** URL query keys and their values. */
  query: Readonly<Record<string, string>>;
  /** Anchor of the model section, or null. */
  hash: string | null;
  /** Link text, e.g. "Open the flaw model with these inputs". */
  label: string;
}

/** One graded risk. */
export interface CellRisk {
  id: RiskId;
  /** Short title, e.g. "Lithium filaments". */
  title: string;
  place: RiskPlace;
  grade: RiskGrade;
  /** The verdict in a few words ("type 2: continuous growth"). */
  headline: string;
  /** Two sentences with the numbers: what the model says and why. */
  explanation: string;
  /** The model behind the verdict ("Interface classifier (Lewis et al. 2019)"). */
  model: string;
  numbers: readonly RiskNumber[];
  refs: readonly string[];
  link: ModelLink | null;
  /** Caveats, assumptions and missing data. */
  notes: readonly string[];
}

/** The assessment of one design. */
export interface CellAssessment {
  risks: readonly CellRisk[];
  /** The worst grade of all risks. */
  overall: RiskGrade;
}
