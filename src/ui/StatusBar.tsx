/** The bottom line: what the tool expects next, the last notice, where the pointer is, zoom, and what is saved. */
import { useDoc, useEditor, useSession } from '../editor/react.ts';
import { formatLength } from '../model/units.ts';
import type { SaveStatus } from '../store/autosave.ts';
import type { LiveReport } from './useLiveReport.ts';

interface Props {
  readonly live: LiveReport;
  readonly saveStatus: SaveStatus | null;
}

const SAVE: Record<SaveStatus, string> = { saved: 'Saved in this browser', unsaved: 'Editing…', failed: 'Not saved: browser storage is full or off' };

export function StatusBar({ live, saveStatus }: Props) {
  const editor = useEditor();
  useSession((s) => s.toolStates);
  useSession((s) => s.toolId);
  const notice = useSession((s) => s.notice);
  const cursor = useSession((s) => s.cursor);
  const scale = useSession((s) => s.view.scale);
  const levelId = useSession((s) => s.levelId);
  const siteView = useSession((s) => s.siteView);
  // A string, so a drag (a new plan every frame, same counts) does not re-render the bar.
  const countsText = useDoc((s) => {
    if (siteView) {
      const site = s.plan?.site;
      const n = (list: readonly unknown[] | undefined, one: string, many = `${one}s`) => `${list?.length ?? 0} ${(list?.length ?? 0) === 1 ? one : many}`;
      return `Site\n${n(site?.playAreas, 'play area')} · ${n(site?.surfaces, 'surface')} · ${n(site?.equipment, 'piece', 'pieces')} of equipment · ${n(site?.pools, 'pool')} · ${n(site?.obstacles, 'obstacle')}`;
    }
    const level = s.plan?.levels.find((l) => l.id === levelId) ?? s.plan?.levels[0];
    const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
    return level ? `${level.name || level.id}\n${count(level.rooms.length, 'room')} · ${count(level.doors.length, 'door')} · ${count(level.windows.length, 'window')} · ${count(level.items.length, 'item')}` : '';
  });
  const [levelName, levelCounts] = countsText.split('\n');
  const counts = countsText ? { name: levelName!, text: levelCounts! } : null;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-hint" data-testid="tool-hint">
        {editor.hint()}
      </span>
      <span className="status-notice" role="status" aria-live="polite" data-testid="notice">
        {notice?.message ?? ''}
      </span>
      <span className="status-facts">
        {counts ? (
          <span data-testid={siteView ? 'site-counts' : 'level-counts'} title={`On ${counts.name}`}>
            {counts.text}
          </span>
        ) : null}
        {cursor ? (
          <span data-testid="cursor" title="Pointer position from the plan's origin">
            {formatLength(cursor[0])}, {formatLength(cursor[1])}
          </span>
        ) : null}
        <span title="Zoom: screen pixels per foot">{Math.round(scale * 12)} px/ft</span>
        <span data-testid="engine-status">{live.checking ? 'Checking…' : live.engineMs !== null ? `Checked in ${Math.round(live.engineMs)} ms` : ''}</span>
        {saveStatus ? <span data-testid="save-status">{SAVE[saveStatus]}</span> : null}
      </span>
    </footer>
  );
}
