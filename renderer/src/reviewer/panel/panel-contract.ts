// Renderer (pure): the hiring panel's types as the renderer uses them, from the one contract (contract/panel.ts).
export type { ConflictResolution, Decision, PanelDecision as DecisionRecord, PanelSummary, PanelView, ReviewerListEntry as ReviewerListing, ReviewImportResult as ImportResult } from '../../../../contract/panel';
export { DECISION_LABELS } from '../../../../contract/panel';
