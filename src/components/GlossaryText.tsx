import { Fragment, useMemo, useRef } from 'react';
import { linkGlossaryTerms, shortDefinition } from '../domain/glossary-linker';
import { proseRuns } from '../domain/prose-formulas';
import { useGlossaryMatcher, useGlossaryTerm } from '../kb/hooks';
import { Formula } from './Formula';
import { Link } from './Link';
import { usePopover } from './use-popover';

/**
 * Prose with its glossary terms linked: the first mention of each term becomes a small link to
 * its glossary entry, whose short definition shows on hover or focus (Escape closes it).
 */
export function GlossaryText({
  text,
  exclude,
}: {
  /** The prose to show. */
  text: string;
  /** A term id never linked here (a definition does not link to its own term). */
  exclude?: string;
}) {
  const matcher = useGlossaryMatcher();
  const runs = useMemo(
    () => linkGlossaryTerms(matcher, text, { exclude: exclude ? [exclude] : [] }),
    [matcher, text, exclude],
  );
  return (
    <>
      {runs.map((r, i) =>
        r.termId ? (
          <GlossaryTermLink key={i} termId={r.termId} text={r.text} />
        ) : (
          <Fragment key={i}>
            {proseRuns(r.text).map((p, j) => (p.isFormula ? <Formula key={j} text={p.text} /> : p.text))}
          </Fragment>
        ),
      )}
    </>
  );
}

/** One linked mention of a glossary term, with its definition card. */
export function GlossaryTermLink({
  termId,
  text,
}: {
  /** The glossary term's id. */
  termId: string;
  /** The words as they appear in the prose. */
  text: string;
}) {
  const term = useGlossaryTerm(termId);
  const { isOpen, popId, popRef, wrapperProps } = usePopover();
  // On a touch screen the first tap shows the definition in place; a tap on the open card's link follows it.
  const tap = useRef({ isTouch: false, wasOpen: false });
  if (!term) return <>{text}</>;
  return (
    <span
      className="glossary-term"
      {...wrapperProps}
      onPointerDownCapture={(e) => {
        tap.current = { isTouch: e.pointerType === 'touch', wasOpen: isOpen };
      }}
      onClickCapture={(e) => {
        if (!tap.current.isTouch || tap.current.wasOpen) return;
        e.preventDefault();
        e.stopPropagation();
        wrapperProps.onFocus();
      }}
    >
      <Link
        className="glossary-link"
        to={{ view: 'glossary', recordId: term.id }}
        params={{ glossQuery: '', glossReviewOnly: false }}
        aria-label={`${text} (glossary: ${term.term})`}
        aria-describedby={isOpen ? popId : undefined}
      >
        {text}
      </Link>
      {isOpen && (
        <span className="glossary-pop" role="tooltip" id={popId} ref={popRef}>
          <strong className="glossary-pop-term">{term.term}</strong>
          <span>{shortDefinition(term.definition)}</span>
        </span>
      )}
    </span>
  );
}
