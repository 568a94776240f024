/** Reads `--port N` / `--port=N`; 0 (any free port) when absent. Throws on a bad value. */
export function parsePort(argv: readonly string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') raw = argv[i + 1];
    else if (arg?.startsWith('--port=')) raw = arg.slice('--port='.length);
  }
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (got “${raw}”).`);
  }
  return port;
}
