import { type FormEvent, useEffect, useId, useState } from 'react';
import type { CustomElectrolyte } from '../../../domain/classifier';
import {
  CUSTOM_LIMITS,
  type CustomElectrolyteDraft,
  type CustomProductDraft,
  type DraftError,
  type DraftField,
  draftFieldKey,
  ELECTRONIC_OPTIONS,
  emptyProductDraft,
  type ProductField,
  type ProductSide,
  asCustomDraft,
  draftFromCustom,
  parseCustomDraft,
} from '../../../domain/custom-electrolyte-codec';
import { clearDraft, loadDraft, saveDraft } from '../../../persist/drafts';
import { SavedCustomElectrolytes, useSavedCustomElectrolytes } from './SavedCustomElectrolytes';

/** Where unsaved input of this form is kept (per tab, survives reload and Back). */
const DRAFT_KEY = 'custom-electrolyte-form';

/** The unsaved input kept for the form, if it was typed over `base` (the form's starting point). */
function restoredDraft(base: string): CustomElectrolyteDraft | null {
  const kept = loadDraft(DRAFT_KEY) as { base?: unknown; draft?: unknown } | null;
  if (!kept || kept.base !== base) return null;
  return asCustomDraft(kept.draft);
}

interface Props {
  /** The draft to start from (the electrolyte in the link, or a template). */
  initial: CustomElectrolyteDraft;
  /** Why the custom electrolyte in the link could not be read, if it could not. */
  linkProblem: string | null;
  /** Called with a valid electrolyte when the form is submitted. */
  onSubmit: (value: CustomElectrolyte) => void;
}

const SIDES: ReadonlyArray<{ side: ProductSide; title: string; hint: string; one: string }> = [
  {
    side: 'reductionProducts',
    title: 'Reduction products',
    hint: 'What the electrolyte turns into below its reduction limit (e.g. against Li metal), per formula unit.',
    one: 'Reduction product',
  },
  {
    side: 'oxidationProducts',
    title: 'Oxidation products',
    hint: 'What it turns into above its oxidation limit (e.g. against a charged cathode), per formula unit.',
    one: 'Oxidation product',
  },
];

/**
 * The custom-electrolyte form: name, window, molar volume and the products on each side. Errors
 * appear after the first submit, in a summary that links to each field and beside the field
 * itself; nothing is classified until every field is valid.
 */
export function CustomElectrolyteForm({ initial, linkProblem, onSubmit }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  // What the form shows when nothing is typed: the link's electrolyte (or the template). Unsaved
  // input typed over it is kept in the tab's storage and comes back after a reload or Back.
  const [base, setBase] = useState(() => JSON.stringify(initial));
  const [draft, setDraft] = useState<CustomElectrolyteDraft>(() => restoredDraft(base) ?? initial);
  const [wasRestored, setWasRestored] = useState(() => restoredDraft(base) !== null);
  const [hasSubmitted, setSubmitted] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [recordId, setRecordId] = useState<string | null>(null);
  const saved = useSavedCustomElectrolytes();
  const isDirty = JSON.stringify(draft) !== base;

  useEffect(() => {
    if (isDirty) saveDraft(DRAFT_KEY, { base, draft });
    else clearDraft(DRAFT_KEY);
  }, [isDirty, base, draft]);
  // Leaving the page with unsaved input asks first (it would still come back in this tab).
  useEffect(() => {
    if (!isDirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [isDirty]);
  const { errors } = parseCustomDraft(draft);
  const shown = hasSubmitted ? errors : [];
  const fieldId = (at: DraftField) => `${uid}-${draftFieldKey(at)}`;
  const errorOf = (at: DraftField): DraftError | undefined =>
    shown.find((e) => draftFieldKey(e.at) === draftFieldKey(at));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const parsed = parseCustomDraft(draft);
    if (parsed.value) {
      const value = parsed.value;
      setSavedName(value.name);
      setSavedAs(null);
      setWasRestored(false);
      // The link now holds this electrolyte: it is the form's new starting point.
      setBase(JSON.stringify(draftFromCustom(value)));
      setDraft(draftFromCustom(value));
      onSubmit(value);
      // A new record unless this is the saved one being edited under its own name.
      void saved.save(value, recordId).then((record) => {
        if (!record) return;
        setRecordId(record.id);
        setSavedAs(record.name);
      });
    } else {
      setSavedName(null);
      // Move focus to the summary so screen-reader users hear what to fix.
      requestAnimationFrame(() => document.getElementById(`${uid}-summary`)?.focus());
    }
  };
  const loadSaved = (value: CustomElectrolyte, id: string) => {
    setSubmitted(false);
    setSavedName(value.name);
    setSavedAs(null);
    setWasRestored(false);
    setRecordId(id);
    setBase(JSON.stringify(draftFromCustom(value)));
    setDraft(draftFromCustom(value));
    onSubmit(value);
  };
  const discardUnsaved = () => {
    setWasRestored(false);
    setSubmitted(false);
    setDraft(JSON.parse(base) as CustomElectrolyteDraft);
  };
  const setField = (field: keyof Omit<CustomElectrolyteDraft, ProductSide>, value: string) => {
    setSavedName(null);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const setProduct = (side: ProductSide, index: number, patch: Partial<CustomProductDraft>) => {
    setSavedName(null);
    setDraft((d) => ({ ...d, [side]: d[side].map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
  };
  const addProduct = (side: ProductSide) =>
    setDraft((d) => ({ ...d, [side]: [...d[side], emptyProductDraft()] }));
  const removeProduct = (side: ProductSide, index: number) =>
    setDraft((d) => ({ ...d, [side]: d[side].filter((_, i) => i !== index) }));

  const describedBy = (at: DraftField, help?: string) =>
    [errorOf(at) ? `${fieldId(at)}-error` : null, help ?? null].filter(Boolean).join(' ') || undefined;
  const errorText = (at: DraftField) => {
    const err = errorOf(at);
    return err ? (
      <span id={`${fieldId(at)}-error`} className="cls-field-error">
        {err.message}
      </span>
    ) : null;
  };
  const top = (field: Extract<DraftField, { kind: 'field' }>['field']): DraftField => ({
    kind: 'field',
    field,
  });

  return (
    <form className="cls-custom-form" aria-labelledby={`${uid}-title`} noValidate onSubmit={submit}>
      <h3 id={`${uid}-title`}>Custom electrolyte</h3>
      {linkProblem && (
        <p className="cls-notice cls-notice-warning" role="alert">
          The custom electrolyte in this link could not be read ({linkProblem}). The form starts from an
          example instead.
        </p>
      )}
      {wasRestored && (
        <p className="cls-notice" role="status">
          Your unsaved input from before was kept and is shown below.{' '}
          <button type="button" className="button button-small button-secondary" onClick={discardUnsaved}>
            Discard it
          </button>
        </p>
      )}
      <SavedCustomElectrolytes saved={saved} currentId={recordId} onUse={(r) => loadSaved(r.value, r.id)} />
      {shown.length > 0 && (
        <div id={`${uid}-summary`} className="cls-error-summary" role="alert" tabIndex={-1}>
          <p>
            <strong>
              {shown.length === 1 ? 'One entry needs fixing' : `${shown.length} entries need fixing`} before
              the electrolyte can be classified:
            </strong>
          </p>
          <ul>
            {shown.map((e) => (
              <li key={draftFieldKey(e.at)}>
                <a
                  href={`#${fieldId(e.at)}`}
                  onClick={(ev) => {
                    const target = document.getElementById(fieldId(e.at));
                    if (target) {
                      ev.preventDefault();
                      target.focus();
                    }
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="cls-custom-grid">
        <div className="field">
          <label htmlFor={fieldId(top('name'))}>Name</label>
          <input
            id={fieldId(top('name'))}
            value={draft.name}
            maxLength={CUSTOM_LIMITS.nameMaxLength + 10}
            aria-invalid={errorOf(top('name')) ? true : undefined}
            aria-describedby={describedBy(top('name'))}
            onChange={(e) => setField('name', e.target.value)}
          />
          {errorText(top('name'))}
        </div>
        <div className="field">
          <label htmlFor={fieldId(top('reductionV'))}>Reduction limit (V vs Li/Li+)</label>
          <input
            id={fieldId(top('reductionV'))}
            inputMode="decimal"
            value={draft.reductionV}
            aria-invalid={errorOf(top('reductionV')) ? true : undefined}
            aria-describedby={describedBy(top('reductionV'))}
            onChange={(e) => setField('reductionV', e.target.value)}
          />
          {errorText(top('reductionV'))}
        </div>
        <div className="field">
          <label htmlFor={fieldId(top('oxidationV'))}>Oxidation limit (V vs Li/Li+)</label>
          <input
            id={fieldId(top('oxidationV'))}
            inputMode="decimal"
            value={draft.oxidationV}
            aria-invalid={errorOf(top('oxidationV')) ? true : undefined}
            aria-describedby={describedBy(top('oxidationV'))}
            onChange={(e) => setField('oxidationV', e.target.value)}
          />
          {errorText(top('oxidationV'))}
        </div>
        <div className="field">
          <label htmlFor={fieldId(top('molarVolume'))}>
            Molar volume of the electrolyte (cm³/mol, optional)
          </label>
          <input
            id={fieldId(top('molarVolume'))}
            inputMode="decimal"
            value={draft.molarVolume}
            aria-invalid={errorOf(top('molarVolume')) ? true : undefined}
            aria-describedby={describedBy(top('molarVolume'), `${uid}-vm-help`)}
            onChange={(e) => setField('molarVolume', e.target.value)}
          />
          <span id={`${uid}-vm-help`} className="cls-field-help">
            Per formula unit; needed for the volume change only.
          </span>
          {errorText(top('molarVolume'))}
        </div>
      </div>
      {SIDES.map(({ side, title, hint, one }) => (
        <fieldset key={side} className="cls-product-list">
          <legend>{title}</legend>
          <p className="cls-field-help">{hint} Leave a molar volume empty if it is unknown.</p>
          {draft[side].length === 0 && <p className="muted">None entered.</p>}
          {draft[side].map((row, index) => {
            const at = (field: ProductField): DraftField => ({ kind: 'product', side, index, field });
            const label = `${one} ${index + 1}`;
            return (
              <fieldset key={index} className="cls-product-row">
                <legend>
                  {label}
                  {row.name.trim() ? `: ${row.name.trim()}` : ''}
                </legend>
                <div className="field">
                  <label htmlFor={fieldId(at('name'))}>Formula</label>
                  <input
                    id={fieldId(at('name'))}
                    value={row.name}
                    aria-invalid={errorOf(at('name')) ? true : undefined}
                    aria-describedby={describedBy(at('name'))}
                    onChange={(e) => setProduct(side, index, { name: e.target.value })}
                  />
                  {errorText(at('name'))}
                </div>
                <div className="field">
                  <label htmlFor={fieldId(at('moles'))}>Moles per formula unit</label>
                  <input
                    id={fieldId(at('moles'))}
                    inputMode="decimal"
                    value={row.moles}
                    aria-invalid={errorOf(at('moles')) ? true : undefined}
                    aria-describedby={describedBy(at('moles'))}
                    onChange={(e) => setProduct(side, index, { moles: e.target.value })}
                  />
                  {errorText(at('moles'))}
                </div>
                <div className="field">
                  <label htmlFor={fieldId(at('molarVolume'))}>Molar volume (cm³/mol)</label>
                  <input
                    id={fieldId(at('molarVolume'))}
                    inputMode="decimal"
                    value={row.molarVolume}
                    placeholder="unknown"
                    aria-invalid={errorOf(at('molarVolume')) ? true : undefined}
                    aria-describedby={describedBy(at('molarVolume'))}
                    onChange={(e) => setProduct(side, index, { molarVolume: e.target.value })}
                  />
                  {errorText(at('molarVolume'))}
                </div>
                <div className="field">
                  <label htmlFor={`${fieldId(at('name'))}-electronic`}>Electronic character</label>
                  <select
                    id={`${fieldId(at('name'))}-electronic`}
                    value={row.electronic}
                    onChange={(e) =>
                      setProduct(side, index, {
                        electronic: e.target.value as CustomProductDraft['electronic'],
                      })
                    }
                  >
                    {ELECTRONIC_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={fieldId(at('ionicConductivity'))}>Li⁺ conductivity (S/cm, optional)</label>
                  <input
                    id={fieldId(at('ionicConductivity'))}
                    inputMode="decimal"
                    value={row.ionicConductivity}
                    placeholder="e.g. 1e-7"
                    aria-invalid={errorOf(at('ionicConductivity')) ? true : undefined}
                    aria-describedby={describedBy(at('ionicConductivity'))}
                    onChange={(e) => setProduct(side, index, { ionicConductivity: e.target.value })}
                  />
                  {errorText(at('ionicConductivity'))}
                </div>
                <button
                  type="button"
                  className="button button-small button-secondary cls-product-remove"
                  aria-label={`Remove ${label.toLowerCase()}`}
                  onClick={() => removeProduct(side, index)}
                >
                  Remove
                </button>
              </fieldset>
            );
          })}
          {draft[side].length < CUSTOM_LIMITS.productsPerSideMax && (
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => addProduct(side)}
            >
              Add {one.toLowerCase()}
            </button>
          )}
        </fieldset>
      ))}
      {errorText(top('products'))}
      <div className="cls-custom-actions">
        <button type="submit" className="button">
          Classify custom electrolyte
        </button>
        <span role="status" className="muted">
          {savedName
            ? `Classified “${savedName}”; the result is below and in the link${savedAs ? `, and it is saved in this browser as “${savedAs}”` : ''}.`
            : isDirty
              ? 'Not classified yet: your input is kept in this tab until you classify it.'
              : ''}
        </span>
      </div>
    </form>
  );
}
