import { measurementsOf } from '../../../domain/mechanism-measurements';
import { loadFlaw } from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import { useKb } from '../../../kb/kb-context';
import { useModelViewProps } from '../hooks';
import { useElectrolyteChoice } from '../parts/ElectrolyteLoader';
import { FLAW_KEYS, FlawModel } from './FlawModel';

/** The flaw model with its values, its electrolyte and the measured CCDs from the store and the KB. */
export function FlawModelContainer() {
  const { kb } = useKb();
  const view = useModelViewProps(FLAW_KEYS);
  const { choice, material } = useElectrolyteChoice({
    materialKey: 'flawMaterial',
    loader: loadFlaw,
    resetKeys: ['flawToughness'],
    optionLabel: (e, idx) =>
      loadFlaw(e, idx).values.length > 0 ? e.name : `${e.name} (no K_Ic in the knowledge base)`,
  });
  // Measured CCDs of the chosen electrolyte and its variants, or of every electrolyte when none is chosen.
  const family = material ? [material.id, material.variantOf ?? material.id] : undefined;
  return (
    <FlawModel
      {...view}
      electrolyte={choice}
      materialName={material ? shortName(material) : null}
      measured={measurementsOf(kb.mechanisms, 'critical-current-density', family)}
    />
  );
}
