/** Types generated for queries found in "src/analytics/read-star-snapshots.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadStarSnapshotsSql' parameters type */
export interface IReadStarSnapshotsSqlParams {
  from: string;
  githubId: number;
  to: string;
}

/** 'ReadStarSnapshotsSql' return type */
export interface IReadStarSnapshotsSqlResult {
  day: string;
  stars: number;
}

/** 'ReadStarSnapshotsSql' query type */
export interface IReadStarSnapshotsSqlQuery {
  params: IReadStarSnapshotsSqlParams;
  result: IReadStarSnapshotsSqlResult;
}

const readStarSnapshotsSqlIR: any = {"usedParamSet":{"githubId":true,"from":true,"to":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":214}]},{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":247}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":259,"b":262}]}],"statement":"-- A repository's daily star counts from the warehouse's snapshots. :githubId github_id, :from from, :to to\nSELECT snapshot_date::text AS \"day!\", stars\nFROM warehouse.fact_repo_snapshots\nWHERE github_id = :githubId! AND snapshot_date BETWEEN :from!::date AND :to!::date\nORDER BY snapshot_date"};

/**
 * Query generated from SQL:
 * ```
 * -- A repository's daily star counts from the warehouse's snapshots. :githubId github_id, :from from, :to to
 * SELECT snapshot_date::text AS "day!", stars
 * FROM warehouse.fact_repo_snapshots
 * WHERE github_id = :githubId! AND snapshot_date BETWEEN :from!::date AND :to!::date
 * ORDER BY snapshot_date
 * ```
 */
export const readStarSnapshotsSql = new PreparedQuery<IReadStarSnapshotsSqlParams,IReadStarSnapshotsSqlResult>(readStarSnapshotsSqlIR);


