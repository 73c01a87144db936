/**
 * The link of a risk to its model: the app's route and settings (as Link writes them) plus the
 * model's section as the URL's hash. A click navigates in the app, puts the hash into the address
 * and scrolls to that section once the model has rendered (the mechanisms view loads lazily), so
 * the reader lands on the model, not at the top of its page.
 */
import type { MouseEvent } from 'react';
import type { ModelLink as ModelLinkData } from '../../../domain/cell';
import { afterNavigate } from '../../../store/app-store';
import { useAppStore, useAppStoreApi } from '../../../store/hooks';
import { locationOf } from '../../../store/url-sync';
import { linkTarget } from '../link-params';

/** Longest wait for the section to appear after the navigation, ms. */
const SECTION_WAIT_MS = 15_000;

/** Scrolls to and focuses the element `id` as soon as it is in the document (or gives up). */
function scrollToSection(id: string): void {
  const go = () => {
    const el = document.getElementById(id);
    if (!el) return false;
    el.scrollIntoView?.({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    return true;
  };
  if (go()) return;
  const observer = new MutationObserver(() => {
    if (go()) {
      observer.disconnect();
      clearTimeout(timer);
    }
  });
  const timer = setTimeout(() => observer.disconnect(), SECTION_WAIT_MS);
  observer.observe(document.body, { childList: true, subtree: true });
}

export function ModelLink({ link }: { link: ModelLinkData }) {
  const navigate = useAppStore((s) => s.navigate);
  const store = useAppStoreApi();
  const { to, params } = linkTarget(link);
  const hash = link.hash ? `#${link.hash}` : '';
  const href = locationOf(afterNavigate(store.getState(), to, params)) + hash;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to, params);
    if (link.hash) {
      // The navigation has just pushed the new URL: add the section to it, keeping the entry's state.
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      );
      scrollToSection(link.hash);
    } else window.scrollTo({ top: 0 });
  };
  return (
    <a href={href} onClick={onClick}>
      {link.label}
    </a>
  );
}
