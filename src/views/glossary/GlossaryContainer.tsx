/** Placeholder while the glossary view is written. */
export default function GlossaryContainer() {
  return <h1>Glossary</h1>;
}
