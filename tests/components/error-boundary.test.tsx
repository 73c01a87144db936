import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import {
  APP_PARAMS,
  DEFAULT_PARAMS,
  PARAM_VIEWS,
  viewDefaults,
  viewSettingsInUse,
} from '../../src/domain/app-params';
import { VIEWS } from '../../src/domain/url-state';

let shouldThrow = true;
function Fragile() {
  const [n] = useState(1);
  if (shouldThrow) throw new Error('chart exploded');
  return <p>View is back ({n})</p>;
}

describe('ErrorBoundary', () => {
  it('shows the error and a working "Reset this view" action instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    shouldThrow = true;
    const onReset = vi.fn(() => {
      shouldThrow = false;
    });
    render(
      <ErrorBoundary
        viewName="Stability windows"
        onReset={onReset}
        settingsInUse={() => ['wsort=width', 'va=0.3']}
      >
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The Stability windows view stopped working');
    expect(screen.getByRole('alert')).toHaveTextContent('chart exploded');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Resetting puts this view's settings “wsort=width”, “va=0.3” back to their defaults and draws it again.",
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('View is back (1)')).toBeInTheDocument();
  });

  it('says so when the view has no settings in use', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    shouldThrow = true;
    render(
      <ErrorBoundary viewName="Glossary" settingsInUse={() => []}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This view has no settings of its own in use');
  });
});

describe('the settings a view reset clears', () => {
  it('every setting belongs to at least one view, and only to real views', () => {
    const views = new Set<string>(VIEWS.map((v) => v.id));
    for (const key of Object.keys(APP_PARAMS) as Array<keyof typeof APP_PARAMS>) {
      expect(PARAM_VIEWS[key].length, key).toBeGreaterThan(0);
      for (const v of PARAM_VIEWS[key]) expect(views.has(v), `${key}: ${v}`).toBe(true);
    }
  });

  it('viewDefaults(classifier) resets every classifier setting and nothing of another view', () => {
    const patch = viewDefaults('classifier');
    expect(patch).toMatchObject({
      classifierThreshold: 0.16,
      classifierCustom: '',
      classifierSource: 'zhu2015',
      selected: null,
    });
    expect(patch).not.toHaveProperty('query');
    expect(patch).not.toHaveProperty('refQuery');
    expect(patch).not.toHaveProperty('windowSort');
  });

  it('viewDefaults(mechanisms) covers the diagram keys', () => {
    const mechanismKeys = Object.keys(APP_PARAMS).filter((k) =>
      PARAM_VIEWS[k as keyof typeof APP_PARAMS].includes('mechanisms'),
    );
    expect(mechanismKeys.length).toBeGreaterThan(10);
    expect(Object.keys(viewDefaults('mechanisms')).sort()).toEqual(mechanismKeys.sort());
  });

  it('viewSettingsInUse names the settings in use as they read in the link', () => {
    const params = {
      ...DEFAULT_PARAMS,
      query: 'garnet',
      sort: 'sigma' as const,
      refQuery: 'x',
      glossQuery: 'y',
    };
    expect(viewSettingsInUse('materials', params)).toEqual(['q=garnet', 'sort=sigma']);
    expect(viewSettingsInUse('glossary', params)).toEqual(['gq=y']);
    expect(viewSettingsInUse('compare', params)).toEqual([]);
  });
});
