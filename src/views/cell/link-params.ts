/**
 * A model link of the cell assessment as the app's Link wants it: the route and the typed settings,
 * read from the link's URL query with the app's own parameter table (so a value the table would
 * refuse is left out rather than passed on).
 */
import { APP_PARAMS, type AppParams } from '../../domain/app-params';
import type { ModelLink } from '../../domain/cell';
import { decodeParams, type Route } from '../../domain/url-state';

/** The route and settings that open `link`. */
export function linkTarget(link: ModelLink): { to: Route; params: Partial<AppParams> } {
  const search = new URLSearchParams(link.query);
  const { values } = decodeParams(APP_PARAMS, search);
  const params: Partial<AppParams> = {};
  for (const [name, spec] of Object.entries(APP_PARAMS)) {
    if (search.has(spec.key)) (params as Record<string, unknown>)[name] = values[name as keyof AppParams];
  }
  return { to: { view: link.view, recordId: link.recordId }, params };
}
