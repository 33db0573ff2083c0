/** Injection token of a floor service's downstream base URLs, by the setting that holds each. */
export const FLOOR_URLS = Symbol('FLOOR_URLS');
