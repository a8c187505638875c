-- Review requests (phúc khảo) of paper written exams: one per application, with the re-marking and the score
-- adopted after it (Decree 170/2025 Art. 16(4)(b); Circular 22/2025/TT-BNV Art. 17-18).
CREATE TABLE recruitment_review_request (
    application_id   BIGINT         NOT NULL,
    filed_at         TIMESTAMP      NOT NULL,
    reason           VARCHAR(2000),
    -- the published written score the request is about
    published_score  DECIMAL(6, 2)  NOT NULL,
    marker1          DECIMAL(6, 2),
    marker2          DECIMAL(6, 2),
    marker3          DECIMAL(6, 2),
    review_score     DECIMAL(6, 2),
    -- the re-marked score differs from the published one by the threshold or more: the council decides
    needs_council    BOOLEAN        NOT NULL DEFAULT FALSE,
    adopted_score    DECIMAL(6, 2),
    CONSTRAINT pk_recruitment_review_request PRIMARY KEY (application_id),
    CONSTRAINT fk_review_request_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
);

-- The end of the review window, once the written scores are published.
ALTER TABLE recruitment_round ADD COLUMN review_window_end TIMESTAMP;
