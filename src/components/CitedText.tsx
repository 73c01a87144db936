import { Fragment, useMemo } from 'react';
import { citationRuns } from '../domain/prose-citations';
import { useKb } from '../kb/kb-context';
import { Cite } from './Cite';
import { GlossaryText } from './GlossaryText';

/**
 * Knowledge-base prose with its glossary terms linked, formulas subscripted, and reference ids
 * written in it ("(cheng-2017a, ren-2015)") shown as numbered citations with their popovers.
 */
export function CitedText({ text }: { /** The prose as stored. */ text: string }) {
  const { index } = useKb();
  const runs = useMemo(() => citationRuns(text, (id) => index.references.has(id)), [text, index]);
  return (
    <>
      {runs.map((r, i) =>
        r.refs ? (
          <Fragment key={i}>
            {' '}
            <Cite refs={r.refs} />
          </Fragment>
        ) : (
          <GlossaryText key={i} text={r.text} />
        ),
      )}
    </>
  );
}
