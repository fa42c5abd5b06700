import { useSearchParams } from 'react-router';
import type { ScopeRegions } from './use-scope-regions';

/**
 * The region a page shows: the one in the address when it is in the viewer's scope, else the default.
 * `refused` names a region from the address that is outside the scope (an old or shared link).
 */
export function useRegionParam(scope: ScopeRegions): { regionCode: string | null; refused: string | null } {
  const [params] = useSearchParams();
  const requested = params.get('region');
  if (scope.loading) return { regionCode: null, refused: null };
  if (requested && scope.inScope(requested)) return { regionCode: requested, refused: null };
  return { regionCode: scope.defaultRegion, refused: requested };
}
