/**
 * On paper a page's numbered citations ([27], [Zhu 2015]) lose their popovers, so a printed page
 * ends with the list of the references it cites, in order of first citation. The list is built
 * when printing starts (the beforeprint event, or the print media query matching) and is hidden
 * on screen (src/styles.css, .print-references).
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** One printed entry: the label used in the text ("[27]") and the full citation with its DOI link. */
interface PrintedRef {
  id: string;
  label: string;
  text: string;
}

type Collect = () => PrintedRef[];

/**
 * Loads what collecting needs (the knowledge base, the citation reader and formatter) once. Only
 * here, never statically: they would otherwise join the entry chunk of every route.
 */
async function loadCollector(): Promise<Collect> {
  const [{ idsCitedIn }, { loadBundledKb }, { citeLabel, doiUrl, fullCitation }] = await Promise.all([
    import('./figure-capture'),
    import('../kb/kb-context'),
    import('../domain/citation-text'),
  ]);
  const kb = await loadBundledKb();
  return () => {
    const main = document.querySelector('main');
    if (!main || !kb.ok) return [];
    return idsCitedIn(main).flatMap((id) => {
      const r = kb.index.references.get(id);
      return r
        ? [{ id, label: citeLabel(r), text: `${fullCitation(r)}${r.doi ? ` ${doiUrl(r.doi)}` : ''}` }]
        : [];
    });
  };
}

/** The print-only reference list of the current page. */
export function PrintReferences() {
  const [refs, setRefs] = useState<readonly PrintedRef[]>([]);
  useEffect(() => {
    let collect: Collect | null = null;
    let isGone = false;
    const update = () => {
      // Synchronously when the collector is ready, so the browser's print layout already has the list.
      if (collect) {
        const found = collect();
        flushSync(() => setRefs(found));
        return;
      }
      loadCollector().then((c) => {
        collect = c;
        if (!isGone) setRefs(c());
      });
    };
    // Ready before anyone prints: loaded when the page is idle.
    const idle = setTimeout(() => {
      loadCollector().then((c) => {
        collect = c;
      });
    }, 3000);
    const printQuery = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = () => {
      if (printQuery?.matches) update();
    };
    window.addEventListener('beforeprint', update);
    printQuery?.addEventListener('change', onMedia);
    return () => {
      isGone = true;
      clearTimeout(idle);
      window.removeEventListener('beforeprint', update);
      printQuery?.removeEventListener('change', onMedia);
    };
  }, []);
  if (refs.length === 0) return null;
  return (
    <section className="print-references" aria-labelledby="print-references-title">
      <h2 id="print-references-title">References cited on this page</h2>
      <ol>
        {refs.map((r) => (
          <li key={r.id}>
            <span className="print-ref-label">{r.label}</span> {r.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
