/**
 * The app's persisted settings: one typed table, one key per setting, readable in the URL.
 * Every key here is persisted in the URL; transient state (hover, open popovers) lives in the
 * store outside `params` and never reaches the URL.
 */
import { COLUMN_IDS, DEFAULT_COLUMNS, SORT_KEYS } from './material-columns';
import { MECHANISM_PARAMS } from './mechanism-params';
import { type ParamSpec, type ParamValues, param, type Route, typed, type ViewId } from './url-state';

/** The stability-window sources a link may name (the KB's WindowSource values). */
const WINDOW_SOURCE_IDS = ['zhu2015', 'richards2016', 'experiment', 'other-calculation'];

export const APP_PARAMS = {
  /** Selected material (shared by all views). */
  selected: param.id('sel'),
  /** Materials table: search text. */
  query: typed(param.string('q', '', 120)),
  /** Materials table: kinds shown (electrolyte, electrode, phase); empty = all. */
  kinds: param.idList('kind', [], 3, ['electrolyte', 'electrode', 'phase']),
  /** Materials table: classes shown (oxide, sulfide, …, anode, binary, …); empty = all. */
  classes: param.idList('cls', [], 12),
  /** Materials table: structural family (exact). */
  family: param.string('fam', '', 80),
  /** Materials table: interface type with Li. */
  interfaceType: param.oneOf('it', ['', '1', '2', '3'], ''),
  /** Materials table: ionic-conductivity bounds in S/cm. */
  sigmaMin: param.number('smin', null, 1e-20, 10),
  sigmaMax: param.number('smax', null, 1e-20, 10),
  /** Materials table: keep materials whose window contains this potential (V vs Li/Li+). */
  stableAtV: typed(param.number('v', null, -1, 8)),
  /** Materials table: stability against Li metal. */
  vsLithium: param.oneOf('li', ['any', 'window', 'interface'], 'any'),
  /** Materials table: which windows "stable at" and "window reaches 0 V" read (see WINDOW_BASIS_TEXT). */
  windowBasis: param.oneOf('vsrc', ['preferred', 'measured', 'any'], 'preferred'),
  /** Materials table: shear and Young's moduli (GPa), fracture toughness (MPa·m½), window width (V). */
  shearMin: param.number('gmin', null, 0, 1000),
  shearMax: param.number('gmax', null, 0, 1000),
  youngsMin: param.number('emin', null, 0, 1000),
  youngsMax: param.number('emax', null, 0, 1000),
  kicMin: param.number('kmin', null, 0, 100),
  kicMax: param.number('kmax', null, 0, 100),
  widthMin: param.number('wmin', null, 0, 20),
  widthMax: param.number('wmax', null, 0, 20),
  /** Materials table: sort key and direction. */
  sort: param.oneOf('sort', SORT_KEYS, 'name'),
  descending: param.boolean('desc', false),
  /** Materials table: chosen columns, in order. */
  columns: param.idList('cols', DEFAULT_COLUMNS, 20, COLUMN_IDS),
  /** Compare view: two to four material ids. */
  compare: param.idList('cmp', [], 4),
  /** References view: search text. */
  refQuery: typed(param.string('rq', '', 120)),
  /** References view: selected reference ids (for export), in the order they were ticked. */
  refSelection: param.idList('refs', [], 200),
  /** References view: which sources are listed (the review's numbered ones, or those SSB Atlas added). */
  refSource: param.oneOf('rsrc', ['all', 'review', 'added'], 'all'),
  /** References view: only the references used by one place (e.g. "material-llzo"; see reference-usage.ts). */
  refUsedBy: param.id('used'),
  /** References view: export format. */
  refFormat: param.oneOf('rfmt', ['bibtex', 'ris', 'csl-json'], 'bibtex'),
  /** Glossary view: search text. */
  glossQuery: typed(param.string('gq', '', 120)),
  /** Glossary view: only the terms of the review's own glossary box. */
  glossReviewOnly: param.boolean('grev', false),
  /** Stability windows: sources shown (zhu2015, richards2016, experiment, …); empty = all, overlaid. */
  windowSources: param.idList('wsrc', [], 4, WINDOW_SOURCE_IDS),
  /** Stability windows: anode electrode id for the overlay; null = Li metal. */
  anode: param.id('anode'),
  /** Stability windows: cathode electrode id for the overlay; null = the default NMC at its cut-off. */
  cathode: param.id('cathode'),
  /** Stability windows: anode marker moved to this potential (V vs Li/Li+); null = the electrode's own. */
  anodeV: param.number('va', null, -1, 10),
  /** Stability windows: cathode marker moved to this potential (V vs Li/Li+); null = the electrode's own. */
  cathodeV: param.number('vc', null, -1, 10),
  /** Stability windows: sort order within each group. */
  windowSort: param.oneOf('wsort', ['name', 'reduction', 'oxidation', 'width'], 'name'),
  /** Stability windows: classes shown (oxide, sulfide, …, binary, interphase, coating); empty = all. */
  windowClasses: param.idList('wclass', [], 12),
  /** Stability windows: show the data as a table instead of the chart. */
  windowTable: param.boolean('wtable', false),
  /** Interface classifier (its electrolyte is `selected`): electrode id; null = Li metal. */
  classifierElectrode: param.id('cele'),
  /** Interface classifier: which stability window is used. */
  classifierSource: param.oneOf(
    'csrc',
    ['zhu2015', 'richards2016', 'experiment', 'other-calculation'],
    'zhu2015',
  ),
  // 0.16 = DEFAULT_PERCOLATION_THRESHOLD and 2000 = CUSTOM_LIMITS.encodedMaxLength (checked by their
  // tests); literals, because importing those modules would pull them into the initial bundle.
  /** Interface classifier: percolation threshold φ_c, a volume fraction. */
  classifierThreshold: param.number('cthr', 0.16, 0, 1),
  /** Interface classifier: kinetic threshold, eV/atom (0.05 = DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM). */
  classifierKinetic: param.number('ckin', 0.05, 0, 2),
  /** Interface classifier: count semiconducting products as electronic conductors. */
  classifierSemiconductors: param.boolean('csemi', false),
  /** Interface classifier: custom electrolyte (custom-electrolyte-codec.ts); shown when `selected` is no electrolyte. */
  classifierCustom: param.string('ccust', '', 2000),
  /** Interface classifier table: cathode id; null = NMC-811. */
  classifierCathode: param.id('ccath'),
  /** Interface classifier table: sort key and direction. */
  classifierSort: param.oneOf('csort', ['name', 'li', 'exp', 'agree', 'cathode'], 'name'),
  classifierDescending: param.boolean('cdesc', false),
  // 300 = DESIGN_MAX_LENGTH of src/domain/cell/codec.ts (checked by its test), a literal for the same reason.
  /** Cell view: the design as its link string (src/domain/cell/codec.ts); empty = the default design. */
  cellDesign: param.string('cell', '', 300),
  /** Cell view: the second design shown side by side; empty = no comparison. */
  cellCompare: param.string('cellb', '', 300),
  /** Guided lessons: the lesson shown in the lesson bar (built in or saved in this browser); null = none. */
  lesson: param.id('lesson'),
  /** Guided lessons: the step shown, counted from 1. */
  lessonStep: param.number('step', null, 1, 30),
  /** Mechanism diagrams: model inputs and knowledge-base choices, keys prefixed `m`. */
  ...MECHANISM_PARAMS,
};

export type AppParams = ParamValues<typeof APP_PARAMS>;
export type AppParamKey = keyof AppParams;

export const DEFAULT_PARAMS: AppParams = Object.fromEntries(
  Object.entries(APP_PARAMS).map(([k, spec]) => [k, spec.defaultValue]),
) as AppParams;

type MechanismParamKey = keyof typeof MECHANISM_PARAMS;

/**
 * The views each setting belongs to: "Reset this view" clears exactly these. Typed, so a new key
 * cannot be added to the table without saying which views read it (mechanism keys all belong to
 * the mechanism diagrams and are added below).
 */
const VIEWS_OF_PARAM: Record<Exclude<AppParamKey, MechanismParamKey>, readonly ViewId[]> = {
  selected: ['map', 'materials', 'windows', 'classifier'],
  // The open lesson spans views, so only a reset of the lessons view itself closes it; resetting
  // another view leaves the lesson bar where it is.
  lesson: ['lessons'],
  lessonStep: ['lessons'],
  query: ['materials'],
  kinds: ['materials'],
  classes: ['materials'],
  family: ['materials'],
  interfaceType: ['materials'],
  sigmaMin: ['materials'],
  sigmaMax: ['materials'],
  stableAtV: ['materials'],
  vsLithium: ['materials'],
  windowBasis: ['materials'],
  shearMin: ['materials'],
  shearMax: ['materials'],
  youngsMin: ['materials'],
  youngsMax: ['materials'],
  kicMin: ['materials'],
  kicMax: ['materials'],
  widthMin: ['materials'],
  widthMax: ['materials'],
  sort: ['materials'],
  descending: ['materials'],
  columns: ['materials'],
  compare: ['compare', 'materials'],
  refQuery: ['references'],
  refSelection: ['references'],
  refSource: ['references'],
  refUsedBy: ['references'],
  refFormat: ['references'],
  glossQuery: ['glossary'],
  glossReviewOnly: ['glossary'],
  windowSources: ['windows'],
  anode: ['windows'],
  cathode: ['windows'],
  anodeV: ['windows'],
  cathodeV: ['windows'],
  windowSort: ['windows'],
  windowClasses: ['windows'],
  windowTable: ['windows'],
  classifierElectrode: ['classifier'],
  classifierSource: ['classifier'],
  classifierThreshold: ['classifier'],
  classifierKinetic: ['classifier'],
  classifierSemiconductors: ['classifier'],
  classifierCustom: ['classifier'],
  classifierCathode: ['classifier'],
  classifierSort: ['classifier'],
  classifierDescending: ['classifier'],
  cellDesign: ['cell'],
  cellCompare: ['cell'],
};

/** Every setting with the views it belongs to. */
export const PARAM_VIEWS: Readonly<Record<AppParamKey, readonly ViewId[]>> = {
  ...VIEWS_OF_PARAM,
  ...(Object.fromEntries(
    Object.keys(MECHANISM_PARAMS).map((k) => [k, ['mechanisms'] as readonly ViewId[]]),
  ) as Record<MechanismParamKey, readonly ViewId[]>),
};

/**
 * The settings of one view that differ from their defaults now, as they read in the URL
 * (`q=garnet`, `cthr=0.3`; long values shortened), for the message that says what a reset clears.
 */
export function viewSettingsInUse(view: ViewId, params: AppParams): string[] {
  return (Object.keys(APP_PARAMS) as AppParamKey[])
    .filter((k) => PARAM_VIEWS[k].includes(view))
    .flatMap((k) => {
      const spec = APP_PARAMS[k] as unknown as ParamSpec<unknown>;
      if ((spec.equals ?? Object.is)(params[k], DEFAULT_PARAMS[k])) return [];
      const text = spec.format(params[k]);
      return [`${spec.key}=${text.length > 24 ? `${text.slice(0, 24)}…` : text}`];
    });
}

/** The patch that puts every setting of one view back to its default (and leaves the rest alone). */
export function viewDefaults(view: ViewId): Partial<AppParams> {
  return Object.fromEntries(
    (Object.keys(APP_PARAMS) as AppParamKey[])
      .filter((k) => PARAM_VIEWS[k].includes(view))
      .map((k) => [k, DEFAULT_PARAMS[k]]),
  ) as Partial<AppParams>;
}

/**
 * The material a route selects by its path, if any: a material page (`/materials/lgps`) names its
 * material in the path, so the URL leaves out `sel` there. Other views keep `sel` even when a
 * record id is in the path.
 */
export function selectionOfRoute(route: Route): string | null {
  return route.view === 'materials' ? route.recordId : null;
}
