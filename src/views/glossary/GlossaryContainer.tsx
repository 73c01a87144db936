/**
 * The Glossary view (/glossary, /glossary/<term id>). Reads: route.recordId, glossQuery (gq),
 * glossReviewOnly (grev).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { filterGlossary } from '../../domain/glossary-search';
import { useKb } from '../../kb/kb-context';
import { useParam, useRoute, useSetParams } from '../../store/hooks';
import { Glossary } from './Glossary';

export default function GlossaryContainer() {
  const { kb } = useKb();
  const route = useRoute();
  const [query] = useParam('glossQuery');
  const [isReviewOnly] = useParam('glossReviewOnly');
  const setParams = useSetParams();
  const match = useMemo(
    () => filterGlossary(kb.glossary, { query, isReviewOnly }),
    [kb, query, isReviewOnly],
  );
  const onChange = useCallback(
    (patch: { query?: string; isReviewOnly?: boolean }) =>
      setParams({
        ...(patch.query !== undefined && { glossQuery: patch.query }),
        ...(patch.isReviewOnly !== undefined && { glossReviewOnly: patch.isReviewOnly }),
      }),
    [setParams],
  );

  // A link to /glossary/<id> brings that entry into view and moves focus to it.
  const currentId = route.recordId;
  useEffect(() => {
    if (!currentId) return;
    const el = document.getElementById(`term-${currentId}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [currentId]);

  return (
    <Glossary
      all={kb.glossary}
      listed={match.terms}
      isFuzzy={match.isFuzzy}
      query={query}
      isReviewOnly={isReviewOnly}
      currentId={currentId}
      onChange={onChange}
    />
  );
}
