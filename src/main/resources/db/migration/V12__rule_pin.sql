-- Rule-table versions kept by whatever runs under them (a recruitment round, a promotion round, ...): one table
-- for every procedure, keyed by the owner ("recruitment-round:42").
CREATE TABLE rule_pin (
    owner                   VARCHAR(100)  NOT NULL,
    decision_key            VARCHAR(100)  NOT NULL,
    decision_definition_id  VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_rule_pin PRIMARY KEY (owner, decision_key)
);

INSERT INTO rule_pin (owner, decision_key, decision_definition_id)
SELECT CONCAT('recruitment-round:', CAST(round_id AS VARCHAR(20))), decision_key, decision_definition_id
FROM recruitment_round_rule;

DROP TABLE recruitment_round_rule;
