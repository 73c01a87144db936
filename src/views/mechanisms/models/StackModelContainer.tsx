import {
  type KbLoad,
  type StackLayer,
  stackLayerOf,
  stackOptions,
} from '../../../domain/mechanism-kb-values';
import { measurementsOf } from '../../../domain/mechanism-measurements';
import { useKb } from '../../../kb/kb-context';
import type { Electrode } from '../../../kb/schema';
import { useMechanismParam, useModelViewProps, useSetMechanismParams } from '../hooks';
import { STACK_KEYS, StackModel } from './StackModel';

/** Defaults when no electrode is chosen: the In vs LTO comparison of Zhang et al. 2017, against LCO. */
export const STACK_DEFAULT_IDS = { anodeA: 'indium', anodeB: 'lto', cathode: 'lco' } as const;

/** A layer's source, shown under its picker as a loaded note. */
function asLoad(layer: StackLayer): KbLoad {
  return {
    values: [],
    notes: [
      {
        text: `${layer.source.text}${layer.source.note ? `; ${layer.source.note}` : ''}`.replace(/\.*$/, '.'),
        refs: layer.source.refs,
      },
    ],
  };
}

/** The stack-pressure model with its values, its electrodes and the measured changes from the store and the KB. */
export function StackModelContainer() {
  const { kb, index } = useKb();
  const view = useModelViewProps(STACK_KEYS);
  const setParams = useSetMechanismParams();
  const ids = {
    anodeA: useMechanismParam('stackAnodeA'),
    anodeB: useMechanismParam('stackAnodeB'),
    cathode: useMechanismParam('stackCathode'),
  };
  const { anodes, cathodes } = stackOptions(index);
  const pick = (id: string | null, list: Electrode[], fallback: string) =>
    list.find((e) => e.id === id) ?? list.find((e) => e.id === fallback) ?? list[0];
  const anodeA = pick(ids.anodeA, anodes, STACK_DEFAULT_IDS.anodeA);
  const anodeB = pick(ids.anodeB, anodes, STACK_DEFAULT_IDS.anodeB);
  const cathode = pick(ids.cathode, cathodes, STACK_DEFAULT_IDS.cathode);
  if (!anodeA || !anodeB || !cathode) return <StackModel {...view} electrodes={null} measured={[]} />;
  const layers = { a: stackLayerOf(anodeA), b: stackLayerOf(anodeB), c: stackLayerOf(cathode) };
  const anodeOptions = anodes.map((e) => ({ id: e.id, label: e.name }));
  // Measured changes of a cell with one of the two anodes against this cathode.
  const measured = measurementsOf(kb.mechanisms, 'stack-pressure-change').filter(
    (m) =>
      m.measurement.materials.includes(cathode.id) &&
      (m.measurement.materials.includes(anodeA.id) || m.measurement.materials.includes(anodeB.id)),
  );
  return (
    <StackModel
      {...view}
      electrodes={{
        ...layers,
        isLcoCathode: cathode.id === 'lco',
        choices: {
          a: {
            options: anodeOptions,
            value: anodeA.id,
            onChange: (id) => setParams({ stackAnodeA: id }),
            load: asLoad(layers.a),
          },
          b: {
            options: anodeOptions,
            value: anodeB.id,
            onChange: (id) => setParams({ stackAnodeB: id }),
            load: asLoad(layers.b),
          },
          c: {
            options: cathodes.map((e) => ({ id: e.id, label: e.name })),
            value: cathode.id,
            onChange: (id) => setParams({ stackCathode: id }),
            load: asLoad(layers.c),
          },
        },
      }}
      measured={measured}
    />
  );
}
