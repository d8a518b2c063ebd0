-- An offering is identified by its supplier and position, a held certification by its supplier and code: the
-- surrogate UUIDs of both were never read, yet every import generated them (a SecureRandom call each) and kept
-- one more random-ordered index per table. The natural keys become the primary keys.
ALTER TABLE supplier_offering DROP COLUMN id;
ALTER TABLE supplier_offering DROP CONSTRAINT supplier_offering_organization_id_position_key;
ALTER TABLE supplier_offering ADD CONSTRAINT supplier_offering_pkey PRIMARY KEY (organization_id, position);

ALTER TABLE supplier_certification DROP COLUMN id;
ALTER TABLE supplier_certification DROP CONSTRAINT supplier_certification_once;
ALTER TABLE supplier_certification ADD CONSTRAINT supplier_certification_pkey PRIMARY KEY (organization_id, certification_code);
