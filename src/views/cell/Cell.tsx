/**
 * The Cell view: a whole solid-state cell design and its chemo-mechanical risks at once, one design
 * or two side by side. Props only; CellContainer reads the URL and the knowledge base.
 */
import { useId } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { CellDesign } from '../../domain/cell';
import type { CellDesignRecord } from '../../kb/schema';
import { type DesignPanelData, DesignPanel } from './parts/DesignPanel';
import { GradeBadge } from './parts/RiskList';
import type { DesignOptions } from './parts/DesignForm';
import './cell.css';

/** Props of the view. */
export interface CellProps {
  /** Design A, and design B when comparing. */
  panels: readonly DesignPanelData[];
  /** Messages about the parts of the link or of the KB that could not be used. */
  problems: readonly string[];
  /** What the models leave out for these designs (shown as a note, not as a problem). */
  notes: readonly string[];
  /** A design that could not be assessed at all (the KB lacks what it needs). */
  error: string | null;
  presets: readonly CellDesignRecord[];
  options: DesignOptions;
  onChange: (slot: 'A' | 'B', design: CellDesign) => void;
  onPreset: (slot: 'A' | 'B', presetId: string) => void;
  onCompare: () => void;
  onStopCompare: () => void;
}

function PresetPicker({
  slot,
  presets,
  onPreset,
}: {
  slot: 'A' | 'B';
  presets: CellProps['presets'];
  onPreset: CellProps['onPreset'];
}) {
  const id = useId();
  return (
    <div className="cell-field cell-preset">
      <label htmlFor={id}>Start design {slot} from the literature</label>
      <select id={id} value="" onChange={(e) => e.target.value && onPreset(slot, e.target.value)}>
        <option value="">Choose a ready-made design…</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two designs' risks next to each other, one row per risk, for reading the differences. */
function CompareTable({ a, b }: { a: DesignPanelData; b: DesignPanelData }) {
  return (
    <table className="cell-compare">
      <caption>Design A against design B, risk by risk</caption>
      <thead>
        <tr>
          <th scope="col">Risk</th>
          <th scope="col">A: {a.label}</th>
          <th scope="col">B: {b.label}</th>
        </tr>
      </thead>
      <tbody>
        {a.assessment.risks.map((ra) => {
          const rb = b.assessment.risks.find((x) => x.id === ra.id);
          return (
            <tr key={ra.id} className={rb && rb.grade !== ra.grade ? 'cell-compare-differs' : undefined}>
              <th scope="row">{ra.title}</th>
              <td>
                <GradeBadge grade={ra.grade} /> {ra.headline}
              </td>
              <td>
                {rb && (
                  <>
                    <GradeBadge grade={rb.grade} /> {rb.headline}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function Cell(props: CellProps) {
  const isComparing = props.panels.length === 2;
  return (
    <div className="cell-view">
      <h1>Cell</h1>
      <p className="lead">
        A whole cell at once: choose the anode, one or two electrolyte layers, a coating and the cathode, and
        the conditions it runs at. Each risk is computed by the same model as its own view and drawn where it
        happens.
      </p>
      {props.problems.length > 0 && (
        <div className="cell-problems" role="status">
          <p>Parts of this design could not be used:</p>
          <ul>
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {props.notes.map((n) => (
        <p key={n} className="cell-note">
          {n}
        </p>
      ))}
      {props.error && (
        <p role="alert" className="panel">
          {props.error}
        </p>
      )}
      <div className="cell-toolbar">
        <PresetPicker slot="A" presets={props.presets} onPreset={props.onPreset} />
        {isComparing ? (
          <>
            <PresetPicker slot="B" presets={props.presets} onPreset={props.onPreset} />
            <button type="button" className="button button-secondary" onClick={props.onStopCompare}>
              Stop comparing
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={props.onCompare}>
            Compare with a second design
          </button>
        )}
      </div>
      {isComparing && props.panels[0] && props.panels[1] && (
        <TableScroll label="Risks of the two designs">
          <CompareTable a={props.panels[0]} b={props.panels[1]} />
        </TableScroll>
      )}
      <div className={isComparing ? 'cell-columns cell-columns-2' : 'cell-columns'}>
        {props.panels.map((p) => (
          <DesignPanel
            key={p.slot}
            data={p}
            options={props.options}
            onChange={(d) => props.onChange(p.slot, d)}
          />
        ))}
      </div>
    </div>
  );
}
