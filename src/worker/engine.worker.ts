/// <reference lib="webworker" />
/** The engine behind a Web Worker: the page stays responsive while a 200-room plan is checked. */
import { EngineJobs } from './engineJobs.ts';
import type { EngineMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A pause between steps is a message to itself: it queues behind any message the page has sent meanwhile (a
// timer would be clamped to 4 ms once nested, some fifty times a run).
const channel = new MessageChannel();
const resumes: (() => void)[] = [];
channel.port1.onmessage = () => resumes.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    resumes.push(resolve);
    channel.port2.postMessage(null);
  });

const jobs = new EngineJobs({ post: (reply) => scope.postMessage(reply), pause });
scope.onmessage = (event: MessageEvent<EngineMessage>) => jobs.receive(event.data);
