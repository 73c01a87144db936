/**
 * The header: brand, navigation between the views, the search box and the display tools
 * (presenter mode, theme, figure only, shortcuts).
 *
 * In presenter mode and on phones it must stay one row (a tenth of a projector's height, 80 px on
 * a phone), and so it does at projector widths (1800 px and up) in normal mode too, where a second
 * row would cost the slide a tenth of the screen. It steps down until it fits: first the navigation
 * becomes a "Views" menu, then the tools move into that menu too. Fitting is measured, not guessed
 * from the width, because the type size (presenter mode, wide screens, the user's own setting)
 * decides what fits. In normal mode on a laptop or desktop the full navigation stays and may take a
 * second row.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from '../components/Link';
import { isPrerender } from '../components/prerender-env';
import { labelOf, VIEWS } from '../domain/url-state';
import { useAppStore, useRoute } from '../store/hooks';
import { CiteViewButton, CopyLinkButton } from './CiteView';
import { FigureOnlyButton } from './FigureOnly';
import { rememberExplored } from './lesson-pager';
import { GlobalSearch } from './GlobalSearch';
import { PresenterToggle, usePagingShortcuts } from './Presenter';
import { ShortcutHelp } from './ShortcutHelp';
import { ThemeSwitch } from './Theme';

/** How far the header has stepped down: everything in the row, views in a menu, views and tools in a menu. */
type Level = 0 | 1 | 2;
/** Phones, and projector widths (src/styles.css keeps the header's row unwrapped at both). */
const ONE_ROW_QUERY = '(max-width: 640px), (min-width: 1800px)';

function mustBeOneRow(): boolean {
  return document.documentElement.classList.contains('presenter') || matchMedia(ONE_ROW_QUERY).matches;
}

/**
 * Steps the header down until its row fits: on every resize or change of the <html> classes it
 * starts from the full header and measures before the browser paints (a layout effect), so the
 * steps are never seen.
 */
function useFittingLevel(header: React.RefObject<HTMLElement | null>): Level {
  // The build-time render is a phone's page (prerender-env), where the header is at its last step.
  const [level, setLevel] = useState<Level>(isPrerender ? 2 : 0);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const restart = () => {
      setLevel(0);
      setGeneration((g) => g + 1);
    };
    window.addEventListener('resize', restart);
    const mo = new MutationObserver(restart);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    // The tools' own effects (presenter mode's class) ran before this one: measure again now.
    restart();
    return () => {
      window.removeEventListener('resize', restart);
      mo.disconnect();
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation re-runs the measurement after a restart
  useLayoutEffect(() => {
    const el = header.current;
    if (!el || level === 2 || !mustBeOneRow()) return;
    if (el.scrollWidth > el.clientWidth + 1) setLevel((level + 1) as Level);
  }, [level, generation, header]);
  return level;
}

// The lesson bar and its lessons load only when a lesson is opened.
const LessonBar = lazy(() => import('../views/lessons/LessonBar'));

/** Brand, navigation, search and display tools, fitted to the screen; the lesson bar under it. */
export function Header() {
  const route = useRoute();
  const hasLesson = useAppStore((s) => s.params.lesson !== null);
  usePagingShortcuts();
  useEffect(() => rememberExplored(route), [route]);
  const ref = useRef<HTMLElement>(null);
  const level = useFittingLevel(ref);
  const tools = (
    <div className="header-tools">
      <PresenterToggle />
      <ThemeSwitch />
      <FigureOnlyButton />
      <CopyLinkButton />
      <CiteViewButton />
      <ShortcutHelp />
    </div>
  );
  return (
    <>
      <header ref={ref} className="site-header" data-level={level}>
        <Link className="brand" to={{ view: 'map', recordId: null }}>
          <span aria-hidden="true" className="brand-mark">
            ⟂
          </span>{' '}
          SSB Atlas
        </Link>
        {level === 0 ? (
          <ViewLinks current={route.view} />
        ) : (
          <ViewMenu current={route.view} tools={level === 2 ? tools : null} />
        )}
        <GlobalSearch />
        {level < 2 && tools}
      </header>
      {hasLesson && (
        <Suspense fallback={null}>
          <LessonBar />
        </Suspense>
      )}
    </>
  );
}

function ViewLinks({ current, onPick }: { current: string; onPick?: () => void }) {
  return (
    <nav aria-label="Views" className="view-links">
      <ul>
        {VIEWS.map((v) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the click only closes the menu; the link handles keys itself
          <li key={v.id} onClick={onPick}>
            <Link to={{ view: v.id, recordId: null }} aria-current={current === v.id ? 'page' : undefined}>
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The compact navigation: a button naming the current view that opens the list of views (and the tools). */
function ViewMenu({ current, tools }: { current: (typeof VIEWS)[number]['id']; tools: React.ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    if (!isOpen) return;
    const onDown = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [isOpen, close]);
  return (
    <div className="view-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="view-menu-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true">☰</span> <span className="visually-hidden">Views: </span>
        {labelOf(current)}
      </button>
      <div id={panelId} className="view-menu-panel" hidden={!isOpen}>
        <ViewLinks current={current} onPick={close} />
        {tools}
      </div>
    </div>
  );
}
