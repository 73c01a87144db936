/** Placeholder while the view is being built. */
export default function WindowsContainer() {
  return <h1>Stability windows</h1>;
}
