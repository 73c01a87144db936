import { leakagePlotInput, leakageScene } from '../../../charts/leakage/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  ELECTRONIC_CONDUCTIVITY_THRESHOLDS_S_PER_CM,
  ELECTRONIC_LEAKAGE_CLASS_TEXT,
  ELECTRONIC_LEAKAGE_EQUATION_TEX,
  electronicLeakage,
  sampleLeakageCurrentVsElectronicConductivity,
} from '../../../domain/models';
import { ElectrolyteLoader } from '../parts/ElectrolyteLoader';
import type { KbChoice } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const LEAKAGE_KEYS = MODEL_KEYS.leakage;

/** An electrolyte of the knowledge base with an electronic conductivity, to place on the plot. */
export interface LeakageMaterial {
  id: string;
  label: string;
  /** Its electronic conductivity as loaded into the diagram, S/cm. */
  sigmaSPerCm: number;
}

/** What the leakage view shows besides the slider values. */
export interface LeakageModelProps extends ModelViewProps<(typeof LEAKAGE_KEYS)[number]> {
  /** The "load electrolyte" choice. */
  electrolyte: KbChoice;
  /** The electrolytes placed on the plot (grey dots). */
  materials: readonly LeakageMaterial[];
}

/** Electronic leakage through the electrolyte: the current, its class and Li deposited inside. */
export function LeakageModel({
  values,
  onParamChange,
  isReference,
  electrolyte,
  materials: kbMaterials,
}: LeakageModelProps) {
  const cell = {
    ionicConductivitySPerCm: values.leakIonic,
    cellVoltageV: values.leakVoltage,
    electrolyteThicknessM: values.leakThickness,
  };
  const result = electronicLeakage({ ...cell, electronicConductivitySPerCm: values.leakElectronic });
  const curve = sampleLeakageCurrentVsElectronicConductivity(cell, { minSPerCm: 1e-15, maxSPerCm: 1e-5 });
  // Electrolytes with a measured/estimated σ_e, placed at the current voltage and thickness.
  const materials = kbMaterials.flatMap((m) => {
    const r = electronicLeakage({ ...cell, electronicConductivitySPerCm: m.sigmaSPerCm });
    return r.ok
      ? [
          {
            id: m.id,
            label: m.label,
            sigma: m.sigmaSPerCm,
            current: r.value.leakageCurrentDensityMilliAmpPerCm2,
          },
        ]
      : [];
  });
  let figures = null;
  let verdict = <Verdict tone="neutral" headline="" error={firstError([result, curve])} />;
  if (result.ok && curve.ok) {
    const v = result.value;
    const rateNmPerH = v.upperBoundLiDepositionRateMPerS * 1e9 * 3600;
    figures = (
      <>
        <MechFigure
          caption={`Leakage current through ${formatNumber(values.leakThickness * 1e6, 3)} µm of electrolyte at ${formatNumber(values.leakVoltage, 3)} V. Bands: the classes of σ_e; grey dots: electrolytes of the knowledge base.`}
        >
          <XyPlot
            input={leakagePlotInput({
              curve: curve.value,
              electronicConductivitySPerCm: values.leakElectronic,
              leakageCurrentMilliAmpPerCm2: v.leakageCurrentDensityMilliAmpPerCm2,
              leakageClass: v.leakageClass,
              thresholds: ELECTRONIC_CONDUCTIVITY_THRESHOLDS_S_PER_CM,
              materials,
            })}
            title="Leakage current against electronic conductivity"
            description={`A straight line of slope 1. At σ_e = ${formatNumber(values.leakElectronic, 2)} S/cm the leakage is ${formatNumber(v.leakageCurrentDensityMilliAmpPerCm2, 3)} mA/cm² (${v.leakageClass}). ${materials.map((m) => `${m.label}: ${formatNumber(m.sigma, 2)} S/cm`).join('; ')}.`}
          />
        </MechFigure>
        <MechFigure caption="Electrons leaking from Li through the electrolyte; where they meet Li⁺ inside it, Li deposits.">
          <Scene
            scene={leakageScene({
              electronicConductivitySPerCm: values.leakElectronic,
              leakageClass: v.leakageClass,
              depositionRateMPerS: v.upperBoundLiDepositionRateMPerS,
            })}
          />
        </MechFigure>
      </>
    );
    verdict = (
      <Verdict
        tone={v.leakageClass === 'high' ? 'danger' : v.leakageClass === 'concerning' ? 'warn' : 'ok'}
        headline={`σ_e = ${formatNumber(values.leakElectronic, 2)} S/cm is ${ELECTRONIC_LEAKAGE_CLASS_TEXT[v.leakageClass]}: ${formatNumber(v.leakageCurrentDensityMilliAmpPerCm2, 3)} mA/cm² leak through the electrolyte (t_e = ${formatNumber(v.electronicTransferenceNumber, 2)}).`}
        warnings={result.warnings}
      >
        <p>
          If every leaking electron reduced a Li⁺ inside the electrolyte, Li would build up at up to{' '}
          {formatNumber(rateNmPerH, 3)} nm per hour — Han et al. found Li accumulating inside LLZO and Li₃PS₄
          this way, but not inside LiPON, whose electronic conductivity is far lower{' '}
          <Cite refs={['han-2019'].filter(isReference)} />. Thresholds: above 10⁻⁸ S/cm is high (the review's
          glossary bound for a solid electrolyte); below 10⁻¹⁰ S/cm we call it negligible (our own heuristic,
          see MODELS.md).
        </p>
      </Verdict>
    );
  }
  return (
    <ModelSection
      id="model-leakage"
      title="Electronic leakage: Li deposits inside the electrolyte"
      intro={
        <p>
          A solid electrolyte that conducts some electrons lets Li⁺ be reduced inside it, so Li can appear in
          the bulk, not only grow from the interface <Cite refs={['han-2019']} />.
        </p>
      }
      controls={
        <>
          <ElectrolyteLoader choice={electrolyte} current={values} />
          <ParamList keys={LEAKAGE_KEYS} values={values} onChange={onParamChange} />
        </>
      }
      figures={figures}
      equation={
        <Equation
          tex={ELECTRONIC_LEAKAGE_EQUATION_TEX}
          label="Electronic transference number and leakage current"
        />
      }
      verdict={verdict}
    />
  );
}
