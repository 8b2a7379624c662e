export { parseDataset } from './parseDataset';
export { safeParseDataset, emptyDataset, type SafeParseResult } from './safeParseDataset';
export { DatasetError } from './DatasetError';
export { formatIssue, type DatasetIssue } from './DatasetIssue';
export { datasetJsonSchema } from './jsonSchema';
export { datasetSchema, type Dataset, type DatasetInput } from './dataset';
export {
  eventSchema,
  PRECISIONS,
  CONFIDENCE_LEVELS,
  type TimelineEvent,
  type TimelineEventInput,
  type Precision,
} from './event';
export { actorSchema, ACTOR_KINDS, type Actor } from './actor';
export { sourceSchema, SOURCE_KINDS, type Source } from './source';
export { casualtyReportSchema, type CasualtyReport } from './casualtyReport';
export { CLAIM_STATUSES, type ClaimStatus } from './claimStatuses';
export { figureSchema, FIGURE_QUALIFIERS, type Figure, type FigureObject } from './figure';
export { disputeSchema, DISPUTED_FIELDS, type Dispute, type DisputeClaim } from './dispute';
export { relationSchema, RELATION_TYPES, type Relation, type RelationType } from './relation';
export { phaseSchema, type Phase } from './phase';
export { aggregateSchema, type Aggregate } from './aggregate';
export { correctionSchema, type Correction } from './correction';
export { locationSchema, type Location } from './location';
export { mediaSchema, type Media } from './media';
export {
  BUILT_IN_CATEGORIES,
  categoryDefinitionSchema,
  type BuiltInCategory,
  type CategoryDefinition,
} from './category';
export { dateForm, isRealDate, type DateForm } from './dates';
export { datePeriod, startEpochMs, zoneOffsetMs, type DatePeriod } from './epoch';
export { isHttpUrl } from './urls';
export { isTimeZone } from './timeZones';
// The largest dataset supported (docs/limits.md), and the cut a component makes to a dataset over it.
export { MAX_EVENTS, MAX_DATASET_BYTES } from './limits';
export { limitDataset, type LimitedDataset } from './limitDataset';
