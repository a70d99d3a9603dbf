-- An import row is provenance shown to the public (/data, /api/v1/imports). Draft
-- estimates are written with an import row before anyone has approved them, so that row
-- must stay private until the estimates are published: `published` says whether it may
-- be shown. Every other import writes published values and is public from the start.
ALTER TABLE imports ADD COLUMN published INTEGER NOT NULL DEFAULT 1;

-- Stores made before this migration: the import rows of estimates still in draft (and
-- holding no published estimate) become private.
UPDATE imports SET published = 0
 WHERE id IN (SELECT import_id FROM estimates WHERE status = 'draft')
   AND id NOT IN (SELECT import_id FROM estimates WHERE status = 'published');
