/** Child process for the crash test: signs in and saves records as fast as it can, printing each acknowledgement. */
import { createEngine } from '../../src-main/engine/engine.js';
import { ADMIN } from '../support/vault.js';

const dataDir = process.argv[2];
const engine = createEngine({ dataDir, appVersion: 'crash-test', emit: () => {} });
const signIn = await engine.dispatch('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
if (!signIn.ok) throw new Error(JSON.stringify(signIn.error));
process.stdout.write('READY\n');
for (let n = 0; ; n++) {
  const result = await engine.dispatch('reference.save', {
    kind: 'border_gate',
    code: `crash-${process.pid}-${n}`,
    labelVi: `Cửa khẩu thử ${n}`,
    labelKm: 'ច្រកទ្វារព្រំដែន',
    labelEn: `Test gate ${n}`,
    needsReview: true,
    active: true,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  process.stdout.write(`ACK ${n}\n`);
}
