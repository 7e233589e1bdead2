/** Process edge of the command line: arguments in, streams and exit status out. Nothing escapes as a stack trace. */
import { runCli } from './main.ts';

try {
  const result = await runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (e) {
  process.stderr.write(`safeplan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
