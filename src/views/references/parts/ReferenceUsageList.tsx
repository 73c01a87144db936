import { useState } from 'react';
import { Link } from '../../../components/Link';
import {
  type Place,
  PLACE_KIND_LABEL,
  type PlaceKind,
  type ReferenceUse,
} from '../../../domain/reference-usage';
import { type Route, VIEWS, type ViewId } from '../../../domain/url-state';

/** Views that may show each kind of place; a place links to the first one the app has. */
const PLACE_VIEWS: Record<PlaceKind, string> = {
  material: 'materials',
  glossary: 'glossary',
  mechanism: 'mechanisms',
  technique: 'techniques',
  topic: 'mechanisms',
  interface: 'interface-types',
  question: 'questions',
};

/** Where a place lives in the app, or null while no view shows that kind of record. */
export function placeRoute(place: Place): Route | null {
  const view = VIEWS.find((v) => v.id === PLACE_VIEWS[place.kind]);
  return view ? { view: view.id as ViewId, recordId: place.recordId } : null;
}

/** Shown before "show all" is pressed. */
const COLLAPSED_COUNT = 6;

/**
 * The places that cite one reference, grouped by kind: "Materials: LLZO (stability window), …".
 * Places with a page are links; long lists fold after six places.
 */
export function ReferenceUsageList({
  uses,
  refLabel,
}: {
  /** The uses of the reference, as built by `buildReferenceUsage`. */
  uses: readonly ReferenceUse[];
  /** The reference's short label, for the accessible name of the "show all" button. */
  refLabel: string;
}) {
  const [isExpanded, setExpanded] = useState(false);
  if (uses.length === 0) return <p className="ref-usage muted">Not cited on any page of SSB Atlas yet.</p>;
  const shown = isExpanded ? uses : uses.slice(0, COLLAPSED_COUNT);
  const groups: Array<{ kind: PlaceKind; uses: ReferenceUse[] }> = [];
  for (const u of shown) {
    const last = groups[groups.length - 1];
    if (last && last.kind === u.place.kind) last.uses.push(u);
    else groups.push({ kind: u.place.kind, uses: [u] });
  }
  return (
    <div className="ref-usage">
      <span className="ref-usage-title">Used in</span>
      <dl>
        {groups.map((g) => (
          <div key={g.kind} className="ref-usage-group">
            <dt>{PLACE_KIND_LABEL[g.kind]}</dt>
            {g.uses.map((u) => {
              const route = placeRoute(u.place);
              return (
                <dd key={u.place.recordId}>
                  {route ? <Link to={route}>{u.place.label}</Link> : <span>{u.place.label}</span>}
                  <span className="ref-usage-fields"> ({u.fields.join(', ')})</span>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
      {uses.length > COLLAPSED_COUNT && (
        <button
          type="button"
          className="link-button"
          aria-expanded={isExpanded}
          aria-label={
            isExpanded
              ? `Show fewer places for ${refLabel}`
              : `Show all ${uses.length} places citing ${refLabel}`
          }
          onClick={() => setExpanded(!isExpanded)}
        >
          {isExpanded ? 'Show fewer' : `Show all ${uses.length} places`}
        </button>
      )}
    </div>
  );
}
