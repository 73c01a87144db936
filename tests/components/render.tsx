/** Renders a view with a fresh store and a knowledge base (the minimal fixture by default). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { type KbIndex, loadKnowledgeBase } from '../../src/kb/load';
import { KbProvider } from '../../src/kb/kb-context';
import { RAW_KB } from '../../src/kb/raw';
import type { KnowledgeBase } from '../../src/kb/schema';
import { type AppStoreInit, createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/hooks';
import { minimalKb } from '../fixtures/kb-minimal';

export function loadOrThrow(raw = minimalKb()): { kb: KnowledgeBase; index: KbIndex } {
  const result = loadKnowledgeBase(raw);
  if (!result.ok)
    throw new Error(result.issues.map((i) => `${i.file} ${i.record} ${i.field}: ${i.message}`).join('\n'));
  return { kb: result.kb, index: result.index };
}

export function renderWithApp(ui: ReactElement, opts: { init?: AppStoreInit; realKb?: boolean } = {}) {
  const store = createAppStore(opts.init);
  const kb = loadOrThrow(opts.realKb ? RAW_KB : minimalKb());
  const utils = render(
    <StoreProvider store={store}>
      <KbProvider value={kb}>{ui}</KbProvider>
    </StoreProvider>,
  );
  return { ...utils, store, kb };
}
