import { memo } from 'react';
import { displayAuthors, doiUrl, shortCitation } from '../../../domain/citation-text';
import type { ReferenceUse } from '../../../domain/reference-usage';
import type { Reference } from '../../../kb/schema';
import { ReferenceUsageList } from './ReferenceUsageList';

/** "[13] Zhu et al. 2015", or "added source Nitta et al. 2015" for a source SSB Atlas added. */
export function referenceLabel(r: Reference): string {
  return r.n ? `[${r.n}] ${shortCitation(r)}` : `added source ${shortCitation(r)}`;
}

/** A title followed by a full stop, unless it already ends a sentence. */
function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

interface Props {
  /** The reference shown. */
  reference: Reference;
  /** Where the app cites it. */
  uses: readonly ReferenceUse[];
  isSelected: boolean;
  onToggle: (id: string) => void;
}

/**
 * One reference: selection box, number, full citation, DOI and where it is used. Copy and export
 * act on the selection, from the list's one toolbar (a reference is ticked, then exported).
 */
export const ReferenceItem = memo(function ReferenceItem({
  reference: r,
  uses,
  isSelected,
  onToggle,
}: Props) {
  const label = referenceLabel(r);
  return (
    <li id={`ref-${r.id}`} className={`reference${isSelected ? ' is-selected' : ''}`}>
      <input
        type="checkbox"
        className="ref-check"
        checked={isSelected}
        onChange={() => onToggle(r.id)}
        aria-label={`Select ${label}`}
      />
      {r.n ? (
        <span className="ref-number">[{r.n}]</span>
      ) : (
        <span className="ref-number ref-added">
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">Added by SSB Atlas</span>
        </span>
      )}
      <div className="ref-body">
        <p className="ref-citation">
          <span className="ref-authors">{displayAuthors(r)}</span> ({r.year}){' '}
          <span className="ref-title">{endSentence(r.title)}</span> <i>{r.journal}</i>
          {r.volume && (
            <>
              {' '}
              <b>{r.volume}</b>
            </>
          )}
          {r.pages && `, ${r.pages}`}
          {/[.?!]$/.test(r.pages ?? r.volume ?? r.journal) ? '' : '.'}{' '}
          {r.doi ? (
            <a href={doiUrl(r.doi)} target="_blank" rel="noreferrer noopener" className="ref-doi">
              doi:{r.doi}
            </a>
          ) : (
            <span className="muted">(no verified DOI)</span>
          )}
          {!r.n && <span className="badge badge-added">added source</span>}
        </p>
        <ReferenceUsageList uses={uses} refLabel={label} />
      </div>
    </li>
  );
});
