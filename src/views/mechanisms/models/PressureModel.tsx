import { Scene } from '../../../charts/scene/Scene';
import { stressPotentialPlotInput, stressPotentialScene } from '../../../charts/stress-potential/layout';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  linearSpace,
  lithiumPressureFromOverpotential,
  PRESSURE_POTENTIAL_EQUATION_TEX,
  pressurePotentialShift,
  sampleCurve,
  mapResult,
} from '../../../domain/models';
import { modelSpecOf } from '../../../domain/mechanism-specs';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import { firstError, type ModelViewProps } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const PRESSURE_KEYS = MODEL_KEYS.pressure;

/** The potential shift of Li under a hydrostatic pressure, and the pressure in a confined flaw. */
export function PressureModel({ values, onParamChange, isReference }: ModelViewProps<'pressure'>) {
  const spec = modelSpecOf('pressure');
  const p = values.pressure;
  const shift = pressurePotentialShift(p);
  const curve = sampleCurve(linearSpace(0, spec.max, 51), (x) =>
    mapResult(pressurePotentialShift(x), (v) => v.potentialShiftV),
  );
  const flawP = lithiumPressureFromOverpotential(0.1);
  let figures = null;
  let verdict = <Verdict tone="neutral" headline="" error={firstError([shift, curve, flawP])} />;
  if (shift.ok && curve.ok && flawP.ok) {
    const dE = shift.value.potentialShiftV;
    figures = (
      <>
        <MechFigure caption="Potential shift of Li against the pressure on it. Shaded: typical stack pressures; red line: Li plated into a closed flaw at 100 mV.">
          <XyPlot
            input={stressPotentialPlotInput({
              curve: curve.value,
              pressureMPa: p,
              potentialShiftV: dE,
              flawPressureAt100MvMPa: flawP.value.pressureMPa,
            })}
            title="Potential shift of Li against pressure"
            description={`A straight line: 0.135 mV per MPa. At ${formatNumber(p, 3)} MPa the shift is ${formatNumber(dE * 1e3, 3)} mV.`}
          />
        </MechFigure>
        <MechFigure caption="Li squeezed between electrolyte jaws; the bar is the potential shift (log scale).">
          <Scene scene={stressPotentialScene(p, dE)} />
        </MechFigure>
      </>
    );
    verdict = (
      <Verdict
        tone={dE * 1e3 > 10 ? 'warn' : 'neutral'}
        headline={`${formatNumber(p, 3)} MPa on Li raises its chemical potential by ${formatNumber(shift.value.chemicalPotentialShiftJPerMol, 3)} J/mol, i.e. ${formatNumber(dE * 1e3, 3)} mV.`}
      >
        <p>
          Plating into Li under this pressure needs {formatNumber(dE * 1e3, 3)} mV more overpotential than
          plating onto unstressed Li, so current is steered away from compressed regions. Stack pressures of
          1–10 MPa shift Li by well under 2 mV; Li trapped in a flaw is another matter: at 100 mV of
          overpotential it can be pushed to {formatNumber(flawP.value.pressureMPa, 3)} MPa — the pressure that
          cracks flaws in the model above <Cite refs={['porz-2017'].filter(isReference)} />.
        </p>
      </Verdict>
    );
  }
  return (
    <ModelSection
      id="model-pressure"
      title="Stress and potential"
      intro={
        <p>
          A hydrostatic pressure p on Li raises its chemical potential by p V_m. The same relation, read the
          other way, is how an overpotential pressurises Li in a confined space.
        </p>
      }
      controls={<ParamList keys={PRESSURE_KEYS} values={values} onChange={onParamChange} />}
      figures={figures}
      equation={<Equation tex={PRESSURE_POTENTIAL_EQUATION_TEX} label="Potential shift under pressure" />}
      verdict={verdict}
    />
  );
}
