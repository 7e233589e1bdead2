/// <reference lib="webworker" />
/** The engine behind a Web Worker: the page stays responsive while a 200-room plan is checked. */
import type { EngineRequest } from './protocol.ts';
import { runEngine } from './runEngine.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  scope.postMessage(runEngine(event.data));
};
