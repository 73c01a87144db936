import type { ReactNode } from 'react';

/**
 * The frame of one model on a topic page: heading and a one-sentence intro, then two columns —
 * the inputs with the governing equations beneath them, and the figures with the verdict beneath
 * them. On narrow screens the columns stack (inputs, equations, figures, verdict).
 */
export function ModelSection({
  id,
  title,
  intro,
  controls,
  figures,
  equation,
  verdict,
}: {
  /** Anchor id (also used in the page's table of contents). */
  id: string;
  title: string;
  intro: ReactNode;
  controls: ReactNode;
  figures: ReactNode;
  equation: ReactNode;
  verdict: ReactNode;
}) {
  return (
    <section className="panel mech-model" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="mech-intro">{intro}</div>
      <div className="mech-layout">
        <div className="mech-side">
          <fieldset className="mech-controls">
            <legend>Inputs</legend>
            {controls}
          </fieldset>
          <div className="mech-equation">
            <h3>Governing equations</h3>
            {equation}
          </div>
        </div>
        <div className="mech-main">
          <div className="mech-figures">{figures}</div>
          {verdict}
        </div>
      </div>
    </section>
  );
}

/** A figure with a caption. */
export function MechFigure({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <figure className="mech-figure">
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
