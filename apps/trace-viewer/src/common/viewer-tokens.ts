/** Injection token of the {@link ViewerConfig} value. */
export const VIEWER_CONFIG = Symbol('VIEWER_CONFIG');
