import { Formula } from '../../../components/Formula';
import { Link } from '../../../components/Link';
import type { MaterialSummary } from '../../../domain/materials';

/** The shared selection (with a link to its page) and the global search, as they affect the chart. */
export function SelectionBar({
  selectedId,
  material,
  isInChart,
  query,
  highlightedCount,
  onClearSelection,
  onClearSearch,
}: {
  selectedId: string | null;
  /** The selected material's record, null if unknown. */
  material: MaterialSummary | null;
  /** True when the selected material has a bar in the chart as filtered. */
  isInChart: boolean;
  /** Global search text. */
  query: string;
  /** Materials in the chart matching the search. */
  highlightedCount: number;
  onClearSelection: () => void;
  onClearSearch: () => void;
}) {
  const q = query.trim();
  if (!selectedId && !q) {
    return (
      <p className="sw-selection muted">
        Click a bar (or Tab to it and press Enter) to select a material; the other views follow.
      </p>
    );
  }
  return (
    <div className="sw-selection">
      {selectedId && (
        <p>
          <span className="sw-selection-mark" aria-hidden="true">
            ▸
          </span>{' '}
          Selected:{' '}
          {material ? (
            <>
              <strong>{material.name}</strong>
              {material.formula !== material.name && (
                <>
                  {' '}
                  (<Formula text={material.formula} />)
                </>
              )}
              {!isInChart && <span className="muted"> — not in the chart as filtered</span>}{' '}
              <Link to={{ view: 'materials', recordId: material.id }}>Open the material page</Link>
            </>
          ) : (
            <strong>{selectedId}</strong>
          )}{' '}
          <button type="button" className="button button-small button-secondary" onClick={onClearSelection}>
            Clear selection
          </button>
        </p>
      )}
      {q && (
        <p>
          <span className="sw-hit-mark" aria-hidden="true">
            ◆
          </span>{' '}
          {highlightedCount === 0
            ? `No material in the chart matches “${q}”.`
            : `${highlightedCount} material${highlightedCount === 1 ? '' : 's'} matching “${q}” ${highlightedCount === 1 ? 'is' : 'are'} highlighted.`}{' '}
          <button type="button" className="button button-small button-secondary" onClick={onClearSearch}>
            Clear search
          </button>
        </p>
      )}
    </div>
  );
}
