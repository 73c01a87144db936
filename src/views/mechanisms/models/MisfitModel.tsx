import { misfitScene, sizeEffectPlotInput, stiffnessPlotInput } from '../../../charts/misfit/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  type ActiveParticlePreset,
  CRITICAL_RADIUS_EQUATION_TEX,
  MATRIX_PRESETS,
  type MatrixPreset,
  MISFIT_SPHERE_EQUATION_TEX,
  type MisfitSphereInput,
  misfitSphere,
  misfitSphereSchematic,
  sampleInterfaceStressVsMatrixModulus,
  sampleMatrixStrengthVsParticleRadius,
} from '../../../domain/models';
import { type KbChoice, KbPicker } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps, mpa, um } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const MISFIT_KEYS = MODEL_KEYS.misfit;

/** One side of the misfit (particle or matrix): the picker choice, the short name and the model preset. */
export interface MisfitSide<P> {
  choice: KbChoice;
  /** Short name of the chosen material, or null when none is chosen. */
  name: string | null;
  /** The model preset behind the values the knowledge base lacks (Poisson's ratio). */
  preset: P;
}

/** What the misfitting-particle view shows besides the slider values. */
export interface MisfitModelProps extends ModelViewProps<(typeof MISFIT_KEYS)[number]> {
  particle: MisfitSide<ActiveParticlePreset>;
  matrix: MisfitSide<MatrixPreset>;
}

/** A particle changing volume in the electrolyte: delamination on contraction, matrix cracking on expansion. */
export function MisfitModel({ values, onParamChange, isReference, particle, matrix }: MisfitModelProps) {
  const particlePreset = particle.preset;
  const matrixPreset = matrix.preset;
  const input: MisfitSphereInput = {
    volumeChangePct: values.misfitVolumeChange,
    particleRadiusM: values.misfitRadius,
    particleYoungsModulusGPa: values.misfitParticleModulus,
    particlePoissonRatio: particlePreset.poissonRatio,
    matrixYoungsModulusGPa: values.misfitMatrixModulus,
    matrixPoissonRatio: matrixPreset.poissonRatio,
    matrixFractureToughnessMPaSqrtM: values.misfitToughness,
    interfaceStrengthMPa: values.misfitStrength,
  };
  const result = misfitSphere(input);
  const schematic = misfitSphereSchematic(input);
  const { particleRadiusM: _r, ...noRadius } = input;
  const { matrixYoungsModulusGPa: _e, ...noModulus } = input;
  const sizeCurve = sampleMatrixStrengthVsParticleRadius(noRadius);
  const stiffCurve = sampleInterfaceStressVsMatrixModulus(noModulus);
  const refMatrices = [MATRIX_PRESETS.argyrodite, MATRIX_PRESETS.llzo].map((m, i) => {
    const r = misfitSphere({
      ...input,
      matrixYoungsModulusGPa: m.youngsModulusGPa,
      matrixPoissonRatio: m.poissonRatio,
    });
    return {
      id: `ref${i}`,
      label: m.label,
      modulusGPa: m.youngsModulusGPa,
      radialStressMPa: r.ok ? r.value.radialStressMPa : 0,
    };
  });
  const particleName = particle.name ?? 'the particle';
  const matrixName = matrix.name ?? matrixPreset.label;

  let figures = null;
  let verdict = (
    <Verdict tone="neutral" headline="" error={firstError([result, schematic, sizeCurve, stiffCurve])} />
  );
  if (result.ok && schematic.ok && sizeCurve.ok && stiffCurve.ok) {
    const v = result.value;
    figures = (
      <>
        <MechFigure caption="Particle in the electrolyte matrix: the dashed circle is its size at fabrication; strain drawn ×4.">
          <Scene scene={misfitScene(schematic.value)} />
        </MechFigure>
        <MechFigure caption="Compliant against stiff: the radial stress at the interface for the same misfit, across matrix moduli (sulfides left, oxides right). Above the red line the interface delaminates.">
          <XyPlot
            input={stiffnessPlotInput({
              curve: stiffCurve.value,
              matrixModulusGPa: values.misfitMatrixModulus,
              radialStressMPa: v.radialStressMPa,
              interfaceStrengthMPa: values.misfitStrength,
              references: refMatrices,
            })}
            title="Interface stress against matrix stiffness"
            description={`For ΔV/V = ${formatNumber(values.misfitVolumeChange, 3)} %: ${refMatrices.map((r) => `${r.label} ${mpa(r.radialStressMPa)}`).join(', ')}; your matrix ${mpa(v.radialStressMPa)} against an interfacial strength of ${mpa(values.misfitStrength)}.`}
          />
        </MechFigure>
        <MechFigure caption="Size effect: the matrix strength falls with particle size (flaws scale with the particle) while the hoop stress does not; they cross at the critical radius.">
          <XyPlot
            input={sizeEffectPlotInput({
              curve: sizeCurve.value,
              particleRadiusM: values.misfitRadius,
              matrixStrengthMPa: v.matrixStrengthMPa,
              hoopStressMPa: v.hoopStressMPa,
              criticalRadiusM: v.criticalRadiusM,
              isExpansion: v.mode === 'expansion',
            })}
            title="Matrix strength against particle radius"
            description={`Strength at a = ${um(values.misfitRadius)}: ${mpa(v.matrixStrengthMPa)}; hoop stress ${mpa(v.hoopStressMPa)}${v.criticalRadiusM !== null ? `; critical radius ${um(v.criticalRadiusM)}` : ''}.`}
          />
        </MechFigure>
      </>
    );
    const headline =
      v.verdict === 'delamination'
        ? `${particleName} shrinks and pulls on the interface with ${mpa(v.radialStressMPa)} — more than its ${mpa(values.misfitStrength)} strength: it delaminates, leaving a gap.`
        : v.verdict === 'matrix-cracking'
          ? `${particleName} swells: the matrix around it is in ${mpa(v.hoopStressMPa)} of hoop tension, above the ${mpa(v.matrixStrengthMPa)} it can bear with flaws of ${um(v.flawSizeM)}: the matrix cracks.`
          : v.mode === 'contraction'
            ? `${particleName} shrinks, but the ${mpa(v.radialStressMPa)} pull stays below the interfacial strength: it stays bonded.`
            : v.mode === 'expansion'
              ? `${particleName} swells, but the ${mpa(v.hoopStressMPa)} hoop tension stays below the matrix strength of ${mpa(v.matrixStrengthMPa)}: the matrix holds.`
              : 'No volume change, no stress.';
    verdict = (
      <Verdict tone={v.verdict === 'intact' ? 'ok' : 'danger'} headline={headline} warnings={result.warnings}>
        <p>
          {v.mode === 'expansion' && v.criticalRadiusM !== null
            ? `Particles smaller than ${um(v.criticalRadiusM)} would not crack this matrix. `
            : ''}
          {v.mode === 'contraction'
            ? 'On contraction the matrix hoop direction is compressed, so the risk is delamination, not matrix cracking. '
            : ''}
          A compliant sulfide matrix (
          {matrixName === MATRIX_PRESETS.argyrodite.label ? 'as here' : 'Li₆PS₅Cl'}, ≈ 20 GPa) feels several
          times less stress than a stiff oxide (LLZO, ≈ 150 GPa) for the same misfit, but it is also less
          tough. NMC particles detached from Li₃PS₄ on the first charge in this way{' '}
          <Cite refs={['koerver-2017a', 'bucci-2018'].filter(isReference)} />.
        </p>
      </Verdict>
    );
  }

  return (
    <ModelSection
      id="model-misfit"
      title="A misfitting particle in the electrolyte: delamination or cracking"
      intro={
        <p>
          Active particles change volume as they (de)lithiate, but the electrolyte around them does not.
          Contraction pulls the interface apart; expansion puts the surrounding matrix in hoop tension{' '}
          <Cite refs={['bucci-2017', 'koerver-2018'].filter(isReference)} />.
        </p>
      }
      controls={
        <>
          <KbPicker
            label="Particle: active material from the knowledge base"
            {...particle.choice}
            current={values}
          />
          <KbPicker label="Matrix: electrolyte from the knowledge base" {...matrix.choice} current={values} />
          <ParamList keys={MISFIT_KEYS} values={values} onChange={onParamChange} />
          <p className="param-hint">
            Poisson's ratios: particle {particlePreset.poissonRatio}, matrix {matrixPreset.poissonRatio}{' '}
            (model presets). Flaw size in the matrix c = a/10 (an assumption).
          </p>
        </>
      }
      figures={figures}
      equation={
        <>
          <Equation tex={MISFIT_SPHERE_EQUATION_TEX} label="Misfit strain and interface stresses" />
          <Equation tex={CRITICAL_RADIUS_EQUATION_TEX} label="Matrix strength and critical radius" />
        </>
      }
      verdict={verdict}
    />
  );
}
