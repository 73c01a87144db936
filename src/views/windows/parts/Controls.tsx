import { formatPotential } from '../../../domain/format';
import { memo, useId } from 'react';
import { SORT_LABEL, WINDOW_SORTS } from '../../../charts/stability/layout';
import { GROUP_LABEL, SOURCE_LABEL } from '../../../charts/stability/rows';
import { GROUPS } from '../../../domain/stability-rows';
import { SourceSwatch } from '../../../charts/stability/patterns';
import type { WindowSource } from '../../../kb/schema';
import type { ElectrodeChoice, WindowsProps } from '../Windows';

const CLASS_LABEL: Record<string, string> = {
  oxide: 'Oxides',
  sulfide: 'Sulfides',
  phosphate: 'Phosphates',
  oxynitride: 'Oxynitrides',
  polymer: 'Polymers',
  binary: 'Binary',
  interphase: 'Interphase',
  coating: 'Coating',
};

/** What the controls read: the settings, never the selection or search (so a click skips them). */
export type WindowsControlsProps = Pick<
  WindowsProps,
  | 'sources'
  | 'availableSources'
  | 'sort'
  | 'classes'
  | 'chosenClasses'
  | 'showsTable'
  | 'anode'
  | 'cathode'
  | 'anodeChoices'
  | 'cathodeChoices'
  | 'onChange'
  | 'onSourcesChange'
>;

/** Chart settings: sources, electrodes, sort, class filter and the table toggle. */
export const WindowsControls = memo(function WindowsControls(props: WindowsControlsProps) {
  const id = useId();
  const { sources, availableSources, onChange } = props;
  const chosen = props.chosenClasses.length > 0 ? props.chosenClasses : props.classes.map((c) => c.className);

  const toggleSource = (s: WindowSource, isOn: boolean) => {
    const next = isOn ? [...sources, s] : sources.filter((x) => x !== s);
    if (next.length > 0) props.onSourcesChange(availableSources.filter((x) => next.includes(x)));
  };
  const toggleClass = (c: string, isOn: boolean) => {
    const next = isOn ? [...chosen, c] : chosen.filter((x) => x !== c);
    if (next.length === 0) return;
    const all = props.classes.map((x) => x.className);
    onChange({ windowClasses: next.length === all.length ? [] : all.filter((x) => next.includes(x)) });
  };

  return (
    <section className="sw-controls" aria-label="Chart settings">
      <fieldset className="sw-fieldset">
        <legend>Sources</legend>
        {availableSources.map((s) => {
          const isOn = sources.includes(s);
          return (
            <label key={s} className="sw-check">
              <input
                type="checkbox"
                checked={isOn}
                disabled={isOn && sources.length === 1}
                onChange={(e) => toggleSource(s, e.target.checked)}
              />
              <SourceSwatch prefix={`${id}-${s}`} source={s} /> {SOURCE_LABEL[s]}
            </label>
          );
        })}
        <p className="sw-hint">Shown side by side in each row, never averaged.</p>
      </fieldset>

      <fieldset className="sw-fieldset">
        <legend>Electrodes</legend>
        <ElectrodeSelect
          label="Anode"
          choices={props.anodeChoices}
          value={props.anode.id}
          onChange={(v) => onChange({ anode: v, anodeV: null })}
        />
        <ElectrodeSelect
          label="Cathode"
          choices={props.cathodeChoices}
          value={props.cathode.id}
          onChange={(v) => onChange({ cathode: v, cathodeV: null })}
        />
        {(props.anode.isMoved || props.cathode.isMoved) && (
          <button
            type="button"
            className="button button-small button-secondary sw-reset"
            onClick={() => onChange({ anodeV: null, cathodeV: null })}
          >
            Put markers back on the electrodes
          </button>
        )}
        <p className="sw-hint">
          Drag a marker on the axis, or focus it and use the arrow keys (Shift for 0.1 V).
        </p>
      </fieldset>

      <fieldset className="sw-fieldset">
        <legend>Show</legend>
        <label className="field sw-field" htmlFor={`${id}-sort`}>
          Sort within each group
          <select
            id={`${id}-sort`}
            value={props.sort}
            onChange={(e) => onChange({ windowSort: e.target.value as (typeof WINDOW_SORTS)[number] })}
          >
            {WINDOW_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small button-secondary sw-table-toggle"
          aria-pressed={props.showsTable}
          onClick={() => onChange({ windowTable: !props.showsTable })}
        >
          {props.showsTable ? '☑' : '☐'} Show as table
        </button>
      </fieldset>

      <fieldset className="sw-fieldset sw-classes">
        <legend>Classes</legend>
        {GROUPS.filter((g) => props.classes.some((c) => c.group === g)).map((g) => (
          <div key={g} className="sw-class-group">
            <span className="sw-class-group-label">{GROUP_LABEL[g]}:</span>
            {props.classes
              .filter((c) => c.group === g)
              .map((c) => {
                const isOn = chosen.includes(c.className);
                return (
                  <label key={c.className} className="sw-check">
                    <input
                      type="checkbox"
                      checked={isOn}
                      disabled={isOn && chosen.length === 1}
                      onChange={(e) => toggleClass(c.className, e.target.checked)}
                    />
                    {CLASS_LABEL[c.className] ?? c.className}
                  </label>
                );
              })}
          </div>
        ))}
      </fieldset>
    </section>
  );
});

function ElectrodeSelect({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: readonly ElectrodeChoice[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const id = useId();
  if (choices.length === 0)
    return (
      <p className="muted">No {label.toLowerCase()} in the knowledge base; using a default potential.</p>
    );
  return (
    <label className="field sw-field" htmlFor={id}>
      {label}
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} (${c.basis === 'charge cut-off' ? 'cut-off ' : ''}${formatPotential(c.potentialV)} V)`}
          </option>
        ))}
      </select>
    </label>
  );
}
