// `flashpoint/datasets`: the sourced example and a synthetic generator for stories and benchmarks.
export { escalation2023 } from './escalation2023/index';
export { generateDataset, type GenerateDatasetOptions } from './generateDataset';
