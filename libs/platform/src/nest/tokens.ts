/** Injection token of the validated `AppConfig` (with the database URL settled). */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** Injection token of the `EventStore` port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
