/** React renderers of the source marks defined in source-marks.ts. */
import type { WindowSource } from '../../kb/schema';
import { patternId, patternSpec, SOURCE_MARK } from './source-marks';

/** The `<pattern>` definitions of the given sources, as React elements. */
export function SourcePatterns({ prefix, sources }: { prefix: string; sources: readonly WindowSource[] }) {
  return (
    <defs>
      {sources.map((s) => {
        const p = patternSpec(s);
        return (
          <pattern
            key={s}
            id={patternId(prefix, s)}
            width={p.size}
            height={p.size}
            patternUnits="userSpaceOnUse"
            patternTransform={p.rotate ? `rotate(${p.rotate})` : undefined}
          >
            {p.shapes.map((sh, i) =>
              sh.tag === 'rect' ? <rect key={i} {...sh.attrs} /> : <circle key={i} {...sh.attrs} />,
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A small legend swatch for a source. */
export function SourceSwatch({ prefix, source }: { prefix: string; source: WindowSource }) {
  return (
    <svg
      className="sw-swatch"
      width="28"
      height="14"
      viewBox="0 0 28 14"
      aria-hidden="true"
      focusable="false"
    >
      <SourcePatterns prefix={`${prefix}-sw`} sources={[source]} />
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        rx="2"
        fill={`url(#${patternId(`${prefix}-sw`, source)})`}
        stroke={SOURCE_MARK[source].ink}
        strokeWidth="1.5"
      />
    </svg>
  );
}
