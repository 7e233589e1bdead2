/** The app's one editor: the document on screen (useDocument) and a session of its own. */
import { Editor } from '../editor/Editor.ts';
import { createSessionStore } from '../editor/session.ts';
import { useDocument } from '../store/document.ts';

export const appEditor = new Editor(useDocument, createSessionStore());
