import { isLoopbackUrl } from './loopback-url.validator';

describe(isLoopbackUrl.name, () => {
  it.each([
    'http://127.0.0.1:7777/callback/abc.0',
    'http://127.255.255.254/',
    'http://127.1:8080/',
    'http://2130706433/',
    'http://localhost:7777/x',
    'http://[::1]:7777/x',
    'https://LOCALHOST/',
  ])('accepts %s', (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each([
    'http://128.0.0.1/',
    'http://10.0.0.1/',
    'http://0.0.0.0:7777/',
    'http://[::]:7777/',
    'http://[::ffff:8.8.8.8]/',
    'http://example.com/',
    'http://localhost.example.com/',
    'http://127.0.0.1.nip.io/',
    'http://user@example.com@127.0.0.1.evil/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});
