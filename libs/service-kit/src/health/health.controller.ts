import { Controller, Get, Inject } from '@nestjs/common';
import { SERVICE_NAME } from '../service-name.token';

/** Liveness for launchers, tests and container healthchecks; not traced (see startTelemetry). */
@Controller('health')
export class HealthController {
  constructor(@Inject(SERVICE_NAME) private readonly serviceName: string) {}

  @Get()
  check(): { status: 'ok'; service: string } {
    return { status: 'ok', service: this.serviceName };
  }
}
