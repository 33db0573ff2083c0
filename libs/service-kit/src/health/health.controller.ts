import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { SERVICE_NAME } from '../service-name.token';
import { ReadinessService } from './readiness.service';

/** Liveness and readiness for launchers, tests and healthchecks; not traced (see startTelemetry). */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    private readonly readiness: ReadinessService,
  ) {}

  @Get()
  check(): { status: 'ok'; service: string } {
    return { status: 'ok', service: this.serviceName };
  }

  /**
   * 200 when every downstream hop answers its `/health`, with the Node.js release the service
   * runs on; 503 naming the hops that do not answer.
   */
  @Get('ready')
  async ready(): Promise<{ status: 'ready'; service: string; hops: string[]; node: string }> {
    const unready = await this.readiness.unreadyHops();
    if (unready.length > 0) {
      throw new ServiceUnavailableException(
        `${this.serviceName} is not ready: ${unready.join(', ')} not answering /health`,
      );
    }
    return {
      status: 'ready',
      service: this.serviceName,
      hops: this.readiness.hops(),
      node: process.version,
    };
  }
}
