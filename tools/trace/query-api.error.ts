/** Thrown when the query API answers, but with neither a trace nor a 404. */
export class QueryApiError extends Error {}
