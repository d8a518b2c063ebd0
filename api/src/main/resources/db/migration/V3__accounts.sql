-- People who log in. Organizations imported in bulk exist without users; a user belongs to one
-- organization (administrators to none). Passwords are Argon2id PHC strings; refresh tokens are stored as
-- SHA-256 hashes only, so a database leak does not leak sessions.

CREATE TABLE app_user (
    id               UUID        PRIMARY KEY,
    organization_id  UUID        REFERENCES organization (id),
    email            TEXT        NOT NULL,
    email_normalized TEXT        NOT NULL UNIQUE,
    full_name        TEXT        NOT NULL,
    role             TEXT        NOT NULL CHECK (role IN ('SUPPLIER', 'ANCHOR', 'ORGANIZER', 'ADMIN')),
    password_hash    TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    email_verified_at TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT user_belongs_to_organization CHECK ((role = 'ADMIN') OR (organization_id IS NOT NULL))
);
CREATE INDEX app_user_organization_idx ON app_user (organization_id);

CREATE TABLE refresh_token (
    id         UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);
