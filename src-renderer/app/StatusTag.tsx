import type { ReactNode } from 'react';

/** Status in words and colour (never colour alone), with text colours that keep AA contrast on their tint. */
export type Tone = 'ok' | 'bad' | 'attention' | 'neutral' | 'info';

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`status-tag status-${tone}`}>{children}</span>;
}
