import { Controller, Get } from '@nestjs/common';

/** What the benchmark's launcher polls before it sends anything: `GET /health`. */
@Controller('health')
export class FloorHealthController {
  @Get()
  health(): { status: string } {
    return { status: 'ok' };
  }
}
