// @vitest-environment node
import fc from 'fast-check';
import { APP_PARAMS, type AppParams, DEFAULT_PARAMS } from '../../src/domain/app-params';
import {
  type ParamSpec,
  type Route,
  VIEWS,
  decodeParams,
  decodeRoute,
  encodeRoute,
} from '../../src/domain/url-state';
import { createAppStore } from '../../src/store/app-store';
import { locationOf } from '../../src/store/url-sync';

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** A valid value for any parameter, built from its declared shape. */
function arbitraryFor(spec: ParamSpec<unknown>): fc.Arbitrary<unknown> {
  const s = spec.shape;
  switch (s.kind) {
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: s.maxLength }).filter((x) => x.length <= s.maxLength);
    case 'id':
      return fc.option(idArb, { nil: null });
    case 'oneOf':
      return fc.constantFrom(...s.values);
    case 'number':
      return fc.double({ min: s.min, max: s.max, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    case 'boolean':
      return fc.boolean();
    case 'idList':
      return fc.uniqueArray(s.allowed ? fc.constantFrom(...s.allowed) : idArb, {
        maxLength: Math.min(s.maxItems, 6),
      });
  }
}

const paramsArb = fc.record(
  Object.fromEntries(
    Object.entries(APP_PARAMS).map(([k, spec]) => [k, arbitraryFor(spec as ParamSpec<unknown>)]),
  ),
) as fc.Arbitrary<AppParams>;

const routeArb: fc.Arbitrary<Route> = fc.oneof(
  fc.constantFrom(...VIEWS.map((v): Route => ({ view: v.id, recordId: null }))),
  idArb.map((id): Route => ({ view: 'materials', recordId: id })),
);

function isValidValue(spec: ParamSpec<unknown>, value: unknown): boolean {
  if ((spec.equals ?? Object.is)(value, spec.defaultValue)) return true;
  const again = spec.parse(spec.format(value));
  return again !== undefined && (spec.equals ?? Object.is)(again, value);
}

describe('URL state', () => {
  it('state → URL → state is the identity', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(routeArb, paramsArb, (route, params) => {
        const selected = route.recordId ?? params.selected;
        const store = createAppStore({ route, params: { ...params, selected } });
        const url = new URL(locationOf(store.getState()), 'http://x');
        const fresh = createAppStore();
        fresh.getState().applyLocation(url.pathname, url.search);
        expect(fresh.getState().route).toEqual(route);
        expect(fresh.getState().params).toEqual({ ...params, selected });
        expect(fresh.getState().urlProblems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const keys = Object.values(APP_PARAMS).map((spec) => spec.key);
  /** Either any string, or a query built from real keys with arbitrary values (the harder case). */
  const searchArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.tuple(fc.constantFrom(...keys, 'zz'), fc.string({ unit: 'binary', maxLength: 40 })), {
        maxLength: 8,
      })
      .map((pairs) => new URLSearchParams(pairs).toString()),
  );

  it('any string as a URL yields a valid state', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), searchArb, (path, search) => {
        const store = createAppStore();
        store.getState().applyLocation(`/${path}`, search);
        const { route, params } = store.getState();
        expect(VIEWS.map((v) => v.id)).toContain(route.view);
        expect(route.recordId === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(route.recordId)).toBe(true);
        for (const [k, spec] of Object.entries(APP_PARAMS)) {
          expect(isValidValue(spec as ParamSpec<unknown>, params[k as keyof AppParams])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves defaults out of the URL', () => {
    const store = createAppStore();
    expect(locationOf(store.getState())).toBe('/');
    expect(DEFAULT_PARAMS.query).toBe('');
  });

  it('keeps the good parts of a mangled link and names the bad ones', () => {
    const decoded = decodeParams(APP_PARAMS, new URLSearchParams('q=garnet&sel=Not%20An%20Id'));
    expect(decoded.values.query).toBe('garnet');
    expect(decoded.values.selected).toBeNull();
    expect(decoded.problems).toEqual(['ignored “sel=Not An Id” (not a valid value)']);
  });

  it('decodes unknown pages and malformed record ids to the default view with a note', () => {
    expect(decodeRoute('/nowhere').values).toEqual({ view: 'map', recordId: null });
    expect(decodeRoute('/nowhere').problems[0]).toMatch(/unknown page/);
    expect(decodeRoute('/materials/%E0%A4%A').problems[0]).toMatch(/malformed record id/);
    expect(encodeRoute({ view: 'materials', recordId: 'lgps' })).toBe('/materials/lgps');
  });
});
