/** The keyboard: the editor's keys anywhere but in a form field; Ctrl+S saves and Ctrl+O opens. */
import { useEffect } from 'react';
import type { Editor } from '../editor/Editor.ts';

/** Fields that take typing; a checkbox or a button does not, so the editor's keys work while one has focus. */
const TYPING_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'time']);
const isEditable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) || (t instanceof HTMLInputElement && TYPING_INPUTS.has(t.type)));
const isControl = (t: EventTarget | null) => t instanceof HTMLButtonElement || (t instanceof HTMLInputElement && !TYPING_INPUTS.has(t.type));

export function useShortcuts(editor: Editor, actions: { save: () => void; open: () => void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (ctrl && key === 's') {
        e.preventDefault();
        actions.save();
        return;
      }
      if (ctrl && key === 'o') {
        e.preventDefault();
        actions.open();
        return;
      }
      if (e.key === 'Escape' && editor.session.getState().helpOpen) {
        editor.session.setState({ helpOpen: false });
        return;
      }
      // A focused button or checkbox answers Enter and Space itself.
      if ((e.key === 'Enter' || e.key === ' ') && isControl(e.target)) return;
      // Space held pans (the canvas handles it), except inside a typed size like 12' x 10'.
      if (e.key === ' ' && !editor.isTyping()) return;
      if (editor.keyDown({ key: e.key, shift: e.shiftKey, alt: e.altKey, ctrl })) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, actions]);
}
