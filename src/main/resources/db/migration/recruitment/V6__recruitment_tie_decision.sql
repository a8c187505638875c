-- The head's choices among candidates still tied after every legal tie-break (Decree 170/2025 Art. 10(2)-(3)),
-- kept apart from the results so that ranking the round again (after a review or a return) reproduces them.
CREATE TABLE recruitment_tie_decision (
    position_id     BIGINT        NOT NULL,
    -- the agency of a shared position whose places were contested; '' for the position's own quota
    agency_code     VARCHAR(50)   NOT NULL,
    -- every candidate of the tie, so that a decision only applies to exactly the tie the head saw
    application_id  BIGINT        NOT NULL,
    selected        BOOLEAN       NOT NULL,
    decided_by      VARCHAR(100)  NOT NULL,
    decided_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_recruitment_tie_decision PRIMARY KEY (position_id, agency_code, application_id),
    CONSTRAINT fk_tie_decision_position FOREIGN KEY (position_id) REFERENCES recruitment_position (id),
    CONSTRAINT fk_tie_decision_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
);
