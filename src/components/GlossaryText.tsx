import { Fragment, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  createGlossaryMatcher,
  type GlossaryMatcher,
  linkGlossaryTerms,
  shortDefinition,
} from '../domain/glossary-linker';
import { useKb } from '../kb/kb-context';
import type { GlossaryTerm } from '../kb/schema';
import { Link } from './Link';
import { proseRuns } from '../domain/prose-formulas';
import { Formula } from './Formula';

const matchers = new WeakMap<readonly GlossaryTerm[], GlossaryMatcher>();

/** The compiled glossary of the loaded knowledge base (compiled once, shared by every text). */
export function useGlossaryMatcher(): GlossaryMatcher {
  const { kb } = useKb();
  let matcher = matchers.get(kb.glossary);
  if (!matcher) {
    matcher = createGlossaryMatcher(kb.glossary);
    matchers.set(kb.glossary, matcher);
  }
  return matcher;
}

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

/** Keeps a popover inside the viewport: shifts it left by however much it overflows on the right. */
function useKeepInViewport(isOpen: boolean) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!isOpen || !el) return;
    el.style.transform = '';
    const rect = el.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) el.style.transform = `translateX(${-Math.min(overflow, rect.left - 8)}px)`;
  }, [isOpen]);
  return ref;
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
  const { index } = useKb();
  const term = index.glossary.get(termId);
  const [isOpen, setOpen] = useState(false);
  const popId = useId();
  const popRef = useKeepInViewport(isOpen);
  if (!term) return <>{text}</>;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only tracks hover/focus-within for the card
    <span
      className="glossary-term"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
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
