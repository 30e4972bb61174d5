// Host only: public surface of the scorecard engine for the host services, the reviewer screens' data and the CLI.
export { allCriterionDefinitions, FALLBACK_DIMENSION } from './criterion-definitions';
export {
  DIMENSION_IDS,
  loadDefaultScorecard,
  parseScorecardConfig,
  ScorecardConfigError,
  ScorecardConfigSchema,
  TOTAL_WEIGHT,
  type CriterionOverride,
  type DimensionConfig,
  type ScorecardConfig,
} from './scorecard-config';
export { auditEntryFor, buildScorecard, ratingFromCriteria, ratingToScore, weightedMean } from './build-scorecard';
export { DISAGREEMENT_LEVELS, hasSubmitted, panelSummary, panelView, spreadOf, type PanelDimensionInfo, type PanelInput } from './panel-view';
