/**
 * The one definition of each figure about appeals that more than one place shows (docs/ratings.md, "One
 * definition for every screen"). Ratings, regional analytics and a deputy's public responsiveness build their
 * SQL from these fragments, each over its own items (a deputy's cases, a cohort's appeals, a deputy's appeals).
 */

/** How the caller's SQL names the first-response facts of one item (a case or an appeal), as known at the moment asked about. */
export type FirstResponseColumns = Readonly<{
  /** When the item's clock started (received by the deputy, or submitted). */
  since: string;
  /** The first response (acknowledgement, clarification request, forward or answer), or null. */
  respondedAt: string;
  /** SQL true when the first response is known at the moment asked about (given by then). */
  responded: string;
  /** SQL true when the item, without a response, still waits for one then (not ended, rejected or withdrawn). */
  waiting: string;
}>;

/**
 * SQL, per item: the hours to its first response. Finite once it responded; infinite while it still waits
 * ("not yet" is longer than any response, so ignoring an appeal never shortens the median); null when it
 * ended without one for reasons not the responder's (reassigned, rejected, withdrawn): left out.
 */
export const firstResponseHoursSql = ({ since, respondedAt, responded, waiting }: FirstResponseColumns): string =>
  `(case when ${responded} then extract(epoch from ${respondedAt} - ${since})::float8 / 3600 when ${waiting} then 'infinity'::float8 end)`;

/**
 * SQL aggregate: the median first response in hours, to one decimal, of `firstResponseHoursSql` values. The
 * lower median (percentile_disc): always a wait some item really had, "half responded within it". Null when
 * there are no items, or when the median is "not yet" (fewer than half responded).
 */
export const medianFirstResponseHoursSql = (hours: string): string =>
  `round(nullif(percentile_disc(0.5) within group (order by ${hours}), 'infinity'::float8)::numeric, 1)::float8`;

/** How the caller's SQL names its feedback rows: one row per rated answer, with an `answer_number` column. */
export type VerdictSource = Readonly<{
  /** The feedback relation with its alias (joins allowed), e.g. `rating_feedback f`. */
  from: string;
  alias: string;
  /** Whose latest verdict: one per value of these columns (the appeal; or the appeal and the deputy who answered). */
  per: readonly string[];
  /** SQL true for the feedback given by the moment asked about (and within any window). */
  given: string;
}>;

/**
 * SQL select, one row per `per`: the latest verdict, the feedback on the highest-numbered answer among
 * those given by then. A voter rates each answer once; after a reopen and a new answer, their verdict on it
 * replaces the earlier one (one appeal, one voice).
 */
export const latestVerdictsSql = ({ from, alias, per, given }: VerdictSource): string =>
  `select distinct on (${per.join(', ')}) ${alias}.* from ${from} where ${given} order by ${per.join(', ')}, ${alias}.answer_number desc`;
