/// <reference lib="webworker" />
/**
 * The licensure packet behind a Web Worker: laying out 300 pages of a 200-room plan and writing their PDF take
 * seconds, and the page stays responsive meanwhile (the dialog lists the pages when they are ready).
 */
import type { PacketRequest } from './packetProtocol.ts';
import { PacketService } from './packetService.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = new PacketService();

scope.onmessage = async (event: MessageEvent<PacketRequest>) => {
  const { response, transfer } = await service.handle(event.data);
  scope.postMessage(response, transfer);
};
