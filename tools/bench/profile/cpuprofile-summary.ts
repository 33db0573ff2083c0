/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) that a summary needs. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one entry (a function or a package), in µs and as a share of busy time. */
export interface SelfTimeEntry {
  name: string;
  micros: number;
  share: number;
}

/** Self time by function and by package, idle time left out. */
export interface ProfileSummary {
  busyMicros: number;
  functions: SelfTimeEntry[];
  packages: SelfTimeEntry[];
}

const IDLE = '(idle)';

/** Where a function comes from: an npm package, a workspace app or lib, the floor, Node, or V8. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const workspace = /dist\/(?:apps\/[^/]+\/)?(apps|libs)\/([^/]+)/.exec(url);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  // The floor's services are one built file each (bench/overhead/floor/build-floor.ts).
  return /dist\/bench\/floor\//.test(url) ? 'bench/floor' : url;
}

function shortUrl(url: string): string {
  const inModules = url.lastIndexOf('node_modules/');
  if (inModules >= 0) return url.slice(inModules + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url.replace(/^file:\/\//, '');
}

function ranked(totals: Map<string, number>, busy: number): SelfTimeEntry[] {
  return [...totals]
    .map(([name, micros]) => ({ name, micros, share: micros / busy }))
    .sort((a, b) => b.micros - a.micros);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Counts the samples that landed in each function (self time, bottom-up), each worth the
 * sampling interval. Samples are taken only while the thread runs, so a count measures CPU time;
 * a sample's time delta would also hold the time the process waited for a core, which on a busy
 * machine piles onto whatever ran just before.
 */
export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  const micros = median(profile.timeDeltas);
  let busy = 0;
  profile.samples.forEach((id) => {
    const frame = byId.get(id);
    if (!frame || frame.functionName === IDLE) return;
    busy += micros;
    const where = frame.url ? ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const fn = `${frame.functionName || '(anonymous)'}${where}`;
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  });
  return {
    busyMicros: busy,
    functions: ranked(functions, busy),
    packages: ranked(packages, busy),
  };
}
