import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { serveMetrics } from '../metrics-endpoint';

/**
 * `GET /metrics`: the service's metrics as Prometheus text, on its own port, for a scraper. Not
 * traced (see startTelemetry), so a scrape neither makes a trace nor counts as a request.
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  scrape(@Req() request: Request, @Res() response: Response): void {
    if (!serveMetrics(request, response)) {
      throw new NotFoundException(
        'No Prometheus metrics: OTEL_METRICS_EXPORTER does not name prometheus',
      );
    }
  }
}
