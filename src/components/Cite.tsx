import { citeLabel, doiUrl, fullCitation, shortCitation } from '../domain/citation-text';
import { useReference } from '../kb/hooks';
import { Link } from './Link';
import { usePopover } from './use-popover';

/**
 * Citations as compact links ("[13]" or "Zhu et al. 2015"). Hovering or focusing one shows the
 * full reference with a DOI link; Escape closes it. The popover stays open while the pointer or
 * focus is inside it, so its DOI link can be reached by keyboard.
 */
export function Cite({ refs }: { /** Reference ids, in order. */ refs: readonly string[] }) {
  return (
    <span className="cite-group">
      {refs.map((id) => (
        <CiteOne key={id} id={id} />
      ))}
    </span>
  );
}

function CiteOne({ id }: { id: string }) {
  const ref = useReference(id);
  const { isOpen, popId, popRef, wrapperProps } = usePopover();
  if (!ref) return <span className="cite cite-missing">[{id}?]</span>;
  const label = citeLabel(ref);
  return (
    <span className="cite" {...wrapperProps}>
      <Link
        className="cite-link"
        to={{ view: 'references', recordId: null }}
        params={{ refQuery: id }}
        aria-label={`${shortCitation(ref)}: ${ref.title}`}
        aria-describedby={isOpen ? popId : undefined}
      >
        {label}
      </Link>
      {isOpen && (
        <span className="cite-pop" role="tooltip" id={popId} ref={popRef}>
          <span className="cite-pop-text">{fullCitation(ref)}</span>
          {ref.doi ? (
            <a href={doiUrl(ref.doi)} target="_blank" rel="noreferrer noopener">
              doi:{ref.doi}
            </a>
          ) : (
            <span className="muted">No verified DOI</span>
          )}
        </span>
      )}
    </span>
  );
}
