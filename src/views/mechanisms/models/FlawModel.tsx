import { ccdPlotInput } from '../../../charts/flaw/ccd-plot';
import { flawPlotInput, flawScene } from '../../../charts/flaw/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  CCD_UPPER_BOUND_CAVEAT,
  CRITICAL_CURRENT_DENSITY_EQUATION_TEX,
  CRITICAL_FLAW_EQUATION_TEX,
  criticalCurrentDensity,
  criticalOverpotential,
  FLAW_EQUATION_TEX,
  flawSchematic,
  sampleCriticalCurrentDensityVsAsr,
  sampleCriticalOverpotentialVsFlawDepth,
} from '../../../domain/models';
import type { MechanismMeasurement } from '../../../domain/mechanism-measurements';
import { ElectrolyteLoader } from '../parts/ElectrolyteLoader';
import type { KbChoice } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps, mv, um } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const FLAW_KEYS = MODEL_KEYS.flaw;

/** What the flaw view shows besides the slider values. */
export interface FlawModelProps extends ModelViewProps<(typeof FLAW_KEYS)[number]> {
  /** The "load electrolyte" choice. */
  electrolyte: KbChoice;
  /** Short name of the chosen electrolyte, or null when none is chosen. */
  materialName: string | null;
  /** Measured critical current densities to plot beside the bound (of the chosen electrolyte, or all). */
  measured: readonly MechanismMeasurement[];
}

/** How the measured CCDs sit against the bound at the user's ASR, in one sentence. */
export function measuredComparison(
  measured: readonly { measurement: { label: string }; value: number }[],
  boundMilliAmpPerCm2: number,
): string {
  const list = measured.map((m) => `${m.measurement.label}, ${formatNumber(m.value, 3)} mA/cm²`).join('; ');
  const highest = Math.max(...measured.map((m) => m.value));
  const ratio = boundMilliAmpPerCm2 / highest;
  return ratio >= 1
    ? `Measured: ${list} — the highest is ${formatNumber(ratio, 2)} times below the bound at your ASR.`
    : `Measured: ${list} — above the bound at your ASR, so the measured cell's interface conducted better than the ASR you set.`;
}

/** The flaw model: Li pressurising a surface flaw, its critical overpotential and the CCD bound. */
export function FlawModel({
  values,
  onParamChange,
  isReference,
  electrolyte,
  materialName,
  measured,
}: FlawModelProps) {
  const name = materialName ?? 'the electrolyte';

  const base = { fractureToughnessMPaSqrtM: values.flawToughness, geometryFactor: values.flawGeometry };
  const curve = sampleCriticalOverpotentialVsFlawDepth(base);
  const schematic = flawSchematic({
    ...base,
    flawDepthM: values.flawDepth,
    overpotentialV: values.flawOverpotential,
  });
  const critical = criticalOverpotential({ ...base, flawDepthM: values.flawDepth });
  const ccd = criticalCurrentDensity({
    ...base,
    flawDepthM: values.flawDepth,
    interfaceAsrOhmCm2: values.flawAsr,
  });
  const ccdBound = sampleCriticalCurrentDensityVsAsr({ ...base, flawDepthM: values.flawDepth });
  const errorText = firstError([curve, schematic, critical, ccd, ccdBound]);

  let figures = null;
  let verdict = <Verdict tone="neutral" headline="" error={errorText} />;
  if (curve.ok && schematic.ok && critical.ok && ccd.ok && ccdBound.ok) {
    const s = schematic.value;
    const etaC = critical.value.criticalOverpotentialV;
    const plot = flawPlotInput({
      curve: curve.value,
      flawDepthM: values.flawDepth,
      overpotentialV: values.flawOverpotential,
      criticalOverpotentialV: etaC,
      criticalFlawDepthM: s.criticalFlawDepthM,
      isFractureExpected: s.isFractureExpected,
    });
    figures = (
      <>
        <MechFigure
          caption={`Critical overpotential against flaw depth for K_Ic = ${formatNumber(values.flawToughness, 3)} MPa·m½ (log axes: a straight line of slope −½). Above the line the flaw cracks.`}
        >
          <XyPlot
            input={plot}
            title="Critical overpotential against flaw depth"
            description={`η_c falls from ${mv(curve.value[0]?.y ?? 0)} at ${um(curve.value[0]?.x ?? 0)} to ${mv(curve.value.at(-1)?.y ?? 0)} at ${um(curve.value.at(-1)?.x ?? 0)}. At your flaw depth ${um(values.flawDepth)} it is ${mv(etaC)}; your overpotential is ${mv(values.flawOverpotential)}, so the flaw ${s.isFractureExpected ? 'cracks' : 'holds'}.`}
          />
        </MechFigure>
        <MechFigure
          caption={
            <>
              The CCD estimate η_c/ASR is an upper bound (uniform current); measured critical current
              densities
              {measured.length > 0 ? ' of the knowledge base' : ''} lie below it
              {measured.length > 0 && (
                <>
                  {' '}
                  <Cite refs={[...new Set(measured.flatMap((m) => m.measurement.quantity.refs))]} />
                </>
              )}
              .{measured.length === 0 ? ' The knowledge base has no measured CCD for this electrolyte.' : ''}
            </>
          }
        >
          <XyPlot
            input={ccdPlotInput({
              bound: ccdBound.value,
              asrOhmCm2: values.flawAsr,
              boundMilliAmpPerCm2: ccd.value.criticalCurrentDensityMilliAmpPerCm2,
              measured: measured.map((m) => ({
                id: m.measurement.id,
                label: m.measurement.label,
                ccdMilliAmpPerCm2: m.value,
                asrOhmCm2: m.measurement.asr?.value ?? null,
              })),
            })}
            title="Upper bound of the critical current density against interfacial ASR, with measured values"
            description={`The bound falls from ${formatNumber(ccdBound.value[0]?.y ?? 0, 3)} mA/cm² at ${formatNumber(ccdBound.value[0]?.x ?? 0, 3)} Ω·cm² to ${formatNumber(ccdBound.value.at(-1)?.y ?? 0, 3)} mA/cm² at ${formatNumber(ccdBound.value.at(-1)?.x ?? 0, 3)} Ω·cm²; at your ${formatNumber(values.flawAsr, 3)} Ω·cm² it is ${formatNumber(ccd.value.criticalCurrentDensityMilliAmpPerCm2, 3)} mA/cm². ${measured.length > 0 ? `Measured: ${measured.map((m) => `${m.measurement.label} ${formatNumber(m.value, 3)} mA/cm²`).join('; ')}.` : 'No measured CCD for this electrolyte in the knowledge base.'}`}
          />
        </MechFigure>
        <MechFigure caption="A surface flaw filled with plated Li. Depth drawn on a log scale; the gauge shows K_I / K_Ic (fracture at 1).">
          <Scene scene={flawScene(s)} />
        </MechFigure>
      </>
    );
    const ccdValue = ccd.value.criticalCurrentDensityMilliAmpPerCm2;
    verdict = (
      <Verdict
        tone={s.isFractureExpected ? 'danger' : 'ok'}
        headline={
          s.isFractureExpected
            ? `At ${mv(values.flawOverpotential)} the Li in a ${um(values.flawDepth)} flaw reaches ${formatNumber(s.pressureMPa, 3)} MPa: K_I is ${formatNumber(s.stressIntensityRatio, 3)} × K_Ic, the flaw cracks and Li follows the crack — a filament starts.`
            : `At ${mv(values.flawOverpotential)} the Li in a ${um(values.flawDepth)} flaw reaches ${formatNumber(s.pressureMPa, 3)} MPa: K_I is only ${formatNumber(s.stressIntensityRatio, 3)} × K_Ic, so the flaw holds.`
        }
        warnings={[...new Set([...schematic.warnings, ...ccd.warnings])]}
      >
        <p>
          {s.criticalFlawDepthM !== null
            ? `At this overpotential every flaw deeper than ${um(s.criticalFlawDepthM)} cracks ${name}. `
            : 'At zero overpotential no flaw is pressurised. '}
          This flaw needs {mv(etaC)} to crack. If that overpotential were the whole interfacial drop i·ASR,
          the critical current density could reach at most η_c / ASR = {formatNumber(ccdValue, 3)} mA/cm² with
          ASR = {formatNumber(values.flawAsr, 3)} Ω·cm². Lowering the interfacial resistance raises the CCD{' '}
          <Cite refs={['porz-2017', 'sharafi-2016'].filter(isReference)} />.
        </p>
        <p className="ccd-caveat">
          <strong>Upper bound.</strong> {CCD_UPPER_BOUND_CAVEAT}
          {measured.length > 0 && ` ${measuredComparison(measured, ccdValue)}`}
        </p>
      </Verdict>
    );
  }

  return (
    <ModelSection
      id="model-flaw"
      title="The flaw model: Li pressurises a surface flaw"
      intro={
        <p>
          Porz et al. saw filaments start at surface flaws even in single crystals{' '}
          <Cite refs={['porz-2017']} />: Li plated into a flaw cannot escape, so the overpotential turns into
          pressure on the flaw's faces. The flaw cracks when its stress intensity reaches the electrolyte's
          fracture toughness.
        </p>
      }
      controls={
        <>
          <ElectrolyteLoader choice={electrolyte} current={values} />
          <ParamList keys={FLAW_KEYS} values={values} onChange={onParamChange} />
        </>
      }
      figures={figures}
      equation={
        <>
          <Equation
            tex={FLAW_EQUATION_TEX}
            label="Li pressure, stress intensity and critical overpotential"
          />
          <Equation tex={CRITICAL_FLAW_EQUATION_TEX} label="Critical flaw depth" />
          <Equation
            tex={CRITICAL_CURRENT_DENSITY_EQUATION_TEX}
            label="Upper bound of the critical current density (uniform current)"
          />
        </>
      }
      verdict={verdict}
    />
  );
}
