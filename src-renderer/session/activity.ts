import { invoke } from '../bridge/engine.js';

/**
 * Tells the engine someone is working, so its idle timer does not lock the vault under their hands.
 * At most one report every 20 s — more often when the idle lock itself is short (a third of it), so a short
 * lock never fires while someone is working; and every second while the engine says nothing is open yet
 * (so the first report after a sign-in or setup learns the idle time at once).
 */
export function startActivityReporting(): { stop: () => void; setIdleSeconds: (seconds: number | null) => void } {
  let idleSeconds: number | null = null;
  let last = 0;
  const interval = () => (idleSeconds ? Math.min(20_000, Math.max(1_000, (idleSeconds * 1000) / 3)) : 1_000);
  const report = () => {
    const now = Date.now();
    if (now - last < interval()) return;
    last = now;
    void invoke('system.activity', {}).then((result) => {
      if (result.ok) idleSeconds = result.value.lockInSeconds;
    });
  };
  const events = ['keydown', 'pointerdown', 'wheel'] as const;
  events.forEach((name) => window.addEventListener(name, report, { capture: true, passive: true }));
  return {
    stop: () => events.forEach((name) => window.removeEventListener(name, report, { capture: true })),
    setIdleSeconds: (seconds) => (idleSeconds = seconds),
  };
}
