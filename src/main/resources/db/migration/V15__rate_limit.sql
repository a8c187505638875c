-- Request counters for throttling (status lookups, failed logins), one row per bucket and fixed window:
-- shared by every node, so a client cannot multiply its allowance by reaching another node.
CREATE TABLE rate_limit (
    bucket       VARCHAR(300) NOT NULL,
    window_start BIGINT       NOT NULL,
    hits         INTEGER      NOT NULL,
    CONSTRAINT pk_rate_limit PRIMARY KEY (bucket)
);

CREATE INDEX ix_rate_limit_window ON rate_limit (window_start);
