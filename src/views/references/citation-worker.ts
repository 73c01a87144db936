/**
 * A worker that formats citations with citation-js and citeproc off the main thread: citeproc
 * needs a second or more (far more on a busy machine) to compile the APA style the first time,
 * which would freeze the page. It answers `CitationRequest`s with `CitationResponse`s (see
 * citation-client.ts) and never fetches anything. File exports do not come here: they need no
 * citeproc and would otherwise queue behind the style's compilation.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { renderCitation } from '../../domain/citations';
import type { CitationRequest, CitationResponse } from './citation-client';

const WARM_UP = {
  id: 'warm-up',
  authors: ['Warm, A.'],
  etAl: false,
  year: 2000,
  title: 'Warm-up',
  journal: 'J. Warm-up',
  doi: null,
};

const post = (response: CitationResponse) => (self as unknown as Worker).postMessage(response);

self.onmessage = (event: MessageEvent<CitationRequest>) => {
  const req = event.data;
  try {
    if (req.op === 'cite') {
      post({
        id: req.id,
        ok: true,
        text: renderCitation(Cite, req.refs, req.style, 'text'),
        html: renderCitation(Cite, req.refs, req.style, 'html'),
      });
    } else {
      // Warm-up: compile the style now, while the user reads, so the first copy is quick.
      renderCitation(Cite, [WARM_UP], req.style);
      post({ id: req.id, ok: true, text: '' });
    }
  } catch (err) {
    post({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
