-- The rueda day and after: check-ins, absences, meeting outcomes, follow-up tasks and reminders, and the
-- programme's targets. Check-ins are unique per participant, so two staff scanning the same QR at once make one.

CREATE TABLE rueda_check_in (
    rueda_id        UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    checked_in_at   TIMESTAMPTZ NOT NULL,
    checked_in_by   UUID,
    method          TEXT        NOT NULL CHECK (method IN ('CODE', 'SEARCH')),
    PRIMARY KEY (rueda_id, organization_id),
    FOREIGN KEY (rueda_id, organization_id) REFERENCES rueda_participant (rueda_id, organization_id) ON DELETE CASCADE
);

-- A participant that did not come: excluded when freed slots are re-filled.
CREATE TABLE rueda_absence (
    rueda_id        UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    marked_at       TIMESTAMPTZ NOT NULL,
    marked_by       UUID,
    PRIMARY KEY (rueda_id, organization_id),
    FOREIGN KEY (rueda_id, organization_id) REFERENCES rueda_participant (rueda_id, organization_id) ON DELETE CASCADE
);

-- What each side of a held meeting reports.
CREATE TABLE rueda_meeting_outcome (
    meeting_id         UUID        NOT NULL REFERENCES rueda_meeting (id) ON DELETE CASCADE,
    organization_id    UUID        NOT NULL REFERENCES organization (id),
    interest           TEXT        NOT NULL CHECK (interest IN ('NONE', 'EXPLORING', 'NEGOTIATION_STARTED', 'AGREEMENT_REACHED')),
    next_step          TEXT        CHECK (length(next_step) <= 1000),
    next_step_date     DATE,
    expected_value_cop BIGINT      NOT NULL DEFAULT 0 CHECK (expected_value_cop >= 0),
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_by        UUID,
    version            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, organization_id),
    CHECK ((next_step IS NULL) = (next_step_date IS NULL))
);
CREATE INDEX rueda_meeting_outcome_date_idx ON rueda_meeting_outcome (next_step_date);

-- Follow-up at 30, 90 and 180 days: one task per held meeting, side and milestone, created (and its e-mail
-- sent) once when due; answered when that side records its outcome afterwards.
CREATE TABLE rueda_follow_up_task (
    meeting_id      UUID        NOT NULL REFERENCES rueda_meeting (id) ON DELETE CASCADE,
    organization_id UUID        NOT NULL REFERENCES organization (id),
    milestone_days  INTEGER     NOT NULL CHECK (milestone_days IN (30, 90, 180)),
    due_on          DATE        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    answered_at     TIMESTAMPTZ,
    PRIMARY KEY (meeting_id, organization_id, milestone_days)
);

-- Reminders about a committed next step, each sent once: 15 days before, overdue alert, escalation.
CREATE TABLE rueda_follow_up_notice (
    meeting_id      UUID        NOT NULL REFERENCES rueda_meeting (id) ON DELETE CASCADE,
    organization_id UUID        NOT NULL REFERENCES organization (id),
    kind            TEXT        NOT NULL CHECK (kind IN ('NEXT_STEP_SOON', 'NEXT_STEP_OVERDUE', 'NEXT_STEP_ESCALATED')),
    next_step_date  DATE        NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    recipients      TEXT        NOT NULL,
    PRIMARY KEY (meeting_id, organization_id, kind, next_step_date)
);

-- The programme's targets (e.g. 1,450 mipymes, 80 anchors), set by organizers.
CREATE TABLE programme_target (
    metric     TEXT        PRIMARY KEY CHECK (metric IN ('anchors', 'mipymes', 'meetingsHeld', 'connections',
                                                         'businessExpectationsCop')),
    target     BIGINT      NOT NULL CHECK (target >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by UUID
);
