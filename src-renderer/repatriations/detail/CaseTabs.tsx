import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface CaseTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * The detail's tabs: every tab stays visible (the list wraps instead of hiding tabs behind an overflow button),
 * the tab list holds only tabs (WAI-ARIA tabs pattern), arrow keys move between tabs, Home/End jump.
 */
export function CaseTabs({ items, active, onChange, label }: { items: CaseTab[]; active: string; onChange: (key: string) => void; label: string }) {
  const id = useId();
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = items.find((item) => item.key === active) ?? items[0];

  const onKeyDown = (event: KeyboardEvent) => {
    const index = items.findIndex((item) => item.key === current.key);
    const target = {
      ArrowRight: (index + 1) % items.length,
      ArrowLeft: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const key = items[target].key;
    onChange(key);
    buttons.current[key]?.focus();
  };

  return (
    <div className="rep-tabs">
      <div role="tablist" aria-label={label} className="rep-tab-list" onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.key}
            ref={(element) => {
              buttons.current[item.key] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${item.key}`}
            aria-controls={`${id}-panel-${item.key}`}
            aria-selected={item.key === current.key}
            tabIndex={item.key === current.key ? 0 : -1}
            className={item.key === current.key ? 'rep-tab rep-tab-active' : 'rep-tab'}
            onClick={() => onChange(item.key)}
            data-testid={`tab-${item.key}`}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-${current.key}`} aria-labelledby={`${id}-tab-${current.key}`} className="rep-tab-panel">
        {current.children}
      </div>
    </div>
  );
}
