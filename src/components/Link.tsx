import type { FocusEvent, MouseEvent, PointerEvent, ReactNode } from 'react';
import type { AppParams } from '../domain/app-params';
import type { Route } from '../domain/url-state';
import { afterNavigate } from '../store/app-store';
import { useAppStore, useAppStoreApi } from '../store/hooks';
import { locationOf } from '../store/url-sync';

interface LinkProps {
  /** Where to go. */
  to: Route;
  /** Settings to apply on arrival (others keep their values). */
  params?: Partial<AppParams>;
  className?: string;
  children: ReactNode;
  'aria-current'?: 'page' | undefined;
  'aria-label'?: string;
  'aria-describedby'?: string;
}

/**
 * An in-app link: a real href (open in a new tab works), a store navigation on plain click. The
 * href is the URL the click leads to (the current settings with `params` applied, written as the
 * URL sync writes it), so a link opened in a new tab shows what a click would have shown.
 *
 * The href is computed when the link renders and again when the pointer or the focus reaches it,
 * which is before it can be clicked, opened in a new tab or copied. Subscribing every link to
 * every setting instead would re-encode hundreds of URLs on each keystroke or slider step.
 */
export function Link({ to, params, className, children, ...aria }: LinkProps) {
  const navigate = useAppStore((s) => s.navigate);
  const store = useAppStoreApi();
  const hrefNow = () => locationOf(afterNavigate(store.getState(), to, params));
  const refresh = (e: PointerEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
    const href = hrefNow();
    if (e.currentTarget.getAttribute('href') !== href) e.currentTarget.setAttribute('href', href);
  };
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to, params);
    window.scrollTo({ top: 0 });
  };
  return (
    <a
      href={hrefNow()}
      className={className}
      onClick={onClick}
      onPointerEnter={refresh}
      onFocus={refresh}
      {...aria}
    >
      {children}
    </a>
  );
}
