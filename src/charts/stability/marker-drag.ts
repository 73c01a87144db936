/**
 * Pointer dragging of an electrode marker, as a factory that takes a node and returns
 * `{ update, destroy }` (attached in an effect through a ref; see STYLE.md §3).
 *
 * The drag is relative: the marker moves by as much as the pointer does from where it was grabbed,
 * so grabbing the flag beside the marker does not make it jump. It reports on every move
 * (`onMove`) and once when the pointer is released (`onEnd`), so the caller can show the marker
 * live and write the URL once per gesture.
 */
export interface MarkerDragOptions {
  /** The marker's potential (V vs Li/Li+) when the drag starts. */
  valueNow: () => number;
  /** The potential after moving `dxPx` pixels from `startV`, clamped to the axis. */
  valueAfter: (startV: number, dxPx: number) => number;
  onMove: (v: number) => void;
  onEnd: (v: number) => void;
}

export interface MarkerDrag {
  update: (opts: MarkerDragOptions) => void;
  destroy: () => void;
}

export function createMarkerDrag(node: Element, initial: MarkerDragOptions): MarkerDrag {
  let opts = initial;
  let drag: { pointerId: number; startX: number; startV: number; last: number } | null = null;

  const onDown = (e: Event) => {
    const pe = e as PointerEvent;
    if (pe.button !== 0) return;
    node.setPointerCapture?.(pe.pointerId);
    pe.preventDefault();
    const startV = opts.valueNow();
    drag = { pointerId: pe.pointerId, startX: pe.clientX, startV, last: startV };
  };
  const onMove = (e: Event) => {
    const pe = e as PointerEvent;
    if (!drag || pe.pointerId !== drag.pointerId) return;
    const v = opts.valueAfter(drag.startV, pe.clientX - drag.startX);
    if (v === drag.last) return;
    drag.last = v;
    opts.onMove(v);
  };
  const onUp = (e: Event) => {
    const pe = e as PointerEvent;
    if (!drag || pe.pointerId !== drag.pointerId) return;
    node.releasePointerCapture?.(pe.pointerId);
    const { last, startV } = drag;
    drag = null;
    if (last !== startV) opts.onEnd(last);
  };

  node.addEventListener('pointerdown', onDown);
  node.addEventListener('pointermove', onMove);
  node.addEventListener('pointerup', onUp);
  node.addEventListener('pointercancel', onUp);
  return {
    update: (next) => {
      opts = next;
    },
    destroy: () => {
      node.removeEventListener('pointerdown', onDown);
      node.removeEventListener('pointermove', onMove);
      node.removeEventListener('pointerup', onUp);
      node.removeEventListener('pointercancel', onUp);
    },
  };
}

/**
 * The potential after a key press on a marker slider, or null for keys the slider ignores.
 * Arrows step 0.01 V (0.1 V with Shift), Page Up/Down 0.5 V, Home/End go to the axis ends.
 */
export function markerKeyStep(
  key: string,
  isShift: boolean,
  value: number,
  domain: readonly [number, number],
): number | null {
  const step = isShift ? 0.1 : 0.01;
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = value + step;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = value - step;
      break;
    case 'PageUp':
      next = value + 0.5;
      break;
    case 'PageDown':
      next = value - 0.5;
      break;
    case 'Home':
      next = domain[0];
      break;
    case 'End':
      next = domain[1];
      break;
    default:
      return null;
  }
  return Math.round(Math.min(domain[1], Math.max(domain[0], next)) * 100) / 100;
}
