import { IsUrl } from 'class-validator';
import { ServiceEnv } from './service-env';
import { validateEnv } from './validate-env';

class ExampleEnv extends ServiceEnv {
  override PORT = 8000;

  @IsUrl({ require_tld: false })
  USER_SERVICE_URL = 'http://localhost:8001';
}

describe(validateEnv.name, () => {
  const validate = validateEnv(ExampleEnv);

  it('applies defaults and converts numbers', () => {
    expect(validate({ PORT: '9000' })).toMatchObject({
      PORT: 9000,
      HOST: '127.0.0.1',
      ADMIN_HOST: '127.0.0.1',
      DOWNSTREAM_TIMEOUT_MS: 5000,
      USER_SERVICE_URL: 'http://localhost:8001',
    });
  });

  it('names every bad variable at once', () => {
    expect(() =>
      validate({ PORT: '70000', USER_SERVICE_URL: 'not a url', DOWNSTREAM_TIMEOUT_MS: 'soon' }),
    ).toThrow(
      /Invalid environment:\n {2}USER_SERVICE_URL="not a url": .*\n {2}PORT=70000: .*\n {2}DOWNSTREAM_TIMEOUT_MS=null: /,
    );
  });
});
