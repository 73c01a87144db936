import type { ReactNode } from 'react';

/**
 * The frame of one model on a topic page: heading, one-sentence intro, the inputs beside the
 * figures (stacked on phones), then the equation and the verdict.
 */
export function ModelSection({
  id,
  title,
  intro,
  controls,
  figures,
  equation,
  verdict,
  footer,
}: {
  /** Anchor id (also used in the page's table of contents). */
  id: string;
  title: string;
  intro: ReactNode;
  controls: ReactNode;
  figures: ReactNode;
  equation: ReactNode;
  verdict: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section className="panel mech-model" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="mech-intro">{intro}</div>
      <div className="mech-layout">
        <fieldset className="mech-controls">
          <legend>Inputs</legend>
          {controls}
        </fieldset>
        <div className="mech-figures">{figures}</div>
      </div>
      <div className="mech-bottom">
        <div className="mech-equation">
          <h3>Governing equations</h3>
          {equation}
        </div>
        {verdict}
      </div>
      {footer}
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
