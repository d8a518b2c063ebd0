-- Transactional outbox for the search index: every change to a supplier, anchor or requirement writes a row
-- here in the same transaction; the indexer sends the current state of each entity to OpenSearch and deletes
-- the row. PostgreSQL stays the source of truth; the index can always be rebuilt from it.
CREATE TABLE search_outbox (
    id              BIGSERIAL   PRIMARY KEY,
    entity          TEXT        NOT NULL CHECK (entity IN ('SUPPLIER', 'REQUIREMENT')),
    entity_id       UUID        NOT NULL,
    enqueued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT
);
CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id);
CREATE INDEX search_outbox_entity_idx ON search_outbox (entity, entity_id);
