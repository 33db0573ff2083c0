import type request from 'supertest';
import { RpcStatus } from '../../src/ingest/otlp/otlp-schema';
import { protobufBody } from './protobuf-body';

type Agent = ReturnType<typeof request>;

/** POSTs `body` to an OTLP path as protobuf, keeping the answer's body as bytes. */
export function postOtlpProtobuf(otlp: Agent, path: string, body: Uint8Array): request.Test {
  return otlp
    .post(path)
    .set('Content-Type', 'application/x-protobuf')
    .buffer(true)
    .parse(protobufBody)
    .send(Buffer.from(body));
}

/** POSTs `body` to an OTLP path as JSON. */
export function postOtlpJson(otlp: Agent, path: string, body: string | object): request.Test {
  return otlp.post(path).set('Content-Type', 'application/json').send(body);
}

/** The google.rpc.Status a protobuf failure answered with. */
export function rpcStatusOf(response: request.Response): { code: number; message: string } {
  return RpcStatus.toObject(RpcStatus.decode(response.body as Buffer)) as {
    code: number;
    message: string;
  };
}

/** A protobuf body that is no OTLP message: a field whose length runs past the end. */
const MALFORMED_PROTOBUF = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]);

/** Expects `path` to refuse a malformed protobuf body: 400, INVALID_ARGUMENT naming `request`. */
export async function expectProtobufRefused(
  otlp: Agent,
  path: string,
  request: string,
): Promise<void> {
  const response = await postOtlpProtobuf(otlp, path, MALFORMED_PROTOBUF)
    .expect(400)
    .expect('Content-Type', /application\/x-protobuf/);
  const status = rpcStatusOf(response);
  expect(status.code).toBe(3);
  expect(status.message).toMatch(new RegExp(`^invalid ${request} protobuf: `));
}

/** Bodies a signal's JSON endpoint must refuse: one that does not parse, one of the wrong shape. */
export interface BadJson {
  broken: string;
  wrongShape: string;
  /** What the wrong shape is answered with. */
  wrongShapeMessage: string;
}

/** Expects `path` to refuse each of `bodies` with a 400 and a JSON Status. */
export async function expectJsonRefused(otlp: Agent, path: string, bodies: BadJson): Promise<void> {
  const broken = await postOtlpJson(otlp, path, bodies.broken).expect(400);
  expect(broken.body.code).toBe(3);
  expect(broken.body.message).toMatch(/^invalid JSON: /);
  const wrongShape = await postOtlpJson(otlp, path, bodies.wrongShape).expect(400);
  expect(wrongShape.body).toEqual({ code: 3, message: bodies.wrongShapeMessage });
}
