import type { Level, Window } from '../../model/schema.ts';
import { CheckField, LengthField, TriStateField } from './fields.tsx';
import { jambsOnWall, widthProblem } from './DoorProperties.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly window: Window;
  readonly level: Level;
  readonly update: Update<Window>;
}

export function WindowProperties({ window: w, level, update }: Props) {
  const room = level.rooms.find((r) => r.id === w.room);
  return (
    <>
      <p className="figures">In {room?.name ?? w.room}</p>
      <LengthField label="Width on the wall" value={Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1])} min={1} check={(v) => widthProblem(level, 'window', w, v)} onCommit={(v) => v && update(jambsOnWall(level, 'window', w, v))} />
      <TriStateField label="Opens to the outside" value={w.outside} defaultValue onChange={(outside) => update({ outside })} />
      <LengthField label="Sill height" value={w.sill} onCommit={(sill) => sill !== undefined && update({ sill })} help="From the floor to the bottom of the clear opening." testId="window-sill" />
      <LengthField label="Clear opening width" value={w.clearWidth} onCommit={(clearWidth) => clearWidth !== undefined && update({ clearWidth })} />
      <LengthField label="Clear opening height" value={w.clearHeight} onCommit={(clearHeight) => clearHeight !== undefined && update({ clearHeight })} />
      <CheckField label="Opens from inside without tools" checked={w.operable} onChange={(operable) => update({ operable })} />
      <CheckField label="Safety glazing" checked={w.safetyGlass ?? false} onChange={(on) => update({ safetyGlass: on || undefined })} />
      <CheckField label="Fixed bars" checked={w.bars ?? false} onChange={(on) => update({ bars: on || undefined })} />
      <CheckField label="Fall barrier fitted" checked={w.barrier ?? false} onChange={(on) => update({ barrier: on || undefined })} />
    </>
  );
}
