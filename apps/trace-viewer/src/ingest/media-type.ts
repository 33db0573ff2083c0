/** The media type of a Content-Type header, lower-cased and without parameters. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}
