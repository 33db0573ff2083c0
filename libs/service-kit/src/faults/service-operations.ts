import { Inject, Injectable, type OnModuleInit, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { FaultEngine, type FaultRule } from '@app/faults';
import { declaredOperations } from '@app/telemetry';
import { HealthController } from '../health/health.controller';
import { SERVICE_NAME } from '../service-name.token';

/** What a fault rule's `operation` may name in this service. */
export interface OperationsView {
  service: string;
  /** The manual spans its `@Span` methods open. */
  spans: readonly string[];
  /** Its routes as the route injection point names them: `POST /inventory/reserve`. */
  routes: readonly string[];
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value ?? '']).map(String);

/**
 * The operations a fault rule may aim at in this service, read from the code itself: the names
 * its `@Span` methods declare, and the routes of its controllers that RouteFaultsGuard
 * covers (not health; the admin API is another Nest app). A rule naming anything else would never
 * fire, so the admin API refuses it, and so does start-up for the FAULTS setting.
 */
@Injectable()
export class ServiceOperations implements OnModuleInit {
  private routes?: string[];

  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly engine: FaultEngine,
  ) {}

  onModuleInit(): void {
    const problems = this.engine.list().flatMap((rule) => this.problemWith(rule) ?? []);
    if (problems.length > 0) throw new Error(`FAULTS: ${problems.join('; ')}`);
  }

  view(): OperationsView {
    return { service: this.service, spans: declaredOperations(), routes: this.routeNames() };
  }

  /** Why `rule` names no operation of this service, or undefined when it is fine. */
  problemWith({ operation }: FaultRule): string | undefined {
    if (operation === undefined) return undefined;
    const { spans, routes } = this.view();
    if (spans.includes(operation) || routes.includes(operation)) return undefined;
    return (
      `operation "${operation}" is not one of ${this.service}'s: its manual spans are ` +
      `${spans.join(', ') || 'none'}; its routes ${routes.join(', ')}`
    );
  }

  private routeNames(): string[] {
    this.routes ??= this.discovery.getControllers().flatMap(({ metatype }) => {
      const controller = metatype as Type | undefined;
      if (!controller || controller === HealthController) return [];
      const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = prototype[name] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        if (paths === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        return prefixes.flatMap((prefix) =>
          asList(paths).map((path) => `${method} ${joinPath(prefix, path)}`),
        );
      });
    });
    return this.routes;
  }
}
