/* @name RequestTrackingSql */
-- Asks for a repository to be tracked; asking again (any case) changes
-- nothing but a not_found one, which is tried again. Returns its status.
-- :fullName owner/name, :alreadyTracked true when the warehouse tracks it already
INSERT INTO ops.tracking_requests AS t (full_name, status)
VALUES (:fullName!, CASE WHEN :alreadyTracked!::boolean THEN 'tracked' ELSE 'pending' END)
ON CONFLICT (lower(full_name)) DO UPDATE SET
    status = CASE WHEN t.status = 'not_found' THEN 'pending' ELSE t.status END,
    updated_at = CASE WHEN t.status = 'not_found' THEN now() ELSE t.updated_at END
RETURNING full_name, status;
