// Type-checks the four TypeScript projects (engine and tests, renderer, Electron shell, end-to-end tests), two at a
// time: each tsc uses one core, and CI has two. Every project's errors are printed; any error fails the check.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import process from 'node:process';

const PROJECTS = ['tsconfig.json', 'src-main/shell/tsconfig.json', 'src-renderer/tsconfig.json', 'test/e2e/tsconfig.json'];

function check(project) {
  const started = Date.now();
  return new Promise((resolve) => {
    // Incremental: a later check re-reads only what changed (the build info lives in node_modules/.cache).
    const buildInfo = `node_modules/.cache/typecheck/${project.replaceAll('/', '_')}.tsbuildinfo`;
    const tsc = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--incremental', '--tsBuildInfoFile', buildInfo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk) => (output += chunk));
    tsc.stderr.on('data', (chunk) => (output += chunk));
    tsc.on('close', (code) => {
      process.stdout.write(`tsc -p ${project}: ${code === 0 ? 'ok' : 'errors'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...PROJECTS];
const lanes = Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
  let passed = true;
  while (queue.length) passed = (await check(queue.shift())) && passed;
  return passed;
});
process.exitCode = (await Promise.all(lanes)).every(Boolean) ? 0 : 1;
