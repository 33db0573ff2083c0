import { validateEnv } from '@app/service-kit';
import { GatewayEnv } from './gateway.env';

describe(GatewayEnv.name, () => {
  const validate = validateEnv(GatewayEnv);

  it('listens on loopback with the conformance endpoint off unless told otherwise', () => {
    expect(validate({})).toMatchObject({ HOST: '127.0.0.1', TRACE_CONTEXT_CONFORMANCE: 'off' });
    expect(validate({ TRACE_CONTEXT_CONFORMANCE: 'on' }).TRACE_CONTEXT_CONFORMANCE).toBe('on');
  });

  it('refuses any other value of TRACE_CONTEXT_CONFORMANCE, naming it', () => {
    expect(() => validate({ TRACE_CONTEXT_CONFORMANCE: 'yes' })).toThrow(
      /TRACE_CONTEXT_CONFORMANCE="yes": TRACE_CONTEXT_CONFORMANCE must be one of the following values: on, off/,
    );
  });
});
