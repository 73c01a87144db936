/**
 * The interface classifier container: reads the store and the knowledge base, classifies, and hands
 * plain props to <Classifier>. The user picks an electrolyte (or enters one) and an electrode and sees
 * the predicted interface type with its reasoning, schematic and consequences beside the observed
 * type, and a table classifying every electrolyte.
 *
 * Shared keys read: `selected` (the electrolyte; choosing here writes it). Own keys: `cele`, `csrc`,
 * `cthr`, `csemi`, `ccust`, `ccath`, `csort`, `cdesc` (see src/domain/app-params.ts). A custom
 * electrolyte is shown when `selected` names no electrolyte and `ccust` is set.
 */
import { shortName } from '../../domain/materials';
import { WINDOW_SOURCE_SHORT } from '../../domain/window-sources';
import { useCallback, useMemo, useRef } from 'react';
import './classifier.css';
import type { AppParams } from '../../domain/app-params';
import {
  classificationRows,
  type ClassifierOptions,
  classifyAgainstElectrode,
  customDraftFromOwn,
  customFromKb,
  EXAMPLE_CUSTOM,
  type Outcome,
  sensitivityRows,
  sortClassificationRows,
  type TableSortKey,
  classifyCustomAgainstElectrode,
  compareWithExperiment,
  DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM,
  DEFAULT_PERCOLATION_THRESHOLD,
  electrodePotentialForClassification,
  isLithiumMetal,
} from '../../domain/classifier';
import {
  decodeCustomElectrolyte,
  draftFromCustom,
  encodeCustomElectrolyte,
} from '../../domain/custom-electrolyte-codec';
import { keepCustomElectrolyte } from '../../persist/custom-electrolytes';
import { useMaterial } from '../../kb/hooks';
import { useKb } from '../../kb/kb-context';
import type { Electrode, Electrolyte } from '../../kb/schema';
import { useParam, useSetParams } from '../../store/hooks';
import { useOwnMaterials } from '../../store/own-materials';
import { type ChoiceOption, Classifier } from './Classifier';
import { VERDICT_LABEL, verdictKey } from './parts/verdict-text';

const DEFAULT_ELECTROLYTE = 'lgps';
const DEFAULT_CATHODE = 'nmc811';

/**
 * An electrolyte's option text, short name first, so that a select too narrow for the whole text
 * still shows which one it is: "LGPS — Lithium germanium thiophosphate".
 */
export function optionLabel(e: Electrolyte): string {
  const short = shortName(e);
  if (short === e.name) return e.name;
  const rest = e.name.replace(` (${short})`, '');
  return rest === short ? short : `${short} — ${rest}`;
}

/** An electrode's option text: "NMC811 — 4.30 V, charge cut-off". */
function electrodeOption(e: Electrode): ChoiceOption {
  const { potentialV, basis } = electrodePotentialForClassification(e);
  const potential =
    potentialV === null ? 'potential unknown' : `${potentialV.toFixed(2)} V, ${basis.split(';')[0]}`;
  return { id: e.id, label: `${e.name} — ${potential}` };
}

export default function ClassifierContainer() {
  const { kb, index } = useKb();
  const setParams = useSetParams();
  const [selected] = useParam('selected');
  const [electrodeId] = useParam('classifierElectrode');
  const [source] = useParam('classifierSource');
  const [thresholdParam] = useParam('classifierThreshold');
  const [kineticParam] = useParam('classifierKinetic');
  const [countSemis] = useParam('classifierSemiconductors');
  const [customText] = useParam('classifierCustom');
  const [cathodeId] = useParam('classifierCathode');
  const [sort] = useParam('classifierSort');
  const [descending] = useParam('classifierDescending');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const threshold = thresholdParam ?? DEFAULT_PERCOLATION_THRESHOLD;
  const kinetic = kineticParam ?? DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM;
  const set = (patch: Partial<AppParams>) => setParams(patch);

  // Electrode: the one in the link, else Li metal.
  const lithium = kb.electrodes.find(isLithiumMetal);
  const linkedElectrode = electrodeId ? index.electrodes.get(electrodeId) : undefined;
  const electrode = linkedElectrode ?? lithium ?? kb.electrodes[0];
  const anodes = useMemo(() => kb.electrodes.filter((e) => e.role === 'anode'), [kb.electrodes]);
  const semiconductors = useMemo(
    () => kb.phases.filter((ph) => ph.electronic === 'semiconductor'),
    [kb.phases],
  );
  const anodeOptions = useMemo(() => anodes.map(electrodeOption), [anodes]);
  const cathodes = useMemo(() => kb.electrodes.filter((e) => e.role === 'cathode'), [kb.electrodes]);
  const cathodeOptions = useMemo(() => cathodes.map(electrodeOption), [cathodes]);
  const electrolyteOptions = useMemo(
    () => kb.electrolytes.map((e) => ({ id: e.id, label: optionLabel(e) })),
    [kb.electrolytes],
  );
  const linkedCathode = cathodeId ? index.electrodes.get(cathodeId) : undefined;
  const cathode =
    (linkedCathode?.role === 'cathode' ? linkedCathode : undefined) ??
    index.electrodes.get(DEFAULT_CATHODE) ??
    cathodes[0];

  // The user's own materials: listed after the knowledge base's; one of them opens the custom form
  // with its window and molar volume filled in (it has no reaction data: the user gives products).
  const own = useOwnMaterials();
  const ownOptions = useMemo(
    () => own.summaries.map((m) => ({ id: m.id, label: `${m.name} (yours)` })),
    [own.summaries],
  );
  const isOwnLoading = own.isPending;

  // Electrolyte: the selected one (of the KB or the user's), else the custom one, else the default.
  const selectedElectrolyte = selected ? index.electrolytes.get(selected) : undefined;
  const selectedOwn = selected ? own.summaries.find((m) => m.id === selected) : undefined;
  const ownRecord = selectedOwn?.source.kind === 'electrolyte' ? selectedOwn.source.record : null;
  const selectedMaterial = useMaterial(selected);
  const decoded = useMemo(() => decodeCustomElectrolyte(customText), [customText]);
  const isCustom = !selectedElectrolyte && (ownRecord !== null || customText !== '');
  const fallback = index.electrolytes.get(DEFAULT_ELECTROLYTE) ?? kb.electrolytes[0];
  const electrolyte = isCustom ? null : (selectedElectrolyte ?? fallback ?? null);
  const custom = isCustom && !ownRecord ? decoded.value : null;
  const ownDraft = useMemo(() => (ownRecord ? customDraftFromOwn(ownRecord) : null), [ownRecord]);
  const ownNotice = ownRecord
    ? `${ownRecord.name} is your own material. ${
        ownRecord.windows[0]
          ? `Its window${ownDraft?.molarVolume ? ' and molar volume are' : ' is'} filled in below;`
          : 'It has no stability window yet: type one below (or add it on the materials page);'
      } the knowledge base has no reaction data for it, so enter the products it forms, then classify.`
    : null;
  const notes: string[] = [];
  const isUnknownOwn = isOwnLoading && selected !== null && !selectedMaterial;
  if (selected && !selectedElectrolyte && !isCustom && fallback && !isUnknownOwn) {
    const m = selectedMaterial;
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
    () => ({
      percolationThreshold: threshold,
      countSemiconductorsAsConductors: countSemis,
      kineticThresholdEVPerAtom: kinetic,
    }),
    [threshold, countSemis, kinetic],
  );

  const outcome: Outcome | null = useMemo(() => {
    if (!electrode) return { ok: false, error: 'the knowledge base has no electrode' };
    if (isCustom) {
      return custom ? classifyCustomAgainstElectrode(custom, electrode, options) : null;
    }
    if (!electrolyte) return null;
    return classifyAgainstElectrode(
      electrolyte,
      electrode,
      source,
      index.phases,
      options,
      { electrolyte: shortName(electrolyte) },
      index.techniques,
    );
  }, [electrode, isCustom, custom, electrolyte, source, index.phases, index.techniques, options]);

  const isAgainstLithium = electrode ? isLithiumMetal(electrode) : false;
  const rawComparison =
    outcome?.ok && electrolyte && isAgainstLithium
      ? compareWithExperiment(outcome.value, electrolyte.interfaceWithLi?.type)
      : null;
  // Cite only the references the knowledge base holds.
  const comparison = rawComparison && {
    ...rawComparison,
    reasons: rawComparison.reasons.map((r) => ({
      ...r,
      refs: r.refs.filter((id) => index.references.has(id)),
    })),
  };
  const observedType = electrolyte?.interfaceWithLi?.type;
  const observedTypeName =
    observedType !== undefined
      ? (index.interfaceTypes.get(`interface-type-${observedType}`)?.name.replace(/^Type \d: /, '') ?? null)
      : null;

  const rows = useMemo(
    () =>
      sortClassificationRows(
        classificationRows(
          kb.electrolytes,
          lithium,
          cathode,
          source,
          index.phases,
          options,
          index.techniques,
        ),
        sort,
        descending,
      ),
    [kb.electrolytes, lithium, cathode, source, index.phases, index.techniques, options, sort, descending],
  );
  const sensitivity = useMemo(
    () =>
      lithium
        ? sensitivityRows(kb.electrolytes, lithium, source, index.phases, options, index.techniques)
        : [],
    [kb.electrolytes, lithium, source, index.phases, index.techniques, options],
  );

  const electrolyteLabel = electrolyte
    ? shortName(electrolyte)
    : (ownRecord?.name ?? custom?.name ?? 'custom electrolyte');
  const electrodeLabel = electrode?.name ?? 'electrode';
  const sources = electrolyte?.windows ?? [];
  const hasSource = sources.some((w) => w.source === source);

  const editAsCustom = (from: Electrolyte | null) => {
    // The link's custom electrolyte is about to be replaced by a template: keep it in the saved list.
    if (decoded.value) void keepCustomElectrolyte(decoded.value);
    const template = from ? customFromKb(from, source, index.phases, shortName(from)) : EXAMPLE_CUSTOM;
    set({ selected: null, classifierCustom: encodeCustomElectrolyte(template) });
  };
  const chooseElectrode = (id: string) => {
    const chosen = index.electrodes.get(id);
    // Li metal is the default, so it stays out of the link.
    set({ classifierElectrode: chosen && isLithiumMetal(chosen) ? null : id });
  };
  const chooseElectrolyte = (value: string | null) => {
    if (value === null) {
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
    ? `Prediction for ${electrolyteLabel} against ${electrodeLabel}: ${VERDICT_LABEL[verdictKey(outcome.value.verdict)].title}.${
        comparison?.status === 'disagrees'
          ? ' It disagrees with the experiment.'
          : comparison?.status === 'agrees'
            ? ' It agrees with the experiment.'
            : ''
      }`
    : '';

  return (
    <Classifier
      electrolyteOptions={electrolyteOptions}
      electrolyte={electrolyte}
      isCustom={isCustom}
      electrolyteLabel={electrolyteLabel}
      onElectrolyteChange={chooseElectrolyte}
      anodeOptions={anodeOptions}
      cathodeOptions={cathodeOptions}
      electrodeId={electrode?.id ?? ''}
      electrodeLabel={electrodeLabel}
      onElectrodeChange={chooseElectrode}
      sources={sources}
      source={source}
      sourceLabel={WINDOW_SOURCE_SHORT[source]}
      hasSource={hasSource}
      onSourceChange={(w) => set({ classifierSource: w })}
      threshold={threshold}
      onThresholdChange={(v) => set({ classifierThreshold: v })}
      kinetic={kinetic}
      onKineticChange={(v) => set({ classifierKinetic: v })}
      sensitivity={sensitivity}
      countSemis={countSemis}
      semiconductors={semiconductors}
      onSemisChange={(v) => set({ classifierSemiconductors: v })}
      notes={notes}
      ownElectrolyteOptions={ownOptions}
      ownSelectedId={ownRecord ? ownRecord.id : null}
      ownNotice={ownNotice}
      customFormKey={ownRecord ? `own-${ownRecord.id}` : 'custom'}
      customDraft={ownDraft ?? draftFromCustom(custom ?? EXAMPLE_CUSTOM)}
      customLinkProblem={decoded.problems[0]?.replace(/^custom electrolyte: /, '') ?? null}
      onCustomSubmit={(value) => set({ selected: null, classifierCustom: encodeCustomElectrolyte(value) })}
      outcome={outcome}
      isAgainstLithium={isAgainstLithium}
      comparison={comparison}
      techniques={index.techniques}
      observedTypeName={observedTypeName}
      onUseLithium={() => set({ classifierElectrode: null })}
      onEditAsCustom={() => editAsCustom(electrolyte)}
      liveText={liveText}
      headingRef={headingRef}
      rows={rows}
      cathodes={cathodes}
      cathode={cathode}
      onCathodeChange={chooseCathode}
      sort={sort}
      descending={descending}
      onSort={sortTable}
      onLoad={loadFromTable}
    />
  );
}
