// Importers and exporters: pure, no DOM. Each importer returns { dataset, issues } like safeParseDataset.
export { fromCsv, type FromCsvOptions } from './fromCsv';
export { toCsv } from './toCsv';
export { CSV_COLUMNS } from './csvColumns';
export { fromTimelineJS } from './fromTimelineJS';
export { toTimelineJS } from './toTimelineJS';
export { fromAcled } from './fromAcled';
export { toJsonLd, jsonLdScriptText } from './toJsonLd';
export { htmlToText } from './htmlToText';
