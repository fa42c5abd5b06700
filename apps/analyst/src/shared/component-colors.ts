import { SERIES_COLORS } from '@app/ui/charts/chart-palette';
import { RATING_COMPONENTS, type RatingComponentKey } from '../graphql/ratings';

/** One colour per score component, the same on every page (the explainer, the breakdown bar, its legend). */
export const COMPONENT_COLORS: Readonly<Record<RatingComponentKey, string>> = Object.fromEntries(
  RATING_COMPONENTS.map((key, index) => [key, SERIES_COLORS[index % SERIES_COLORS.length]]),
) as Record<RatingComponentKey, string>;
