import { loadGrowth } from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import { useMechanismParam, useModelViewProps, useSetMechanismParams } from '../hooks';
import { useElectrolyteChoice } from '../parts/ElectrolyteLoader';
import { GROWTH_KEYS, GrowthModel } from './GrowthModel';

/** The interphase-growth model with its values, interface type and electrolyte from the store and the KB. */
export function GrowthModelContainer() {
  const view = useModelViewProps(GROWTH_KEYS);
  const growthType = useMechanismParam('growthType');
  const setParams = useSetMechanismParams();
  const { choice, material } = useElectrolyteChoice({
    materialKey: 'growthMaterial',
    loader: loadGrowth,
    resetKeys: ['growthDrivingForce', 'growthMolarVolume'],
    optionLabel: (e) =>
      e.interfaceWithLi ? `${e.name} (type ${e.interfaceWithLi.type})` : `${e.name} (type not recorded)`,
  });
  return (
    <GrowthModel
      {...view}
      electrolyte={choice}
      materialName={material ? shortName(material) : null}
      growthType={growthType}
      onGrowthTypeChange={(type) => setParams({ growthType: type })}
    />
  );
}
