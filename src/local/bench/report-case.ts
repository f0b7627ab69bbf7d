import { timeReportCase } from './report';

/** The report logic timed in a fresh process, for `npm run bench`: prints its times in ms. */
console.log(JSON.stringify(timeReportCase(Number(process.argv[2]), Number(process.argv[3]))));
