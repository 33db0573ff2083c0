import {
  HttpLoadClient,
  type LoadRequest,
  type OpenModelResult,
  runOpenModel,
} from '@tools/load-generator';
import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import { measureSaturation, type SaturationWindow } from './saturation';
import type { BenchScenario } from './scenarios';

/** One saturation slice: a lead-in, then 2xx responses counted in the window. */
export async function throughputSlice(
  stack: BenchStack,
  scenario: BenchScenario,
  options: BenchOptions,
  leadMs: number,
): Promise<SaturationWindow> {
  const result = await measureSaturation(stack.gatewayUrl, scenario.request, options.connections, {
    leadMs,
    windowMs: options.saturationMs,
  });
  if (result.failed > 0) {
    throw new Error(`${scenario.id} in ${stack.mode.id}: ${result.failed} requests failed`);
  }
  return result;
}

/**
 * Sends `request` at `rate` on the open model for `durationMs`; a non-2xx answer or a request
 * still unanswered at the end fails the benchmark, since its latency would be missing.
 */
export async function openModelRun(
  gatewayUrl: string,
  request: LoadRequest,
  rate: number,
  durationMs: number,
): Promise<OpenModelResult> {
  const client = new HttpLoadClient(gatewayUrl);
  try {
    const result = await runOpenModel({
      ratePerSecond: rate,
      durationMs,
      send: async () => {
        const { status } = await client.send(request);
        if (status < 200 || status > 299) throw new Error(`${request.path} answered ${status}`);
        return status;
      },
    });
    if (result.failed + result.unfinished > 0) {
      throw new Error(`${request.path}: ${result.failed + result.unfinished} requests failed`);
    }
    return result;
  } finally {
    client.close();
  }
}

/** One latency slice: a lead-in at `rate`, then the measured run; `sent` counts both. */
export async function latencySlice(
  stack: BenchStack,
  scenario: BenchScenario,
  options: BenchOptions,
  rate: number,
  leadMs: number,
): Promise<{ result: OpenModelResult; sent: number }> {
  const lead = await openModelRun(stack.gatewayUrl, scenario.request, rate, leadMs);
  const result = await openModelRun(stack.gatewayUrl, scenario.request, rate, options.latencyMs);
  return { result, sent: lead.sent + result.sent };
}
