/** The sources of a run (README "The pipeline run"), in the order a run collects them. */
export const PIPELINE_SOURCES = ['orgs', 'trending', 'render', 'languages', 'pulls', 'star_history'] as const;
export type PipelineSource = (typeof PIPELINE_SOURCES)[number];
