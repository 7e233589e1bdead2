/** The editor in React: one Editor per app, reached through context; selectors subscribe to its two stores. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from '../store/document.ts';
import type { Editor } from './Editor.ts';
import type { SessionState } from './session.ts';

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor: no EditorContext.Provider above this component');
  return editor;
}

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useEditor().session, selector);
}

export function useDoc<T>(selector: (s: DocumentState) => T): T {
  return useStore(useEditor().doc, selector);
}
