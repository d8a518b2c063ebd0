-- The programme's own facts: organizations, supplier profiles, anchor requirements and ruedas.
-- Rows people edit concurrently carry a `version` column for optimistic locking.

CREATE TABLE organization (
    id          UUID        PRIMARY KEY,
    kind        TEXT        NOT NULL CHECK (kind IN ('SUPPLIER', 'ANCHOR', 'ORGANIZER')),
    nit         TEXT        UNIQUE,              -- 900123456-8; organizers may have none
    legal_name  TEXT        NOT NULL,
    trade_name  TEXT,
    anchor_type TEXT        CHECK (anchor_type IN ('NACIONAL', 'EXTRANJERA', 'ESTATAL')),
    demo        BOOLEAN     NOT NULL DEFAULT FALSE,  -- created by the demo data generator
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT anchor_has_type CHECK ((kind = 'ANCHOR') = (anchor_type IS NOT NULL))
);
CREATE INDEX organization_kind_idx ON organization (kind);

CREATE TABLE supplier_profile (
    organization_id   UUID        PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    size              TEXT        NOT NULL CHECK (size IN ('MICRO', 'PEQUENA', 'MEDIANA', 'GRANDE')),
    popular_economy   BOOLEAN     NOT NULL DEFAULT FALSE,
    municipality_code VARCHAR(5)  NOT NULL REFERENCES municipality (code),
    national_coverage BOOLEAN     NOT NULL DEFAULT FALSE,
    description       TEXT,
    women_led         BOOLEAN     NOT NULL DEFAULT FALSE,
    ethnic_group      TEXT        CHECK (ethnic_group IN ('INDIGENA', 'AFROCOLOMBIANO', 'RAIZAL', 'PALENQUERO', 'RROM')),
    victims           BOOLEAN     NOT NULL DEFAULT FALSE,
    youth_led         BOOLEAN     NOT NULL DEFAULT FALSE,
    contact_name      TEXT,
    contact_email     TEXT,
    contact_phone     TEXT,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX supplier_profile_municipality_idx ON supplier_profile (municipality_code);

CREATE TABLE supplier_coverage (
    organization_id UUID       NOT NULL REFERENCES supplier_profile (organization_id) ON DELETE CASCADE,
    department_code VARCHAR(2) NOT NULL REFERENCES department (code),
    PRIMARY KEY (organization_id, department_code)
);

CREATE TABLE supplier_ciiu (
    organization_id UUID       NOT NULL REFERENCES supplier_profile (organization_id) ON DELETE CASCADE,
    ciiu_code       VARCHAR(4) NOT NULL REFERENCES ciiu_activity (code),
    PRIMARY KEY (organization_id, ciiu_code)
);

CREATE TABLE supplier_value_chain (
    organization_id UUID NOT NULL REFERENCES supplier_profile (organization_id) ON DELETE CASCADE,
    chain_code      TEXT NOT NULL REFERENCES value_chain (code),
    link_code       TEXT NOT NULL REFERENCES value_chain_link (code),
    PRIMARY KEY (organization_id, chain_code, link_code)
);

CREATE TABLE supplier_offering (
    id              UUID    PRIMARY KEY,
    organization_id UUID    NOT NULL REFERENCES supplier_profile (organization_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    description     TEXT,
    unspsc          VARCHAR(8),
    UNIQUE (organization_id, position)
);

CREATE TABLE supplier_certification (
    id                 UUID PRIMARY KEY,
    organization_id    UUID NOT NULL REFERENCES supplier_profile (organization_id) ON DELETE CASCADE,
    certification_code TEXT NOT NULL REFERENCES certification (code),
    valid_until        DATE,            -- null: no expiry
    issuer             TEXT,
    number             TEXT
);
CREATE INDEX supplier_certification_org_idx ON supplier_certification (organization_id);

CREATE TABLE requirement (
    id                    UUID        PRIMARY KEY,
    anchor_id             UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    external_id           TEXT        NOT NULL,
    title                 TEXT        NOT NULL,
    description           TEXT,
    value_chain_code      TEXT        REFERENCES value_chain (code),
    link_code             TEXT        REFERENCES value_chain_link (code),
    max_distance_km       INTEGER     CHECK (max_distance_km > 0),
    quantity              TEXT,
    needed_by             DATE,
    status                TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    prefers_women_led     BOOLEAN     NOT NULL DEFAULT FALSE,
    prefers_pdet          BOOLEAN     NOT NULL DEFAULT FALSE,
    prefers_popular_economy BOOLEAN   NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    version               BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (anchor_id, external_id)
);
CREATE INDEX requirement_status_idx ON requirement (status);

CREATE TABLE requirement_ciiu (
    requirement_id UUID       NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    ciiu_code      VARCHAR(4) NOT NULL REFERENCES ciiu_activity (code),
    PRIMARY KEY (requirement_id, ciiu_code)
);

CREATE TABLE requirement_unspsc (
    requirement_id UUID       NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    unspsc         VARCHAR(8) NOT NULL,
    PRIMARY KEY (requirement_id, unspsc)
);

CREATE TABLE requirement_certification (
    requirement_id     UUID    NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    certification_code TEXT    NOT NULL REFERENCES certification (code),
    mandatory          BOOLEAN NOT NULL,
    PRIMARY KEY (requirement_id, certification_code)
);

CREATE TABLE requirement_delivery_municipality (
    requirement_id    UUID       NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
    municipality_code VARCHAR(5) NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (requirement_id, municipality_code)
);

CREATE TABLE rueda (
    id                UUID        PRIMARY KEY,
    organizer_id      UUID        NOT NULL REFERENCES organization (id),
    name              TEXT        NOT NULL,
    municipality_code VARCHAR(5)  REFERENCES municipality (code),
    venue             TEXT,
    timezone          TEXT        NOT NULL DEFAULT 'America/Bogota',
    status            TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN
                        ('DRAFT', 'REGISTRATION', 'REQUESTS', 'SCHEDULING', 'PUBLISHED', 'IN_PROGRESS', 'CLOSED', 'FOLLOW_UP')),
    slot_minutes      INTEGER     NOT NULL CHECK (slot_minutes BETWEEN 10 AND 120),
    starts_on         DATE        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE rueda_session (
    id        UUID        PRIMARY KEY,
    rueda_id  UUID        NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    code      TEXT        NOT NULL,
    name      TEXT        NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (rueda_id, code),
    CHECK (ends_at > starts_at)
);

CREATE TABLE rueda_slot (
    id         UUID        PRIMARY KEY,
    rueda_id   UUID        NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    session_id UUID        NOT NULL REFERENCES rueda_session (id) ON DELETE CASCADE,
    code       TEXT        NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (rueda_id, code),
    CHECK (ends_at > starts_at)
);

CREATE TABLE rueda_table (
    id              UUID PRIMARY KEY,
    rueda_id        UUID NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    owner_org_id    UUID REFERENCES organization (id),   -- an anchor's own table; null = shared
    UNIQUE (rueda_id, code)
);

CREATE TABLE rueda_participant (
    rueda_id        UUID    NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    organization_id UUID    NOT NULL REFERENCES organization (id),
    role            TEXT    NOT NULL CHECK (role IN ('ANCHOR', 'SUPPLIER', 'ALLY')),
    status          TEXT    NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'APPROVED', 'DECLINED')),
    max_meetings    INTEGER CHECK (max_meetings > 0),
    PRIMARY KEY (rueda_id, organization_id)
);
