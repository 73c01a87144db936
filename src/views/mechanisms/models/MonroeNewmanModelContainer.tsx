import type { MnEntry } from '../../../charts/monroe-newman/layout';
import { loadMonroeNewman, shearModulusOf } from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import type { KbIndex } from '../../../kb/load';
import { useKb } from '../../../kb/kb-context';
import type { Electrolyte } from '../../../kb/schema';
import { useModelViewProps } from '../hooks';
import { useElectrolyteChoice } from '../parts/ElectrolyteLoader';
import { MN_KEYS, MonroeNewmanModel } from './MonroeNewmanModel';

/** Every electrolyte of the KB on the ratio, or in the list of those without a modulus. */
export function monroeNewmanEntries(
  electrolytes: readonly Electrolyte[],
  index: KbIndex,
  lithiumShearModulusGPa: number,
): { placed: MnEntry[]; unplaced: Electrolyte[] } {
  const placed: MnEntry[] = [];
  const unplaced: Electrolyte[] = [];
  for (const e of electrolytes) {
    const g = shearModulusOf(e, index);
    if (!g) {
      unplaced.push(e);
      continue;
    }
    placed.push({
      id: e.id,
      label: shortName(e),
      ratio: g.gpa / lithiumShearModulusGPa,
      ratioLow: g.low / lithiumShearModulusGPa,
      ratioHigh: g.high / lithiumShearModulusGPa,
      isFilamentObserved: e.filaments?.observed ?? null,
      isEstimated: g.isEstimated,
    });
  }
  return { placed, unplaced };
}

/** The Monroe–Newman diagram with its values, its electrolyte and the KB's electrolytes placed on it. */
export function MonroeNewmanModelContainer() {
  const { kb, index } = useKb();
  const view = useModelViewProps(MN_KEYS);
  const { choice, material } = useElectrolyteChoice({
    materialKey: 'mnMaterial',
    loader: loadMonroeNewman,
    resetKeys: ['mnShearModulus'],
    optionLabel: (e, idx) =>
      shearModulusOf(e, idx) ? e.name : `${e.name} (no modulus in the knowledge base)`,
  });
  const { placed, unplaced } = monroeNewmanEntries(kb.electrolytes, index, view.values.mnLithiumShearModulus);
  return (
    <MonroeNewmanModel
      {...view}
      electrolyte={choice}
      material={
        material
          ? {
              id: material.id,
              name: shortName(material),
              isFilamentObserved: material.filaments?.observed ?? null,
            }
          : null
      }
      placed={placed}
      unplacedNames={unplaced.map((e) => shortName(e))}
    />
  );
}
