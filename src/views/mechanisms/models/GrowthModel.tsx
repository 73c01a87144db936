import { useId } from 'react';
import { growthPlotInput, growthScene, H_PER_S } from '../../../charts/interphase-growth/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  INTERPHASE_ASR_EQUATION_TEX,
  type InterphaseGrowthInput,
  interphaseGrowth,
  interphaseGrowthSchematic,
  logSpace,
  type ModelResult,
  mapResult,
  PARABOLIC_GROWTH_EQUATION_TEX,
  type Point,
  SELF_LIMITING_GROWTH_EQUATION_TEX,
  sampleCurve,
} from '../../../domain/models';
import { GROWTH_TIME_PARAM } from '../../../domain/mechanism-specs';
import { ElectrolyteLoader } from '../parts/ElectrolyteLoader';
import type { KbChoice } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const GROWTH_KEYS = MODEL_KEYS.growth;

/** Thickness or ASR at log-spaced times across the slider's time range. */
function sampleOverTime(
  input: InterphaseGrowthInput,
  pick: 'thicknessM' | 'asrOhmCm2',
): ModelResult<Point[]> {
  return sampleCurve(logSpace(GROWTH_TIME_PARAM.min, GROWTH_TIME_PARAM.max, 81), (t) =>
    mapResult(interphaseGrowth(input, t), (v) => v[pick]),
  );
}

const hours = (s: number) => `${formatNumber(s * H_PER_S, 3)} h`;
const thick = (m: number) => (m < 1e-6 ? `${formatNumber(m * 1e9, 3)} nm` : `${formatNumber(m * 1e6, 3)} µm`);

/** What the interphase-growth view shows besides the slider values. */
export interface GrowthModelProps extends ModelViewProps<(typeof GROWTH_KEYS)[number]> {
  /** The "load electrolyte" choice. */
  electrolyte: KbChoice;
  /** Short name of the chosen electrolyte, or null when none is chosen. */
  materialName: string | null;
  /** The interface type shown in the verdict and schematic, as stored ('2' or '3'; else type 2). */
  growthType: string | null;
  /** Called when the user picks the interface type. */
  onGrowthTypeChange: (type: '2' | '3') => void;
}

/** Type 2 (parabolic) against type 3 (self-limiting) interphase growth, thickness and resistance. */
export function GrowthModel({
  values,
  onParamChange,
  isReference,
  electrolyte,
  materialName,
  growthType: typeText,
  onGrowthTypeChange,
}: GrowthModelProps) {
  const radioName = useId();
  const chosenType: 2 | 3 = typeText === '3' ? 3 : 2;
  const name = materialName ?? 'the electrolyte';

  const type2: InterphaseGrowthInput = {
    interfaceType: 2,
    ionicConductivitySPerCm: values.growthIonic,
    electronicConductivitySPerCm: values.growthElectronic,
    drivingForceV: values.growthDrivingForce,
    molarVolumeCm3PerMol: values.growthMolarVolume,
  };
  const type3: InterphaseGrowthInput = {
    interfaceType: 3,
    ionicConductivitySPerCm: values.growthIonic,
    saturationThicknessM: values.growthSaturation,
    timeConstantS: values.growthTimeConstant,
  };
  const t = values.growthTime;
  const results = {
    thick2: sampleOverTime(type2, 'thicknessM'),
    thick3: sampleOverTime(type3, 'thicknessM'),
    asr2: sampleOverTime(type2, 'asrOhmCm2'),
    asr3: sampleOverTime(type3, 'asrOhmCm2'),
    at2: interphaseGrowth(type2, t),
    at3: interphaseGrowth(type3, t),
    schematic: interphaseGrowthSchematic(chosenType === 2 ? type2 : type3, t),
  };
  const { thick2, thick3, asr2, asr3, at2, at3, schematic } = results;

  let figures = null;
  let verdict = <Verdict tone="neutral" headline="" error={firstError(Object.values(results))} />;
  if (thick2.ok && thick3.ok && asr2.ok && asr3.ok && at2.ok && at3.ok && schematic.ok) {
    const chosen = chosenType === 2 ? at2.value : at3.value;
    const other = chosenType === 2 ? at3.value : at2.value;
    figures = (
      <>
        <MechFigure caption="Interphase thickness against time (log–log). Parabolic growth is a line of slope ½; self-limited growth levels off at L_max.">
          <XyPlot
            input={growthPlotInput({
              curves: { type2: thick2.value, type3: thick3.value },
              quantity: 'thickness',
              chosenType,
              timeS: t,
              atTime: { type2: at2.value.thicknessM, type3: at3.value.thicknessM },
            })}
            title="Interphase thickness against time"
            description={`At ${hours(t)}: type 2 ${thick(at2.value.thicknessM)}, type 3 ${thick(at3.value.thicknessM)}.`}
          />
        </MechFigure>
        <MechFigure caption="Area-specific resistance of the interphase, ASR = L / σ_i, against time.">
          <XyPlot
            input={growthPlotInput({
              curves: { type2: asr2.value, type3: asr3.value },
              quantity: 'asr',
              chosenType,
              timeS: t,
              atTime: { type2: at2.value.asrOhmCm2, type3: at3.value.asrOhmCm2 },
            })}
            title="Interphase resistance against time"
            description={`At ${hours(t)}: type 2 ${formatNumber(at2.value.asrOhmCm2, 3)} Ω·cm², type 3 ${formatNumber(at3.value.asrOhmCm2, 3)} Ω·cm².`}
          />
        </MechFigure>
        <MechFigure
          caption={`Li | interphase | ${name} at t = ${hours(t)}, type ${chosenType} (thickness on a log scale).`}
        >
          <Scene scene={growthScene(schematic.value, name)} />
        </MechFigure>
      </>
    );
    verdict = (
      <Verdict
        tone={chosenType === 2 ? 'danger' : 'ok'}
        headline={
          chosenType === 2
            ? `After ${hours(t)} a type 2 interphase is ${thick(chosen.thicknessM)} thick (ASR ${formatNumber(chosen.asrOhmCm2, 3)} Ω·cm²) and still growing as √t: ten times longer makes it 3.2 times thicker.`
            : `After ${hours(t)} a type 3 interphase is ${thick(chosen.thicknessM)} thick (ASR ${formatNumber(chosen.asrOhmCm2, 3)} Ω·cm²) and stops at ${thick(values.growthSaturation)}: it passivates the interface.`
        }
        warnings={[...new Set([...schematic.warnings, ...at2.warnings, ...at3.warnings])]}
      >
        <p>
          {chosenType === 2
            ? `Had it been type 3 (electronically insulating), it would be ${thick(other.thicknessM)} with ${formatNumber(other.asrOhmCm2, 3)} Ω·cm².`
            : `Had it been type 2 (mixed conducting), it would already be ${thick(other.thicknessM)} with ${formatNumber(other.asrOhmCm2, 3)} Ω·cm².`}{' '}
          Whether the interphase conducts electrons decides between the two{' '}
          <Cite refs={['wenzel-2015'].filter(isReference)} />.
        </p>
      </Verdict>
    );
  }

  return (
    <ModelSection
      id="model-growth"
      title="Interphase growth: type 2 keeps growing, type 3 stops"
      intro={
        <p>
          Most electrolytes are reduced by Li. If the reduced layer conducts both ions and electrons (type 2,
          e.g. LGPS, LAGP) it keeps growing like an oxide scale; if it blocks electrons (type 3, e.g. LLZO,
          LiPON, Li₃PS₄) it stops after a few nanometres{' '}
          <Cite refs={['wenzel-2015', 'ma-2016'].filter(isReference)} />.
        </p>
      }
      controls={
        <>
          <ElectrolyteLoader choice={electrolyte} current={values} />
          <fieldset className="type-choice">
            <legend>Interface type shown in the verdict and schematic</legend>
            {(['2', '3'] as const).map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name={radioName}
                  value={v}
                  checked={typeText === v}
                  onChange={() => onGrowthTypeChange(v)}
                />{' '}
                Type {v}: {v === '2' ? 'mixed conducting (grows)' : 'electronically insulating (self-limits)'}
              </label>
            ))}
          </fieldset>
          <ParamList keys={GROWTH_KEYS} values={values} onChange={onParamChange} />
        </>
      }
      figures={figures}
      equation={
        <>
          <Equation tex={PARABOLIC_GROWTH_EQUATION_TEX} label="Type 2: parabolic growth" />
          <Equation tex={SELF_LIMITING_GROWTH_EQUATION_TEX} label="Type 3: self-limiting growth" />
          <Equation tex={INTERPHASE_ASR_EQUATION_TEX} label="Interphase resistance" />
        </>
      }
      verdict={verdict}
    />
  );
}
