import { parseFaultRules, validateFaultRule } from './validate-fault-rule';

describe(validateFaultRule.name, () => {
  it('accepts a rule of each kind', () => {
    for (const rule of [
      { kind: 'error', operation: 'order-service.create_order', status: 503, rate: 0.2 },
      { kind: 'latency', latencyMs: 300, jitterMs: 50 },
      { kind: 'unreachable', hop: 'database-service' },
      { kind: 'slow_query', latencyMs: 200, operation: 'database-service.insert' },
      { kind: 'latency', latencyMs: 200, operation: 'check_inventory', label: 'hunt slow-hop 7' },
    ]) {
      expect(validateFaultRule(rule)).toEqual({ rule });
    }
  });

  it.each([
    [
      { kind: 'boom' },
      'kind must be one of the following values: error, latency, unreachable, slow_query',
    ],
    [{ kind: 'error', rate: 2 }, 'rate must not be greater than 1'],
    [
      { kind: 'error', rate: 'half' },
      'rate must be a number conforming to the specified constraints',
    ],
    [{ kind: 'error', status: 200 }, 'status must not be less than 400'],
    [{ kind: 'latency', latencyMs: 'x' }, 'latencyMs must be an integer number'],
    [{ kind: 'latency' }, 'latencyMs is required for a latency fault'],
    [{ kind: 'unreachable', hop: 'mars' }, expect.stringMatching(/^hop must be one of/)],
    [{ kind: 'error', latency_ms: 5 }, 'latency_ms is not a field of kind error'],
    [{ kind: 'error', hop: 'user-service' }, 'hop is not a field of kind error'],
    [{ kind: 'error', operation: '' }, 'operation should not be empty'],
    [{ kind: 'error', label: 7 }, 'label must be a string'],
  ])('refuses %j naming the field', (input, message) => {
    expect(validateFaultRule(input).errors).toEqual([message]);
  });

  it('refuses what is not an object', () => {
    expect(validateFaultRule([1]).errors).toEqual(['a fault rule must be a JSON object']);
    expect(validateFaultRule(null).errors).toEqual(['a fault rule must be a JSON object']);
  });
});

describe(parseFaultRules.name, () => {
  it('reads a JSON array, and nothing from an unset setting', () => {
    expect(parseFaultRules(undefined)).toEqual([]);
    expect(parseFaultRules('[{"kind":"latency","latencyMs":5}]')).toEqual([
      { kind: 'latency', latencyMs: 5 },
    ]);
  });

  it('names the entry and field of each mistake', () => {
    expect(() =>
      parseFaultRules('[{"kind":"latency","latencyMs":5},{"kind":"error","rate":3}]'),
    ).toThrow('FAULTS: [1] rate must not be greater than 1');
    expect(() => parseFaultRules('{"kind":"error"}')).toThrow('FAULTS must be a JSON array');
    expect(() => parseFaultRules('[oops')).toThrow(/^FAULTS is not JSON/);
  });
});
