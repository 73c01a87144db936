/**
 * The Stability windows view: reads the shared store and the knowledge base, derives
 * rows, electrodes and verdicts, and hands plain props to <Windows>.
 *
 * Shared keys read: `selected` (highlight; written on click), `query` (search highlight).
 * Own persisted keys: windowSources (wsrc), anode, cathode, anodeV (va), cathodeV (vc),
 * windowSort (wsort), windowClasses (wclass), windowTable (wtable). Transient: the marker
 * position during a drag (local until released).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WindowSort } from '../../charts/stability/layout';
import {
  classesIn,
  filterRows,
  ownStabilityRows,
  resolveSources,
  sourcesIn,
  stabilityRowsFromKb,
} from '../../domain/stability-rows';
import {
  coatingSummary,
  electrodePotentialBasis,
  electrodePotentialV,
  pickElectrode,
} from '../../domain/electrode-overlay';
import { useMaterial, useMaterialSearch } from '../../kb/hooks';
import { useKb } from '../../kb/kb-context';
import type { WindowSource } from '../../kb/schema';
import { useParam, useSelectedId, useSetParams } from '../../store/hooks';
import { useOwnMaterials } from '../../store/own-materials';
import { registerBenchHook, useBenchRows } from './bench-hook';
import { type ElectrodeChoice, Windows } from './Windows';

registerBenchHook();

/** Fallback potentials when the knowledge base has no electrode of a role (V vs Li/Li+). */
const FALLBACK_ANODE_V = 0;
const FALLBACK_CATHODE_V = 4.3;
/** Keyboard moves of a marker are written to the URL after this pause, not on every key repeat. */
const COMMIT_DELAY_MS = 350;

export default function WindowsContainer() {
  const { kb } = useKb();
  const benchRows = useBenchRows();
  const own = useOwnMaterials();
  const kbRows = useMemo(
    () => [...stabilityRowsFromKb(kb), ...ownStabilityRows(own.summaries)],
    [kb, own.summaries],
  );
  const allRows = benchRows ?? kbRows;

  const [sourceParam] = useParam('windowSources');
  const [classParam] = useParam('windowClasses');
  const [sort] = useParam('windowSort');
  const [showsTable] = useParam('windowTable');
  const [anodeId] = useParam('anode');
  const [cathodeId] = useParam('cathode');
  const [anodeParamV] = useParam('anodeV');
  const [cathodeParamV] = useParam('cathodeV');
  const [query] = useParam('query');
  const selectedId = useSelectedId();
  const setParams = useSetParams();

  const available = useMemo(() => sourcesIn(allRows), [allRows]);
  const sources = useMemo(() => resolveSources(sourceParam, available), [sourceParam, available]);
  const classes = useMemo(() => classesIn(allRows), [allRows]);
  const rows = useMemo(() => filterRows(allRows, classParam, sources), [allRows, classParam, sources]);

  // Electrodes and where their markers sit.
  const choices = useMemo(() => electrodeChoices(kb.electrodes), [kb.electrodes]);
  const anode = pickElectrode(kb.electrodes, 'anode', anodeId);
  const cathode = pickElectrode(kb.electrodes, 'cathode', cathodeId);
  const [draft, setDraft] = useState<{ anode: number | null; cathode: number | null }>({
    anode: null,
    cathode: null,
  });
  const ownAnodeV = (anode && electrodePotentialV(anode)) ?? FALLBACK_ANODE_V;
  const ownCathodeV = (cathode && electrodePotentialV(cathode)) ?? FALLBACK_CATHODE_V;
  const anodeV = draft.anode ?? anodeParamV ?? ownAnodeV;
  const cathodeV = draft.cathode ?? cathodeParamV ?? ownCathodeV;
  // Memoised so that the memoised parts of the view (controls, legend, summary, export) skip the
  // re-render a selection or hover causes.
  const anodeSpec = useMemo(
    () => markerSpec('anode', anode, anodeV, ownAnodeV, 'Li/Li⁺ reference'),
    [anode, anodeV, ownAnodeV],
  );
  const cathodeSpec = useMemo(
    () => markerSpec('cathode', cathode, cathodeV, ownCathodeV, '4.3 V cut-off'),
    [cathode, cathodeV, ownCathodeV],
  );
  const anodeChoices = useMemo(() => choices.filter((c) => c.role === 'anode'), [choices]);
  const cathodeChoices = useMemo(() => choices.filter((c) => c.role === 'cathode'), [choices]);
  const extraPotentials = useMemo(() => choices.map((c) => c.potentialV), [choices]);

  // Marker moves: live in local state, written to the URL at the end of a drag or after a pause.
  const timers = useRef<Record<'anode' | 'cathode', number | undefined>>({
    anode: undefined,
    cathode: undefined,
  });
  const commit = useCallback(
    (role: 'anode' | 'cathode', v: number, own: number) => {
      window.clearTimeout(timers.current[role]);
      const value = Math.abs(v - own) < 0.005 ? null : Math.round(v * 100) / 100;
      setParams(role === 'anode' ? { anodeV: value } : { cathodeV: value });
      setDraft((d) => ({ ...d, [role]: null }));
    },
    [setParams],
  );
  const onMarkerMove = useCallback(
    (role: 'anode' | 'cathode', v: number, phase: 'live' | 'end') => {
      const own = role === 'anode' ? ownAnodeV : ownCathodeV;
      setDraft((d) => ({ ...d, [role]: v }));
      window.clearTimeout(timers.current[role]);
      if (phase === 'end') commit(role, v, own);
      else timers.current[role] = window.setTimeout(() => commit(role, v, own), COMMIT_DELAY_MS);
    },
    [commit, ownAnodeV, ownCathodeV],
  );
  useEffect(() => {
    const t = timers.current;
    return () => {
      window.clearTimeout(t.anode);
      window.clearTimeout(t.cathode);
    };
  }, []);

  // Global search: highlight the matching materials.
  const searchIndex = useMaterialSearch();
  const highlightedIds = useMemo(() => {
    const q = query.trim();
    if (!q) return EMPTY_SET;
    const shown = new Set(rows.map((r) => r.id));
    return new Set(
      searchIndex
        .search(q, 500)
        .map((h) => h.recordId)
        .filter((id) => shown.has(id)),
    );
  }, [query, searchIndex, rows]);

  const summary = useMemo(
    () => coatingSummary(rows, sources, anodeV, cathodeV),
    [rows, sources, anodeV, cathodeV],
  );

  // Read through a ref so that the callback (and every memoised row holding it) stays the same
  // when the selection changes.
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const onSelect = useCallback(
    (id: string) => setParams({ selected: selectedRef.current === id ? null : id }),
    [setParams],
  );
  const onSourcesChange = useCallback(
    (next: WindowSource[]) => setParams({ windowSources: next.length === available.length ? [] : next }),
    [setParams, available.length],
  );
  const selectedMaterial = useMaterial(selectedId) ?? null;

  return (
    <Windows
      rows={rows}
      totalRows={allRows.length}
      sources={sources}
      availableSources={available}
      sort={sort as WindowSort}
      classes={classes}
      chosenClasses={classParam}
      showsTable={showsTable}
      anode={anodeSpec}
      cathode={cathodeSpec}
      anodeChoices={anodeChoices}
      cathodeChoices={cathodeChoices}
      extraPotentialsV={extraPotentials}
      selectedId={selectedId}
      selectedMaterial={selectedMaterial}
      query={query}
      highlightedIds={highlightedIds}
      summary={summary}
      isSynthetic={benchRows !== null}
      onSelect={onSelect}
      onMarkerMove={onMarkerMove}
      onChange={setParams}
      onSourcesChange={onSourcesChange}
    />
  );
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/** An electrode marker as the chart shows it: the electrode (if any) and where it sits now. */
function markerSpec(
  role: 'anode' | 'cathode',
  electrode: ReturnType<typeof pickElectrode>,
  potentialV: number,
  ownV: number,
  fallbackName: string,
) {
  return {
    role,
    id: electrode?.id ?? null,
    name: electrode?.name ?? fallbackName,
    potentialV,
    isMoved: potentialV !== ownV,
    basis: electrode ? electrodePotentialBasis(electrode) : undefined,
  };
}

function electrodeChoices(electrodes: ReturnType<typeof useKb>['kb']['electrodes']): ElectrodeChoice[] {
  return electrodes.flatMap((e) => {
    const v = electrodePotentialV(e);
    return v === null
      ? []
      : [{ id: e.id, name: e.name, role: e.role, potentialV: v, basis: electrodePotentialBasis(e) }];
  });
}
