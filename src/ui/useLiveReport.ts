/**
 * The report of the plan on screen, kept fresh by the engine worker: a new request after every committed change
 * (not during a drag), stale answers dropped. While the plan breaks the format (the editor can draw what the format
 * refuses, e.g. an item left outside every room), the last good report stays up, marked out of date, with the problems.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '../editor/Editor.ts';
import type { PlanError } from '../model/result.ts';
import type { Report } from '../report/types.ts';
import { createEngineClient } from '../worker/engineClient.ts';

export interface LiveReport {
  readonly report: Report | null;
  /** Why the newest plan cannot be checked; empty when it can. */
  readonly problems: readonly PlanError[];
  readonly crash: string | null;
  /** The document revision the report (or the problems) are for. */
  readonly revision: number;
  /** A newer plan is being checked, or a drag is in progress. */
  readonly checking: boolean;
  /** Milliseconds the engine took, and from the request to the answer on screen. */
  readonly engineMs: number | null;
  readonly refreshMs: number | null;
}

const NONE: LiveReport = { report: null, problems: [], crash: null, revision: -1, checking: false, engineMs: null, refreshMs: null };

export function useLiveReport(editor: Editor): LiveReport {
  const [live, setLive] = useState<LiveReport>(NONE);

  useEffect(() => {
    const client = createEngineClient();
    const revisions = new Map<number, number>();
    let source = editor.doc.getState().source;

    const request = () => {
      const s = editor.doc.getState();
      if (!s.plan) return;
      if (s.source !== source) {
        source = s.source;
        setLive(NONE);
      }
      if (s.gestureBase) {
        client.abandonStale();
        setLive((l) => (l.checking ? l : { ...l, checking: true }));
        return;
      }
      revisions.set(client.request(s.plan), s.revision);
      setLive((l) => (l.checking ? l : { ...l, checking: true }));
    };

    const stop = client.onResult((result, requestedAt) => {
      const revision = revisions.get(result.seq) ?? -1;
      for (const seq of revisions.keys()) if (seq <= result.seq) revisions.delete(seq);
      const refreshMs = Math.round(performance.now() - requestedAt);
      setLive((l) => {
        if (result.ok) return { report: result.report, problems: [], crash: null, revision, checking: false, engineMs: result.ms, refreshMs };
        return { ...l, problems: result.errors, crash: 'crash' in result ? result.crash : null, revision, checking: false, engineMs: result.ms, refreshMs };
      });
    });
    const unsubscribe = editor.doc.subscribe((s, prev) => {
      if (s.plan !== prev.plan || s.gestureBase !== prev.gestureBase) request();
    });
    request();
    return () => {
      unsubscribe();
      stop();
      client.dispose();
    };
  }, [editor]);

  return live;
}
