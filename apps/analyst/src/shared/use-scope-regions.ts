import { useQuery } from '@apollo/client/react';
import { useViewer } from '@app/ui';
import { useMemo } from 'react';
import { REGIONS_OVERVIEW_QUERY } from '../graphql/analytics';
import type { AnalystRegionsQuery } from '../gql/graphql';
import { REGIONS_QUERY } from '../graphql/registry';
import { defaultRange, localToday } from './dates';

const REMEMBERED = 'appeals.analyst.region';

export type ScopeRegions = Readonly<{
  /** The regions the viewer may read, by name; with a whole-country scope those with appeals in the last year first. */
  regions: readonly AnalystRegionsQuery['regions'][number][];
  /** Codes of the regions with appeals in the last twelve months (whole-country scope only; otherwise empty). */
  active: ReadonlySet<string>;
  wholeCountry: boolean;
  loading: boolean;
  error: unknown;
  inScope: (code: string | null | undefined) => boolean;
  /** The region to show when the address names none: the last one used, else the busiest (or first) of the scope. */
  defaultRegion: string | null;
  remember: (code: string) => void;
}>;

function remembered(): string | null {
  try {
    return window.localStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

/** The regions in the signed-in analyst's or moderator's scope (`me.regions`, "*" for the whole country). */
export function useScopeRegions(): ScopeRegions {
  const viewer = useViewer();
  const scope = viewer.data?.me.regions;
  const wholeCountry = scope?.includes('*') ?? false;
  const all = useQuery(REGIONS_QUERY, { fetchPolicy: 'cache-first' });
  // Same variables as the regions page's default, so the two share one cached answer.
  const range = useMemo(() => defaultRange(localToday()), []);
  const overview = useQuery(REGIONS_OVERVIEW_QUERY, { variables: range, skip: !wholeCountry, fetchPolicy: 'cache-first' });

  return useMemo(() => {
    const busy = new Map((overview.data?.regionsOverview.regions ?? []).map((cell) => [cell.key, cell.submitted ?? 0]));
    const byCode = new Map((all.data?.regions ?? []).map((region) => [region.code, region]));
    const regions = wholeCountry
      ? [...byCode.values()]
      : (scope ?? []).map((code) => byCode.get(code) ?? { code, nameRu: code, nameEn: code, timeZone: 'Europe/Moscow' });
    const sorted = [...regions].sort(
      (a, b) => Number(busy.has(b.code)) - Number(busy.has(a.code)) || a.nameRu.localeCompare(b.nameRu, 'ru'),
    );
    const inScope = (code: string | null | undefined) => !!code && (wholeCountry ? byCode.has(code) : (scope ?? []).includes(code));
    const busiest = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const last = remembered();
    const defaultRegion = inScope(last)
      ? last
      : wholeCountry
        ? (busiest ?? sorted[0]?.code ?? null)
        : ([...(scope ?? [])].sort()[0] ?? null);
    return {
      regions: sorted,
      active: new Set(busy.keys()),
      wholeCountry,
      loading: all.loading || (wholeCountry && overview.loading),
      error: all.error ?? null,
      inScope,
      defaultRegion,
      remember: (code: string) => {
        try {
          window.localStorage.setItem(REMEMBERED, code);
        } catch {
          // not kept: the next page starts from the default
        }
      },
    };
  }, [all.data, all.loading, all.error, overview.data, overview.loading, scope, wholeCountry]);
}
