/* @name ReadDeliveryRepositorySql */
-- The PR flow's repository of this name (any case), as GitHub spells it: where deployments and PRs hang.
SELECT full_name AS "full_name!" FROM warehouse.repositories WHERE lower(full_name) = lower(:fullName!);
