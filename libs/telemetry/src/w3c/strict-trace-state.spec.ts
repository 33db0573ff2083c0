import { StrictTraceState } from './strict-trace-state';

const serialized = (header: string) => StrictTraceState.parse(header)?.serialize();

describe(StrictTraceState.name, () => {
  describe('parse', () => {
    it('keeps every member in order, without the optional whitespace around them', () => {
      expect(serialized('foo=1,bar=2')).toBe('foo=1,bar=2');
      expect(serialized('\t foo=1 \t,\t bar=2 ,, baz=3\t')).toBe('foo=1,bar=2,baz=3');
    });

    it('keeps keys the Recommendation allows and OpenTelemetry refuses', () => {
      for (const key of ['foo@', 'foo@@bar', 'foo@bar@baz', '1abc', 't@' + 'v'.repeat(15)]) {
        expect(serialized(`${key}=1,bar=2`)).toBe(`${key}=1,bar=2`);
      }
      expect(serialized(`foo=1,${'z'.repeat(256)}=1`)).toBe(`foo=1,${'z'.repeat(256)}=1`);
    });

    it('keeps a value with inner and leading spaces and every allowed character', () => {
      expect(serialized('foo= a b')).toBe('foo= a b');
      const allowed = '!"#$%&\'()*+-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`{|}~';
      expect(serialized(`foo=${allowed}`)).toBe(`foo=${allowed}`);
    });

    it.each([
      ['a key with a space', 'foo =1,bar=2'],
      ['an upper-case key', 'FOO=1,bar=2'],
      ['a key with a dot', 'foo.bar=1,bar=2'],
      ['a key starting with @', '@foo=1,bar=2'],
      ['a key of 257 characters', `foo=1,${'z'.repeat(257)}=1`],
      ['a value with =', 'foo=bar=baz'],
      ['an empty value', 'foo=,bar=3'],
      ['a value of 257 characters', `foo=${'v'.repeat(257)}`],
      ['a member without =', 'foo,bar=2'],
      ['a tab inside a value', 'foo=a\tb'],
    ])('drops the whole header for %s', (_why, header) => {
      expect(StrictTraceState.parse(header)).toBeUndefined();
    });

    it('keeps 32 members and drops the whole header at 33', () => {
      const members = (count: number) =>
        Array.from({ length: count }, (_, i) => `bar${i + 1}=${i + 1}`).join(',');
      expect(serialized(members(32))).toBe(members(32));
      expect(StrictTraceState.parse(members(33))).toBeUndefined();
    });

    it('keeps the left-most of a repeated key', () => {
      expect(serialized('foo=1,foo=2,bar=3')).toBe('foo=1,bar=3');
    });

    it('gives nothing for an empty or blank header', () => {
      expect(StrictTraceState.parse('')).toBeUndefined();
      expect(StrictTraceState.parse(' ,\t, ')).toBeUndefined();
    });
  });

  describe('set, unset, get', () => {
    const state = StrictTraceState.parse('congo=t61rcWkgMzE,rojo=00f067aa0ba902b7')!;

    it('puts a new or changed member first and leaves the original alone', () => {
      expect(state.set('rojo', 'b9c7c989f97918e1').serialize()).toBe(
        'rojo=b9c7c989f97918e1,congo=t61rcWkgMzE',
      );
      expect(state.set('acme@sys', '1').serialize()).toBe(
        'acme@sys=1,congo=t61rcWkgMzE,rojo=00f067aa0ba902b7',
      );
      expect(state.serialize()).toBe('congo=t61rcWkgMzE,rojo=00f067aa0ba902b7');
    });

    it('refuses a bad key or value, and drops the right-most member past 32', () => {
      expect(state.set('Bad', '1')).toBe(state);
      expect(state.set('ok', 'a,b')).toBe(state);
      const full = StrictTraceState.parse(
        Array.from({ length: 32 }, (_, i) => `k${i}=${i}`).join(','),
      )!;
      const added = full.set('new', 'x').serialize().split(',');
      expect(added).toHaveLength(32);
      expect(added[0]).toBe('new=x');
      expect(added).not.toContain('k31=31');
    });

    it('removes a member and reads one by key', () => {
      expect(state.unset('congo').serialize()).toBe('rojo=00f067aa0ba902b7');
      expect(state.get('rojo')).toBe('00f067aa0ba902b7');
      expect(state.get('acme')).toBeUndefined();
    });
  });
});
