-- After the results: one row per winner (and per next-ranked candidate offered a vacated place) from the hiring
-- dossier to the start of work (Decree 170/2025 Art. 18-19; Decree 115/2020 as amended Art. 17-18, 21).
CREATE TABLE recruitment_hiring (
    application_id        BIGINT         NOT NULL,
    round_id              BIGINT         NOT NULL,
    -- HOAN_THIEN_HO_SO, DA_QUYET_DINH, DA_NHAN_VIEC, HUY_KET_QUA, HUY_QUYET_DINH
    status                VARCHAR(30)    NOT NULL,
    offered_at            TIMESTAMP      NOT NULL,
    notice_received_on    DATE,
    dossier_deadline      DATE,
    documents             VARCHAR(2000),
    dossier_completed_on  DATE,
    decision_number       VARCHAR(100),
    decision_date         DATE,
    criminal_record_clear BOOLEAN,
    start_deadline        DATE,
    started_on            DATE,
    probation_months      INTEGER,
    probation_end         DATE,
    cancellation_reason   VARCHAR(2000),
    -- the candidate whose place this one was offered, and why it became free
    replaces_application_id BIGINT,
    process_instance_id   VARCHAR(64),
    CONSTRAINT pk_recruitment_hiring PRIMARY KEY (application_id),
    CONSTRAINT fk_hiring_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id),
    CONSTRAINT fk_hiring_round FOREIGN KEY (round_id) REFERENCES recruitment_round (id),
    CONSTRAINT fk_hiring_replaces FOREIGN KEY (replaces_application_id) REFERENCES recruitment_application (id)
);
CREATE INDEX ix_recruitment_hiring_round ON recruitment_hiring (round_id, status);

-- Fraud found in a hiring dossier bars the citizen from the next recruitment round of the agency
-- (Decree 170/2025 Art. 18(2); Decree 115/2020 Art. 17(2)).
CREATE TABLE recruitment_fraud_bar (
    citizen_id      VARCHAR(12)   NOT NULL,
    agency          VARCHAR(200)  NOT NULL,
    found_in_round  BIGINT        NOT NULL,
    found_at        TIMESTAMP     NOT NULL,
    -- the next round of the agency, once there is one: the bar is spent on it
    barred_round    BIGINT,
    reason          VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_recruitment_fraud_bar PRIMARY KEY (citizen_id, found_in_round),
    CONSTRAINT fk_fraud_bar_round FOREIGN KEY (found_in_round) REFERENCES recruitment_round (id)
);
