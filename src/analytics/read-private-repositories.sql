/* @name ReadPrivateRepositoriesSql */
-- Every private repository the warehouse holds (migration 0027), for the API's
-- visibility check: a handful of rows, read per request that shows repositories.
SELECT github_id AS "github_id!", lower(full_name) AS "full_name!" FROM warehouse.private_repositories;
