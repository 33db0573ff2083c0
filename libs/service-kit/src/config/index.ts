// `@app/service-kit/config`: the validated-settings pattern alone, for apps that are not services
// (the trace viewer) and so must not load the rest of the kit (tracing, HTTP client).
export { ServiceEnv } from './service-env';
export { validateEnv } from './validate-env';
