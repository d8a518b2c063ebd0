-- Supplier profiles and anchor requirements as people edit, import and export them (see docs/IMPORT-FORMATS.md).
-- Lists keep the order people gave (the first CIIU is the main activity, the first chain the main one), so an
-- export reproduces an import line for line; rows written before this migration get position 0 and fall back
-- to code order.

ALTER TABLE supplier_coverage ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE supplier_ciiu ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE supplier_value_chain ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE supplier_certification ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requirement_ciiu ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requirement_unspsc ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requirement_certification ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requirement_delivery_municipality ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- A supplier holds each certification once (its evidence document is keyed by the code).
ALTER TABLE supplier_certification
    ADD CONSTRAINT supplier_certification_once UNIQUE (organization_id, certification_code);

-- When a requirement was published and closed (DRAFT → OPEN → CLOSED).
ALTER TABLE requirement ADD COLUMN opened_at TIMESTAMPTZ;
ALTER TABLE requirement ADD COLUMN closed_at TIMESTAMPTZ;

-- The evidence document of a certification (PDF, PNG or JPEG). The file lives outside the database under
-- encadena.storage.dir with a random name; this row says whose it is and what it is. It is kept when the
-- certification leaves the profile, so adding the certification back brings its document back.
CREATE TABLE supplier_certification_evidence (
    organization_id    UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    certification_code TEXT        NOT NULL REFERENCES certification (code),
    stored_name        TEXT        NOT NULL UNIQUE,
    original_name      TEXT,
    media_type         TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes         BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256             TEXT        NOT NULL,
    uploaded_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, certification_code)
);

-- Organizers' list filters.
CREATE INDEX supplier_profile_size_idx ON supplier_profile (size);
CREATE INDEX supplier_value_chain_chain_idx ON supplier_value_chain (chain_code);
CREATE INDEX supplier_certification_code_idx ON supplier_certification (certification_code);
CREATE INDEX organization_legal_name_idx ON organization (lower(legal_name));
CREATE INDEX requirement_anchor_status_idx ON requirement (anchor_id, status);
