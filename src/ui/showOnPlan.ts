/** From the panels to the plan: a finding or a problem selects what it is about, frames it and draws its geometry. */
import type { Finding } from '../checks/types.ts';
import type { Editor } from '../editor/Editor.ts';
import { objectBBox } from '../editor/geom/shapes.ts';
import { isSiteKind, refKey, resolveSubject, siteObjectsOf, type ObjectKind, type SiteKind } from '../editor/model/refs.ts';
import { bboxUnion, EMPTY_BBOX, pointsBBox } from '../geometry/bbox.ts';
import type { BBox } from '../geometry/types.ts';
import type { PlanError } from '../model/result.ts';

function frameAround(editor: Editor, box: BBox): void {
  if (!Number.isFinite(box.minX)) return;
  const pad = Math.max(box.maxX - box.minX, box.maxY - box.minY) * 0.35 + 36;
  editor.frame({ minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad }, 3);
}

/** Checks about the outdoors: their subjects are the site's objects, shown in the Site view. */
const isOutdoor = (f: Pick<Finding, 'id'>) => f.id.startsWith('outdoor.');

/** Selects and frames the object of a report id (a room of the rooms table, a finding's subject). */
export function showSubject(editor: Editor, id: string, levelId?: string, preferSite = false): BBox {
  const plan = editor.plan;
  const subject = plan ? resolveSubject(plan, id, levelId, preferSite) : undefined;
  if (!subject) return EMPTY_BBOX;
  if (isSiteKind(subject.ref.kind)) editor.showSite(true);
  else if (editor.siteView || subject.level.id !== editor.level?.id) editor.setLevel(subject.level.id);
  editor.select([refKey(subject.ref)]);
  editor.session.setState({ highlight: null });
  const box = objectBBox(subject.ref.kind, subject.value, subject.level);
  frameAround(editor, box);
  return box;
}

export function showFinding(editor: Editor, finding: Finding): void {
  if (!editor.plan) return;
  const outdoor = isOutdoor(finding);
  let box = finding.subject ? showSubject(editor, finding.subject, finding.level, outdoor) : EMPTY_BBOX;
  if (!Number.isFinite(box.minX)) {
    if (outdoor) editor.showSite(true);
    else if (finding.level && (editor.siteView || finding.level !== editor.level?.id)) editor.setLevel(finding.level);
    editor.select([]);
  }
  if (finding.geometry) box = bboxUnion(box, pointsBBox(finding.geometry.points));
  editor.session.setState({ highlight: finding });
  frameAround(editor, box);
}

const KIND: Record<string, ObjectKind> = { rooms: 'room', doors: 'door', windows: 'window', items: 'item' };
const SITE_KIND: Record<string, SiteKind> = { playAreas: 'playArea', surfaces: 'surface', equipment: 'equipment', pools: 'pool', obstacles: 'obstacle' };

/** `levels[0].doors[3].a` → that door, selected and framed; `site.equipment[1].at` → that piece, on the site. */
export function showProblem(editor: Editor, problem: PlanError): void {
  const plan = editor.plan;
  if (!plan) return;
  const site = /^site\.(playAreas|surfaces|equipment|pools|obstacles)\[(\d+)\]/.exec(problem.path);
  if (site) {
    const kind = SITE_KIND[site[1]!]!;
    const o = siteObjectsOf(plan.site, kind)[Number(site[2])];
    if (!o) return;
    editor.showSite(true);
    editor.select([refKey({ kind, id: o.id })]);
    editor.session.setState({ highlight: null });
    frameAround(editor, objectBBox(kind, o, editor.level!));
    return;
  }
  const m = /^levels\[(\d+)\]\.(rooms|doors|windows|items)\[(\d+)\]/.exec(problem.path);
  if (!m) return;
  const level = plan.levels[Number(m[1])];
  const kind = KIND[m[2]!]!;
  const o = level?.[m[2] as 'rooms' | 'doors' | 'windows' | 'items'][Number(m[3])];
  if (!level || !o) return;
  if (editor.siteView || level.id !== editor.level?.id) editor.setLevel(level.id);
  editor.select([refKey({ kind, id: o.id })]);
  editor.session.setState({ highlight: null });
  frameAround(editor, objectBBox(kind, o, level));
}
