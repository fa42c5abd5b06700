import type { RatingMethod } from '../formulas/rating-formulas';
import type { DeputyRating as Rating } from '../read-model/rating-queries';
import type { DeputyRating, RatingMethodInfo } from './ratings.types';

/** A computed rating as GraphQL shows it: the components become the breakdown. */
export function toRating(row: Rating): DeputyRating {
  const { components, ...rest } = row;
  return { ...rest, flags: [...row.flags], breakdown: [...components] };
}

/** The method a rating was computed with; the weights as score components whose value and points are 0. */
export function toMethod(method: RatingMethod): RatingMethodInfo {
  return {
    minimumAnswered: method.minimumAnswered,
    ratePriorWeight: method.ratePriorWeight,
    scorePriorWeight: method.scorePriorWeight,
    weights: Object.entries(method.weights).map(([key, weight]) => ({
      key: key as RatingMethodInfo['weights'][number]['key'],
      weight,
      value: 0,
      points: 0,
    })),
  };
}
