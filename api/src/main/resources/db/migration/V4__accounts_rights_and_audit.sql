-- Registration, consent (Ley 1581 de 2012), single-use e-mail tokens, login throttling and the audit log.

ALTER TABLE app_user ADD COLUMN owner BOOLEAN NOT NULL DEFAULT FALSE;   -- owner of its organization
ALTER TABLE app_user ADD COLUMN anonymised_at TIMESTAMPTZ;               -- personal data erased on request

-- The personal-data policy, versioned: what each person consented to stays provable after the text changes.
CREATE TABLE privacy_policy (
    version      TEXT        PRIMARY KEY,
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE consent (
    id             UUID        PRIMARY KEY,
    user_id        UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    policy_version TEXT        NOT NULL REFERENCES privacy_policy (version),
    consented_at   TIMESTAMPTZ NOT NULL,
    ip_address     TEXT
);
CREATE INDEX consent_user_idx ON consent (user_id);

-- E-mail verification and password reset links: only the SHA-256 of the token is stored; used once.
CREATE TABLE one_time_token (
    id         UUID        PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose    TEXT        NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX one_time_token_user_idx ON one_time_token (user_id, purpose);

-- Failed logins per account (normalized e-mail, known or not) and per client address.
CREATE TABLE login_throttle (
    key               TEXT        PRIMARY KEY,
    failures          INTEGER     NOT NULL,
    window_started_at TIMESTAMPTZ NOT NULL,
    blocked_until     TIMESTAMPTZ
);

CREATE TABLE audit_event (
    id            BIGSERIAL   PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    action        TEXT        NOT NULL,
    actor_user_id UUID,
    actor_email   TEXT,
    target        TEXT,
    ip_address    TEXT,
    details       TEXT
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);

INSERT INTO privacy_policy (version, title, body, published_at) VALUES ('2026-11', 'Política de tratamiento de datos personales de EnCadena Match',
'EnCadena Match trata los datos personales que usted registra (nombre, correo electrónico, teléfono y los datos de contacto de su organización) con la finalidad de conectar proveedores con empresas ancla, organizar ruedas de encadenamiento, hacer seguimiento a sus resultados y producir estadísticas agregadas del programa EnCadena, conforme a la Ley 1581 de 2012 y el Decreto 1377 de 2013.

Usted tiene derecho a conocer, actualizar, rectificar y suprimir sus datos, a solicitar prueba de esta autorización y a revocarla. Desde la página «Mi cuenta» puede descargar en cualquier momento todos sus datos y solicitar su eliminación; al eliminarlos se anonimizan sus datos personales y se conservan únicamente cifras estadísticas que no lo identifican.

Sus datos de contacto se comparten solo con las organizaciones con las que usted solicite o acepte reuniones, y con los organizadores de las ruedas en las que participe. No se venden ni se usan con otros fines.',
'2026-11-01T00:00:00-05:00');
