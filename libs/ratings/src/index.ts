export { RatingsReadModel1763900400000 } from './read-model/1763900400000-ratings-read-model';
export { RatingsProjection } from './read-model/ratings.projection';
export { RatingQueries, type DeputyRating, type RegionRatings } from './read-model/rating-queries';
export * from './formulas/rating-formulas';
