/**
 * The app store: one zustand store built from slices by a factory, so each test gets a fresh
 * store. It holds ids and user choices only; everything derivable is computed in src/domain.
 */
import { createStore } from 'zustand/vanilla';
import { type AppParamKey, type AppParams, APP_PARAMS, DEFAULT_PARAMS } from '../domain/app-params';
import { type Route, DEFAULT_ROUTE, decodeParams, decodeRoute } from '../domain/url-state';

export interface RouteSlice {
  route: Route;
  /** Notes about parts of the last URL that were ignored (shown unobtrusively). */
  urlProblems: string[];
  /** Opens `route`, applying `patch` to the settings in the same update (see `afterNavigate`). */
  navigate: (route: Route, patch?: Partial<AppParams>) => void;
  /** Replaces route and params from a location (initial load, back/forward, pasted link). */
  applyLocation: (pathname: string, search: string) => void;
  dismissUrlProblems: () => void;
}

export interface ParamsSlice {
  params: AppParams;
  setParam: <K extends AppParamKey>(key: K, value: AppParams[K]) => void;
  setParams: (patch: Partial<AppParams>) => void;
}

export type AppState = RouteSlice & ParamsSlice;

export interface AppStoreInit {
  route?: Route;
  params?: Partial<AppParams>;
}

/**
 * The route and settings after opening `route` with `patch` applied: the other settings keep
 * their values, and opening a material page selects that material, so every view follows the
 * material the user opened. A link's click goes through this, and its href encodes the result,
 * so the two lead to the same state.
 */
export function afterNavigate(
  state: Pick<AppState, 'route' | 'params'>,
  route: Route,
  patch?: Partial<AppParams>,
): Pick<AppState, 'route' | 'params'> {
  const selects = route.recordId !== null && route.view === 'materials';
  if (!patch && (!selects || state.params.selected === route.recordId))
    return { route, params: state.params };
  const params = { ...state.params, ...patch };
  if (selects) params.selected = route.recordId;
  return { route, params };
}

export function createAppStore(init: AppStoreInit = {}) {
  return createStore<AppState>()((set) => ({
    route: init.route ?? DEFAULT_ROUTE,
    urlProblems: [],
    navigate: (route, patch) => set((s) => afterNavigate(s, route, patch)),
    applyLocation: (pathname, search) => {
      const route = decodeRoute(pathname);
      const params = decodeParams(APP_PARAMS, new URLSearchParams(search));
      const values = { ...params.values };
      if (route.values.recordId && route.values.view === 'materials') values.selected = route.values.recordId;
      set({ route: route.values, params: values, urlProblems: [...route.problems, ...params.problems] });
    },
    dismissUrlProblems: () => set({ urlProblems: [] }),

    params: { ...DEFAULT_PARAMS, ...init.params },
    setParam: (key, value) => set((s) => ({ params: { ...s.params, [key]: value } })),
    setParams: (patch) => set((s) => ({ params: { ...s.params, ...patch } })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * A store whose initial state is the location's (with the problems of its bad parts): a server
 * render reads the store's initial state, so a page rendered at build time starts on its route.
 */
export function createAppStoreAt(pathname: string, search: string): AppStore {
  const decoded = createAppStore();
  decoded.getState().applyLocation(pathname, search);
  const { route, params, urlProblems } = decoded.getState();
  const store = createAppStore({ route, params });
  store.setState({ urlProblems });
  return store;
}
