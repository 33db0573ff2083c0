import { packageOf } from './cpuprofile-summary';

describe(packageOf.name, () => {
  it.each([
    ['file:///r/node_modules/@nestjs/core/router/router-explorer.js', '', '@nestjs/core'],
    ['file:///r/node_modules/axios/lib/core/Axios.js', '', 'axios'],
    ['file:///r/dist/apps/user-service/libs/service-kit/src/index.js', '', 'libs/service-kit'],
    ['file:///r/dist/apps/user-service/apps/user-service/src/main.js', '', 'apps/user-service'],
    ['file:///r/dist/bench/floor/user-service.js', '', 'bench/floor'],
    ['node:internal/http', '', 'node'],
    ['', '(garbage collector)', '(garbage collector)'],
  ])('puts %s %s in %s', (url, functionName, expected) => {
    expect(packageOf(url, functionName)).toBe(expected);
  });
});
