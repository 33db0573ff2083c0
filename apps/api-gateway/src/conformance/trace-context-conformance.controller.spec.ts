import { type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { ApiExceptionFilter, DownstreamClient, DownstreamError } from '@app/service-kit';
import { TraceContextConformanceController } from './trace-context-conformance.controller';
import {
  CONFORMANCE_HOP,
  TraceContextConformanceService,
} from './trace-context-conformance.service';

const HARNESS = 'http://127.0.0.1:7777/callback/5c0f';

describe(TraceContextConformanceController.name, () => {
  const downstream = { request: jest.fn<Promise<unknown>, [string, object]>() };
  let app: INestApplication<App>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [TraceContextConformanceController],
      providers: [
        TraceContextConformanceService,
        { provide: DownstreamClient, useValue: downstream },
        { provide: APP_FILTER, useValue: new ApiExceptionFilter() },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(() => app.close());
  beforeEach(() => {
    downstream.request.mockReset();
    downstream.request.mockResolvedValue(null);
  });

  const post = (body: unknown) =>
    request(app.getHttpServer())
      .post('/conformance/trace-context')
      .send(body as object);

  it('posts each element its arguments, in order, and nothing else', async () => {
    const nested = [{ url: `${HARNESS}.9`, arguments: [] }];
    const response = await post([
      { url: `${HARNESS}.0`, arguments: nested },
      { url: `${HARNESS}.1` },
    ]).expect(200);

    expect(response.body).toEqual({ called: [`${HARNESS}.0`, `${HARNESS}.1`] });
    expect(downstream.request.mock.calls).toEqual([
      [
        CONFORMANCE_HOP,
        { method: 'POST', url: `${HARNESS}.0`, data: nested, maxRedirects: 0, proxy: false },
      ],
      [
        CONFORMANCE_HOP,
        { method: 'POST', url: `${HARNESS}.1`, data: [], maxRedirects: 0, proxy: false },
      ],
    ]);
  });

  it('refuses the whole request, naming it, when any target is off this machine', async () => {
    const response = await post([
      { url: `${HARNESS}.0`, arguments: [] },
      { url: 'http://example.com/steal', arguments: [] },
    ]).expect(400);

    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        '[1] url "http://example.com/steal" is not on this machine: the conformance endpoint calls only loopback addresses (127.0.0.0/8, ::1, localhost)',
      ],
    });
    expect(downstream.request).not.toHaveBeenCalled();
  });

  it.each([
    [
      'an object instead of an array',
      { url: HARNESS },
      'Validation failed (parsable array expected)',
    ],
    ['a missing url', [{ arguments: [] }], '[0] url must be a string'],
    ['a url that is no URL', [{ url: 'callback' }], '[0] url must be a URL address'],
    [
      'arguments that are no array',
      [{ url: HARNESS, arguments: 'x' }],
      '[0] arguments must be an array',
    ],
  ])('answers 400 for %s', async (_why, body, message) => {
    const response = await post(body).expect(400);
    expect([response.body.message].flat()).toContain(message);
    expect(downstream.request).not.toHaveBeenCalled();
  });

  it('answers 400 past 16 calls', async () => {
    const calls = Array.from({ length: 17 }, (_, i) => ({ url: `${HARNESS}.${i}` }));
    const response = await post(calls).expect(400);
    expect(response.body.message).toBe('at most 16 calls, got 17');
    expect(downstream.request).not.toHaveBeenCalled();
  });

  it('answers a failed callback as any failed hop, naming it, and stops there', async () => {
    downstream.request.mockRejectedValueOnce(
      new DownstreamError(CONFORMANCE_HOP, 503, `${CONFORMANCE_HOP} is unreachable (ECONNREFUSED)`),
    );
    const response = await post([{ url: `${HARNESS}.0` }, { url: `${HARNESS}.1` }]).expect(503);

    expect(response.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'conformance-callback is unreachable (ECONNREFUSED)',
      hop: 'conformance-callback',
    });
    expect(downstream.request).toHaveBeenCalledTimes(1);
  });
});
