import type { WarehouseClient } from '../db/database.ts';
import type {
  CollectedDelivery,
  CollectedDetail,
  CollectedRepo,
} from '../sources/github/collect/collected-records.ts';
import type { StarHistoryPage } from '../sources/github/collect/fetch-star-history.ts';
import { dropSupersededDeliverySql } from './drop-superseded-delivery.queries.ts';
import { dropSupersededDetailsSql } from './drop-superseded-details.queries.ts';
import { dropSupersededReposSql } from './drop-superseded-repos.queries.ts';
import { dropSupersededStarHistorySql } from './drop-superseded-star-history.queries.ts';

/**
 * A raw table a run's answers are spooled for (raw-spool.ts): one COPY file
 * each, its columns before run_id and snapshot_date (which every line ends
 * with), how a record becomes those values, and the statement that drops a
 * re-run day's earlier receipts of the same things.
 */
export interface SpooledTable<Row> {
  readonly columns: readonly string[];
  values(row: Row): (string | number | boolean | null)[];
  dropSuperseded(run: { runId: string; snapshotDate: string }, client: WarehouseClient): Promise<unknown>;
}

const spooled = <Row>(table: SpooledTable<Row>) => table;

/**
 * The raw tables answers land in, declared once: the sources
 * (src/pipeline/sources) name theirs, the spool writes and lands these, and
 * reprocess finds a table's days through the catalog (raw.landed_days,
 * migration 0026). github_pulls is landed by unnest (land-pulls.sql) with the
 * pull requests' files, which the write phase also models from memory.
 */
export const SPOOLED_TABLES = {
  github_repos: spooled<CollectedRepo>({
    columns: ['repo_full_name', 'api_response', 'source_language', 'source', 'api_format'],
    values: (r) => [r.fullName, JSON.stringify(r.apiResponse), r.sourceLanguage, r.source, r.format],
    dropSuperseded: (run, client) => dropSupersededReposSql.run(run, client),
  }),
  github_repo_details: spooled<CollectedDetail>({
    columns: ['repo_full_name', 'detail', 'api_response'],
    values: (d) => [d.fullName, d.detail, JSON.stringify(d.apiResponse)],
    dropSuperseded: (run, client) => dropSupersededDetailsSql.run(run, client),
  }),
  github_star_history: spooled<StarHistoryPage>({
    columns: ['repo_full_name', 'github_id', 'page', 'has_next', 'etag', 'fetch_timestamp', 'api_response'],
    values: (p) => [
      p.fullName,
      p.githubId,
      p.page,
      p.hasNext,
      p.etag,
      p.fetchedAt,
      JSON.stringify(p.apiResponse),
    ],
    dropSuperseded: (run, client) => dropSupersededStarHistorySql.run(run, client),
  }),
  github_delivery: spooled<CollectedDelivery>({
    columns: ['repo_full_name', 'kind', 'request_key', 'api_response'],
    values: (d) => [d.fullName, d.kind, d.requestKey, JSON.stringify(d.apiResponse)],
    dropSuperseded: (run, client) => dropSupersededDeliverySql.run(run, client),
  }),
};

export type SpooledTableName = keyof typeof SPOOLED_TABLES;
export type RawTableName = SpooledTableName | 'github_pulls';
/** The record a spooled table's lines are made of. */
export type SpooledRow<Name extends SpooledTableName> =
  (typeof SPOOLED_TABLES)[Name] extends SpooledTable<infer Row> ? Row : never;
