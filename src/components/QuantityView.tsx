import { formatQuantity } from '../domain/format';
import type { Quantity } from '../kb/schema';
import { Cite } from './Cite';

/** A sourced number: value with unit, method badge, conditions and citations. */
export function QuantityView({ q }: { /** The quantity as stored in the knowledge base. */ q: Quantity }) {
  return (
    <span className="quantity">
      <span className="quantity-value">{formatQuantity(q)}</span> <MethodBadge method={q.method} />
      {q.conditions && <span className="quantity-conditions"> ({q.conditions})</span>} <Cite refs={q.refs} />
      {q.note && <span className="quantity-note">Note: {q.note}</span>}
    </span>
  );
}

export function MethodBadge({ method }: { method: Quantity['method'] }) {
  return <span className={`badge badge-${method}`}>{method}</span>;
}
