import { loadLeakage } from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import { useKb } from '../../../kb/kb-context';
import { useModelViewProps } from '../hooks';
import { useElectrolyteChoice } from '../parts/ElectrolyteLoader';
import { LEAKAGE_KEYS, type LeakageMaterial, LeakageModel } from './LeakageModel';

/** The leakage model with its values, its electrolyte and the KB's electrolytes with a σ_e. */
export function LeakageModelContainer() {
  const { kb, index } = useKb();
  const view = useModelViewProps(LEAKAGE_KEYS);
  const { choice } = useElectrolyteChoice({
    materialKey: 'leakMaterial',
    loader: loadLeakage,
    resetKeys: ['leakElectronic', 'leakIonic'],
    optionLabel: (e) => (e.electronicConductivity ? e.name : `${e.name} (no σ_e in the knowledge base)`),
  });
  // Electrolytes with a measured/estimated σ_e, as the diagram would load it.
  const materials = kb.electrolytes.flatMap((e): LeakageMaterial[] => {
    const sigma = loadLeakage(e, index).values.find((v) => v.key === 'leakElectronic');
    return sigma && e.electronicConductivity
      ? [{ id: e.id, label: shortName(e), sigmaSPerCm: sigma.value }]
      : [];
  });
  return <LeakageModel {...view} electrolyte={choice} materials={materials} />;
}
