/** Longest subject and text of an appeal, in characters. */
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 10_000;
/** Longest question, reason, note or comment, in characters. */
export const NOTE_MAX = 2_000;
