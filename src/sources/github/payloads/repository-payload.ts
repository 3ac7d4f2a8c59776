import { z } from 'zod';

/** What REST and GraphQL name alike: the repository's name, its owner's login and its description. */
const namedRepository = {
  name: z.string(),
  owner: z.object({ login: z.string() }),
  description: z.string().nullable(),
};

/**
 * The fields gitpulse reads from a REST repository object (GET /repos, org
 * listings, search items). Lenient on purpose: a payload that fails here is
 * still landed in raw and rejected by the staging rules, with the reason.
 */
export const restRepositoryPayload = z.object({
  id: z.number(),
  node_id: z.string(),
  full_name: z.string(),
  ...namedRepository,
  html_url: z.string(),
  language: z.string().nullable(),
  stargazers_count: z.number(),
  forks_count: z.number(),
  open_issues_count: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  pushed_at: z.string().nullable(),
  topics: z.array(z.string()).optional(),
  archived: z.boolean().optional(),
  private: z.boolean().optional(),
  license: z.object({ spdx_id: z.string().nullable() }).nullable().optional(),
});
export type RestRepositoryPayload = z.infer<typeof restRepositoryPayload>;

/** A Repository node as returned by the refresh query (refresh-repositories.graphql). */
export const graphqlRepositoryPayload = z.object({
  id: z.string(),
  databaseId: z.number(),
  nameWithOwner: z.string(),
  ...namedRepository,
  url: z.string(),
  stargazerCount: z.number(),
  forkCount: z.number(),
  issues: z.object({ totalCount: z.number() }),
  watchers: z.object({ totalCount: z.number() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  pushedAt: z.string().nullable(),
  primaryLanguage: z.object({ name: z.string() }).nullable(),
  repositoryTopics: z.object({
    nodes: z.array(z.object({ topic: z.object({ name: z.string() }) }).nullable()),
  }),
  licenseInfo: z.object({ spdxId: z.string().nullable() }).nullable(),
  isArchived: z.boolean(),
  isPrivate: z.boolean(),
  languages: z
    .object({
      totalSize: z.number(),
      edges: z.array(z.object({ size: z.number(), node: z.object({ name: z.string() }) }).nullable()),
    })
    .nullable(),
});
export type GraphqlRepositoryPayload = z.infer<typeof graphqlRepositoryPayload>;
