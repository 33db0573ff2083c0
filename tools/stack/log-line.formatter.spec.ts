import { createLogLineFormatter } from './log-line.formatter';

describe(createLogLineFormatter.name, () => {
  const format = createLogLineFormatter(false);

  it("prints a service's JSON line as time, level, context, message and its trace ids", () => {
    const line = JSON.stringify({
      level: 40,
      time: Date.UTC(2026, 10, 30, 8, 40, 34, 583),
      pid: 1,
      hostname: 'vm',
      context: 'OrderReconciler',
      msg: 'Order 1001 held no stock',
      trace_id: '9f9e3dbf2568fe98c727eafb4efdeb59',
      span_id: 'b6fb5401f694ad1f',
      trace_flags: '01',
    });
    expect(format(line)).toMatch(
      /^\[\d{2}:\d{2}:34\.583\] WARN: \[OrderReconciler\] Order 1001 held no stock {2}trace_id=9f9e3dbf2568fe98c727eafb4efdeb59 span_id=b6fb5401f694ad1f$/,
    );
  });

  it('leaves out the request fields a request line already says, and passes other text through', () => {
    const line = JSON.stringify({
      level: 30,
      time: 0,
      reqId: 3,
      req: { id: 3, method: 'GET', url: '/users/1' },
      res: { statusCode: 200 },
      responseTime: 4,
      msg: 'GET /users/1 200 in 4 ms',
    });
    expect(format(line)).toMatch(/INFO: GET \/users\/1 200 in 4 ms$/);
    expect(format('Node.js v20.20.2')).toBe('Node.js v20.20.2');
  });
});
