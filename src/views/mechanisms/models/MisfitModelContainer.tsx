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
import { materialLoadPatch } from '../parts/ElectrolyteLoader';
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
        choice: {
          options: particleOptions(index).map((e) => ({ id: e.id, label: `${e.name} (${e.role})` })),
          value: particleId,
          onChange: (id) => {
            const e = id ? index.electrodes.get(id) : undefined;
            setParams(
              materialLoadPatch('misfitParticle', id, e ? loadParticle(e) : null, [
                'misfitVolumeChange',
                'misfitParticleModulus',
              ]),
            );
          },
          load: particle ? loadParticle(particle) : null,
        },
      }}
      matrix={{
        name: matrix ? shortName(matrix) : null,
        preset: matrixPresetFor(matrix ?? null),
        choice: {
          options: matrixOptions(index).map((e) => ({ id: e.id, label: `${e.name} (${e.class})` })),
          value: matrixId,
          onChange: (id) => {
            const e = id ? index.electrolytes.get(id) : undefined;
            setParams(
              materialLoadPatch('misfitMatrix', id, e ? loadMatrix(e, index) : null, [
                'misfitMatrixModulus',
                'misfitToughness',
              ]),
            );
          },
          load: matrix ? loadMatrix(matrix, index) : null,
        },
      }}
    />
  );
}
