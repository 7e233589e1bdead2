/**
 * What opens when the page loads: the sample named in the address (or its autosaved edits), else the autosaved plan
 * with a note saying so, else the default sample, else an empty plan.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '../editor/Editor.ts';
import { parsePlanText } from '../model/validate.ts';
import { readAutosave, type StorageLike } from '../store/autosave.ts';
import { hasUnsavedChanges } from '../store/document.ts';
import { emptyPlan } from '../store/newPlan.ts';
import { DEFAULT_SAMPLE, fetchSampleText, forgetSampleInLocation, rememberSampleInLocation, sampleNamedInLocation } from './samples.ts';

function storage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Before the plan on screen is replaced: its changes live only in this browser's autosave, which the next plan replaces. */
function mayReplace(editor: Editor): boolean {
  if (!hasUnsavedChanges(editor.doc.getState())) return true;
  return window.confirm('The plan on screen has changes not saved to a file (Save .json keeps them). Replace it anyway?');
}

export function useStartup(editor: Editor) {
  const [currentSample, setCurrentSample] = useState<string | null>(null);
  const [loadingSample, setLoadingSample] = useState<string | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  // Only the latest request may open its plan: a slow sample must not replace a file the user opened meanwhile.
  const latestRequest = useRef(0);
  const doc = editor.doc;

  const openSample = useCallback(
    async (name: string, quietFallback = false) => {
      if (!quietFallback && !mayReplace(editor)) return;
      const ticket = ++latestRequest.current;
      setLoadingSample(name);
      const fetched = await fetchSampleText(name);
      if (ticket !== latestRequest.current) return;
      setLoadingSample(null);
      const file = `${name}.json`;
      if (!fetched.ok) {
        if (quietFallback) doc.getState().openPlan('untitled.json', emptyPlan(), { kind: 'new' });
        else doc.getState().reportUnreadable(file, fetched.message);
        return;
      }
      if (doc.getState().openText(file, fetched.text, { kind: 'sample', name })) {
        setCurrentSample(name);
        setRestoredAt(null);
        rememberSampleInLocation(name);
      }
    },
    [doc, editor],
  );

  const openFile = useCallback(
    (name: string, text: string) => {
      // A file the format refuses never replaces the plan, so only a valid one needs the question.
      if (hasUnsavedChanges(doc.getState())) {
        const result = parsePlanText(text);
        if (result.ok && !mayReplace(editor)) return;
      }
      latestRequest.current++;
      setLoadingSample(null);
      if (doc.getState().openText(name, text, { kind: 'file' })) {
        setCurrentSample(null);
        setRestoredAt(null);
        forgetSampleInLocation();
      }
    },
    [doc, editor],
  );

  const newPlan = useCallback(() => {
    if (!mayReplace(editor)) return;
    latestRequest.current++;
    setLoadingSample(null);
    doc.getState().openPlan('untitled.json', emptyPlan(), { kind: 'new' });
    setCurrentSample(null);
    setRestoredAt(null);
    forgetSampleInLocation();
    editor.setTool('select');
    editor.notify('New empty plan. Draw your first room: press R.');
  }, [doc, editor]);

  useEffect(() => {
    const named = sampleNamedInLocation();
    const saved = storage() ? readAutosave(storage()!) : null;
    if (saved && (named === null || saved.sample === named)) {
      doc.getState().openPlan(saved.fileName, saved.plan, { kind: 'restored', sample: saved.sample, savedAt: saved.savedAt });
      if (saved.unsaved) doc.getState().markSaved(false);
      setCurrentSample(saved.sample);
      setRestoredAt(saved.savedAt);
      return;
    }
    void openSample(named ?? DEFAULT_SAMPLE, named === null);
    // Startup runs once, with the page address and storage as they were at load.
  }, []);

  return { currentSample, loadingSample, restoredAt, dismissRestored: () => setRestoredAt(null), openSample, openFile, newPlan };
}
