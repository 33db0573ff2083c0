// `@app/service-kit/logging`: how an app's Nest start-up is logged, for apps that are not services
// (the trace viewer) and so must not load the rest of the kit (tracing, HTTP client).
export { FrameworkLinesAtDebug } from './framework-lines-at-debug';
