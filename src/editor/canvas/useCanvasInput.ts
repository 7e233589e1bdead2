/**
 * Pointer, wheel and touch input on the canvas. View gestures (wheel zoom, space-drag or middle-drag pan, two-finger
 * pinch) are handled here; everything else becomes plan-coordinate input for the active tool.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Editor } from '../Editor.ts';
import type { PointerInput } from '../tools/types.ts';
import { panBy, toPlan, zoomAt } from '../view.ts';


/** Wheel notches feel the same in every browser: ~10% a notch, smooth on trackpads. */
const wheelFactor = (deltaY: number, mode: number) => Math.exp(-(mode === 1 ? deltaY * 33 : deltaY) * 0.0015);

export function useCanvasInput(editor: Editor, container: RefObject<HTMLDivElement | null>): { spaceHeld: RefObject<boolean> } {
  const spaceHeld = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let pan: { x: number; y: number; id: number } | null = null;
    let pinch: { dist: number; mid: { x: number; y: number } } | null = null;
    let toolPointer: number | null = null;

    // The canvas box, read once and on resize/scroll: reading it on every pointer move would force a layout each time.
    let rect = el.getBoundingClientRect();
    const remeasure = () => void (rect = el.getBoundingClientRect());
    const observer = new ResizeObserver(remeasure);
    observer.observe(el);
    const local = (e: { clientX: number; clientY: number }) => ({ x: e.clientX - rect.left, y: e.clientY - rect.top });
    const input = (e: PointerEvent | MouseEvent): PointerInput => {
      const p = local(e);
      return { point: toPlan(editor.session.getState().view, [p.x, p.y]), button: e.button, shift: e.shiftKey, alt: e.altKey, ctrl: e.ctrlKey || e.metaKey };
    };
    const pinchOf = () => {
      const [a, b] = [...pointers.values()];
      return { dist: Math.hypot(b!.x - a!.x, b!.y - a!.y), mid: { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 } };
    };

    const down = (e: PointerEvent) => {
      el.focus({ preventScroll: true });
      remeasure(); // banners above the canvas may have come or gone since
      const p = local(e);
      pointers.set(e.pointerId, p);
      el.setPointerCapture(e.pointerId);
      if (pointers.size === 2 && e.pointerType === 'touch') {
        // A second finger turns a tool gesture into a pinch: the tool's gesture is rolled back.
        if (toolPointer !== null) editor.keyDown({ key: 'Escape', shift: false, alt: false, ctrl: false });
        toolPointer = null;
        pinch = pinchOf();
        return;
      }
      if (e.button === 1 || (e.button === 0 && spaceHeld.current)) {
        e.preventDefault();
        pan = { ...p, id: e.pointerId };
        el.dataset.panning = 'true';
        return;
      }
      if (e.button !== 0) return;
      toolPointer = e.pointerId;
      editor.pointerDown(input(e));
    };

    const move = (e: PointerEvent) => {
      const p = local(e);
      if (pointers.has(e.pointerId)) pointers.set(e.pointerId, p);
      if (pinch && pointers.size >= 2) {
        const next = pinchOf();
        let view = zoomAt(editor.session.getState().view, [next.mid.x, next.mid.y], next.dist / (pinch.dist || 1));
        view = panBy(view, next.mid.x - pinch.mid.x, next.mid.y - pinch.mid.y);
        editor.setView(view);
        pinch = next;
        return;
      }
      if (pan && pan.id === e.pointerId) {
        editor.setView(panBy(editor.session.getState().view, p.x - pan.x, p.y - pan.y));
        pan = { ...p, id: e.pointerId };
        return;
      }
      // Coalesced events: one tool update per frame's worth of movement is all the screen can show.
      editor.pointerMove(input(e));
    };

    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      if (pinch) {
        if (pointers.size < 2) pinch = null;
        return;
      }
      if (pan && pan.id === e.pointerId) {
        pan = null;
        delete el.dataset.panning;
        return;
      }
      if (toolPointer === e.pointerId) {
        toolPointer = null;
        editor.pointerUp(input(e));
      }
    };

    const dblclick = (e: MouseEvent) => editor.doubleClick(input(e));

    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = local(e);
      if (e.shiftKey && !e.ctrlKey) {
        editor.setView(panBy(editor.session.getState().view, -(e.deltaY || e.deltaX), 0));
        return;
      }
      editor.zoomBy(wheelFactor(e.deltaY, e.deltaMode), [p.x, p.y]);
    };

    const contextmenu = (e: Event) => e.preventDefault();

    const key = (e: KeyboardEvent) => {
      // Space pans only when the keyboard is on the canvas (or nowhere): on a button or checkbox it presses it.
      const onCanvas = e.target === el || e.target === document.body || e.target === document.documentElement;
      if (e.key !== ' ' || (!onCanvas && e.type === 'keydown') || (e.type === 'keydown' && editor.isTyping())) return;
      if (e.type === 'keydown') e.preventDefault();
      spaceHeld.current = e.type === 'keydown';
      if (spaceHeld.current) el.dataset.space = 'true';
      else delete el.dataset.space;
    };
    const blur = () => {
      spaceHeld.current = false;
      delete el.dataset.space;
    };

    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('dblclick', dblclick);
    el.addEventListener('wheel', wheel, { passive: false });
    el.addEventListener('contextmenu', contextmenu);
    window.addEventListener('keydown', key);
    window.addEventListener('keyup', key);
    window.addEventListener('blur', blur);
    window.addEventListener('resize', remeasure);
    window.addEventListener('scroll', remeasure, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', remeasure);
      window.removeEventListener('scroll', remeasure, true);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('dblclick', dblclick);
      el.removeEventListener('wheel', wheel);
      el.removeEventListener('contextmenu', contextmenu);
      window.removeEventListener('keydown', key);
      window.removeEventListener('keyup', key);
      window.removeEventListener('blur', blur);
    };
  }, [editor, container]);

  return { spaceHeld };
}
