/**
 * One design: its form, its diagram (each risk where it happens), its risks as text, the numbers
 * table and the export of the diagram.
 */
import { useRef, useState } from 'react';
import { CellDiagram } from '../../../charts/cell-diagram/CellDiagram';
import { buildCellSvg } from '../../../charts/cell-diagram/export';
import { type CellDiagramLayout, cellDiagramLayout, GRADE_TEXT } from '../../../charts/cell-diagram/layout';
import { useElementWidth } from '../../../charts/use-element-width';
import { useFontScale } from '../../../charts/use-font-scale';
import { downloadBlob, downloadText, svgToPngBlob } from '../../../components/download';
import type { CellAssessment, CellDesign, ResolvedDesign } from '../../../domain/cell';
import { numberRows } from '../../../domain/cell';
import { shortName } from '../../../domain/materials';
import type { Reference } from '../../../kb/schema';
import { type DesignOptions, DesignForm } from './DesignForm';
import { NumbersTable } from './NumbersTable';
import { GradeBadge, RiskList } from './RiskList';

/** What a panel shows. */
export interface DesignPanelData {
  /** "A" or "B". */
  slot: 'A' | 'B';
  design: CellDesign;
  resolved: ResolvedDesign;
  assessment: CellAssessment;
  /** "Li | LLZO | NMC811". */
  label: string;
  ownCutoffV: number | null;
  references: readonly Reference[];
}

/** The diagram's input for a resolved design and its risks. */
export function diagramLayout(
  p: Pick<DesignPanelData, 'resolved' | 'assessment'>,
  width: number,
  scale = 1,
): CellDiagramLayout {
  const r = p.resolved;
  return cellDiagramLayout(
    {
      anode: shortName(r.anode),
      electrolytes: r.electrolytes.map(shortName),
      coating: r.coating ? shortName(r.coating) : null,
      cathode: shortName(r.cathode),
      risks: p.assessment.risks,
    },
    width,
    scale,
  );
}

function ExportButtons({ data }: { data: DesignPanelData }) {
  const [status, setStatus] = useState('');
  const file = `ssb-atlas-cell-${data.design.anode}-${data.design.electrolytes.join('-')}-${data.design.coating ? `${data.design.coating}-` : ''}${data.design.cathode}`;
  const build = () =>
    buildCellSvg({
      layout: diagramLayout(data, 760),
      title: `Chemo-mechanical risk map: ${data.label}`,
      caption: `${data.label}, charged to ${data.resolved.cutoffV} V at ${data.design.conditions.currentDensityMAcm2} mA/cm² and ${data.design.conditions.stackPressureMPa} MPa. ${data.assessment.risks.map((r) => `${r.title}: ${GRADE_TEXT[r.grade]} (${r.headline})`).join('; ')}. Grades: ✓ low, ! watch (dotted), ✕ high (hatched).`,
      references: data.references,
    });
  return (
    <div className="cell-export">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          downloadText(`${file}.svg`, build().svg, 'image/svg+xml');
          setStatus(`Saved ${file}.svg`);
        }}
      >
        Save diagram as SVG
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={async () => {
          setStatus('Drawing the PNG…');
          try {
            const { svg, width, height } = build();
            downloadBlob(`${file}.png`, await svgToPngBlob(svg, width, height, 2));
            setStatus(`Saved ${file}.png`);
          } catch (e) {
            setStatus(`The PNG could not be made: ${(e as Error).message}`);
          }
        }}
      >
        Save diagram as PNG
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}

/** One design's column. */
export function DesignPanel({
  data,
  options,
  onChange,
}: {
  data: DesignPanelData;
  options: DesignOptions;
  onChange: (d: CellDesign) => void;
}) {
  const { assessment } = data;
  const figure = useRef<HTMLElement>(null);
  const width = useElementWidth(figure, { fallback: 720, initial: 720 });
  const fontScale = useFontScale();
  const layout = diagramLayout(data, width, fontScale);
  const description = assessment.risks
    .map((r) => `${r.title}: ${GRADE_TEXT[r.grade]}, ${r.headline}`)
    .join('. ');
  return (
    <section className="cell-panel" aria-labelledby={`cell-${data.slot}-title`} data-design={data.slot}>
      <h2 id={`cell-${data.slot}-title`}>
        Design {data.slot}: {data.label}
      </h2>
      <p className="cell-overall">
        Worst risk: <GradeBadge grade={assessment.overall} />
      </p>
      <DesignForm
        name={`Design ${data.slot}`}
        design={data.design}
        ownCutoffV={data.ownCutoffV}
        options={options}
        onChange={onChange}
      />
      <figure className="cell-figure" ref={figure}>
        <CellDiagram layout={layout} title={`Risk map of ${data.label}`} description={description} />
        <figcaption className="muted">
          Anode to cathode; each numbered marker sits where its risk happens (numbers as in the list below),
          the bracket below is the whole cell. ✓ low, ! watch (dotted), ✕ high (hatched).
        </figcaption>
      </figure>
      <ExportButtons data={data} />
      <h3>Risks</h3>
      <RiskList risks={assessment.risks} label={`Risks of design ${data.slot}`} />
      <NumbersTable
        rows={numberRows(assessment)}
        designLabel={data.label}
        fileBase={`ssb-atlas-cell-numbers-${data.slot.toLowerCase()}`}
      />
    </section>
  );
}
