-- Reference data (taxonomies and territory). Rows are loaded and kept current by the repeatable Java
-- migration db.migration.R__Reference_data from the CSV files under classpath:reference/ (see docs/DATA.md).

CREATE TABLE department (
    code        VARCHAR(2)   PRIMARY KEY,
    name        TEXT         NOT NULL,           -- official DANE spelling (upper case)
    display_name TEXT        NOT NULL,           -- proper capitalisation for people
    region      TEXT         NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL
);

CREATE TABLE municipality (
    code            VARCHAR(5)  PRIMARY KEY,
    department_code VARCHAR(2)  NOT NULL REFERENCES department (code),
    name            TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    kind            TEXT        NOT NULL,        -- Municipio | Área no municipalizada | Isla
    pdet            BOOLEAN     NOT NULL DEFAULT FALSE,
    pdet_subregion  TEXT,
    zomac           BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT municipality_code_in_department CHECK (substr(code, 1, 2) = department_code)
);
CREATE INDEX municipality_department_idx ON municipality (department_code);

CREATE TABLE ciiu_activity (
    code        VARCHAR(4)  PRIMARY KEY,
    level       TEXT        NOT NULL CHECK (level IN ('section', 'division', 'group', 'class')),
    description TEXT        NOT NULL,
    parent_code VARCHAR(4)  REFERENCES ciiu_activity (code)
);

CREATE TABLE unspsc_code (
    code        VARCHAR(8)  PRIMARY KEY,
    level       TEXT        NOT NULL CHECK (level IN ('segment', 'family')),
    name        TEXT        NOT NULL,
    parent_code VARCHAR(8)  REFERENCES unspsc_code (code)
);

CREATE TABLE value_chain (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    productive_bet TEXT NOT NULL,
    source         TEXT NOT NULL
);

CREATE TABLE value_chain_link (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE certification (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    issuer         TEXT NOT NULL,
    typical_chains TEXT[] NOT NULL   -- value chain codes, or {ALL}
);

-- certification `code` directly satisfies `satisfies_code` (FSSC_22000 ⇒ ISO_22000 ⇒ HACCP); the matching
-- module follows the relation transitively.
CREATE TABLE certification_satisfies (
    code           TEXT NOT NULL REFERENCES certification (code) ON DELETE CASCADE,
    satisfies_code TEXT NOT NULL REFERENCES certification (code) ON DELETE CASCADE,
    PRIMARY KEY (code, satisfies_code),
    CHECK (code <> satisfies_code)
);
