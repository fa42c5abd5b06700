/** The personal data policy a voter consents to when submitting (152-ФЗ); bump it when the text changes. */
export const PERSONAL_DATA_POLICY_VERSION = '2026-11-01';
/** Where the voter portal shows that policy's text (apps/voter, route /privacy). */
export const PERSONAL_DATA_POLICY_URL = '/privacy';
