import {
  loadMatrix,
  loadParticle,
  matrixOptions,
  matrixPresetFor,
  particleOptions,
  particlePresetFor,
} from '../../../domain/mechanism-kb-values';
import { shortName } from '../../../domain/materials';
import { useKb } from '../../../kb/kb-context';
import { useMechanismParam, useModelViewProps, useSetMechanismParams } from '../hooks';
import { materialChoice } from '../parts/ElectrolyteLoader';
import { MISFIT_KEYS, MisfitModel } from './MisfitModel';

/** The misfitting-particle model with its values, particle and matrix from the store and the KB. */
export function MisfitModelContainer() {
  const { index } = useKb();
  const view = useModelViewProps(MISFIT_KEYS);
  const particleId = useMechanismParam('misfitParticle');
  const matrixId = useMechanismParam('misfitMatrix');
  const setParams = useSetMechanismParams();
  const particle = particleId ? index.electrodes.get(particleId) : undefined;
  const matrix = matrixId ? index.electrolytes.get(matrixId) : undefined;
  return (
    <MisfitModel
      {...view}
      particle={{
        name: particle ? shortName(particle) : null,
        preset: particlePresetFor(particle ?? null),
        choice: materialChoice({
          materialKey: 'misfitParticle',
          id: particleId,
          find: (id) => index.electrodes.get(id),
          options: particleOptions(index).map((e) => ({ id: e.id, label: `${e.name} (${e.role})` })),
          loader: loadParticle,
          resetKeys: ['misfitVolumeChange', 'misfitParticleModulus'],
          setParams,
        }),
      }}
      matrix={{
        name: matrix ? shortName(matrix) : null,
        preset: matrixPresetFor(matrix ?? null),
        choice: materialChoice({
          materialKey: 'misfitMatrix',
          id: matrixId,
          find: (id) => index.electrolytes.get(id),
          options: matrixOptions(index).map((e) => ({ id: e.id, label: `${e.name} (${e.class})` })),
          loader: (e) => loadMatrix(e, index),
          resetKeys: ['misfitMatrixModulus', 'misfitToughness'],
          setParams,
        }),
      }}
    />
  );
}
