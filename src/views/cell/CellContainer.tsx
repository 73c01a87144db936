/**
 * The Cell view's container: reads the two design keys of the URL (`cell`, `cellb`) and the
 * knowledge base, decodes and assesses each design, and writes a changed design back as its link
 * string. Shared keys read: none. Own persisted keys: cellDesign (cell), cellCompare (cellb).
 */
import { useMemo } from 'react';
import {
  assessCell,
  type CellDesign,
  cathodeCutoffV,
  DEFAULT_DESIGN,
  decodeDesign,
  encodeDesign,
  isSameDesign,
} from '../../domain/cell';
import { shortName } from '../../domain/materials';
import { readCellDesigns } from '../../kb/cell-designs';
import { useKb } from '../../kb/kb-context';
import type { Reference } from '../../kb/schema';
import { useParam, useSetParams } from '../../store/hooks';
import { useOwnMaterials } from '../../store/own-materials';
import { Cell } from './Cell';
import type { DesignOptions } from './parts/DesignForm';
import type { DesignPanelData } from './parts/DesignPanel';

const PRESETS = readCellDesigns();

/** The link string of a design: empty for the default design, so a plain /cell link stays short. */
function textOf(d: CellDesign): string {
  return isSameDesign(d, DEFAULT_DESIGN) ? '' : encodeDesign(d);
}

export default function CellContainer() {
  const { kb, index } = useKb();
  const [textA] = useParam('cellDesign');
  const [textB] = useParam('cellCompare');
  const setParams = useSetParams();
  // The user's own electrolytes can be layers of a design (marked "yours"); the assessment reads
  // them with the knowledge base's through one index.
  const own = useOwnMaterials();
  const isOwnLoading = own.isPending;
  const ownElectrolytes = own.electrolytes;
  const cellIndex = useMemo(
    () =>
      ownElectrolytes.length === 0
        ? index
        : {
            ...index,
            electrolytes: new Map([...index.electrolytes, ...ownElectrolytes.map((e) => [e.id, e] as const)]),
          },
    [index, ownElectrolytes],
  );

  const options: DesignOptions = useMemo(() => {
    const opt = (r: { id: string; name: string; formula: string; aliases: readonly string[] }) => ({
      id: r.id,
      label: `${shortName(r)}${shortName(r) !== r.name ? ` (${r.name})` : ''}`,
    });
    return {
      anodes: kb.electrodes.filter((e) => e.role === 'anode').map(opt),
      cathodes: kb.electrodes.filter((e) => e.role === 'cathode').map(opt),
      electrolytes: [
        ...kb.electrolytes.map(opt),
        ...ownElectrolytes.map((e) => ({ id: e.id, label: `${e.name} (yours)` })),
      ],
      coatings: kb.phases.filter((p) => p.kind === 'coating').map(opt),
    };
  }, [kb, ownElectrolytes]);

  const slots = useMemo(() => {
    const entries: { slot: 'A' | 'B'; text: string }[] = [{ slot: 'A', text: textA }];
    if (textB !== '') entries.push({ slot: 'B', text: textB });
    return entries.map(({ slot, text }) => {
      const decoded = decodeDesign(text);
      const outcome = assessCell(decoded.design, cellIndex);
      const prefix = slot === 'A' ? (textB !== '' ? 'design A: ' : '') : 'design B: ';
      return { slot, decoded, outcome, prefix };
    });
  }, [textA, textB, cellIndex]);

  const problems = slots.flatMap((s) => [
    ...s.decoded.problems.map((p) => `${s.prefix}${p}`),
    ...(s.outcome.ok && !isOwnLoading ? s.outcome.problems.map((p) => `${s.prefix}${p}`) : []),
  ]);
  const notes = slots.flatMap((s) => (s.outcome.ok ? s.outcome.notes.map((n) => `${s.prefix}${n}`) : []));
  // While the user's own materials are being read, a design naming one is not "unknown" yet.
  const errors = isOwnLoading
    ? []
    : slots.flatMap((s) => (s.outcome.ok ? [] : [`${s.prefix}${s.outcome.error}`]));
  const panels: DesignPanelData[] = slots.flatMap((s) => {
    if (!s.outcome.ok) return [];
    const { resolved, assessment } = s.outcome;
    const refIds = [...new Set(assessment.risks.flatMap((r) => r.refs))];
    const label = [
      shortName(resolved.anode),
      resolved.electrolytes.map(shortName).join(' / '),
      `${resolved.coating ? `${shortName(resolved.coating)}-coated ` : ''}${shortName(resolved.cathode)}`,
    ].join(' | ');
    return [
      {
        slot: s.slot,
        design: resolved.design,
        resolved,
        assessment,
        label,
        ownCutoffV: cathodeCutoffV(resolved.cathode)?.potentialV ?? null,
        references: refIds.map((id) => index.references.get(id)).filter((r): r is Reference => !!r),
      },
    ];
  });

  const keyOf = (slot: 'A' | 'B') => (slot === 'A' ? 'cellDesign' : 'cellCompare');
  const write = (slot: 'A' | 'B', d: CellDesign) => {
    // Design B must stay non-empty while comparing, or it would vanish; A may fall back to ''.
    setParams({ [keyOf(slot)]: slot === 'A' ? textOf(d) : encodeDesign(d) });
  };
  return (
    <Cell
      panels={panels}
      problems={problems}
      notes={notes}
      error={errors.length > 0 ? errors.join(' ') : null}
      presets={PRESETS.designs}
      options={options}
      onChange={write}
      onPreset={(slot, id) => {
        const preset = PRESETS.designs.find((p) => p.id === id);
        if (preset) write(slot, decodeDesign(preset.design).design);
      }}
      onCompare={() => {
        const a = panels[0]?.design ?? DEFAULT_DESIGN;
        setParams({ cellCompare: encodeDesign(a) });
      }}
      onStopCompare={() => setParams({ cellCompare: '' })}
    />
  );
}
