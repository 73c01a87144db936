import { avPlotInput } from '../../../charts/monroe-newman/av-plot';
import { Scene } from '../../../charts/scene/Scene';
import { monroeNewmanScene, type MnEntry } from '../../../charts/monroe-newman/layout';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import { MnStrip } from '../../../charts/monroe-newman/MnStrip';
import { Cite } from '../../../components/Cite';
import { Equation } from '../../../components/Equation';
import { formatNumber } from '../../../domain/format';
import {
  AHMAD_VISWANATHAN_CAVEAT,
  AHMAD_VISWANATHAN_EQUATION_TEX,
  type AhmadViswanathanValue,
  ahmadViswanathan,
  LITHIUM_SHEAR_MODULUS_GPA,
  MONROE_NEWMAN_CAVEAT,
  MONROE_NEWMAN_EQUATION_TEX,
  MONROE_NEWMAN_THRESHOLD,
  monroeNewman,
  sampleAhmadViswanathanBoundary,
} from '../../../domain/models';
import { ElectrolyteLoader } from '../parts/ElectrolyteLoader';
import type { KbChoice } from '../parts/KbPicker';
import { MODEL_KEYS } from '../../../domain/mechanism-params';
import type { ModelViewProps } from '../parts/model-view';
import { MechFigure, ModelSection } from '../parts/ModelSection';
import { ParamList } from '../parts/ParamList';
import { Verdict } from '../parts/Verdict';

/** The number keys of this diagram, in slider order. */
export const MN_KEYS = MODEL_KEYS.monroeNewman;

/** Largest v on the stability diagram (the slider's maximum). */
const AV_MAX_V = 3;

/** One sentence on the Ahmad–Viswanathan verdict for the current inputs. */
export function ahmadViswanathanSentence(
  name: string,
  v: AhmadViswanathanValue,
  volumeRatio: number,
): string {
  const ratio = formatNumber(v.modulusRatio, 3);
  const critical = v.criticalModulusRatio === null ? null : formatNumber(v.criticalModulusRatio, 3);
  const mn = v.isMonroeNewmanMet ? 'passes' : 'fails';
  if (v.regime === 'none') {
    return `At v = 1 no stiffness stabilises deposition without surface tension: ${name} (G_s/G_Li = ${ratio}) is unstable although it ${mn} Monroe–Newman.`;
  }
  if (v.regime === 'density-driven') {
    return `With v = ${formatNumber(volumeRatio, 3)} < 1 only an electrolyte softer than G_s/G_Li = ${critical} is stable: ${name} (G_s/G_Li = ${ratio}) is ${v.isStable ? 'stable' : 'unstable'}, and it ${mn} Monroe–Newman${v.isStable === v.isMonroeNewmanMet ? '' : ' — the two criteria disagree'}.`;
  }
  return `With v = ${formatNumber(volumeRatio, 3)} > 1 an electrolyte stiffer than G_s/G_Li = ${critical} is stable (Monroe and Newman's case): ${name} (G_s/G_Li = ${ratio}) is ${v.isStable ? 'stable' : 'unstable'}.`;
}

/** Why passing the criterion does not stop filaments, each with its sources. */
const WHY_PENETRATED = [
  {
    id: 'flaws',
    title: 'Surface flaws',
    text: 'Li plated into a scratch, pore or groove is pressurised by the overpotential and cracks the ceramic open from there, even in single crystals (see the flaw model below).',
    refs: ['porz-2017'],
    href: '#model-flaw',
    linkText: 'Explore the flaw model',
  },
  {
    id: 'grain-boundaries',
    title: 'Grain boundaries',
    text: 'Li runs along grain boundaries through dense polycrystalline LLZO, which are softer and conduct differently than the grains.',
    refs: ['cheng-2017a', 'ren-2015'],
    href: null,
    linkText: null,
  },
  {
    id: 'electronic',
    title: 'Electronic conductivity',
    text: 'Electrons leaking through the electrolyte reduce Li⁺ inside it, so Li nucleates in the bulk rather than only growing from the interface (see electronic leakage below).',
    refs: ['han-2019'],
    href: '#model-leakage',
    linkText: 'Explore electronic leakage',
  },
] as const;

/** What the Monroe–Newman view shows besides the slider values. */
export interface MonroeNewmanModelProps extends ModelViewProps<(typeof MN_KEYS)[number]> {
  /** The "load electrolyte" choice. */
  electrolyte: KbChoice;
  /** The chosen electrolyte (short name, whether filaments were seen in it), or null. */
  material: { id: string; name: string; isFilamentObserved: boolean | null } | null;
  /** The electrolytes of the knowledge base placed on the ratio (at the current G_Li). */
  placed: readonly MnEntry[];
  /** Short names of the electrolytes without a modulus in the knowledge base. */
  unplacedNames: readonly string[];
}

/** The Monroe–Newman ratio for every electrolyte, with Ahmad and Viswanathan's criterion beside it. */
export function MonroeNewmanModel({
  values,
  onParamChange,
  isReference,
  electrolyte,
  material,
  placed,
  unplacedNames,
}: MonroeNewmanModelProps) {
  const gLi = values.mnLithiumShearModulus;
  const result = monroeNewman({
    electrolyteShearModulusGPa: values.mnShearModulus,
    lithiumShearModulusGPa: gLi,
  });
  const passing = placed.filter((e) => e.ratio >= MONROE_NEWMAN_THRESHOLD);
  const passingWithFilaments = passing.filter((e) => e.isFilamentObserved === true);
  const name = material?.name ?? 'your electrolyte';
  const ratio = result.ok ? result.value.modulusRatio : null;
  const av = ahmadViswanathan({
    electrolyteShearModulusGPa: values.mnShearModulus,
    lithiumShearModulusGPa: gLi,
    partialMolarVolumeRatio: values.mnVolumeRatio,
  });
  const boundary = sampleAhmadViswanathanBoundary({}, { maxV: AV_MAX_V });

  const stripDescription =
    `${placed.length} electrolytes placed: ` +
    [...placed]
      .sort((a, b) => b.ratio - a.ratio)
      .map(
        (e) => `${e.label} ${formatNumber(e.ratio, 2)}${e.isFilamentObserved ? ' (filaments observed)' : ''}`,
      )
      .join(', ') +
    `. Threshold ${MONROE_NEWMAN_THRESHOLD}.` +
    (ratio !== null ? ` Your value: ${formatNumber(ratio, 3)}.` : '');

  return (
    <ModelSection
      id="model-monroe-newman"
      title="Monroe–Newman: is the electrolyte stiff enough?"
      intro={
        <p>
          Monroe and Newman showed that a separator whose shear modulus is more than about twice that of Li
          keeps a Li interface from roughening <Cite refs={['monroe-2005']} />. Every electrolyte of the
          knowledge base with a known modulus is placed on that ratio below. Beside it, Ahmad and
          Viswanathan's criterion adds the partial molar volume of Li⁺ in the electrolyte, which decides
          whether stiffness helps at all.
        </p>
      }
      controls={
        <>
          <ElectrolyteLoader choice={electrolyte} current={values} />
          <ParamList keys={MN_KEYS} values={values} onChange={onParamChange} />
          <p className="param-hint">
            G_Li: {LITHIUM_SHEAR_MODULUS_GPA.monroeNewman} GPa is the value used with the criterion;{' '}
            {LITHIUM_SHEAR_MODULUS_GPA.masiasPolycrystal} GPa was measured on polycrystalline Li{' '}
            <Cite refs={['masias-2019']} />.
          </p>
        </>
      }
      figures={
        <>
          <MechFigure
            caption={
              <>
                G_SSE / G_Li for every electrolyte of the knowledge base (G_Li = {formatNumber(gLi, 3)} GPa).
                Hollow: estimated moduli.{' '}
                {unplacedNames.length > 0 && (
                  <span>
                    Not placed (no shear or Young's modulus in the knowledge base): {unplacedNames.join(', ')}
                    .
                  </span>
                )}
              </>
            }
          >
            <MnStrip
              input={{
                entries: placed,
                threshold: MONROE_NEWMAN_THRESHOLD,
                current: ratio !== null ? { label: 'Your value', ratio } : null,
                selectedId: material?.id ?? null,
              }}
              description={stripDescription}
            />
          </MechFigure>
          {ratio !== null && (
            <MechFigure caption="The Li | electrolyte interface: a stiff electrolyte flattens a growing protrusion.">
              <Scene
                scene={monroeNewmanScene({
                  ratio,
                  threshold: MONROE_NEWMAN_THRESHOLD,
                  name,
                  isFilamentObserved: material?.isFilamentObserved ?? null,
                })}
              />
            </MechFigure>
          )}
          {av.ok && boundary.ok && (
            <MechFigure
              caption={
                <>
                  Ahmad–Viswanathan stability diagram <Cite refs={['ahmad-2017']} />: for v &lt; 1 only the
                  region below the left line is stable, for v &gt; 1 only the region above the right line.
                  Monroe–Newman's ratio of 2 (dashed) ignores v.
                </>
              }
            >
              <XyPlot
                input={avPlotInput({
                  density: boundary.value.density,
                  pressure: boundary.value.pressure,
                  threshold: MONROE_NEWMAN_THRESHOLD,
                  current: {
                    v: values.mnVolumeRatio,
                    ratio: av.value.modulusRatio,
                    isStable: av.value.isStable,
                  },
                  maxV: AV_MAX_V,
                })}
                title="Stability of deposition against the partial molar volume of Li⁺"
                description={ahmadViswanathanSentence(name, av.value, values.mnVolumeRatio)}
              />
            </MechFigure>
          )}
        </>
      }
      equation={
        <>
          <Equation tex={MONROE_NEWMAN_EQUATION_TEX} label="Monroe–Newman criterion" />
          <Equation
            tex={AHMAD_VISWANATHAN_EQUATION_TEX}
            label="Ahmad–Viswanathan stability number (stable when N < 0)"
          />
        </>
      }
      verdict={
        <Verdict
          tone={ratio !== null && ratio >= MONROE_NEWMAN_THRESHOLD ? 'warn' : 'danger'}
          error={result.ok ? null : result.error}
          headline={
            ratio === null
              ? ''
              : ratio >= MONROE_NEWMAN_THRESHOLD
                ? `${name}: G_SSE/G_Li = ${formatNumber(ratio, 3)} ≥ ${MONROE_NEWMAN_THRESHOLD}. Monroe–Newman is met; whether that makes deposition stable depends on the partial molar volume of Li⁺ (below).`
                : `${name}: G_SSE/G_Li = ${formatNumber(ratio, 3)} < ${MONROE_NEWMAN_THRESHOLD}. The criterion is not met — Li protrusions can grow into the electrolyte.`
          }
        >
          <p>
            {passing.length} of {placed.length} placed electrolytes pass;{' '}
            {passingWithFilaments.length > 0
              ? `filaments have nonetheless been observed in ${passingWithFilaments.map((e) => e.label).join(', ')}.`
              : 'none of them has filaments recorded.'}{' '}
            {MONROE_NEWMAN_CAVEAT}
          </p>
          <h4>The partial molar volume of Li⁺ changes the sign</h4>
          <p>
            {AHMAD_VISWANATHAN_CAVEAT} <Cite refs={['ahmad-2017'].filter(isReference)} />
          </p>
          {av.ok ? (
            <p className={`av-verdict ${av.value.isStable ? 'is-stable' : 'is-unstable'}`}>
              <strong>Ahmad–Viswanathan:</strong>{' '}
              {ahmadViswanathanSentence(name, av.value, values.mnVolumeRatio)} The knowledge base holds no
              measured partial molar volume of Li⁺ for any electrolyte, so v is your input (default 0.5,
              illustrative).
            </p>
          ) : (
            <p role="alert">{av.error}.</p>
          )}
          <h4>Why LLZO passes yet is penetrated</h4>
          <ul className="why-list">
            {WHY_PENETRATED.map((w) => (
              <li key={w.id}>
                <strong>{w.title}.</strong> {w.text} <Cite refs={w.refs.filter(isReference)} />
                {w.href && (
                  <>
                    {' '}
                    <a href={w.href}>{w.linkText}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Verdict>
      }
    />
  );
}
