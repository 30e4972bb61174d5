// Pure (all processes): public surface of the PR-review exercise for the renderer and the host.
export * from './review-actions';
export { PullRequestSchema, headLineCount, fileStatus, type PullRequest, type PrFile, type PrFileLanguage } from './pr-schema';
export { getPrVariant, listPrVariants, PR_REVIEW_VARIANT_IDS, type PrReviewVariantId } from './variants';
export { genericAuthorReplies } from './generic-replies';
export { formatLocation, parseLocation, findingKind, FINDING_PREFIX, type FindingKind, type FindingLocation } from './findings';
export { PR_REVIEW_DEFINITION, describePrReview } from './definition';
export { lineDiff, type LineDiff } from './line-diff';
