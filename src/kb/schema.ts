/**
 * The knowledge-base schema: the single source of truth for what a record looks like.
 *
 * Every TypeScript type of the knowledge base is inferred from these zod schemas, and
 * `scripts/gen-json-schema.ts` turns them into `data/kb.schema.json` for editors.
 * Cross-record rules (references resolve, links point at real records) live in `load.ts`;
 * rules that concern one record only (reduction limit below oxidation limit, min ≤ max) live
 * here in `superRefine`/`refine` so that the message names the field.
 *
 * Canonical units (convert only for display): potentials in V vs Li/Li+, conductivities in S/cm,
 * moduli and strengths in GPa or MPa, fracture toughness in MPa·m½, molar volumes in cm³/mol.
 */
import { z } from 'zod';

// No code generation: the page's Content-Security-Policy forbids eval, so zod is told not to probe
// for it (its probe alone is a CSP violation). Every parse in the app goes through these schemas.
z.config({ jitless: true });

/** Ids are URL-safe: lowercase letters, digits and single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a URL-safe id (lowercase letters, digits, single hyphens)');

/** The units the knowledge base may use. A number with any other unit is rejected. */
export const UNITS = [
  'V',
  'S/cm',
  'GPa',
  'MPa',
  'MPa·m½',
  'cm³/mol',
  'g/cm³',
  '%',
  'nm',
  'µm',
  'mA/cm²',
  'Ω·cm²',
  'mAh/g',
  '°C',
  'eV',
  'eV/atom',
  'J/m²',
] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

export const Method = z.enum(['calculated', 'measured', 'estimated']);
export type Method = z.infer<typeof Method>;

const RefIds = z.array(Id).min(1, 'needs at least one reference id');

/** Text a reader sees (a name, a summary): not empty and not only spaces. */
export const Text = z.string().regex(/\S/, 'must not be empty or only spaces');

/**
 * The range a real value can take, per unit: a number outside it is a typo or a sign error, never
 * a material. `isMinExclusive` makes the lower bound strict (a conductivity or modulus of 0 is no
 * measurement either). `why` ends the message.
 */
export interface PhysicalRange {
  min: number;
  max: number;
  isMinExclusive?: boolean;
  why: string;
}

/** The widest range of each unit; every quantity is checked against its unit's range. */
export const UNIT_RANGES: Record<Unit, PhysicalRange> = {
  V: {
    min: -0.5,
    max: 10,
    why: 'potentials vs Li/Li+ of real electrodes and windows lie within −0.5 to 10 V',
  },
  'S/cm': {
    min: 0,
    max: 1e6,
    isMinExclusive: true,
    why: 'no material conducts better than silver (6.3×10⁵ S/cm)',
  },
  GPa: { min: 0, max: 1200, isMinExclusive: true, why: 'no solid is stiffer than diamond (about 1,200 GPa)' },
  MPa: {
    min: 0,
    max: 1e5,
    isMinExclusive: true,
    why: 'strengths and pressures are positive and below 100 GPa',
  },
  'MPa·m½': {
    min: 0,
    max: 200,
    isMinExclusive: true,
    why: 'fracture toughness of real solids is below 200 MPa·m½',
  },
  'cm³/mol': {
    min: 0,
    max: 1e4,
    isMinExclusive: true,
    why: 'a molar volume is positive and below 10,000 cm³/mol',
  },
  'g/cm³': { min: 0, max: 25, isMinExclusive: true, why: 'no solid is denser than osmium (22.6 g/cm³)' },
  '%': { min: -100, max: 1000, isMinExclusive: true, why: 'nothing shrinks by 100 % or more' },
  nm: { min: 0, max: 1e9, isMinExclusive: true, why: 'a length is positive' },
  µm: { min: 0, max: 1e6, isMinExclusive: true, why: 'a length is positive' },
  'mA/cm²': {
    min: 0,
    max: 1000,
    isMinExclusive: true,
    why: 'a current density is positive and below 1,000 mA/cm²',
  },
  'Ω·cm²': { min: 0, max: 1e9, why: 'an area-specific resistance is not negative' },
  'mAh/g': {
    min: 0,
    max: 4000,
    isMinExclusive: true,
    why: 'no electrode stores more than Li metal (3,860 mAh/g)',
  },
  '°C': { min: -273.15, max: 3000, why: 'no temperature is below absolute zero' },
  eV: { min: -20, max: 20, why: 'energies per atom or gaps beyond ±20 eV are not chemistry' },
  'J/m²': {
    min: 0,
    max: 1e4,
    isMinExclusive: true,
    why: 'a fracture or adhesion energy is positive and far below 10,000 J/m²',
  },
  'eV/atom': {
    min: 0,
    max: 10,
    why: 'a reaction driving force is given as a positive energy release, well below 10 eV/atom',
  },
};

/** Tighter ranges for quantities whose kind says more than their unit. */
export const QUANTITY_RANGES = {
  ionicConductivity: {
    min: 0,
    max: 10,
    isMinExclusive: true,
    why: 'no electrolyte conducts Li+ better than about 10 S/cm',
  },
  electrodePotential: {
    min: -0.5,
    max: 7,
    why: 'electrode potentials lie within about −0.5 to 7 V vs Li/Li+',
  },
} satisfies Record<string, PhysicalRange>;

/** The problem with `x` against a range, or null when it is inside. */
export function rangeProblem(x: number, unit: string, r: PhysicalRange): string | null {
  const tooLow = r.isMinExclusive ? !(x > r.min) : !(x >= r.min);
  if (tooLow)
    return `${x} ${unit} is impossible: must be ${r.isMinExclusive ? 'above' : 'at least'} ${r.min} ${unit} (${r.why})`;
  if (!(x <= r.max)) return `${x} ${unit} is impossible: must be at most ${r.max} ${unit} (${r.why})`;
  return null;
}

/** A finite potential in V vs Li/Li+ within the unit's physical range. */
const PotentialV = z
  .number()
  .finite()
  .superRefine((x, ctx) => {
    const problem = rangeProblem(x, 'V', UNIT_RANGES.V);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A sourced number: a single value or a range, with its unit, how it was obtained and where it
 * comes from. `conditions` holds temperature, composition, processing; `note` flags disagreements
 * between the review and the cited paper.
 */
export function quantity<U extends Unit>(unit: U, range: PhysicalRange = UNIT_RANGES[unit]) {
  return z
    .object({
      value: z.number().finite().optional(),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
      unit: z.literal(unit, { error: `unit must be "${unit}"` }),
      method: Method,
      refs: RefIds,
      conditions: z.string().optional(),
      note: z.string().optional(),
    })
    .strict()
    .superRefine((q, ctx) => {
      const hasValue = q.value !== undefined;
      const hasRange = q.min !== undefined || q.max !== undefined;
      if (!hasValue && !hasRange) {
        ctx.addIssue({ code: 'custom', message: 'needs a value or a min/max range', path: ['value'] });
      }
      if (hasValue && hasRange) {
        ctx.addIssue({
          code: 'custom',
          message: 'give either a value or a range, not both',
          path: ['value'],
        });
      }
      if (hasRange && (q.min === undefined || q.max === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a range needs both min and max', path: ['min'] });
      }
      for (const key of ['value', 'min', 'max'] as const) {
        const x = q[key];
        const problem = x === undefined ? null : rangeProblem(x, unit, range);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [key] });
      }
      if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
        ctx.addIssue({
          code: 'custom',
          message: `range is not ordered: min ${q.min} > max ${q.max}`,
          path: ['min'],
        });
      }
    });
}
/** A quantity of any unit, as the loader and views see it. */
export type Quantity = z.infer<ReturnType<typeof quantity<Unit>>>;

/** A claim or piece of evidence with its sources (no number). */
export const Sourced = z
  .object({
    text: Text,
    refs: RefIds,
  })
  .strict();

/**
 * An electrochemical stability window in V vs Li/Li+. `source` names the calculation or
 * experiment; windows from different sources are never averaged, so a material holds one entry
 * per source.
 */
export const StabilityWindow = z
  .object({
    source: z.enum(['zhu2015', 'richards2016', 'experiment', 'other-calculation']),
    label: Text,
    reductionV: PotentialV,
    oxidationV: PotentialV,
    unit: z.literal('V', { error: 'unit must be "V"' }),
    method: Method,
    refs: RefIds,
    conditions: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((w) => w.reductionV < w.oxidationV, {
    message: 'reduction limit must be below oxidation limit',
    path: ['reductionV'],
  });
export type StabilityWindow = z.infer<typeof StabilityWindow>;
export type WindowSource = StabilityWindow['source'];

/** One product of a decomposition reaction, in moles per formula unit of the reactant. */
export const ReactionProduct = z
  .object({
    phase: Id,
    moles: z.number().positive(),
  })
  .strict();

/**
 * A decomposition reaction (reduction at the anode or oxidation at the cathode): a balanced
 * equation as text, and its products as links to phase records (which carry molar volume and
 * electronic character) so that volume fractions can be computed.
 */
export const Reaction = z
  .object({
    equation: Text,
    /** Moles of Li consumed (reduction) or released (oxidation) per formula unit. */
    lithiumMoles: z.number().nonnegative().optional(),
    products: z.array(ReactionProduct).min(1),
    method: Method,
    refs: RefIds,
    atPotentialV: PotentialV.optional(),
    /**
     * Driving force of the reaction: the reaction (decomposition) energy released, eV/atom, from the
     * same calculation as the products (e.g. Zhu et al. 2015 at 0 V).
     */
    drivingForce: quantity('eV/atom').optional(),
    note: z.string().optional(),
  })
  .strict();
export type Reaction = z.infer<typeof Reaction>;

/**
 * A framework cation of an electrolyte that is reduced when Li enters it (Ti⁴⁺ → Ti³⁺ in LATP),
 * which makes the lithiated electrolyte a mixed conductor; with the evidence that shows it.
 */
export const ReducibleCation = z
  .object({
    /** The redox couple as written for readers, e.g. "Ti⁴⁺ → Ti³⁺". */
    couple: Text,
    /** Technique id (data/techniques.json) that observed the reduction. */
    technique: Id,
    text: Text,
    refs: RefIds,
  })
  .strict();
export type ReducibleCation = z.infer<typeof ReducibleCation>;

/** A key of an illustrative model preset in src/domain/models ("nmc", "sulfideGlass"). */
const PresetKey = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a preset key (letters and digits)');

export const InterfaceTypeNumber = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type InterfaceTypeNumber = z.infer<typeof InterfaceTypeNumber>;

export const Evidence = z
  .object({
    technique: Id,
    text: Text,
    refs: RefIds,
  })
  .strict();

export const FilamentPath = z.enum(['grain-boundaries', 'surface-flaws', 'pores', 'bulk']);
export type FilamentPath = z.infer<typeof FilamentPath>;

export const ElectrolyteClass = z.enum(['oxide', 'sulfide', 'phosphate', 'oxynitride', 'polymer']);

export const Electrolyte = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(Text),
    formula: Text,
    family: Text,
    class: ElectrolyteClass,
    /** A variant (e.g. Al-doped LLZO) names its parent record. */
    variantOf: Id.optional(),
    summary: Text,
    ionicConductivity: quantity('S/cm', QUANTITY_RANGES.ionicConductivity).optional(),
    electronicConductivity: quantity('S/cm').optional(),
    shearModulus: quantity('GPa').optional(),
    youngsModulus: quantity('GPa').optional(),
    fractureToughness: quantity('MPa·m½').optional(),
    /**
     * Critical current density against Li metal, measured: above it Li filaments short the cell
     * (conditions name the stack pressure, temperature and microstructure, on which it depends).
     */
    criticalCurrentDensity: quantity('mA/cm²').optional(),
    molarVolume: quantity('cm³/mol').optional(),
    windows: z.array(StabilityWindow),
    interfaceWithLi: z
      .object({
        type: InterfaceTypeNumber,
        evidence: z.array(Evidence).min(1),
        note: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Framework cations reduced on lithiation (none when absent). */
    reducibleCations: z.array(ReducibleCation).optional(),
    /** Which illustrative model preset stands in for what the KB lacks (e.g. the matrix of the misfit model). */
    modelPresets: z.object({ matrix: PresetKey.optional() }).strict().optional(),
    /** A remark a mechanism diagram shows when this electrolyte is loaded (mechanism id of data/mechanisms.json). */
    mechanismNotes: z.array(z.object({ mechanism: Id, text: Text, refs: RefIds }).strict()).optional(),
    reductionAtLi: z
      .object({
        predicted: z.array(Reaction),
        observed: z.array(Sourced),
      })
      .strict()
      .optional(),
    oxidationProducts: z.array(Reaction).optional(),
    filaments: z
      .object({
        observed: z.boolean(),
        paths: z.array(FilamentPath),
        text: Text,
        refs: RefIds,
      })
      .strict()
      .optional(),
    mitigations: z.array(Sourced),
    mechanisms: z.array(Id),
    related: z.array(Id),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.variantOf === e.id) {
      ctx.addIssue({
        code: 'custom',
        message: 'a record cannot be a variant of itself',
        path: ['variantOf'],
      });
    }
    const seen = new Set<string>();
    e.windows.forEach((w, i) => {
      if (seen.has(w.source)) {
        ctx.addIssue({
          code: 'custom',
          message: `two windows from the same source "${w.source}"`,
          path: ['windows', i, 'source'],
        });
      }
      seen.add(w.source);
    });
  });
export type Electrolyte = z.infer<typeof Electrolyte>;

export const Electronic = z.enum(['conductor', 'semiconductor', 'insulator', 'unknown']);
export type Electronic = z.infer<typeof Electronic>;

/** A binary lithium compound, interphase product or coating phase. */
export const Phase = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(Text),
    formula: Text,
    kind: z.enum(['binary', 'interphase', 'coating']),
    electronic: Electronic,
    electronicRefs: z.array(Id),
    /** Band gap behind the electronic character (0 for a metal), eV. */
    bandGap: quantity('eV').optional(),
    /** Why the phase has this electronic character, in a sentence. */
    electronicNote: z.string().optional(),
    summary: Text,
    molarVolume: quantity('cm³/mol').optional(),
    ionicConductivity: quantity('S/cm', QUANTITY_RANGES.ionicConductivity).optional(),
    windows: z.array(StabilityWindow),
  })
  .strict();
export type Phase = z.infer<typeof Phase>;

export const Electrode = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(Text),
    formula: Text,
    role: z.enum(['anode', 'cathode']),
    summary: Text,
    /** Typical working (average) potential vs Li/Li+. */
    potential: quantity('V', QUANTITY_RANGES.electrodePotential),
    /** Upper charge cut-off for cathodes (the potential the electrolyte must survive). */
    cutoffPotential: quantity('V', QUANTITY_RANGES.electrodePotential).optional(),
    /**
     * Which illustrative model presets stand in for what the KB lacks: the particle of the misfit
     * model and the electrode layer of the stack-pressure model (preset keys of src/domain/models).
     */
    modelPresets: z
      .object({ particle: PresetKey.optional(), stackLayer: PresetKey.optional() })
      .strict()
      .optional(),
    /** Volume change from the delithiated to the lithiated state (positive = expansion on lithiation). */
    volumeChange: quantity('%').optional(),
    shearModulus: quantity('GPa').optional(),
    youngsModulus: quantity('GPa').optional(),
    yieldStrength: quantity('MPa').optional(),
    molarVolume: quantity('cm³/mol').optional(),
    creep: Sourced.optional(),
    mechanisms: z.array(Id),
  })
  .strict();
export type Electrode = z.infer<typeof Electrode>;

export const InterfaceType = z
  .object({
    id: Id,
    type: InterfaceTypeNumber,
    name: Text,
    definition: Text,
    consequence: Text,
    examples: z.array(Id),
    refs: RefIds,
  })
  .strict();
export type InterfaceType = z.infer<typeof InterfaceType>;

export const Topic = z
  .object({
    id: Id,
    name: Text,
    summary: Text,
    mechanisms: z.array(Id),
    refs: RefIds,
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

/** What a measurement of a mechanism measures; each view picks the kinds it plots. */
export const MeasurementKind = z.enum([
  'critical-current-density',
  'interfacial-resistance',
  'stack-pressure-change',
  'interphase-thickness',
  'li-strength',
  'design-threshold',
]);
export type MeasurementKind = z.infer<typeof MeasurementKind>;

/**
 * A number that a mechanism's argument needs (a measured critical current density, a modelling
 * threshold …), with what it was measured on: `materials` are ids of electrolytes, electrodes or
 * phases, `label` says the cell or sample in a few words, `asr` is the interfacial resistance of
 * the same cell where the source gives it.
 */
export const Measurement = z
  .object({
    id: Id,
    kind: MeasurementKind,
    label: Text,
    materials: z.array(Id),
    quantity: z.union([
      quantity('mA/cm²'),
      quantity('Ω·cm²'),
      quantity('MPa'),
      quantity('nm'),
      quantity('µm'),
      quantity('%'),
      quantity('J/m²'),
      quantity('GPa'),
    ]),
    asr: quantity('Ω·cm²').optional(),
  })
  .strict();
export type Measurement = z.infer<typeof Measurement>;

export const Mechanism = z
  .object({
    id: Id,
    name: Text,
    topic: Id,
    summary: Text,
    cause: Text,
    effect: Text,
    materials: z.array(Id),
    evidence: z.array(Evidence),
    mitigations: z.array(Sourced),
    refs: RefIds,
    measurements: z.array(Measurement).optional(),
  })
  .strict();
export type Mechanism = z.infer<typeof Mechanism>;

export const Technique = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(Text),
    reveals: Text,
    mechanisms: z.array(Id),
    refs: RefIds,
  })
  .strict();
export type Technique = z.infer<typeof Technique>;

export const GlossaryTerm = z
  .object({
    id: Id,
    term: Text,
    aliases: z.array(Text),
    definition: Text,
    /** True for the terms of the review's own glossary box. */
    inReviewGlossary: z.boolean(),
    related: z.array(Id),
    refs: z.array(Id),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const OpenQuestion = z
  .object({
    id: Id,
    question: Text,
    context: Text,
    topics: z.array(Id),
    refs: z.array(Id),
  })
  .strict();
export type OpenQuestion = z.infer<typeof OpenQuestion>;

export const Reference = z
  .object({
    id: Id,
    /** Number in the review's reference list; absent for sources added by SSB Atlas. */
    n: z.number().int().positive().optional(),
    /** Every author, in the paper's order, as "Family, G.I."; an editor ends in " (ed.)". */
    authors: z.array(Text).min(1),
    /** True when the list ends in "et al." (the full list could not be confirmed from a record). */
    etAl: z.boolean(),
    year: z.number().int().min(1800).max(2100),
    title: Text,
    journal: Text,
    volume: z.string().optional(),
    pages: z.string().optional(),
    /** Only a DOI seen beside a record of this paper (docs/doi-verification.md says which). */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1021/acsami.5b07517')
      .nullable(),
    /**
     * Why `doi` is null: the work has none (a book, a pre-DOI paper), or "unverified: …" saying
     * what was searched without finding a record that shows the DOI.
     */
    noDoiReason: Text.optional(),
    /** Where the review's citation and the paper's own record disagree (we follow the paper). */
    reviewDiffers: Text.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.doi === null && !r.noDoiReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['noDoiReason'],
        message: 'a reference without a DOI must say why (noDoiReason)',
      });
    }
    if (r.doi !== null && r.noDoiReason) {
      ctx.addIssue({ code: 'custom', path: ['noDoiReason'], message: 'must be absent when a DOI is given' });
    }
  });
export type Reference = z.infer<typeof Reference>;

/** Two references may not claim the same number in the review's list. */
function uniqueReviewNumbers(refs: readonly Reference[], ctx: z.RefinementCtx): void {
  const owner = new Map<number, string>();
  refs.forEach((r, i) => {
    if (r.n === undefined) return;
    const first = owner.get(r.n);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'n'],
        message: `review number ${r.n} is already used by "${first}"`,
      });
    } else owner.set(r.n, r.id);
  });
}

/**
 * A ready-made cell design (data/cell-designs.json) for the cell view: the design as its link string
 * (src/domain/cell/codec.ts), a summary in our own words and the papers it follows. Read by
 * src/kb/cell-designs.ts, outside KB_FILES: only the cell view needs it.
 */
export const CellDesignRecord = z
  .object({
    id: Id,
    name: Text,
    design: z
      .string()
      .regex(/^[a-z0-9._-]+$/, 'must be a design link string such as an.li-metal_el.llzo_ca.nmc811'),
    summary: Text,
    refs: RefIds,
  })
  .strict();
export type CellDesignRecord = z.infer<typeof CellDesignRecord>;

/** The three phenomena a lesson or a concept check belongs to (ids of data/topics.json). */
export const Phenomenon = z.enum(['lithium-filaments', 'interphase-formation', 'composite-electrodes']);

/**
 * One step of a guided lesson: a saved state of the app, written as the app's own link (path and
 * query, as src/domain/url-state.ts encodes them), with a short explanation and its references.
 */
export const LessonStep = z
  .object({
    title: Text.max(120, 'must be at most 120 characters'),
    url: z
      .string()
      .max(4000, 'must be at most 4000 characters')
      .regex(
        /^\/[^\s#]*$/,
        'must be a link inside SSB Atlas, starting with "/" (for example /mechanisms/lithium-filaments?mgsse=5)',
      ),
    text: Text.max(2000, 'must be at most 2000 characters'),
    refs: z.array(Id).max(20, 'at most 20 references'),
  })
  .strict();
export type LessonStep = z.infer<typeof LessonStep>;

/** A guided lesson: 1–30 steps through saved app states. */
export const Lesson = z
  .object({
    id: Id,
    title: Text.max(120, 'must be at most 120 characters'),
    topic: Phenomenon,
    summary: Text.max(600, 'must be at most 600 characters'),
    steps: z.array(LessonStep).min(1, 'needs at least one step').max(30, 'at most 30 steps'),
  })
  .strict();
export type Lesson = z.infer<typeof Lesson>;

/** data/lessons.json, and a lesson file an instructor shares: the same envelope as the knowledge base. */
export const LessonFile = z.object({ version: z.literal(1), records: z.array(Lesson) }).strict();
export type LessonFile = z.infer<typeof LessonFile>;

/**
 * A concept check: a multiple-choice question aimed at a common misconception, with the
 * explanation and the model state (an app link) that shows the answer.
 */
export const ConceptCheck = z
  .object({
    id: Id,
    topic: Phenomenon,
    /** The misconception the question tests, in a few words. */
    misconception: Text,
    prompt: Text,
    options: z
      .array(z.object({ text: Text, isCorrect: z.boolean() }).strict())
      .min(2)
      .refine((o) => o.filter((x) => x.isCorrect).length === 1, 'exactly one option must be correct'),
    explanation: Text,
    url: LessonStep.shape.url,
    refs: RefIds,
  })
  .strict();
export type ConceptCheck = z.infer<typeof ConceptCheck>;
export const ConceptCheckFile = z.object({ version: z.literal(1), records: z.array(ConceptCheck) }).strict();

/** The files of data/, one per record type, and the schema of each. */
export const KB_FILES = {
  electrolytes: z.array(Electrolyte),
  phases: z.array(Phase),
  electrodes: z.array(Electrode),
  interfaceTypes: z.array(InterfaceType),
  topics: z.array(Topic),
  mechanisms: z.array(Mechanism),
  techniques: z.array(Technique),
  glossary: z.array(GlossaryTerm),
  questions: z.array(OpenQuestion),
  references: z.array(Reference).superRefine(uniqueReviewNumbers),
} as const;
export type KbFileName = keyof typeof KB_FILES;

/** The file in data/ that holds each record type (defined without zod, for the browser). */
export { KB_FILE_PATHS } from './structure';

/** The whole knowledge base after parsing. */
export type KnowledgeBase = { [K in KbFileName]: z.infer<(typeof KB_FILES)[K]> };
