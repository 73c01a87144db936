import { fracturePlotInput, fractureScene } from '../../../charts/interphase-fracture/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  CRITICAL_INTERPHASE_THICKNESS_EQUATION_TEX,
  FRONT_STRESS_EQUATION_TEX,
  INTERPHASE_FRACTURE_EQUATION_TEX,
  interphaseFracture,
  interphaseFractureSchematic,
  sampleStressIntensityVsInterphaseThickness,
} from '../../../domain/models';
import { ElectrolyteLoader } from '../parts/ElectrolyteLoader';
import type { KbChoice } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps, um } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const FRACTURE_KEYS = MODEL_KEYS.fracture;

/** What the interphase-fracture view shows besides the slider values. */
export interface FractureModelProps extends ModelViewProps<(typeof FRACTURE_KEYS)[number]> {
  /** The "load electrolyte" choice. */
  electrolyte: KbChoice;
  /** Short name of the chosen electrolyte, or null when none is chosen. */
  materialName: string | null;
}

/** Interphase expansion putting the electrolyte in tension: the uniform layer and a nonuniform front. */
export function FractureModel({
  values,
  onParamChange,
  isReference,
  electrolyte,
  materialName,
}: FractureModelProps) {
  const name = materialName ?? 'the electrolyte';
  const base = {
    volumeChangePct: values.fractureVolumeChange,
    interphaseYoungsModulusGPa: values.fractureModulus,
    interphasePoissonRatio: values.fracturePoisson,
    electrolyteYoungsModulusGPa: values.fractureElectrolyteModulus,
    electrolyteThicknessM: values.fractureElectrolyteThickness,
    fractureToughnessMPaSqrtM: values.fractureToughness,
    flawDepthM: values.fractureFlaw,
    substrateStressFactor: values.fractureFactor,
  };
  const input = { ...base, interphaseThicknessM: values.fractureThickness };
  const result = interphaseFracture(input);
  const schematic = interphaseFractureSchematic(input);
  const curve =
    base.volumeChangePct > 0
      ? sampleStressIntensityVsInterphaseThickness(base, {
          minM: 1e-8,
          maxM: values.fractureElectrolyteThickness / 2,
        })
      : null;

  let figures = null;
  let verdict = <Verdict tone="neutral" headline="" error={firstError([result, schematic, curve])} />;
  if (result.ok && schematic.ok && (curve === null || curve.ok)) {
    const v = result.value;
    figures = (
      <>
        {curve?.ok ? (
          <MechFigure caption="Stress intensity at a flaw in the electrolyte against interphase thickness (uniform layer), with K_Ic and the value ahead of a nonuniform interphase front.">
            <XyPlot
              input={fracturePlotInput({
                curve: curve.value,
                interphaseThicknessM: values.fractureThickness,
                stressIntensityMPaSqrtM: v.stressIntensityMPaSqrtM,
                frontStressIntensityMPaSqrtM: v.frontStressIntensityMPaSqrtM,
                fractureToughnessMPaSqrtM: values.fractureToughness,
                criticalInterphaseThicknessM: v.criticalInterphaseThicknessM,
              })}
              title="Stress intensity against interphase thickness"
              description={`K rises in proportion to h. At h = ${um(values.fractureThickness)}, K = ${formatNumber(v.stressIntensityMPaSqrtM, 3)} MPa·m½ against K_Ic = ${formatNumber(values.fractureToughness, 3)}; at a nonuniform front K = ${formatNumber(v.frontStressIntensityMPaSqrtM, 3)}.`}
            />
          </MechFigure>
        ) : (
          <p className="mech-note">
            A shrinking interphase does not put the electrolyte in tension: no curve to plot.
          </p>
        )}
        <MechFigure caption="Li | interphase | electrolyte: the interphase wants to expand, is held in compression, and pulls the electrolyte beneath into tension (interphase thickness on a log scale).">
          <Scene scene={fractureScene(schematic.value)} />
        </MechFigure>
      </>
    );
    const headline =
      v.verdict === 'cracks'
        ? `The electrolyte cracks: a ${um(values.fractureThickness)} interphase puts ${formatNumber(v.substrateStressMPa, 3)} MPa of tension on it, and K = ${formatNumber(v.stressIntensityMPaSqrtM, 3)} ≥ K_Ic.`
        : v.verdict === 'cracks-at-nonuniform-front'
          ? `A uniform ${um(values.fractureThickness)} layer is not enough (K = ${formatNumber(v.stressIntensityMPaSqrtM, 3)} < K_Ic), but ahead of a nonuniform interphase front the electrolyte cracks (K = ${formatNumber(v.frontStressIntensityMPaSqrtM, 3)} at a ${um(values.fractureFlaw)} flaw).`
          : `${name} holds: K = ${formatNumber(v.stressIntensityMPaSqrtM, 3)} stays below K_Ic = ${formatNumber(values.fractureToughness, 3)} MPa·m½, even at a nonuniform front.`;
    verdict = (
      <Verdict tone={v.verdict === 'intact' ? 'ok' : 'danger'} headline={headline} warnings={result.warnings}>
        <p>
          The interphase would expand by a linear strain of {formatNumber(v.misfitStrain * 100, 3)} %; held to
          the electrolyte it carries {formatNumber(Math.abs(v.filmStressMPa), 3)} MPa of{' '}
          {v.filmStressMPa <= 0 ? 'compression' : 'tension'}.{' '}
          {v.criticalInterphaseThicknessM !== null
            ? `A uniform interphase cracks the electrolyte once it is ${um(v.criticalInterphaseThicknessM)} thick.`
            : ''}{' '}
          {v.frontCriticalFlawDepthM !== null
            ? `Ahead of a nonuniform front the electrolyte is loaded like the matrix around a misfitting sphere of interphase: its hoop tension is half the inclusion pressure, ${formatNumber(v.frontStressMPa, 3)} MPa here (a third of |σ_f| when both have the same stiffness), which cracks flaws deeper than ${um(v.frontCriticalFlawDepthM)}.`
            : ''}{' '}
          This is what Tippens et al. saw in LAGP: the expanding interphase fractures the electrolyte and the
          cell resistance rises <Cite refs={['tippens-2019', 'lewis-2019'].filter(isReference)} />.
        </p>
      </Verdict>
    );
  }

  return (
    <ModelSection
      id="model-fracture"
      title="Interphase expansion cracks the electrolyte (the LAGP case)"
      intro={
        <p>
          The interphase usually takes up more volume than the electrolyte it replaces. Bonded to the
          electrolyte, it is squeezed, and the electrolyte beneath is pulled into tension that opens its
          flaws.
        </p>
      }
      controls={
        <>
          <ElectrolyteLoader choice={electrolyte} current={values} />
          <ParamList keys={FRACTURE_KEYS} values={values} onChange={onParamChange} />
        </>
      }
      figures={figures}
      equation={
        <>
          <Equation tex={INTERPHASE_FRACTURE_EQUATION_TEX} label="Misfit, film stress and stress intensity" />
          <Equation tex={CRITICAL_INTERPHASE_THICKNESS_EQUATION_TEX} label="Critical interphase thickness" />
          <Equation
            tex={FRONT_STRESS_EQUATION_TEX}
            label="Tension ahead of a nonuniform front (misfitting sphere)"
          />
        </>
      }
      verdict={verdict}
    />
  );
}
