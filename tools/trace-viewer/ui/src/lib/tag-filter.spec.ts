import { parseTagFilter } from './tag-filter';

describe('parseTagFilter', () => {
  it('reads logfmt pairs, quoted values included', () => {
    expect(parseTagFilter('http.status_code=500  error=true note="out of stock" empty=')).toEqual({
      tags: { 'http.status_code': '500', error: 'true', note: 'out of stock', empty: '' },
      errors: [],
    });
  });

  it('reports words that are not pairs', () => {
    expect(parseTagFilter('error=true oops')).toEqual({
      tags: { error: 'true' },
      errors: ['"oops" is not a key=value pair'],
    });
  });
});
