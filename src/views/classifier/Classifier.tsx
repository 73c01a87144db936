/**
 * The interface classifier view, props only: the inputs, the prediction with its schematic,
 * consequences, trace and the experimental verdict, and the table of every electrolyte.
 * ClassifierContainer reads the store and the knowledge base and computes everything shown here.
 */
import { type RefObject, useId } from 'react';
import { Cite } from '../../components/Cite';
import { Formula } from '../../components/Formula';
import { Link } from '../../components/Link';
import { MethodBadge } from '../../components/QuantityView';
import { formatQuantity } from '../../domain/format';
import type {
  ClassificationRow,
  ExperimentComparison,
  Outcome,
  SensitivityRow,
  TableSortKey,
  TechniqueNames,
} from '../../domain/classifier';
import type { CustomElectrolyte } from '../../domain/classifier';
import type { CustomElectrolyteDraft } from '../../domain/custom-electrolyte-codec';
import type { Electrode, Electrolyte, Phase, WindowSource } from '../../kb/schema';
import { ClassificationTable } from './parts/ClassificationTable';
import { ConsequencePanel } from './parts/ConsequencePanel';
import { CustomElectrolyteForm } from './parts/CustomElectrolyteForm';
import { ExperimentPanel } from './parts/ExperimentPanel';
import { InterphaseSchematic } from './parts/InterphaseSchematic';
import { SensitivityPanel } from './parts/SensitivityPanel';
import { KINETIC_SPEC, ThresholdControl } from './parts/ThresholdControl';
import { TraceList } from './parts/TraceList';
import { VerdictPanel } from './parts/VerdictPanel';

/** Value of the electrolyte select that opens the custom form. */
const CUSTOM_OPTION = '__custom';

/** One option of a select: the record id and its text. */
export interface ChoiceOption {
  id: string;
  label: string;
}

export interface ClassifierProps {
  /** Electrolyte options, short name first. */
  electrolyteOptions: readonly ChoiceOption[];
  /** The user's own materials, listed after the knowledge base's (marked "yours"). */
  ownElectrolyteOptions: readonly ChoiceOption[];
  /** The user's own material shown in the custom form, or null. */
  ownSelectedId: string | null;
  /** Shown above the custom form when it holds one of the user's own materials. */
  ownNotice: string | null;
  /** Remounts the custom form when its starting point changes (another own material, a link). */
  customFormKey: string;
  /** The KB electrolyte shown, or null when a custom one is. */
  electrolyte: Electrolyte | null;
  /** Whether the custom electrolyte is shown. */
  isCustom: boolean;
  /** Short name of the electrolyte shown (or the custom one's name). */
  electrolyteLabel: string;
  /** A KB electrolyte id, or null for the custom form. */
  onElectrolyteChange: (id: string | null) => void;
  anodeOptions: readonly ChoiceOption[];
  cathodeOptions: readonly ChoiceOption[];
  electrodeId: string;
  electrodeLabel: string;
  onElectrodeChange: (id: string) => void;
  /** The windows of the electrolyte shown, one radio each. */
  sources: readonly { source: WindowSource; label: string; reductionV: number; oxidationV: number }[];
  source: WindowSource;
  /** Short name of the chosen source ("Zhu 2015"). */
  sourceLabel: string;
  /** Whether the electrolyte has a window from the chosen source. */
  hasSource: boolean;
  onSourceChange: (source: WindowSource) => void;
  threshold: number;
  onThresholdChange: (value: number) => void;
  /** Kinetic threshold on the driving force, eV/atom. */
  kinetic: number;
  onKineticChange: (value: number) => void;
  /** Every electrolyte against Li metal, for the sensitivity panel. */
  sensitivity: readonly SensitivityRow[];
  countSemis: boolean;
  /** The knowledge base's semiconducting phases, named under the switch with their band gaps. */
  semiconductors: readonly Phase[];
  onSemisChange: (value: boolean) => void;
  /** Warnings about the link (unknown ids and the like). */
  notes: readonly string[];
  /** The custom form's starting values and the problem of the link's custom text, if any. */
  customDraft: CustomElectrolyteDraft;
  customLinkProblem: string | null;
  onCustomSubmit: (value: CustomElectrolyte) => void;
  /** The classification shown, or null when there is nothing to classify yet. */
  outcome: Outcome | null;
  isAgainstLithium: boolean;
  comparison: ExperimentComparison | null;
  /** Technique records by id, for the evidence list. */
  techniques: TechniqueNames;
  /** Name of the observed interface type, from the KB. */
  observedTypeName: string | null;
  onUseLithium: () => void;
  onEditAsCustom: () => void;
  /** Announced to screen readers when the prediction changes. */
  liveText: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  rows: readonly ClassificationRow[];
  cathodes: readonly Electrode[];
  cathode: Electrode | undefined;
  onCathodeChange: (id: string) => void;
  sort: TableSortKey;
  descending: boolean;
  onSort: (key: TableSortKey) => void;
  onLoad: (id: string) => void;
}

/** The `<option>`s of a select, one per choice. */
const optionsOf = (choices: readonly ChoiceOption[]) =>
  choices.map((o) => (
    <option key={o.id} value={o.id}>
      {o.label}
    </option>
  ));

/** The classifier view (props only). */
export function Classifier(p: ClassifierProps) {
  const { electrolyte, isCustom, electrolyteLabel, electrodeLabel, sources, source, hasSource, outcome } = p;
  const semisHintId = useId();
  return (
    <div className="classifier">
      <div className="view-head">
        <h1>Interface classifier</h1>
        <p className="lede">
          Does an electrolyte survive contact with an electrode? Type 1: stable. Type 2: it reacts and the
          interphase conducts electrons, so it keeps growing. Type 3: it reacts, but the interphase blocks
          electrons and stops itself. The classifier asks, in order: is the electrode potential inside the
          stability window; is the reaction's driving force too small to push past a passivating layer; does a
          framework cation (Ti⁴⁺, Ge⁴⁺) get reduced and turn the electrolyte into a mixed conductor; and do
          the electronically conducting products connect (their volume fraction against a percolation
          threshold).
        </p>
      </div>

      <section className="panel cls-classifier-inputs" aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">Inputs</h2>
        <div className="cls-inputs-grid">
          <div className="field">
            <label htmlFor="cls-electrolyte">Electrolyte</label>
            <select
              id="cls-electrolyte"
              value={p.ownSelectedId ?? (isCustom ? CUSTOM_OPTION : (electrolyte?.id ?? ''))}
              onChange={(e) =>
                p.onElectrolyteChange(e.target.value === CUSTOM_OPTION ? null : e.target.value)
              }
            >
              {p.ownElectrolyteOptions.length > 0 ? (
                <>
                  <optgroup label="Knowledge base">{optionsOf(p.electrolyteOptions)}</optgroup>
                  <optgroup label="Your materials">{optionsOf(p.ownElectrolyteOptions)}</optgroup>
                </>
              ) : (
                optionsOf(p.electrolyteOptions)
              )}
              <option value={CUSTOM_OPTION}>Custom electrolyte (enter window and products)…</option>
            </select>
            {electrolyte && (
              <span className="cls-field-help">
                <Link to={{ view: 'materials', recordId: electrolyte.id }}>
                  Material page of {electrolyteLabel}
                </Link>
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor="cls-electrode">Electrode</label>
            <select
              id="cls-electrode"
              value={p.electrodeId}
              onChange={(e) => p.onElectrodeChange(e.target.value)}
            >
              <optgroup label="Anodes">{optionsOf(p.anodeOptions)}</optgroup>
              <optgroup label="Cathodes">{optionsOf(p.cathodeOptions)}</optgroup>
            </select>
          </div>
          {!isCustom && (
            <fieldset className="cls-source-choice">
              <legend>Stability window</legend>
              {sources.length === 0 ? (
                <p className="muted">
                  {electrolyteLabel} has no stability window in the knowledge base, so it cannot be
                  classified.
                </p>
              ) : (
                sources.map((w) => (
                  <label key={w.source} className="check">
                    <input
                      type="radio"
                      name="cls-source"
                      value={w.source}
                      checked={w.source === source}
                      onChange={() => p.onSourceChange(w.source)}
                    />
                    {w.label} ({w.reductionV.toFixed(2)}–{w.oxidationV.toFixed(2)} V)
                  </label>
                ))
              )}
              {sources.length > 0 && !hasSource && (
                <p className="cls-notice cls-notice-warning">
                  {electrolyteLabel} has no {p.sourceLabel} window; windows from different sources are never
                  substituted. Choose one of those above.
                </p>
              )}
            </fieldset>
          )}
          <ThresholdControl value={p.threshold} onChange={p.onThresholdChange} />
          <ThresholdControl value={p.kinetic} onChange={p.onKineticChange} spec={KINETIC_SPEC} />
          <div className="cls-semis-choice">
            <label className="check">
              <input
                type="checkbox"
                checked={p.countSemis}
                onChange={(e) => p.onSemisChange(e.target.checked)}
                aria-describedby={p.semiconductors.length > 0 ? semisHintId : undefined}
              />
              Count semiconducting products as electronic conductors
            </label>
            {p.semiconductors.length > 0 && (
              <p className="cls-semis-hint" id={semisHintId}>
                Semiconducting in the knowledge base:{' '}
                {p.semiconductors.map((ph, i) => (
                  <span key={ph.id}>
                    {i > 0 && '; '}
                    <Formula text={ph.formula} />{' '}
                    {ph.bandGap ? (
                      <>
                        (band gap {formatQuantity(ph.bandGap)}, <MethodBadge method={ph.bandGap.method} />{' '}
                        <Cite refs={ph.bandGap.refs} />)
                      </>
                    ) : (
                      '(no band gap in the knowledge base)'
                    )}
                  </span>
                ))}
                .
              </p>
            )}
          </div>
        </div>
        {p.notes.map((n) => (
          <p key={n} className="cls-notice cls-notice-warning">
            {n}
          </p>
        ))}
        {p.ownNotice && (
          <p className="cls-notice" role="status">
            {p.ownNotice}
          </p>
        )}
        {isCustom && (
          <CustomElectrolyteForm
            key={p.customFormKey}
            initial={p.customDraft}
            linkProblem={p.customLinkProblem}
            onSubmit={p.onCustomSubmit}
          />
        )}
      </section>

      <p className="visually-hidden" role="status" aria-live="polite">
        {p.liveText}
      </p>

      {outcome && !outcome.ok && (
        <section className="panel error-panel" role="alert">
          <h2>The classifier could not run</h2>
          <p>{outcome.error}</p>
        </section>
      )}
      {!outcome && isCustom && (
        <p className="panel muted">
          Enter the custom electrolyte above and press “Classify custom electrolyte”.
        </p>
      )}
      {outcome?.ok && (
        <div className="cls-classifier-results">
          <div className="cls-classifier-prediction">
            <VerdictPanel
              result={outcome.value}
              electrolyteName={electrolyteLabel}
              electrodeName={electrodeLabel}
              headingRef={p.headingRef}
            />
            <section className="panel" aria-labelledby="schematic-heading">
              <h2 id="schematic-heading">Predicted interphase</h2>
              <InterphaseSchematic
                result={outcome.value}
                electrodeName={electrodeLabel}
                electrolyteName={electrolyteLabel}
              />
            </section>
            <ConsequencePanel result={outcome.value} />
          </div>
          <div className="cls-classifier-side">
            <ExperimentPanel
              electrolyte={electrolyte}
              electrodeName={electrodeLabel}
              isAgainstLithium={p.isAgainstLithium}
              comparison={p.comparison}
              onUseLithium={p.onUseLithium}
              onEditAsCustom={p.onEditAsCustom}
              techniques={p.techniques}
              observedTypeName={p.observedTypeName}
            />
            <TraceList result={outcome.value} />
          </div>
        </div>
      )}

      <ClassificationTable
        rows={p.rows}
        cathodes={p.cathodes}
        cathode={p.cathode}
        onCathodeChange={p.onCathodeChange}
        sourceLabel={p.sourceLabel}
        sort={p.sort}
        descending={p.descending}
        onSort={p.onSort}
        currentId={electrolyte?.id ?? null}
        onLoad={p.onLoad}
      />

      <SensitivityPanel
        rows={p.sensitivity}
        thresholds={{ percolation: p.threshold, kineticEVPerAtom: p.kinetic }}
        sourceLabel={p.sourceLabel}
        countSemis={p.countSemis}
      />
    </div>
  );
}
