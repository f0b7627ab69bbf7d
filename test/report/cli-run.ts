import { runCli } from '../../src/local/cli/report';

/** npm run report with these arguments, in process: its exit code and what it printed. */
export async function runReportCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    (text) => (out += text),
    (text) => (err += text),
  );
  return { code, out, err };
}
