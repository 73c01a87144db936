import type { MouseEvent, ReactNode } from 'react';
import { APP_PARAMS, type AppParams, DEFAULT_PARAMS } from '../domain/app-params';
import { encodeParams, encodeRoute, type Route } from '../domain/url-state';
import { useAppStore } from '../store/hooks';

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

/** An in-app link: a real href (open in new tab works), a store navigation on plain click. */
export function Link({ to, params, className, children, ...aria }: LinkProps) {
  const navigate = useAppStore((s) => s.navigate);
  const setParams = useAppStore((s) => s.setParams);
  const query = encodeParams(APP_PARAMS, { ...DEFAULT_PARAMS, ...params }).toString();
  const href = `${encodeRoute(to)}${query ? `?${query}` : ''}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (params) setParams(params);
    navigate(to);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={href} className={className} onClick={onClick} {...aria}>
      {children}
    </a>
  );
}
