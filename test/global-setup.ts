import { execFileSync } from 'node:child_process';

/** Tests that start the real engine worker use the bundle the app ships; build it once per run. */
export default function setup() {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { stdio: 'inherit' });
}
