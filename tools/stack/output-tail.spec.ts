import { OutputTail } from './output-tail';

describe('OutputTail', () => {
  it('keeps every line while they fit', () => {
    const tail = new OutputTail(100);
    tail.push('one');
    tail.push('two');
    expect(tail.text()).toBe('one\ntwo\n');
  });

  it('lets go of the oldest lines once the limit is passed', () => {
    const tail = new OutputTail(12);
    for (const line of ['aaa', 'bbb', 'ccc', 'ddd']) tail.push(line);
    expect(tail.text()).toBe('bbb\nccc\nddd\n');
  });

  it('keeps the last line even when it alone is longer than the limit', () => {
    const tail = new OutputTail(4);
    tail.push('short');
    tail.push('a much longer line');
    expect(tail.text()).toBe('a much longer line\n');
  });

  it('stays the same tail across many lines', () => {
    const tail = new OutputTail(20);
    for (let i = 0; i < 5000; i++) tail.push(`line ${i}`);
    expect(tail.text()).toBe('line 4998\nline 4999\n');
  });
});
