-- The version of each rule table a round runs under, fixed when the round is planned: a table deployed later
-- (an amendment of the law) applies to later rounds, never to one under way.
CREATE TABLE recruitment_round_rule (
    round_id                BIGINT        NOT NULL,
    decision_key            VARCHAR(100)  NOT NULL,
    decision_definition_id  VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_recruitment_round_rule PRIMARY KEY (round_id, decision_key),
    CONSTRAINT fk_round_rule_round FOREIGN KEY (round_id) REFERENCES recruitment_round (id)
);
