// `@app/topology`: the map of the system, the one place that names the services, their ports and
// their hops. Plain data with no imports, so any code may read it, a browser bundle included.
export { SERVICE_MAP, type ServiceDeclaration, type ServiceName } from './service-map';
export {
  ADMIN_PORT_OFFSET,
  adminPortOf,
  defaultServiceUrl,
  isServiceName,
  type Service,
  SERVICE_NAMES,
  SERVICES,
  serviceOf,
  startOrder,
} from './services';
export { DEFAULT_TRACE_QUERY_URL, TRACE_BACKEND } from './trace-backend';
