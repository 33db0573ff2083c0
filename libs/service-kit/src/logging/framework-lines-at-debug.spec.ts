import { Controller, Get, Logger, type LoggerService, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FrameworkLinesAtDebug } from './framework-lines-at-debug';

@Controller('things')
class ThingsController {
  @Get()
  list(): string[] {
    return [];
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

type Level = 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';

/** Records each line as `level [context] message`. */
class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  private record(level: Level, message: unknown, params: unknown[]) {
    this.lines.push(`${level} [${String(params.at(-1))}] ${String(message)}`);
  }
  log = (message: unknown, ...params: unknown[]) => this.record('log', message, params);
  error = (message: unknown, ...params: unknown[]) => this.record('error', message, params);
  warn = (message: unknown, ...params: unknown[]) => this.record('warn', message, params);
  debug = (message: unknown, ...params: unknown[]) => this.record('debug', message, params);
  verbose = (message: unknown, ...params: unknown[]) => this.record('verbose', message, params);
  fatal = (message: unknown, ...params: unknown[]) => this.record('fatal', message, params);
}

describe(FrameworkLinesAtDebug.name, () => {
  it("writes a real Nest app's start-up lines at debug and the app's own at log", async () => {
    const recorder = new RecordingLogger();
    const app = await NestFactory.create(ThingsModule, {
      logger: new FrameworkLinesAtDebug(recorder),
    });
    await app.init();
    new Logger('Bootstrap').log('Listening on http://127.0.0.1:1234');
    new Logger('Bootstrap').warn('a warning stays a warning');
    await app.close();

    expect(recorder.lines).toEqual([
      'debug [NestFactory] Starting Nest application...',
      'debug [InstanceLoader] ThingsModule dependencies initialized',
      'debug [RoutesResolver] ThingsController {/things}:',
      'debug [RouterExplorer] Mapped {/things, GET} route',
      'debug [NestApplication] Nest application successfully started',
      'log [Bootstrap] Listening on http://127.0.0.1:1234',
      'warn [Bootstrap] a warning stays a warning',
    ]);
  });
});
