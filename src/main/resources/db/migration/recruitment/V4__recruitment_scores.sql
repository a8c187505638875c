-- Exam results of an application, one row per stage (VONG_1: correct answers; VONG_2: the professional exam),
-- and the ranking outcome written back by the process.
CREATE TABLE recruitment_score (
    application_id   BIGINT        NOT NULL,
    stage            VARCHAR(10)   NOT NULL,
    correct_answers  INTEGER,
    total_questions  INTEGER,
    score            DECIMAL(5, 2),
    written          DECIMAL(5, 2),
    interview        DECIMAL(5, 2),
    absent           BOOLEAN       DEFAULT FALSE NOT NULL,
    recorded_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_recruitment_score PRIMARY KEY (application_id, stage),
    CONSTRAINT fk_recruitment_score_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
);

ALTER TABLE recruitment_application ADD total_score DECIMAL(6, 2);
ALTER TABLE recruitment_application ADD rank_position INTEGER;
ALTER TABLE recruitment_application ADD outcome VARCHAR(30);
ALTER TABLE recruitment_application ADD assigned_agency VARCHAR(50);
