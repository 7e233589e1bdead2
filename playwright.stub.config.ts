// TEMPORARY (not for commit): the real config, but the server swaps in /tmp/safeplan-stub/build.ts.
import base from './playwright.config.ts';
export default { ...base, webServer: { ...base.webServer, command: 'npx vite --config /tmp/safeplan-stub/vite.stub.config.ts --port 5174 --strictPort' } };
