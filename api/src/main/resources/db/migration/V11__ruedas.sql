-- Ruedas de encadenamiento: settings, participants' availability, meeting requests and the agenda.
-- The database itself refuses double booking: a seat (slot, organization) and a table in a slot can each be
-- taken by one live meeting only, whatever the application checked before.

ALTER TABLE rueda
    ADD COLUMN description          TEXT,
    ADD COLUMN max_open_requests    INTEGER NOT NULL DEFAULT 10 CHECK (max_open_requests BETWEEN 1 AND 500),
    ADD COLUMN request_expiry_days  INTEGER NOT NULL DEFAULT 7 CHECK (request_expiry_days BETWEEN 1 AND 90),
    ADD COLUMN default_max_meetings INTEGER NOT NULL DEFAULT 8 CHECK (default_max_meetings BETWEEN 1 AND 64),
    ADD COLUMN agenda_stats         JSONB,        -- figures of the latest scheduler run (bound, gap, optimal…)
    ADD COLUMN agenda_unscheduled   JSONB,        -- requests it left out, with the reason
    ADD COLUMN agenda_generated_at  TIMESTAMPTZ,
    ADD COLUMN published_at         TIMESTAMPTZ;

CREATE TABLE rueda_break (
    rueda_id   UUID        NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    session_id UUID        NOT NULL REFERENCES rueda_session (id) ON DELETE CASCADE,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX rueda_break_rueda_idx ON rueda_break (rueda_id);

ALTER TABLE rueda_participant DROP CONSTRAINT rueda_participant_status_check;
ALTER TABLE rueda_participant
    ADD CONSTRAINT rueda_participant_status_check
        CHECK (status IN ('INVITED', 'APPLIED', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
    ADD COLUMN sessions          TEXT[],                       -- session codes attended; null = all
    ADD COLUMN unavailable_slots TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN calendar_token    TEXT        UNIQUE,           -- secret of the iCalendar subscription
    ADD COLUMN check_in_code     TEXT        UNIQUE,           -- printed and in the QR of the agenda
    ADD COLUMN created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN version           BIGINT      NOT NULL DEFAULT 0;
CREATE INDEX rueda_participant_org_idx ON rueda_participant (organization_id);

CREATE TABLE rueda_request (
    id           UUID        PRIMARY KEY,
    rueda_id     UUID        NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    requester_id UUID        NOT NULL REFERENCES organization (id),
    addressee_id UUID        NOT NULL REFERENCES organization (id),
    requested_by TEXT        NOT NULL CHECK (requested_by IN ('ANCHOR', 'SUPPLIER', 'ALLY', 'ORGANIZER')),
    status       TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    mandatory    BOOLEAN     NOT NULL DEFAULT FALSE,
    session_code TEXT,
    match_score  NUMERIC(4, 3) CHECK (match_score BETWEEN 0 AND 1),
    note         TEXT        CHECK (length(note) <= 500),
    created_by   UUID,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    decided_at   TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0,
    CHECK (requester_id <> addressee_id)
);
-- One live request per pair, whichever side asked.
CREATE UNIQUE INDEX rueda_request_live_pair ON rueda_request
    (rueda_id, LEAST(requester_id, addressee_id), GREATEST(requester_id, addressee_id))
    WHERE status IN ('PENDING', 'ACCEPTED');
CREATE INDEX rueda_request_rueda_idx ON rueda_request (rueda_id, status);

CREATE TABLE rueda_meeting (
    id         UUID        PRIMARY KEY,
    rueda_id   UUID        NOT NULL REFERENCES rueda (id) ON DELETE CASCADE,
    party_a    UUID        NOT NULL REFERENCES organization (id),
    party_b    UUID        NOT NULL REFERENCES organization (id),
    request_id UUID        REFERENCES rueda_request (id) ON DELETE SET NULL,
    slot_id    UUID        NOT NULL REFERENCES rueda_slot (id) ON DELETE CASCADE,
    table_id   UUID        NOT NULL REFERENCES rueda_table (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED', 'HELD', 'NO_SHOW')),
    locked     BOOLEAN     NOT NULL DEFAULT FALSE,
    sequence   INTEGER     NOT NULL DEFAULT 0,                -- iCalendar SEQUENCE: grows on every change
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version    BIGINT      NOT NULL DEFAULT 0,
    CHECK (party_a < party_b),
    UNIQUE (rueda_id, party_a, party_b)                        -- one meeting per pair: its UID never changes
);
CREATE INDEX rueda_meeting_rueda_idx ON rueda_meeting (rueda_id);

-- Who sits where and when: one live meeting per organization and slot.
CREATE TABLE rueda_meeting_seat (
    slot_id         UUID NOT NULL REFERENCES rueda_slot (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL REFERENCES organization (id),
    meeting_id      UUID NOT NULL REFERENCES rueda_meeting (id) ON DELETE CASCADE,
    PRIMARY KEY (slot_id, organization_id)
);
CREATE INDEX rueda_meeting_seat_meeting_idx ON rueda_meeting_seat (meeting_id);

-- Which live meeting uses a table in a slot: one at most.
CREATE TABLE rueda_table_use (
    slot_id    UUID NOT NULL REFERENCES rueda_slot (id) ON DELETE CASCADE,
    table_id   UUID NOT NULL REFERENCES rueda_table (id) ON DELETE CASCADE,
    meeting_id UUID NOT NULL REFERENCES rueda_meeting (id) ON DELETE CASCADE,
    PRIMARY KEY (slot_id, table_id)
);
CREATE INDEX rueda_table_use_meeting_idx ON rueda_table_use (meeting_id);
