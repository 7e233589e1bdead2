/** The keyboard: the editor's keys anywhere but in a form field; Ctrl+S saves and Ctrl+O opens. */
import { useEffect } from 'react';
import type { Editor } from '../editor/Editor.ts';

const isEditable = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

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
      // A focused button answers Enter and Space itself.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
      // Space held pans (the canvas handles it), except inside a typed size like 12' x 10'.
      if (e.key === ' ' && !editor.isTyping()) return;
      if (editor.keyDown({ key: e.key, shift: e.shiftKey, alt: e.altKey, ctrl })) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, actions]);
}
