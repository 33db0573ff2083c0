/** What a test needs from one HTTP answer. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The JSON body, or the raw text when it is not JSON. */
  body: unknown;
  elapsedMs: number;
}

export interface HttpCallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string (so malformed JSON can be sent as is). */
  body?: unknown;
}

/** Sends one real HTTP request and reads the whole answer. */
export async function httpCall(url: string, options: HttpCallOptions = {}): Promise<HttpAnswer> {
  const started = Date.now();
  const hasBody = options.body !== undefined;
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: hasBody
      ? typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
      : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the text is the body
  }
  return {
    status: response.status,
    headers: response.headers,
    body,
    elapsedMs: Date.now() - started,
  };
}
