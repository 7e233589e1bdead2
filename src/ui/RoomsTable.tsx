import type { RoomRow } from '../report/types.ts';
import { formatChildren, formatSqFt, formatUse } from './format.ts';

interface Props {
  readonly rooms: readonly RoomRow[];
  /** Level names by id, so the table says "Main floor" rather than "L1". */
  readonly levelNames: ReadonlyMap<string, string>;
  /** Shows the room on the plan. */
  readonly onPick?: (roomId: string) => void;
}

/** Every room of every level with its floor area and usable child-care space, totalled. */
export function RoomsTable({ rooms, levelNames, onPick }: Props) {
  const showChildren = rooms.some((room) => room.children !== undefined);
  const totalArea = rooms.reduce((sum, room) => sum + room.areaSqFt, 0);
  const totalUsable = rooms.reduce((sum, room) => sum + room.usableSqFt, 0);
  const totalChildren = rooms.reduce((sum, room) => sum + (room.children ?? 0), 0);
  return (
    <section className="rooms" aria-labelledby="rooms-title">
      <h2 id="rooms-title">Rooms</h2>
      {rooms.length === 0 ? (
        <p>The plan has no rooms.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="rooms-table">
            <thead>
              <tr>
                <th scope="col">Room</th>
                <th scope="col">Level</th>
                <th scope="col">Use</th>
                <th scope="col" className="num">Area (sq ft)</th>
                <th scope="col" className="num">Usable (sq ft)</th>
                {showChildren ? <th scope="col" className="num">Children</th> : null}
              </tr>
            </thead>
            <tbody>
              {rooms.map((room) => (
                <tr key={room.id} data-testid={`room-row-${room.id}`}>
                  <th scope="row" data-testid="room-name">
                    {onPick ? (
                      <button type="button" className="link-button" onClick={() => onPick(room.id)} title="Show it on the plan">
                        {room.name || room.id}
                      </button>
                    ) : (
                      room.name || room.id
                    )}
                  </th>
                  <td>{levelNames.get(room.level) ?? room.level}</td>
                  <td>{formatUse(room.use)}</td>
                  <td className="num" data-testid="room-area">{formatSqFt(room.areaSqFt)}</td>
                  <td className="num" data-testid="room-usable">{formatSqFt(room.usableSqFt)}</td>
                  {showChildren ? <td className="num">{room.children === undefined ? '—' : formatChildren(room.children)}</td> : null}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="rooms-total">
                <th scope="row" colSpan={3}>
                  Total, {rooms.length} {rooms.length === 1 ? 'room' : 'rooms'}
                </th>
                <td className="num" data-testid="rooms-total-area">{formatSqFt(totalArea)}</td>
                <td className="num" data-testid="rooms-total-usable">{formatSqFt(totalUsable)}</td>
                {showChildren ? <td className="num">{formatChildren(totalChildren)}</td> : null}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
