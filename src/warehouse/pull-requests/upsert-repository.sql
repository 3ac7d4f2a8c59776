/* @name UpsertRepositorySql */
-- warehouse.repositories (migrations/postgres/0006), from a webhook's `repository` (after free-repository-name.sql). Returns its id.
-- :githubId, :name, :fullName, :owner, :ownerAvatarUrl, :isPrivate, :description.
-- An avatar or visibility the caller does not know (NULL: a webhook whose repository
-- owner carries no avatar) keeps what an earlier event stored. A description is
-- written only when :descriptionKnown (a webhook's NULL description is a real "none";
-- the delivery source's answers carry no description at all, so they keep it).
INSERT INTO warehouse.repositories (github_id, name, full_name, owner, owner_avatar_url, is_private, description)
VALUES (:githubId!, :name!, :fullName!, :owner!, :ownerAvatarUrl, COALESCE(:isPrivate::boolean, false), :description)
ON CONFLICT (github_id) DO UPDATE SET
    name = EXCLUDED.name, full_name = EXCLUDED.full_name, owner = EXCLUDED.owner,
    owner_avatar_url = COALESCE(:ownerAvatarUrl, warehouse.repositories.owner_avatar_url),
    is_private = COALESCE(:isPrivate::boolean, warehouse.repositories.is_private),
    description = CASE WHEN :descriptionKnown!::boolean THEN EXCLUDED.description ELSE warehouse.repositories.description END,
    updated_at = now()
RETURNING id;
