import { z } from 'zod';

/**
 * A PullRequest node of list-pulls.graphql, with its repository's fields the
 * collector adds under `repository`: the one shape the pulls source lands in
 * raw.github_pulls and the PR model reads back.
 */
export const graphqlPullPayload = z.object({
  number: z.number(),
  title: z.string(),
  state: z.enum(['OPEN', 'CLOSED', 'MERGED']),
  merged: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  mergedAt: z.string().nullable(),
  url: z.string(),
  // __typename, mergeCommit and firstCommit came with the delivery metrics: receipts
  // landed before them lack the fields (optional), and their PRs keep NULL there.
  author: z
    .object({ __typename: z.string().optional(), login: z.string(), avatarUrl: z.string() })
    .nullable(),
  mergeCommit: z.object({ oid: z.string() }).nullable().optional(),
  headRefName: z.string(),
  headRefOid: z.string(),
  additions: z.number(),
  deletions: z.number(),
  changedFiles: z.number(),
  reviewDecision: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'REVIEW_REQUIRED']).nullable(),
  files: z
    .object({
      nodes: z.array(z.object({ path: z.string(), additions: z.number(), deletions: z.number() }).nullable()),
    })
    .nullable(),
  reviews: z
    .object({
      nodes: z.array(
        z
          .object({
            databaseId: z.number().nullable(),
            state: z.string(),
            submittedAt: z.string().nullable(),
            author: z.object({ login: z.string() }).nullable(),
          })
          .nullable(),
      ),
    })
    .nullable(),
  commits: z.object({
    nodes: z.array(
      z
        .object({
          commit: z.object({
            oid: z.string(),
            statusCheckRollup: z.object({ state: z.string() }).nullable(),
          }),
        })
        .nullable(),
    ),
  }),
  firstCommit: z
    .object({ nodes: z.array(z.object({ commit: z.object({ authoredDate: z.string() }) }).nullable()) })
    .optional(),
  repository: z.object({
    databaseId: z.number(),
    nameWithOwner: z.string(),
    description: z.string().nullable(),
    isPrivate: z.boolean(),
    owner: z.object({ login: z.string(), avatarUrl: z.string() }),
  }),
});
export type GraphqlPullPayload = z.infer<typeof graphqlPullPayload>;
