/**
 * A uniform-grid index of bounding boxes. Plans are laid out on a floor of fairly even room sizes, so a grid
 * sized from the mean box gives near-constant lookups: finding the room under an item, or the rooms whose
 * walls could meet a door, costs O(1) instead of a scan of every room.
 */
import type { BBox, Point } from './types.ts';

export class BBoxIndex<T> {
  private readonly cells = new Map<number, number[]>();
  /** Boxes spanning too many cells (a stray object far off the plan) are checked on every query instead. */
  private readonly oversized: number[] = [];
  private readonly cell: number;
  private readonly originX: number;
  private readonly originY: number;

  constructor(private readonly entries: readonly { box: BBox; value: T }[]) {
    let minX = Infinity;
    let minY = Infinity;
    let sum = 0;
    for (const { box } of entries) {
      minX = Math.min(minX, box.minX);
      minY = Math.min(minY, box.minY);
      sum += Math.max(box.maxX - box.minX, box.maxY - box.minY);
    }
    this.originX = Number.isFinite(minX) ? minX : 0;
    this.originY = Number.isFinite(minY) ? minY : 0;
    this.cell = Math.max(entries.length ? sum / entries.length : 1, 1);
    entries.forEach(({ box }, i) => {
      if (!this.forCells(box, (key) => this.bucket(key).push(i))) this.oversized.push(i);
    });
  }

  /** Values whose boxes overlap or touch `box` (grown by `margin`), each once. */
  query(box: BBox, margin = 0): T[] {
    const grown = { minX: box.minX - margin, minY: box.minY - margin, maxX: box.maxX + margin, maxY: box.maxY + margin };
    const seen = new Set<number>();
    const out: T[] = [];
    // Loops, not callbacks: an analysis asks this for every item and door of the plan.
    const consider = (list: readonly number[]) => {
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const b = this.entries[i]!.box;
        if (b.minX <= grown.maxX && b.maxX >= grown.minX && b.minY <= grown.maxY && b.maxY >= grown.minY) out.push(this.entries[i]!.value);
      }
    };
    consider(this.oversized);
    const range = this.cellRange(grown);
    if (range) {
      for (let x = range[0]; x <= range[1]; x++) for (let y = range[2]; y <= range[3]; y++) consider(this.cells.get(x * 1_000_003 + y) ?? []);
    } else {
      consider(this.entries.map((_, i) => i));
    }
    return out;
  }

  queryPoint(p: Point, margin = 0): T[] {
    return this.query({ minX: p[0], minY: p[1], maxX: p[0], maxY: p[1] }, margin);
  }

  private bucket(key: number): number[] {
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    return list;
  }

  /** Visits the cells under `box`; false (visiting none) when the box spans too many cells to enumerate. */
  private forCells(box: BBox, visit: (key: number) => void): boolean {
    const range = this.cellRange(box);
    if (!range) return false;
    for (let x = range[0]; x <= range[1]; x++) for (let y = range[2]; y <= range[3]; y++) visit(x * 1_000_003 + y);
    return true;
  }

  /** The columns and rows of cells under `box` (x0, x1, y0, y1), or null when there are too many to enumerate. */
  private cellRange(box: BBox): [number, number, number, number] | null {
    const x0 = Math.floor((box.minX - this.originX) / this.cell);
    const x1 = Math.floor((box.maxX - this.originX) / this.cell);
    const y0 = Math.floor((box.minY - this.originY) / this.cell);
    const y1 = Math.floor((box.maxY - this.originY) / this.cell);
    // Beyond 2^31 cells (a stray coordinate of 1e300) x++ no longer advances: never enumerate there.
    if (!enumerable(x0) || !enumerable(x1) || !enumerable(y0) || !enumerable(y1) || !((x1 - x0 + 1) * (y1 - y0 + 1) <= 4096)) return null;
    return [x0, x1, y0, y1];
  }
}

/** A cell index a loop can count to. */
function enumerable(n: number): boolean {
  return Math.abs(n) < 2 ** 31;
}
