/**
 * The one popover behaviour of citations and glossary cards: a card opens while the pointer or
 * the focus is on its trigger or inside the card (so a link in it can be reached by keyboard),
 * Escape closes it, and only one card is open in the whole page at a time, so two never overlap.
 */
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from 'react';

/** The id of the open popover, if any: one for the page, shared by every popover. */
let openId: string | null = null;
const listeners = new Set<() => void>();

function setOpenId(id: string | null): void {
  if (openId === id) return;
  openId = id;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Handlers for the element that wraps the trigger and the card. */
export interface PopoverWrapperProps {
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: (e: FocusEvent<HTMLElement>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export interface Popover {
  isOpen: boolean;
  /** The card's id, for the trigger's aria-describedby. */
  popId: string;
  /** Put on the card: keeps it inside the viewport. */
  popRef: RefObject<HTMLSpanElement | null>;
  wrapperProps: PopoverWrapperProps;
}

/** One popover: open on hover or focus of its wrapper, closed on leave, blur or Escape. */
export function usePopover(): Popover {
  const popId = useId();
  const isOpen = useSyncExternalStore(
    subscribe,
    () => openId === popId,
    () => false,
  );
  const open = useCallback(() => setOpenId(popId), [popId]);
  const close = useCallback(() => {
    if (openId === popId) setOpenId(null);
  }, [popId]);
  const popRef = useKeepInViewport(isOpen);
  // A card left open by a trigger that unmounts would block every other card.
  useLayoutEffect(() => close, [close]);
  return {
    isOpen,
    popId,
    popRef,
    wrapperProps: {
      onMouseEnter: open,
      onMouseLeave: close,
      onFocus: open,
      onBlur: (e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close();
      },
      onKeyDown: (e) => {
        if (e.key === 'Escape') close();
      },
    },
  };
}

/** Keeps a popover inside the viewport: shifts it left by however much it overflows on the right. */
function useKeepInViewport(isOpen: boolean) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!isOpen || !el) return;
    el.style.transform = '';
    const rect = el.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) el.style.transform = `translateX(${-Math.min(overflow, rect.left - 8)}px)`;
  }, [isOpen]);
  return ref;
}
