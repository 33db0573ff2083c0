/** Thrown when nothing answers at the query API's address. */
export class QueryApiUnreachableError extends Error {
  constructor(readonly url: string) {
    super(
      `Cannot reach the trace query API at ${url}: start the stack with \`npm start\` (or \`docker compose up --build\`).`,
    );
  }
}
