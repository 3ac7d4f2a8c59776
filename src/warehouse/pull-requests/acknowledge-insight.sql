-- A polling consumer marks an insight handled. $1 insight id
UPDATE warehouse.insights SET processed = true WHERE id = $1;
