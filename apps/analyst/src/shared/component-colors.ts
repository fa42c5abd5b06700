import { SERIES_COLORS } from '@app/ui/charts/chart-palette';
import type { RatingComponent } from '../gql/graphql';

// The components in the method's order (docs/ratings.md), each its colour's place in the palette; a Record, so a
// component the schema adds does not compile until it has one.
const PLACE: Readonly<Record<RatingComponent, number>> = {
  ANSWERED: 0,
  DEADLINE: 1,
  FIRST_RESPONSE: 2,
  RESOLUTION: 3,
  NOT_REOPENED: 4,
  SATISFACTION: 5,
};

/** One colour per score component, the same on every page (the explainer, the breakdown bar, its legend). */
export const COMPONENT_COLORS: Readonly<Record<RatingComponent, string>> = Object.fromEntries(
  Object.entries(PLACE).map(([key, index]) => [key, SERIES_COLORS[index % SERIES_COLORS.length]]),
) as Record<RatingComponent, string>;
