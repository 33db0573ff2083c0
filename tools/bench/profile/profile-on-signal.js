// Preloaded (--require) into each profiled process. The first SIGWINCH starts V8's CPU profiler,
// the second writes the profile to $CPU_PROFILE_FILE and ends the process: the profile then
// covers the load alone, not the start-up (module loading and compiling dwarf a short run).
// SIGWINCH because Nest's shutdown hooks claim SIGUSR2, and V8's sampler uses SIGPROF.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

const session = new Session();
session.connect();
let running = false;

process.on('SIGWINCH', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(process.env.CPU_PROFILE_FILE, JSON.stringify(result.profile));
    process.exit(error ? 1 : 0);
  });
});
