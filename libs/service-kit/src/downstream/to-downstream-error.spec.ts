import { HttpStatus } from '@nestjs/common';
import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { DownstreamError } from '../errors/downstream.error';
import { downstreamAnswerError, toDownstreamError } from './to-downstream-error';

function answered(status: number, data: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() };
  const response = { status, data, statusText: '', headers: {}, config } as AxiosResponse;
  return new AxiosError(`status ${status}`, 'ERR_BAD_RESPONSE', config, undefined, response);
}

function failed(code: string, message = code): AxiosError {
  return new AxiosError(message, code, { headers: new AxiosHeaders(), timeout: 500 });
}

describe(toDownstreamError.name, () => {
  it.each([
    [HttpStatus.NOT_FOUND, 'User 9 not found'],
    [HttpStatus.CONFLICT, 'Not enough stock'],
  ])('passes %i through with the downstream message', (status, message) => {
    const error = toDownstreamError('user-service', answered(status, { message }));
    expect(error).toBeInstanceOf(DownstreamError);
    expect(error).toMatchObject({ hop: 'user-service', status, message });
  });

  it('turns another 4xx into 502 naming the hop and the validation messages', () => {
    const error = toDownstreamError('order-service', answered(400, { message: ['a', 'b'] }));
    expect(error).toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'order-service answered 400: a; b',
    });
  });

  it('turns a 5xx into 502', () => {
    expect(toDownstreamError('database-service', answered(500, 'oops'))).toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'database-service answered 500: HTTP 500',
    });
  });

  it('turns a refused connection into 503', () => {
    expect(toDownstreamError('order-service', failed('ECONNREFUSED'))).toMatchObject({
      status: HttpStatus.SERVICE_UNAVAILABLE,
      message: 'order-service is unreachable (ECONNREFUSED)',
    });
  });

  it('turns a timeout into 504 with the bound', () => {
    expect(toDownstreamError('order-service', failed('ECONNABORTED'))).toMatchObject({
      status: HttpStatus.GATEWAY_TIMEOUT,
      message: 'order-service did not answer within 500 ms',
    });
  });

  it('turns anything else into 502', () => {
    expect(toDownstreamError('user-service', new Error('weird'))).toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'user-service call failed: weird',
    });
  });
});

describe(downstreamAnswerError.name, () => {
  it('passes 404 and 409 through with the body the hop answered', () => {
    const body = { statusCode: 409, message: 'Not enough stock' };
    expect(downstreamAnswerError('order-service', 409, body)).toMatchObject({
      hop: 'order-service',
      status: HttpStatus.CONFLICT,
      message: 'Not enough stock',
      downstreamBody: body,
    });
  });

  it('turns any other status into 502 with the hop and its message', () => {
    expect(downstreamAnswerError('user-service', 503, { message: 'busy' })).toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'user-service answered 503: busy',
    });
  });
});
