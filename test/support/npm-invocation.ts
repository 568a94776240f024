/**
 * How to run `npm …` from a Node script on every OS (#12). On Windows `npm` is
 * `npm.cmd`, which `spawn` can only start through a shell since Node's 2024
 * security fix; so, as npm's own scripts do, we prefer running npm's CLI file
 * with this very Node (`npm_execpath`, set for every npm script): no shell, no
 * quoting, the same on Linux, macOS and Windows. Self-contained for the same
 * reason as browser-choice.ts.
 */

export interface Invocation {
  command: string;
  args: string[];
  /** True only for the Windows fallback, where `npm.cmd` needs cmd.exe. */
  shell: boolean;
}

export interface InvocationContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The running Node (`process.execPath`). */
  execPath: string;
}

/** Quotes an argument for cmd.exe when it holds spaces or quotes (only used with `shell: true`). */
function quoteForCmd(arg: string): string {
  return /[\s"]/.test(arg) ? `"${arg.replaceAll('"', '""')}"` : arg;
}

/** `npm <args>` as a command that `spawn`/`spawnSync` can start here. */
export function npmInvocation(args: readonly string[], context: InvocationContext): Invocation {
  const cli = context.env.npm_execpath;
  if (cli && /\.[cm]?js$/i.test(cli)) return { command: context.execPath, args: [cli, ...args], shell: false };
  if (context.platform === 'win32') return { command: 'npm.cmd', args: args.map(quoteForCmd), shell: true };
  return { command: 'npm', args: [...args], shell: false };
}

/** `npx <tool> <args>`, as `npm exec -- <tool> <args>` (npx is npm's own alias for it). */
export function npxInvocation(tool: string, args: readonly string[], context: InvocationContext): Invocation {
  return npmInvocation(['exec', '--', tool, ...args], context);
}
