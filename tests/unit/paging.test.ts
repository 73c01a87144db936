// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  adjacentPhenomenon,
  adjacentView,
  type FocusInfo,
  PHENOMENA,
  pageTarget,
  pagingAction,
} from '../../src/domain/paging';
import { VIEWS } from '../../src/domain/url-state';
import topics from '../../data/topics.json';

const NO_MODS = { ctrlKey: false, altKey: false, metaKey: false };
const focus = (over: Partial<FocusInfo>): FocusInfo => ({
  tag: 'BODY',
  type: '',
  role: '',
  isContentEditable: false,
  isScrollable: false,
  isExpanded: false,
  ...over,
});
const BODY = focus({});
const SLIDER = focus({ tag: 'INPUT', type: 'range' });
const SELECT = focus({ tag: 'SELECT' });
const CHECKBOX = focus({ tag: 'INPUT', type: 'checkbox' });
const TEXT = focus({ tag: 'INPUT', type: 'text' });
const NUMBER = focus({ tag: 'INPUT', type: 'number' });
const SEARCH_OPEN = focus({ tag: 'INPUT', type: 'search', role: 'combobox', isExpanded: true });
const SCROLL_BOX = focus({ tag: 'DIV', role: 'region', isScrollable: true });
const BUTTON = focus({ tag: 'BUTTON' });

describe('adjacentView', () => {
  const ids = VIEWS.map((v) => v.id);
  it('adjacentView steps in navigation order and wraps around', () => {
    expect(adjacentView(ids[0]!, 1)).toBe(ids[1]);
    expect(adjacentView(ids[1]!, -1)).toBe(ids[0]);
    expect(adjacentView(ids[ids.length - 1]!, 1)).toBe(ids[0]);
    expect(adjacentView(ids[0]!, -1)).toBe(ids[ids.length - 1]);
  });
});

describe('the three phenomena', () => {
  it('PHENOMENA are the topics of data/topics.json, in their order', () => {
    expect([...PHENOMENA]).toEqual(topics.records.map((t) => t.id));
  });
  it('adjacentPhenomenon(filaments, +1) is interphases; composites wraps to filaments; from the index, the first or last', () => {
    expect(adjacentPhenomenon('lithium-filaments', 1)).toBe('interphase-formation');
    expect(adjacentPhenomenon('composite-electrodes', 1)).toBe('lithium-filaments');
    expect(adjacentPhenomenon('lithium-filaments', -1)).toBe('composite-electrodes');
    expect(adjacentPhenomenon(null, 1)).toBe('lithium-filaments');
    expect(adjacentPhenomenon(null, -1)).toBe('composite-electrodes');
  });
});

describe('pageTarget', () => {
  it('pages lesson steps while a lesson is open, without wrapping past either end', () => {
    const route = { view: 'mechanisms' as const, recordId: 'lithium-filaments' };
    expect(pageTarget(route, { index: 2, count: 6 }, 1)).toEqual({ kind: 'step', index: 3 });
    expect(pageTarget(route, { index: 2, count: 6 }, -1)).toEqual({ kind: 'step', index: 1 });
    expect(pageTarget(route, { index: 5, count: 6 }, 1)).toEqual({ kind: 'none' });
    expect(pageTarget(route, { index: 0, count: 6 }, -1)).toEqual({ kind: 'none' });
  });
  it('pages the phenomena on the mechanism pages', () => {
    expect(pageTarget({ view: 'mechanisms', recordId: 'interphase-formation' }, null, 1)).toEqual({
      kind: 'route',
      route: { view: 'mechanisms', recordId: 'composite-electrodes' },
    });
    expect(pageTarget({ view: 'mechanisms', recordId: null }, null, 1)).toEqual({
      kind: 'route',
      route: { view: 'mechanisms', recordId: 'lithium-filaments' },
    });
  });
  it('pages the views elsewhere', () => {
    expect(pageTarget({ view: 'map', recordId: null }, null, 1)).toEqual({
      kind: 'route',
      route: { view: VIEWS[1]!.id, recordId: null },
    });
  });
});

describe('pagingAction', () => {
  it.each([
    ['body', BODY],
    ['a slider', SLIDER],
    ['a select', SELECT],
    ['a check box', CHECKBOX],
    ['a button', BUTTON],
    ['a scroll box', SCROLL_BOX],
  ])('"]" and "[" page from %s', (_name, f) => {
    expect(pagingAction(']', NO_MODS, f)).toBe('next');
    expect(pagingAction('[', NO_MODS, f)).toBe('previous');
  });
  it.each([
    ['a text field', TEXT],
    ['a number field', NUMBER],
    ['the search box', SEARCH_OPEN],
    ['a textarea', focus({ tag: 'TEXTAREA' })],
    ['editable content', focus({ tag: 'DIV', isContentEditable: true })],
  ])('"]" is typed, not paged, in %s', (_name, f) => {
    expect(pagingAction(']', NO_MODS, f)).toBeNull();
  });
  it('PageDown / PageUp page from the page, a button or a check box', () => {
    for (const f of [BODY, BUTTON, CHECKBOX]) {
      expect(pagingAction('PageDown', NO_MODS, f)).toBe('next');
      expect(pagingAction('PageUp', NO_MODS, f)).toBe('previous');
    }
  });
  it('PageDown is left to controls that use it: slider, select, text field, scroll box, listbox', () => {
    for (const f of [SLIDER, SELECT, TEXT, SCROLL_BOX, focus({ role: 'listbox', tag: 'DIV' })]) {
      expect(pagingAction('PageDown', NO_MODS, f)).toBeNull();
    }
  });
  it('Escape leaves a slider, select or text field, but not an open combobox (it closes its list first)', () => {
    expect(pagingAction('Escape', NO_MODS, SLIDER)).toBe('leave');
    expect(pagingAction('Escape', NO_MODS, SELECT)).toBe('leave');
    expect(pagingAction('Escape', NO_MODS, TEXT)).toBe('leave');
    expect(pagingAction('Escape', NO_MODS, SEARCH_OPEN)).toBeNull();
    expect(pagingAction('Escape', NO_MODS, BUTTON)).toBeNull();
  });
  it('keys with Ctrl, Alt or Meta belong to the browser', () => {
    expect(pagingAction(']', { ...NO_MODS, ctrlKey: true }, BODY)).toBeNull();
    expect(pagingAction('PageDown', { ...NO_MODS, altKey: true }, BODY)).toBeNull();
  });
});
