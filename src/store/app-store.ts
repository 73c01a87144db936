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
  navigate: (route: Route) => void;
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

export function createAppStore(init: AppStoreInit = {}) {
  return createStore<AppState>()((set) => ({
    route: init.route ?? DEFAULT_ROUTE,
    urlProblems: [],
    navigate: (route) =>
      set((s) => ({
        route,
        // Opening a record selects it, so every view follows the material the user opened.
        params:
          route.recordId && route.view === 'materials' ? { ...s.params, selected: route.recordId } : s.params,
      })),
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
