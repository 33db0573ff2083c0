import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { HttpFailure } from './http-failure';

const gunzipAsync = promisify(gunzip);

function tooLarge(limit: number): HttpFailure {
  return new HttpFailure(413, `request body exceeds the limit of ${limit} bytes`);
}

/**
 * Reads a request body, refusing past `limit` bytes both on the wire and after gzip, so neither a
 * large upload nor a small gzip bomb can take the process's memory.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') {
    request.resume();
    throw new HttpFailure(415, `unsupported Content-Encoding "${encoding}"`);
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw tooLarge(limit);
  }
  const raw = await collect(request, limit);
  if (encoding === 'identity') return raw;
  try {
    return await gunzipAsync(raw, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    throw new HttpFailure(400, `invalid gzip body: ${(error as Error).message}`);
  }
}

function collect(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        request.off('data', onData);
        // Keep draining so the client gets the 413 instead of a reset connection.
        request.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      if (!done) resolve(Buffer.concat(chunks, size));
    });
    request.once('error', (error) => {
      if (!done) reject(new HttpFailure(400, `could not read body: ${error.message}`));
      done = true;
    });
  });
}
