import type http from 'node:http';
import type request from 'supertest';

/** A supertest parser that keeps a protobuf response body as the raw bytes. */
export function protobufBody(
  res: request.Response,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const stream = res as unknown as http.IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
