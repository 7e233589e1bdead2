/** The right panel's tabs: the selection's properties, the findings, the rooms. Arrow keys move between tabs. */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useEditor, useSession } from '../editor/react.ts';
import type { PanelTab } from '../editor/session.ts';

interface Props {
  readonly properties: ReactNode;
  readonly findings: ReactNode;
  readonly rooms: ReactNode;
  readonly failCount: number;
  readonly problemCount: number;
}

const TABS: readonly PanelTab[] = ['properties', 'findings', 'rooms'];

export function SidePanel({ properties, findings, rooms, failCount, problemCount }: Props) {
  const editor = useEditor();
  const tab = useSession((s) => s.panelTab);
  const selection = useSession((s) => s.selection);
  const highlight = useSession((s) => s.highlight);
  const refs = useRef<Record<PanelTab, HTMLButtonElement | null>>({ properties: null, findings: null, rooms: null });

  // Selecting on the canvas shows what was selected; picking a finding keeps the findings in view.
  const last = useRef(selection);
  useEffect(() => {
    if (selection !== last.current && selection.length > 0 && !highlight) editor.session.setState({ panelTab: 'properties' });
    last.current = selection;
  }, [selection, highlight, editor]);

  const label: Record<PanelTab, ReactNode> = {
    properties: 'Properties',
    findings: (
      <>
        Findings
        {problemCount > 0 ? <span className="tab-badge problem">{problemCount}</span> : failCount > 0 ? <span className="tab-badge fail" title={`${failCount} failing`}>{failCount}</span> : null}
      </>
    ),
    rooms: 'Rooms',
  };
  const content: Record<PanelTab, ReactNode> = { properties, findings, rooms };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    editor.session.setState({ panelTab: next });
    refs.current[next]?.focus();
  };
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Panels" className="tab-list" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => void (refs.current[t] = el)}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            className="tab"
            data-testid={`tab-${t}`}
            onClick={() => editor.session.setState({ panelTab: t })}
          >
            {label[t]}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t} role="tabpanel" id={`panel-${t}`} aria-labelledby={`tab-${t}`} hidden={tab !== t} className="tab-panel" data-testid={`panel-${t}`}>
          {content[t]}
        </div>
      ))}
    </div>
  );
}
