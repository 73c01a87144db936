import { useId } from 'react';
import { Cite } from '../../../components/Cite';
import { CitedText } from '../../../components/CitedText';
import { formatNumber } from '../../../domain/format';
import { modelSpecOf } from '../../../domain/mechanism-specs';
import type { KbLoad } from '../../../domain/mechanism-kb-values';

/** The props of a knowledge-base picker. */
export interface KbPickerProps {
  /** e.g. "Load electrolyte from the knowledge base". */
  label: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  value: string | null;
  /** Receives the chosen id, or null for "none". */
  onChange: (id: string | null) => void;
  /** What the chosen material filled in (null when none is chosen). */
  load: KbLoad | null;
  /** Current canonical values of the loaded keys. */
  current: Readonly<Record<string, number>>;
  noneLabel?: string;
  /** The user's own materials are still being read (an id not found yet is not "unknown"). */
  isPending?: boolean;
}

/** What a container decides for a picker: its options, the choice, what a change does and what it loaded. */
export type KbChoice = Pick<KbPickerProps, 'options' | 'value' | 'onChange' | 'load' | 'isPending'> & {
  /** The user's own materials are among the options (the picker's label says so). */
  hasOwn?: boolean;
};

/**
 * "Load from knowledge base": a select of materials; choosing one fills the model's inputs. Below
 * it, the loaded values with their provenance and citations, marked when the user has since
 * moved a slider away from them.
 */
export function KbPicker({
  label,
  options,
  value,
  onChange,
  load,
  current,
  noneLabel = 'none (model defaults)',
  isPending = false,
}: KbPickerProps) {
  const id = useId();
  const isKnown = value === null || options.some((o) => o.id === value);
  return (
    <div className="kb-picker">
      <label htmlFor={id} className="param-label">
        {label}
      </label>
      <select
        id={id}
        value={isKnown ? (value ?? '') : ''}
        onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      >
        <option value="">{noneLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {!isKnown && !isPending && <p className="param-error">No material “{value}” in the knowledge base.</p>}
      {load && (load.values.length > 0 || load.notes.length > 0) && (
        <ul className="kb-loaded" aria-label="Values loaded from the knowledge base">
          {load.values.map((v) => {
            const spec = modelSpecOf(v.key);
            const now = current[v.key];
            const isChanged =
              now !== undefined && Math.abs(now - v.value) > 1e-9 * Math.max(1, Math.abs(v.value));
            const shown = `${formatNumber(v.value * spec.displayFactor, 3)}${spec.displayUnit ? ` ${spec.displayUnit}` : ''}`;
            return (
              <li key={v.key} className={isChanged ? 'is-changed' : undefined}>
                <strong>{v.label}</strong> = {shown} <span className="muted">from {v.sourceText}</span>{' '}
                {v.refs.length > 0 && <Cite refs={v.refs} />}
                {v.note && <span className="kb-note">{v.note}.</span>}
                {isChanged && <span className="kb-changed">You have changed this value.</span>}
              </li>
            );
          })}
          {load.notes.map((n) => (
            <li key={n.text} className="kb-note-item">
              <CitedText text={n.text} /> {n.refs.length > 0 && <Cite refs={n.refs} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
