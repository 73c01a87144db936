import { TableScroll } from '../../components/TableScroll';
import { type ReactNode, useMemo } from 'react';
import { MiniWindowChart } from '../../charts/mini-window/MiniWindowChart';
import { Cite } from '../../components/Cite';
import { Formula } from '../../components/Formula';
import { CitedText } from '../../components/CitedText';
import { FormulaText } from '../../components/FormulaText';
import { Link } from '../../components/Link';
import { QuantityView } from '../../components/QuantityView';
import { mechanismDiagramParams } from '../../domain/material-links';
import { COLUMNS, type OwnSource } from '../../domain/material-table';
import { ownSourceText } from '../../domain/own-source';
import { KIND_LABEL, type MaterialSummary, representative, shortName } from '../../domain/materials';
import { useKb } from '../../kb/kb-context';
import type { Electrode, Electrolyte, Phase, Quantity, Reaction, StabilityWindow } from '../../kb/schema';

const FILAMENT_PATH_LABEL: Record<string, string> = {
  'grain-boundaries': 'grain boundaries',
  'surface-flaws': 'surface flaws',
  pores: 'pores',
  bulk: 'inside the bulk',
};

/** One material: every property with value, unit, method, conditions and citation. */
export function MaterialPage({ material }: { /** The material to show. */ material: MaterialSummary }) {
  const { source } = material;
  return (
    <article className="material-page" aria-labelledby="material-title">
      <p className="breadcrumb">
        <Link to={{ view: 'materials', recordId: null }}>Materials</Link> › {KIND_LABEL[material.kind]}
      </p>
      <h1 id="material-title">
        <FormulaText text={material.name} />{' '}
        <span className="title-formula">
          (<Formula text={material.formula} />)
        </span>
      </h1>
      {material.isOwn && <OwnNote material={material} />}
      {material.aliases.length > 0 && <p className="muted">Also known as: {material.aliases.join(', ')}</p>}
      <p className="material-sources-link">
        <Link
          to={{ view: 'references', recordId: null }}
          params={{ refUsedBy: `material-${material.id}`, refQuery: '', refSource: 'all' }}
        >
          Sources of this page: list, cite and export
        </Link>
      </p>
      {source.kind === 'electrolyte' && <ElectrolyteDetails e={source.record} />}
      {source.kind === 'electrode' && <ElectrodeDetails e={source.record} />}
      {source.kind === 'phase' && <PhaseDetails p={source.record} />}
    </article>
  );
}

/** For a material the user added: says so, and names the source of each of its values. */
function OwnNote({ material }: { material: MaterialSummary }) {
  const record = material.source.record as unknown as Record<string, unknown>;
  const sources = COLUMNS.flatMap((c) => {
    const q = c.field ? (record[c.field] as (Quantity & OwnSource) | undefined) : undefined;
    const what = q ? ownSourceText(q) : null;
    return what === null ? [] : [`${c.label}: ${what}`];
  });
  return (
    <div className="panel own-note" role="note">
      <p>
        <span className="badge badge-own">yours</span> A material you added. It is kept in this browser only;
        manage it under “Your materials” on the{' '}
        <Link to={{ view: 'materials', recordId: null }}>materials page</Link>.
      </p>
      {sources.length > 0 && (
        <ul>
          {sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `sec-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function PropertyTable({ rows }: { rows: Array<[string, Quantity | undefined]> }) {
  const present = rows.filter((r): r is [string, Quantity] => r[1] !== undefined);
  if (present.length === 0)
    return <p className="muted">No measured or calculated properties recorded yet.</p>;
  return (
    <dl className="property-list">
      {present.map(([label, q]) => (
        <div key={label} className="property-row">
          <dt>{label}</dt>
          <dd>
            <QuantityView q={q} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function WindowsTable({ windows }: { windows: readonly StabilityWindow[] }) {
  if (windows.length === 0) return <p className="muted">No stability window recorded.</p>;
  return (
    <TableScroll label="Stability windows table">
      <table className="data-table">
        <caption className="visually-hidden">Electrochemical stability windows, V vs Li/Li+</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Reduction limit</th>
            <th scope="col">Oxidation limit</th>
            <th scope="col">Method</th>
            <th scope="col">Reference</th>
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={w.source}>
              <th scope="row">{w.label}</th>
              <td>{w.reductionV.toFixed(2)} V</td>
              <td>{w.oxidationV.toFixed(2)} V</td>
              <td>
                <span className={`badge badge-${w.method}`}>{w.method}</span>
                {w.conditions && <span className="muted"> {w.conditions}</span>}
              </td>
              <td>
                <Cite refs={w.refs} />
                {w.note && <span className="quantity-note">Note: {w.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Electrodes drawn as reference lines on the small window chart; cathodes at their charge cut-off. */
const REFERENCE_ELECTRODES = ['li-metal', 'li-in', 'lto', 'lco', 'nmc811', 'lnmo'];

function WindowWithElectrodes({ name, windows }: { name: string; windows: readonly StabilityWindow[] }) {
  const { index } = useKb();
  const marks = useMemo(
    () =>
      REFERENCE_ELECTRODES.flatMap((id) => {
        const el = index.electrodes.get(id);
        const q = el?.cutoffPotential ?? el?.potential;
        const v = representative(q);
        if (!el || v === null) return [];
        return [{ id, label: shortName(el), potentialV: v }];
      }),
    [index],
  );
  if (windows.length === 0) return null;
  return <MiniWindowChart windows={windows} electrodes={marks} title={`Stability windows of ${name}`} />;
}

function ReactionList({ reactions }: { reactions: readonly Reaction[] }) {
  const { index } = useKb();
  return (
    <ul className="reaction-list">
      {reactions.map((r, i) => (
        <li key={i}>
          <span className="equation">
            <Formula text={r.equation} />
          </span>{' '}
          <span className={`badge badge-${r.method}`}>{r.method}</span> <Cite refs={r.refs} />
          <span className="products">
            Products:{' '}
            {r.products.map((p, j) => {
              const phase = index.phases.get(p.phase);
              return (
                <span key={p.phase}>
                  {j > 0 && ', '}
                  <Link to={{ view: 'materials', recordId: p.phase }}>
                    <Formula text={phase?.formula ?? p.phase} />
                  </Link>{' '}
                  <span className="muted">({phase?.electronic ?? 'unknown'})</span>
                </span>
              );
            })}
          </span>
          {r.note && <span className="quantity-note">Note: {r.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function ElectrolyteDetails({ e }: { e: Electrolyte }) {
  const { index } = useKb();
  const itype = e.interfaceWithLi;
  return (
    <>
      <p className="lede">
        <CitedText text={e.summary} />
      </p>
      <dl className="facts">
        <div>
          <dt>Family</dt>
          <dd>{e.family}</dd>
        </div>
        <div>
          <dt>Class</dt>
          <dd>{e.class}</dd>
        </div>
        {e.variantOf && (
          <div>
            <dt>Variant of</dt>
            <dd>
              <Link to={{ view: 'materials', recordId: e.variantOf }}>
                {index.electrolytes.get(e.variantOf)?.name ?? e.variantOf}
              </Link>
            </dd>
          </div>
        )}
      </dl>
      <Section title="Interface with lithium metal">
        {itype ? (
          <>
            <p className={`interface-type interface-type-${itype.type}`}>
              <strong>Type {itype.type}</strong>:{' '}
              {(index.interfaceTypes.get(`interface-type-${itype.type}`)?.name ?? '').replace(
                /^Type \d:\s*/,
                '',
              )}
            </p>
            <ul className="evidence-list">
              {itype.evidence.map((ev, i) => (
                <li key={i}>
                  <strong>{index.techniques.get(ev.technique)?.name ?? ev.technique}:</strong>{' '}
                  <CitedText text={ev.text} /> <Cite refs={ev.refs} />
                </li>
              ))}
            </ul>
            {itype.note && <p className="quantity-note">Note: {itype.note}</p>}
          </>
        ) : (
          <p className="muted">No interface classification recorded.</p>
        )}
      </Section>
      <Section title="Electrochemical stability window">
        <WindowWithElectrodes name={e.name} windows={e.windows} />
        <WindowsTable windows={e.windows} />
      </Section>
      <Section title="Properties">
        <PropertyTable
          rows={[
            ['Ionic conductivity (room temperature)', e.ionicConductivity],
            ['Electronic conductivity', e.electronicConductivity],
            ['Shear modulus', e.shearModulus],
            ["Young's modulus", e.youngsModulus],
            ['Fracture toughness', e.fractureToughness],
            ['Molar volume', e.molarVolume],
          ]}
        />
      </Section>
      {e.reductionAtLi && (
        <Section title="Reduction at lithium">
          <h3>Predicted</h3>
          {e.reductionAtLi.predicted.length ? (
            <ReactionList reactions={e.reductionAtLi.predicted} />
          ) : (
            <p className="muted">None recorded.</p>
          )}
          <h3>Observed</h3>
          {e.reductionAtLi.observed.length ? (
            <ul>
              {e.reductionAtLi.observed.map((o, i) => (
                <li key={i}>
                  <CitedText text={o.text} /> <Cite refs={o.refs} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </Section>
      )}
      {e.oxidationProducts && e.oxidationProducts.length > 0 && (
        <Section title="Oxidation at high potential">
          <ReactionList reactions={e.oxidationProducts} />
        </Section>
      )}
      {e.filaments && (
        <Section title="Lithium filaments">
          <p>
            <strong>{e.filaments.observed ? 'Observed' : 'Not observed'}</strong>
            {e.filaments.paths.length > 0 &&
              ` along ${e.filaments.paths.map((p) => FILAMENT_PATH_LABEL[p] ?? p).join(', ')}`}
            . <CitedText text={e.filaments.text} /> <Cite refs={e.filaments.refs} />
          </p>
        </Section>
      )}
      <Section title="Failure mechanisms and mitigations">
        {e.mechanisms.length > 0 && (
          <>
            <p>Suffers from (each opens its explanation, with the diagrams set to this material):</p>
            <ul className="mechanism-links">
              {e.mechanisms.map((m) => (
                <li key={m}>
                  <Link to={{ view: 'mechanisms', recordId: m }} params={mechanismDiagramParams(m, e.id)}>
                    {index.mechanisms.get(m)?.name ?? m}
                  </Link>
                  {index.mechanisms.get(m)?.summary && (
                    <>
                      : <CitedText text={index.mechanisms.get(m)?.summary ?? ''} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {e.mitigations.length > 0 ? (
          <ul>
            {e.mitigations.map((m, i) => (
              <li key={i}>
                <CitedText text={m.text} /> <Cite refs={m.refs} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No mitigation recorded.</p>
        )}
      </Section>
      {e.related.length > 0 && (
        <Section title="Related materials">
          <ul className="inline-list">
            {e.related.map((id) => (
              <li key={id}>
                <Link to={{ view: 'materials', recordId: id }}>{index.electrolytes.get(id)?.name ?? id}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function ElectrodeDetails({ e }: { e: Electrode }) {
  return (
    <>
      <p className="lede">
        <CitedText text={e.summary} />
      </p>
      <Section title="Properties">
        <PropertyTable
          rows={[
            ['Working potential vs Li/Li+', e.potential],
            ['Charge cut-off potential', e.cutoffPotential],
            ['Volume change (delithiated → lithiated)', e.volumeChange],
            ['Shear modulus', e.shearModulus],
            ["Young's modulus", e.youngsModulus],
            ['Yield strength', e.yieldStrength],
            ['Molar volume', e.molarVolume],
          ]}
        />
        {e.creep && (
          <p>
            <strong>Creep:</strong> <CitedText text={e.creep.text} /> <Cite refs={e.creep.refs} />
          </p>
        )}
      </Section>
    </>
  );
}

function PhaseDetails({ p }: { p: Phase }) {
  return (
    <>
      <p className="lede">
        <CitedText text={p.summary} />
      </p>
      <p>
        <strong>Electronic character:</strong> {p.electronic}{' '}
        {p.electronicRefs.length > 0 && <Cite refs={p.electronicRefs} />}
      </p>
      <Section title="Properties">
        <PropertyTable
          rows={[
            ['Molar volume', p.molarVolume],
            ['Ionic conductivity', p.ionicConductivity],
          ]}
        />
      </Section>
      <Section title="Electrochemical stability window">
        <WindowWithElectrodes name={p.name} windows={p.windows} />
        <WindowsTable windows={p.windows} />
      </Section>
    </>
  );
}
