-- Several nodes on one database: an administrator's reload of the holiday files (POST /api/calendar/reload) on one
-- node raises this version; every node compares it with the version it last read, every
-- noivu.calendar.refresh-seconds, and reads its holiday files again when it changed.
CREATE TABLE calendar_version (
    id          INT         NOT NULL,
    version     BIGINT      NOT NULL,
    reloaded_at TIMESTAMP   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_calendar_version PRIMARY KEY (id),
    CONSTRAINT ck_calendar_version_single CHECK (id = 1)
);

INSERT INTO calendar_version (id, version) VALUES (1, 0);
