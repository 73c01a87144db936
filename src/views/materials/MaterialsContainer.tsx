import { useMemo } from 'react';
import {
  COLUMNS,
  columnsById,
  explainEmpty,
  filtersFromParams,
  matchesFilters,
  sortMaterials,
} from '../../domain/material-table';
import { materialSearchDocs, suggestMaterial } from '../../domain/material-search';
import { createSearchIndex } from '../../domain/search';
import { Link } from '../../components/Link';
import { useKb } from '../../kb/kb-context';
import { useDoiOf, useMaterialSearch, useMaterials } from '../../kb/hooks';
import { useAppStore, useRoute, useSetParams } from '../../store/hooks';
import { MaterialPage } from './MaterialPage';
import { MaterialsList } from './MaterialsList';
import { useOwnMaterials } from '../../store/own-materials';
import { OwnMaterialsPanel } from './parts/OwnMaterialsPanel';

/** The Materials view: the filtered, sorted table, or one material's page when the route names one. */
export default function MaterialsContainer() {
  const route = useRoute();
  const params = useAppStore((s) => s.params);
  const setParams = useSetParams();
  const kbMaterials = useMaterials();
  const kbSearch = useMaterialSearch();
  const own = useOwnMaterials();
  // The user's own materials join the list (marked as theirs) and the search.
  const materials = useMemo(
    () => (own.summaries.length ? [...kbMaterials, ...own.summaries] : kbMaterials),
    [kbMaterials, own.summaries],
  );
  const index = useMemo(
    () => (own.summaries.length ? createSearchIndex(materialSearchDocs(materials)) : kbSearch),
    [own.summaries.length, materials, kbSearch],
  );

  const { index: kbIndex } = useKb();
  const doiOf = useDoiOf();
  const filters = useMemo(() => filtersFromParams(params), [params]);

  const { visible, searched, isRanked } = useMemo(() => {
    const hits = params.query.trim() ? index.search(params.query, 500) : null;
    const byId = new Map(materials.map((m) => [m.id, m]));
    // While searching, the list is in the search's ranking (the same as the header's search).
    const searched = hits ? hits.flatMap((h) => byId.get(h.recordId) ?? []) : materials;
    const kept = searched.filter((m) => matchesFilters(m, filters));
    // A column the user sorts by takes over from the ranking.
    const isRanked = hits !== null && params.sort === 'name' && !params.descending;
    return {
      visible: isRanked ? kept : sortMaterials(kept, params.sort, params.descending),
      searched,
      isRanked,
    };
  }, [materials, index, params.query, params.sort, params.descending, filters]);
  const emptyReasons = useMemo(
    () => (visible.length === 0 && searched.length > 0 ? explainEmpty(searched, filters) : []),
    [visible.length, searched, filters],
  );

  const importContext = useMemo(
    () => ({
      kbMaterialIds: new Set(kbMaterials.map((m) => m.id)),
      referenceDoi: (id: string) => kbIndex.references.get(id)?.doi,
      isReference: (id: string) => kbIndex.references.has(id),
    }),
    [kbMaterials, kbIndex],
  );

  const material = route.recordId ? materials.find((m) => m.id === route.recordId) : undefined;
  if (material) return <MaterialPage material={material} />;
  // A link to one of the user's materials waits for them to be read before saying "no material".
  if (route.recordId && own.isPending) {
    return <p className="panel">Loading your materials…</p>;
  }
  const suggestion = route.recordId ? suggestMaterial(route.recordId, materials) : null;

  return (
    <>
      {route.recordId && (
        <section className="panel" role="alert">
          <h2>
            No material “{route.recordId}”
            {suggestion && (
              <>
                {' '}
                — did you mean{' '}
                <Link to={{ view: 'materials', recordId: suggestion.id }}>{suggestion.name}</Link>?
              </>
            )}
          </h2>
          <p>The link names a material that is not in the knowledge base. The full list is below.</p>
        </section>
      )}
      <MaterialsList
        all={materials}
        materials={visible}
        isRanked={isRanked}
        emptyReasons={emptyReasons}
        hasSearchHits={searched.length > 0}
        doiOf={doiOf}
        columns={columnsById(params.columns)}
        allColumns={COLUMNS}
        params={params}
        onChange={setParams}
      />
      <OwnMaterialsPanel context={importContext} doiOf={doiOf} />
    </>
  );
}
