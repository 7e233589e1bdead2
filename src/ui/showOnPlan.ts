/** From the panels to the plan: a finding or a problem selects what it is about, frames it and draws its geometry. */
import type { Finding } from '../checks/types.ts';
import type { Editor } from '../editor/Editor.ts';
import { objectBBox } from '../editor/geom/shapes.ts';
import { refKey, resolveSubject, type ObjectKind } from '../editor/model/refs.ts';
import { bboxUnion, EMPTY_BBOX, pointsBBox } from '../geometry/bbox.ts';
import type { BBox } from '../geometry/types.ts';
import type { PlanError } from '../model/result.ts';

function frameAround(editor: Editor, box: BBox): void {
  if (!Number.isFinite(box.minX)) return;
  const pad = Math.max(box.maxX - box.minX, box.maxY - box.minY) * 0.35 + 36;
  editor.frame({ minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad }, 3);
}

/** Selects and frames the object of a report id (a room of the rooms table, a finding's subject). */
export function showSubject(editor: Editor, id: string, levelId?: string): BBox {
  const plan = editor.plan;
  const subject = plan ? resolveSubject(plan, id, levelId) : undefined;
  if (!subject) return EMPTY_BBOX;
  if (subject.level.id !== editor.level?.id) editor.setLevel(subject.level.id);
  editor.select([refKey(subject.ref)]);
  editor.session.setState({ highlight: null });
  const box = objectBBox(subject.ref.kind, subject.value, subject.level);
  frameAround(editor, box);
  return box;
}

export function showFinding(editor: Editor, finding: Finding): void {
  if (!editor.plan) return;
  let box = finding.subject ? showSubject(editor, finding.subject, finding.level) : EMPTY_BBOX;
  if (!Number.isFinite(box.minX)) {
    if (finding.level && finding.level !== editor.level?.id) editor.setLevel(finding.level);
    editor.select([]);
  }
  if (finding.geometry) box = bboxUnion(box, pointsBBox(finding.geometry.points));
  editor.session.setState({ highlight: finding });
  frameAround(editor, box);
}

const KIND: Record<string, ObjectKind> = { rooms: 'room', doors: 'door', windows: 'window', items: 'item' };

/** `levels[0].doors[3].a` → that door, selected and framed. */
export function showProblem(editor: Editor, problem: PlanError): void {
  const plan = editor.plan;
  const m = /^levels\[(\d+)\]\.(rooms|doors|windows|items)\[(\d+)\]/.exec(problem.path);
  if (!plan || !m) return;
  const level = plan.levels[Number(m[1])];
  const kind = KIND[m[2]!]!;
  const o = level?.[m[2] as 'rooms' | 'doors' | 'windows' | 'items'][Number(m[3])];
  if (!level || !o) return;
  if (level.id !== editor.level?.id) editor.setLevel(level.id);
  editor.select([refKey({ kind, id: o.id })]);
  editor.session.setState({ highlight: null });
  frameAround(editor, objectBBox(kind, o, level));
}
