import { useMemo } from 'react';
import {
  COLUMNS,
  columnsById,
  type MaterialFilters,
  matchesFilters,
  sortMaterials,
} from '../../domain/material-table';
import type { MaterialKind } from '../../domain/materials';
import { suggestMaterial } from '../../domain/material-search';
import { Link } from '../../components/Link';
import { useMaterialSearch, useMaterials } from '../../kb/hooks';
import { useAppStore, useRoute, useSetParams } from '../../store/hooks';
import { MaterialPage } from './MaterialPage';
import { MaterialsList } from './MaterialsList';

/** The Materials view: the filtered, sorted table, or one material's page when the route names one. */
export default function MaterialsContainer() {
  const route = useRoute();
  const params = useAppStore((s) => s.params);
  const setParams = useSetParams();
  const materials = useMaterials();
  const index = useMaterialSearch();

  const filters: MaterialFilters = useMemo(
    () => ({
      kinds: params.kinds as MaterialKind[],
      classes: params.classes,
      family: params.family,
      interfaceType: params.interfaceType ? (Number(params.interfaceType) as 1 | 2 | 3) : null,
      sigmaMin: params.sigmaMin,
      sigmaMax: params.sigmaMax,
      stableAtV: params.stableAtV,
      vsLithium: params.vsLithium,
    }),
    [params],
  );

  const visible = useMemo(() => {
    const hits = params.query.trim() ? index.search(params.query, 500) : null;
    if (!hits)
      return sortMaterials(
        materials.filter((m) => matchesFilters(m, filters)),
        params.sort,
        params.descending,
      );
    const byId = new Map(materials.map((m) => [m.id, m]));
    const ranked = hits.flatMap((h) => {
      const m = byId.get(h.recordId);
      return m && matchesFilters(m, filters) ? [m] : [];
    });
    // While searching, the default order is the search's ranking (the same as the header's search);
    // a column the user sorts by takes over.
    return params.sort === 'name' && !params.descending
      ? ranked
      : sortMaterials(ranked, params.sort, params.descending);
  }, [materials, index, params.query, params.sort, params.descending, filters]);

  const material = route.recordId ? materials.find((m) => m.id === route.recordId) : undefined;
  if (material) return <MaterialPage material={material} />;
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
        columns={columnsById(params.columns)}
        allColumns={COLUMNS}
        params={params}
        onChange={setParams}
      />
    </>
  );
}
