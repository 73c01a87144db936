import { type StackCurve, stackPlotInput, stackScene } from '../../../charts/stack-pressure/layout';
import { Scene } from '../../../charts/scene/Scene';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  sampleStackPressureVsSoc,
  STACK_PRESSURE_EQUATION_TEX,
  type StackPressureInput,
  stackPressure,
  stackSchematic,
} from '../../../domain/models';
import type { MechanismMeasurement } from '../../../domain/mechanism-measurements';
import type { StackLayer } from '../../../domain/mechanism-kb-values';
import { type KbChoice, KbPicker } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const STACK_KEYS = MODEL_KEYS.stack;

/** The two cells of the comparison: two anodes against one cathode, each with its picker. */
export interface StackElectrodes {
  a: StackLayer;
  b: StackLayer;
  c: StackLayer;
  /** The pickers of the first anode, the second anode and the cathode. */
  choices: { a: KbChoice; b: KbChoice; c: KbChoice };
  /** True when the cathode is LCO, whose measured fall with LTO the model does not reproduce. */
  isLcoCathode: boolean;
}

/** What the stack-pressure view shows besides the slider values. */
export interface StackModelProps extends ModelViewProps<(typeof STACK_KEYS)[number]> {
  /** The electrodes compared, or null when the knowledge base has none with volume changes. */
  electrodes: StackElectrodes | null;
  /** Measured pressure changes of a cell with one of the two anodes against this cathode. */
  measured: readonly MechanismMeasurement[];
}

/** Stack pressure of two cells in a rigid fixture against state of charge. */
export function StackModel({
  values,
  onParamChange,
  isReference,
  electrodes: layers,
  measured,
}: StackModelProps) {
  if (!layers) {
    return (
      <p className="panel" role="alert">
        The knowledge base has no electrodes with volume changes for the stack-pressure model.
      </p>
    );
  }
  const cell = (anode: StackLayer): StackPressureInput => ({
    anode: anode.layer,
    cathode: layers.c.layer,
    separatorThicknessM: values.stackSeparator,
    stackModulusGPa: values.stackModulus,
    initialPressureMPa: values.stackInitialPressure,
    volumeToThicknessFactor: values.stackVolumeFactor,
  });
  const soc = values.stackSoc;
  const cells = (['a', 'b'] as const).map((id) => {
    const anode = layers[id];
    const input = cell(anode);
    return {
      id,
      label: `${anode.label} | ${layers.c.label}`,
      anode,
      input,
      curve: sampleStackPressureVsSoc(input),
      now: stackPressure(input, soc),
      schematic: stackSchematic(input, soc),
    };
  });

  let figures = null;
  let verdict = (
    <Verdict
      tone="neutral"
      headline=""
      error={firstError(cells.flatMap((c) => [c.curve, c.now, c.schematic]))}
    />
  );
  const ready = cells.every((c) => c.curve.ok && c.now.ok && c.schematic.ok);
  if (ready) {
    const curves: StackCurve[] = cells.map((c) => ({
      id: c.id,
      label: c.label,
      points: c.curve.ok ? c.curve.value : [],
      pressureMPa: c.now.ok ? c.now.value.pressureMPa : 0,
    }));
    const full = cells.map((c) => stackPressure(c.input, 1));
    const describeCell = (i: number) => {
      const c = cells[i]!;
      const f = full[i]!;
      if (!f.ok) return '';
      const dp = f.value.pressureChangeMPa;
      return `${c.label}: ${formatNumber(values.stackInitialPressure, 3)} → ${formatNumber(f.value.pressureMPa, 3)} MPa on full charge (${dp >= 0 ? 'rises' : 'falls'} by ${formatNumber(Math.abs(dp), 3)} MPa)`;
    };
    figures = (
      <>
        <MechFigure
          caption={
            <>
              Stack pressure against state of charge for the two cells (rigid fixture).
              {measured.length > 0 ? (
                <>
                  {' '}
                  Green points: measured pressure changes at full charge{' '}
                  <Cite refs={[...new Set(measured.flatMap((m) => m.measurement.quantity.refs))]} />; the
                  default E_eff = 0.09 GPa is fitted to the In | LCO point.
                </>
              ) : (
                ' No measured pressure change for these cells in the knowledge base.'
              )}
            </>
          }
        >
          <XyPlot
            input={stackPlotInput({
              curves,
              soc,
              initialPressureMPa: values.stackInitialPressure,
              measured: measured.map((m) => ({
                id: m.measurement.id,
                label: m.measurement.label,
                pressureChangeMPa: m.value,
              })),
            })}
            title="Stack pressure against state of charge"
            description={`${describeCell(0)}; ${describeCell(1)}.${measured.length > 0 ? ` Measured at full charge: ${measured.map((m) => `${m.measurement.label} ${m.value >= 0 ? '+' : '−'}${formatNumber(Math.abs(m.value), 3)} MPa`).join('; ')}.` : ''}`}
          />
        </MechFigure>
        <MechFigure
          caption={`Both cells at ${formatNumber(soc * 100, 3)} % state of charge; thickness changes drawn ×5.`}
        >
          <Scene
            scene={stackScene(
              cells.flatMap((c) =>
                c.schematic.ok
                  ? [
                      {
                        id: c.id,
                        title: c.label,
                        now: c.schematic.value,
                        anode0M: c.input.anode.thicknessM,
                        cathode0M: c.input.cathode.thicknessM,
                      },
                    ]
                  : [],
              ),
            )}
          />
        </MechFigure>
      </>
    );
    const rises = full.map((f) => (f.ok ? f.value.pressureChangeMPa : 0));
    verdict = (
      <Verdict
        tone={cells.some((c) => c.now.ok && c.now.value.isContactLost) ? 'danger' : 'neutral'}
        headline={`${describeCell(0)}. ${describeCell(1)}.`}
        warnings={[...new Set(cells.flatMap((c) => (c.now.ok ? c.now.warnings : [])))]}
      >
        <p>
          {layers.c.label} {layers.c.layer.volumeChangeOnChargePct < 0 ? 'shrinks' : 'swells'} on charge (
          {formatNumber(layers.c.layer.volumeChangeOnChargePct, 3)} %).{' '}
          {layers.c.layer.volumeChangeOnChargePct < 0
            ? `An anode that swells more than that pushes the plates apart and the pressure rises; a near zero-strain anode lets the cathode's contraction win and the pressure falls${rises[0]! > 0 !== rises[1]! > 0 ? ' — as the two cells here show' : ''}.`
            : 'Both electrodes then push the plates apart, so the model has the pressure rise with any anode that does not shrink.'}{' '}
          Zhang et al. compared In and LTO anodes against LCO and saw the pressure rise with In and fall with
          LTO <Cite refs={['zhang-2017a'].filter(isReference)} />.
          {layers.isLcoCathode &&
            ' The fall with LTO is not in this model: LCO expands on charge, so the model predicts a small rise for LTO | LCO; what lowered the pressure in the experiment (creep and densification of the composite, interphases, the shape of the LCO volume curve) is not modelled.'}{' '}
          E_eff is a fit of cell and fixture, not a material property: 0.09 GPa reproduces the ≈ 1.25 MPa rise
          of In | LCO; the former default of 1 GPa predicted 5–40 times the measured changes.
        </p>
      </Verdict>
    );
  }

  return (
    <ModelSection
      id="model-stack"
      title="Stack pressure against state of charge"
      intro={
        <p>
          Held between rigid plates, a cell whose electrodes change thickness on charge changes its stack
          pressure. Choose two anodes to compare, each against the same cathode.
        </p>
      }
      controls={
        <>
          <KbPicker
            label="First anode (knowledge base)"
            {...layers.choices.a}
            current={{}}
            noneLabel="default (indium)"
          />
          <KbPicker
            label="Second anode (knowledge base)"
            {...layers.choices.b}
            current={{}}
            noneLabel="default (LTO)"
          />
          <KbPicker
            label="Cathode (knowledge base)"
            {...layers.choices.c}
            current={{}}
            noneLabel="default (LCO)"
          />
          <ParamList keys={STACK_KEYS} values={values} onChange={onParamChange} />
        </>
      }
      figures={figures}
      equation={<Equation tex={STACK_PRESSURE_EQUATION_TEX} label="Thickness change and stack pressure" />}
      verdict={verdict}
    />
  );
}
