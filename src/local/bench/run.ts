import { benchFunctions } from './functions';
import { benchReport } from './report';
import { benchScriptLoad } from './script-load';

/** `npm run bench`: every speed and size target of the project, printed, never asserted in tests. */
async function main(): Promise<void> {
  const sections: Array<() => string[] | Promise<string[]>> = [benchFunctions, benchScriptLoad, benchReport];
  for (const section of sections) {
    for (const line of await section()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
