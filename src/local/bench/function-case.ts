import { measureFunctionCase } from './functions';

/** One custom function case timed in a fresh process, for `npm run bench`: prints [ours, plain] ms. */
console.log(JSON.stringify(measureFunctionCase(Number(process.argv[2]))));
