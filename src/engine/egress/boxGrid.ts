/**
 * A uniform grid over the walls and obstacles of one room, for sight lines. A real plan's room can have 290 wall
 * segments and 200 corners and jambs, and its visibility graph asks a hundred thousand sight lines of them: scanning
 * every box costs each line the whole room, while the cells a line crosses hold only the few boxes near it. (A tree
 * of boxes was tried first: a room's outline wraps its whole floor, so every tree box did too, and pruned little.)
 */

/** Cells along the grid's longer side, at most. */
const MAX_CELLS = 64;

export class BoxGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cell: number;
  private readonly columns: number;
  private readonly rows: number;
  /** Each cell's run of `members` (cells row by row), as compressed rows. */
  private readonly cellStart: Int32Array;
  private readonly members: Int32Array;
  /** The query each box was last reported for: a box spanning several cells is reported once. */
  private readonly seen: Uint32Array;
  private query = 0;

  /** @param boxes (minX, minY, maxX, maxY) runs, one per wall or obstacle, indexed as the caller indexes them */
  constructor(boxes: Float64Array) {
    const n = boxes.length / 4;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < n; k++) {
      minX = Math.min(minX, boxes[4 * k]!);
      minY = Math.min(minY, boxes[4 * k + 1]!);
      maxX = Math.max(maxX, boxes[4 * k + 2]!);
      maxY = Math.max(maxY, boxes[4 * k + 3]!);
    }
    const side = Math.max(maxX - minX, maxY - minY, 1e-9);
    // About one box per cell along a side for a room's outline; a finer grid only adds cells for a line to cross.
    const across = Math.min(MAX_CELLS, Math.max(1, Math.ceil(Math.sqrt(n) * 1.5)));
    this.cell = side / across;
    this.minX = minX;
    this.minY = minY;
    this.columns = Math.max(1, Math.ceil((maxX - minX) / this.cell));
    this.rows = Math.max(1, Math.ceil((maxY - minY) / this.cell));
    const cells = this.columns * this.rows;
    const counts = new Int32Array(cells + 1);
    const each = (k: number, visit: (c: number) => void) => {
      const [c0, c1] = [this.column(boxes[4 * k]!), this.column(boxes[4 * k + 2]!)];
      const [r0, r1] = [this.row(boxes[4 * k + 1]!), this.row(boxes[4 * k + 3]!)];
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * this.columns + c);
    };
    for (let k = 0; k < n; k++) each(k, (c) => counts[c + 1]!++);
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.cellStart = counts;
    this.members = new Int32Array(counts[cells]!);
    const fill = counts.slice(0, cells);
    for (let k = 0; k < n; k++) each(k, (c) => (this.members[fill[c]!++] = k));
    this.seen = new Uint32Array(n);
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.minX) / this.cell)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.minY) / this.cell)));
  }

  /**
   * The indices of the boxes in the cells the segment p–q crosses (a superset of the boxes it meets, each once),
   * written to `out` from 0; returns how many. `out` must hold every box.
   */
  near(px: number, py: number, qx: number, qy: number, out: Int32Array): number {
    if (++this.query === 0xffffffff) {
      this.seen.fill(0);
      this.query = 1;
    }
    const { seen, members, cellStart, columns, query } = this;
    // The segment from its lower end up (no array made: this runs for every sight line in a big room).
    const up = py <= qy;
    const ax = up ? px : qx;
    const ay = up ? py : qy;
    const bx = up ? qx : px;
    const by = up ? qy : py;
    const rise = by - ay;
    const r0 = this.row(ay);
    const r1 = this.row(by);
    let found = 0;
    for (let r = r0; r <= r1; r++) {
      // The stretch of the segment within this row's band, and the columns it spans there.
      // The first and last rows take the segment's own ends, wherever they lie: past the grid, or a rounding off it.
      const y0 = r === r0 ? ay : this.minY + r * this.cell;
      const y1 = r === r1 ? by : this.minY + (r + 1) * this.cell;
      // Where the segment is at those heights, within its own span (a nearly level segment's slope would overflow).
      const xa = rise > 0 ? ax + (bx - ax) * Math.min(1, Math.max(0, (y0 - ay) / rise)) : Math.min(ax, bx);
      const xb = rise > 0 ? ax + (bx - ax) * Math.min(1, Math.max(0, (y1 - ay) / rise)) : Math.max(ax, bx);
      const c0 = this.column(Math.min(xa, xb));
      const c1 = this.column(Math.max(xa, xb));
      for (let c = c0; c <= c1; c++) {
        const cellIndex = r * columns + c;
        for (let m = cellStart[cellIndex]!; m < cellStart[cellIndex + 1]!; m++) {
          const k = members[m]!;
          if (seen[k] === query) continue;
          seen[k] = query;
          out[found++] = k;
        }
      }
    }
    return found;
  }
}
