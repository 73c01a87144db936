/** The knowledge base's records, one module per record type (scripts/vite-kb.ts). */
declare module 'virtual:ssb-kb/*' {
  const records: unknown;
  export default records;
}

/** The models' equations, typeset at build time: TeX source → HTML + MathML parts (scripts/vite-katex.ts). */
declare module 'virtual:ssb-equations' {
  const typeset: Record<string, string[]>;
  export default typeset;
}

/** KaTeX's stylesheet with its woff2 fonts only (scripts/vite-katex.ts). */
declare module 'virtual:katex.css';
