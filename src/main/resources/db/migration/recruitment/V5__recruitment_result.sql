-- Ranking results apart from the applications: a national round re-ranks 100,000 applications, and writing
-- narrow new rows costs far less than rewriting every wide application row.
CREATE TABLE recruitment_result (
    application_id   BIGINT        NOT NULL,
    total_score      DECIMAL(6, 2),
    rank_position    INTEGER,
    outcome          VARCHAR(30)   NOT NULL,
    assigned_agency  VARCHAR(50),
    CONSTRAINT pk_recruitment_result PRIMARY KEY (application_id),
    CONSTRAINT fk_recruitment_result_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
);

ALTER TABLE recruitment_application DROP COLUMN total_score;
ALTER TABLE recruitment_application DROP COLUMN rank_position;
ALTER TABLE recruitment_application DROP COLUMN outcome;
ALTER TABLE recruitment_application DROP COLUMN assigned_agency;
