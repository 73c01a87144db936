/**
 * The interface classifier view (issue 5): pick an electrolyte (or enter one) and an electrode, see
 * the predicted interface type with its reasoning, schematic and consequences beside the observed
 * type, and a table classifying every electrolyte.
 *
 * Shared keys read: `selected` (the electrolyte; choosing here writes it). Own keys: `cele`, `csrc`,
 * `cthr`, `csemi`, `ccust`, `ccath`, `csort`, `cdesc` (see src/domain/app-params.ts). A custom
 * electrolyte is shown when `selected` names no electrolyte and `ccust` is set.
 */
import { WINDOW_SOURCE_SHORT } from '../../domain/window-sources';
import { useCallback, useMemo, useRef } from 'react';
import './classifier.css';
import { Link } from '../../components/Link';
import type { AppParams } from '../../domain/app-params';
import {
  type ClassifierOptions,
  classifyAgainstElectrode,
  classifyCustomAgainstElectrode,
  compareWithExperiment,
  DEFAULT_PERCOLATION_THRESHOLD,
  electrodePotentialForClassification,
  isLithiumMetal,
} from '../../domain/classifier';
import {
  decodeCustomElectrolyte,
  draftFromCustom,
  encodeCustomElectrolyte,
} from '../../domain/custom-electrolyte-codec';
import { useKb } from '../../kb/kb-context';
import type { Electrode, Electrolyte } from '../../kb/schema';
import { useParam, useSetParams } from '../../store/hooks';
import {
  classificationRows,
  classifySafely,
  type Outcome,
  sortClassificationRows,
  type TableSortKey,
} from './classifier-table';
import { customFromKb, EXAMPLE_CUSTOM } from './custom-template';
import { ClassificationTable } from './parts/ClassificationTable';
import { ConsequencePanel } from './parts/ConsequencePanel';
import { CustomElectrolyteForm } from './parts/CustomElectrolyteForm';
import { ExperimentPanel } from './parts/ExperimentPanel';
import { InterphaseSchematic } from './parts/InterphaseSchematic';
import { ThresholdControl } from './parts/ThresholdControl';
import { TraceList } from './parts/TraceList';
import { VerdictPanel } from './parts/VerdictPanel';
import { VERDICT_LABEL, verdictKey } from './parts/verdict-text';

const CUSTOM_OPTION = '__custom';
const DEFAULT_ELECTROLYTE = 'lgps';
const DEFAULT_CATHODE = 'nmc811';

/**
 * A short name for headings and the table: the first alias when it is short and names no other
 * electrolyte ("LGPS"), else the formula when short ("Li7P3S11"), else the name.
 */
export function shortName(e: Electrolyte, all: readonly Electrolyte[]): string {
  const alias = e.aliases[0];
  if (alias && alias.length <= 8 && !all.some((o) => o.id !== e.id && o.aliases.includes(alias)))
    return alias;
  if (e.formula.length <= 12) return e.formula;
  return e.name;
}

/**
 * An electrolyte's option text, short name first, so that a select too narrow for the whole text
 * still shows which one it is: "LGPS — Lithium germanium thiophosphate".
 */
export function optionLabel(e: Electrolyte, all: readonly Electrolyte[]): string {
  const short = shortName(e, all);
  if (short === e.name) return e.name;
  const rest = e.name.replace(` (${short})`, '');
  return rest === short ? short : `${short} — ${rest}`;
}

function potentialLabel(e: Electrode): string {
  const { potentialV, basis } = electrodePotentialForClassification(e);
  return potentialV === null ? 'potential unknown' : `${potentialV.toFixed(2)} V, ${basis.split(';')[0]}`;
}

export default function ClassifierContainer() {
  const { kb, index } = useKb();
  const setParams = useSetParams();
  const [selected] = useParam('selected');
  const [electrodeId] = useParam('classifierElectrode');
  const [source] = useParam('classifierSource');
  const [thresholdParam] = useParam('classifierThreshold');
  const [countSemis] = useParam('classifierSemiconductors');
  const [customText] = useParam('classifierCustom');
  const [cathodeId] = useParam('classifierCathode');
  const [sort] = useParam('classifierSort');
  const [descending] = useParam('classifierDescending');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const threshold = thresholdParam ?? DEFAULT_PERCOLATION_THRESHOLD;
  const set = (patch: Partial<AppParams>) => setParams(patch);

  // Electrode: the one in the link, else Li metal.
  const lithium = kb.electrodes.find(isLithiumMetal);
  const linkedElectrode = electrodeId ? index.electrodes.get(electrodeId) : undefined;
  const electrode = linkedElectrode ?? lithium ?? kb.electrodes[0];
  const anodes = useMemo(() => kb.electrodes.filter((e) => e.role === 'anode'), [kb.electrodes]);
  const cathodes = useMemo(() => kb.electrodes.filter((e) => e.role === 'cathode'), [kb.electrodes]);
  const linkedCathode = cathodeId ? index.electrodes.get(cathodeId) : undefined;
  const cathode =
    (linkedCathode?.role === 'cathode' ? linkedCathode : undefined) ??
    index.electrodes.get(DEFAULT_CATHODE) ??
    cathodes[0];

  // Electrolyte: the selected one, else the custom one, else the default.
  const selectedElectrolyte = selected ? index.electrolytes.get(selected) : undefined;
  const decoded = useMemo(() => decodeCustomElectrolyte(customText), [customText]);
  const isCustom = !selectedElectrolyte && customText !== '';
  const fallback = index.electrolytes.get(DEFAULT_ELECTROLYTE) ?? kb.electrolytes[0];
  const electrolyte = isCustom ? null : (selectedElectrolyte ?? fallback ?? null);
  const custom = isCustom ? decoded.value : null;
  const notes: string[] = [];
  if (selected && !selectedElectrolyte && !isCustom && fallback) {
    const m = index.electrodes.get(selected) ?? index.phases.get(selected);
    notes.push(
      `The selected material${m ? `, ${m.name},` : ` “${selected}”`} is not a solid electrolyte; showing ${fallback.name}.`,
    );
  }
  if (electrodeId && !linkedElectrode)
    notes.push(`No electrode “${electrodeId}” in the knowledge base; using Li metal.`);
  if (cathodeId && linkedCathode?.role !== 'cathode')
    notes.push(
      `“${cathodeId}” is not a cathode of the knowledge base; the table uses ${cathode?.name ?? 'none'}.`,
    );

  const options: ClassifierOptions = useMemo(
    () => ({ percolationThreshold: threshold, countSemiconductorsAsConductors: countSemis }),
    [threshold, countSemis],
  );

  const outcome: Outcome | null = useMemo(() => {
    if (!electrode) return { ok: false, error: 'the knowledge base has no electrode' };
    if (isCustom) {
      return custom ? classifySafely(() => classifyCustomAgainstElectrode(custom, electrode, options)) : null;
    }
    if (!electrolyte) return null;
    return classifySafely(() =>
      classifyAgainstElectrode(electrolyte, electrode, source, index.phases, options, {
        electrolyte: shortName(electrolyte, kb.electrolytes),
      }),
    );
  }, [electrode, isCustom, custom, electrolyte, source, index.phases, options, kb.electrolytes]);

  const isAgainstLithium = electrode ? isLithiumMetal(electrode) : false;
  const comparison =
    outcome?.ok && electrolyte && isAgainstLithium
      ? compareWithExperiment(outcome.result, electrolyte.interfaceWithLi?.type)
      : null;

  const rows = useMemo(
    () =>
      sortClassificationRows(
        classificationRows(kb.electrolytes, lithium, cathode, source, index.phases, options, (e) =>
          shortName(e, kb.electrolytes),
        ),
        sort,
        descending,
      ),
    [kb.electrolytes, lithium, cathode, source, index.phases, options, sort, descending],
  );

  const electrolyteLabel = electrolyte
    ? shortName(electrolyte, kb.electrolytes)
    : (custom?.name ?? 'custom electrolyte');
  const electrodeLabel = electrode?.name ?? 'electrode';
  const sources = electrolyte?.windows ?? [];
  const hasSource = sources.some((w) => w.source === source);

  const editAsCustom = (from: Electrolyte | null) => {
    const template = from
      ? customFromKb(from, source, index.phases, shortName(from, kb.electrolytes))
      : EXAMPLE_CUSTOM;
    set({ selected: null, classifierCustom: encodeCustomElectrolyte(template) });
  };
  const chooseElectrolyte = (value: string) => {
    if (value === CUSTOM_OPTION) {
      if (customText !== '') set({ selected: null });
      else editAsCustom(electrolyte);
    } else {
      set({ selected: value });
    }
  };
  // Stable callbacks, so the (memoised) table re-renders only when its rows or sort change.
  const loadFromTable = useCallback(
    (id: string) => {
      setParams({ selected: id });
      requestAnimationFrame(() => {
        headingRef.current?.focus();
        headingRef.current?.scrollIntoView?.({ block: 'start' });
      });
    },
    [setParams],
  );
  const chooseCathode = useCallback(
    (id: string) => setParams({ classifierCathode: id === DEFAULT_CATHODE ? null : id }),
    [setParams],
  );
  const sortTable = useCallback(
    (key: TableSortKey) =>
      setParams(
        key === sort
          ? { classifierDescending: !descending }
          : { classifierSort: key, classifierDescending: false },
      ),
    [setParams, sort, descending],
  );

  const liveText = outcome?.ok
    ? `Prediction for ${electrolyteLabel} against ${electrodeLabel}: ${VERDICT_LABEL[verdictKey(outcome.result.verdict)].title}.${
        comparison?.status === 'disagrees'
          ? ' It disagrees with the experiment.'
          : comparison?.status === 'agrees'
            ? ' It agrees with the experiment.'
            : ''
      }`
    : '';

  return (
    <div className="classifier">
      <div className="view-head">
        <h1>Interface classifier</h1>
        <p className="lede">
          Does an electrolyte survive contact with an electrode? Type 1: stable. Type 2: it reacts and the
          interphase conducts electrons, so it keeps growing. Type 3: it reacts, but the interphase blocks
          electrons and stops itself. The classifier compares the electrode potential with the stability
          window and asks whether the conducting reaction products connect (their volume fraction against a
          percolation threshold).
        </p>
      </div>

      <section className="panel cls-classifier-inputs" aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">Inputs</h2>
        <div className="cls-inputs-grid">
          <div className="field">
            <label htmlFor="cls-electrolyte">Electrolyte</label>
            <select
              id="cls-electrolyte"
              value={isCustom ? CUSTOM_OPTION : (electrolyte?.id ?? '')}
              onChange={(e) => chooseElectrolyte(e.target.value)}
            >
              {kb.electrolytes.map((e) => {
                return (
                  <option key={e.id} value={e.id}>
                    {optionLabel(e, kb.electrolytes)}
                  </option>
                );
              })}
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
              value={electrode?.id ?? ''}
              onChange={(e) => {
                const chosen = index.electrodes.get(e.target.value);
                // Li metal is the default, so it stays out of the link.
                set({ classifierElectrode: chosen && isLithiumMetal(chosen) ? null : e.target.value });
              }}
            >
              <optgroup label="Anodes">
                {anodes.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} — {potentialLabel(e)}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Cathodes">
                {cathodes.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} — {potentialLabel(e)}
                  </option>
                ))}
              </optgroup>
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
                      onChange={() => set({ classifierSource: w.source })}
                    />
                    {w.label} ({w.reductionV.toFixed(2)}–{w.oxidationV.toFixed(2)} V)
                  </label>
                ))
              )}
              {sources.length > 0 && !hasSource && (
                <p className="cls-notice cls-notice-warning">
                  {electrolyteLabel} has no {WINDOW_SOURCE_SHORT[source]} window; windows from different
                  sources are never substituted. Choose one of those above.
                </p>
              )}
            </fieldset>
          )}
          <ThresholdControl value={threshold} onChange={(v) => set({ classifierThreshold: v })} />
          <label className="check cls-semis-choice">
            <input
              type="checkbox"
              checked={countSemis}
              onChange={(e) => set({ classifierSemiconductors: e.target.checked })}
            />
            Count semiconducting products as electronic conductors
          </label>
        </div>
        {notes.map((n) => (
          <p key={n} className="cls-notice cls-notice-warning">
            {n}
          </p>
        ))}
        {isCustom && (
          <CustomElectrolyteForm
            initial={draftFromCustom(custom ?? EXAMPLE_CUSTOM)}
            linkProblem={decoded.problems[0]?.replace(/^custom electrolyte: /, '') ?? null}
            onSubmit={(value) => set({ selected: null, classifierCustom: encodeCustomElectrolyte(value) })}
          />
        )}
      </section>

      <p className="visually-hidden" role="status" aria-live="polite">
        {liveText}
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
      {outcome?.ok && electrode && (
        <div className="cls-classifier-results">
          <div className="cls-classifier-prediction">
            <VerdictPanel
              result={outcome.result}
              electrolyteName={electrolyteLabel}
              electrodeName={electrodeLabel}
              headingRef={headingRef}
            />
            <section className="panel" aria-labelledby="schematic-heading">
              <h2 id="schematic-heading">Predicted interphase</h2>
              <InterphaseSchematic
                result={outcome.result}
                electrodeName={electrodeLabel}
                electrolyteName={electrolyteLabel}
              />
            </section>
            <ConsequencePanel result={outcome.result} />
          </div>
          <div className="cls-classifier-side">
            <ExperimentPanel
              electrolyte={electrolyte}
              electrodeName={electrodeLabel}
              isAgainstLithium={isAgainstLithium}
              comparison={comparison}
              onUseLithium={() => set({ classifierElectrode: null })}
              onEditAsCustom={() => editAsCustom(electrolyte)}
            />
            <TraceList result={outcome.result} />
          </div>
        </div>
      )}

      <ClassificationTable
        rows={rows}
        cathodes={cathodes}
        cathode={cathode}
        onCathodeChange={chooseCathode}
        sourceLabel={WINDOW_SOURCE_SHORT[source]}
        sort={sort}
        descending={descending}
        onSort={sortTable}
        currentId={electrolyte?.id ?? null}
        onLoad={loadFromTable}
      />
    </div>
  );
}
