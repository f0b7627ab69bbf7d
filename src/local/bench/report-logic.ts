/** The report's pure logic, the entry the bench bundles to time it as it ships (see report.ts). */
export { buildReportModel } from '../../report/model';
export { layoutReport } from '../../report/layout';
export { prepareReport, readReportData } from '../../report/prepare';
