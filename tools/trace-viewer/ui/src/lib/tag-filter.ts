export interface TagFilterResult {
  tags: Record<string, string>;
  errors: string[];
}

// logfmt, as Jaeger's search form takes it: key=value pairs separated by spaces, and a value
// with spaces in double quotes (http.url="/orders?x=1 y").
const PAIR = /([^\s=]+)=(?:"([^"]*)"|(\S*))|(\S+)/g;

/** Parses the search form's tag filter ("k=v k2=\"v 2\"") into the object /api/traces wants. */
export function parseTagFilter(input: string): TagFilterResult {
  const tags: Record<string, string> = {};
  const errors: string[] = [];
  for (const match of input.matchAll(PAIR)) {
    const [, key, quoted, bare, stray] = match;
    if (stray !== undefined) errors.push(`"${stray}" is not a key=value pair`);
    else if (key !== undefined) tags[key] = quoted ?? bare ?? '';
  }
  return { tags, errors };
}
