-- Indexes that no query reads, each one more index entry per row written (an import of 100,000 profiles
-- writes 100,000 organization, profile and outbox rows):
-- * search_outbox (entity, entity_id): the indexer claims rows by id and due time, nothing looks rows up by
--   entity.
-- * supplier_profile (size): four values; the organizers' list filters on size only beside other conditions,
--   and a quarter of the table is never fetched through an index.
-- * organization (kind): the only lookups by kind are of anchors (the anchors' list, the programme figures),
--   a small minority beside the suppliers; a partial index of the organizations that are not suppliers serves
--   them without an entry per supplier.
DROP INDEX search_outbox_entity_idx;
DROP INDEX supplier_profile_size_idx;
DROP INDEX organization_kind_idx;
CREATE INDEX organization_not_supplier_kind_idx ON organization (kind) WHERE kind <> 'SUPPLIER';
