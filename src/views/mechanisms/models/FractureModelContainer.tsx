import { loadFracture } from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import { useModelViewProps } from '../hooks';
import { useElectrolyteChoice } from '../parts/ElectrolyteLoader';
import { FRACTURE_KEYS, FractureModel } from './FractureModel';

/** The interphase-fracture model with its values and its electrolyte from the store and the KB. */
export function FractureModelContainer() {
  const view = useModelViewProps(FRACTURE_KEYS);
  const { choice, material } = useElectrolyteChoice({
    materialKey: 'fractureMaterial',
    loader: loadFracture,
    resetKeys: ['fractureToughness', 'fractureVolumeChange'],
    resetFirst: true,
    optionLabel: (e, idx) => (loadFracture(e, idx).values.length > 0 ? e.name : `${e.name} (defaults only)`),
  });
  return (
    <FractureModel {...view} electrolyte={choice} materialName={material ? shortName(material) : null} />
  );
}
