/**
 * React access to the app store: a context carrying the store instance and small named hooks,
 * so views never touch the raw store.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppParamKey, AppParams } from '../domain/app-params';
import type { AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance itself, for reading its state at an event without subscribing to it. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

const selectRoute = (s: AppState) => s.route;
const selectSetParam = (s: AppState) => s.setParam;
const selectSetParams = (s: AppState) => s.setParams;
const selectSelected = (s: AppState) => s.params.selected;

export const useRoute = () => useAppStore(selectRoute);
export const useSetParams = () => useAppStore(selectSetParams);
export const useSelectedId = () => useAppStore(selectSelected);

/** One persisted setting and its setter. */
export function useParam<K extends AppParamKey>(key: K): [AppParams[K], (v: AppParams[K]) => void] {
  const value = useAppStore((s) => s.params[key]);
  const setParam = useAppStore(selectSetParam);
  return [value, (v) => setParam(key, v)];
}
