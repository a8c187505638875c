-- Organisational units (cơ quan, đơn vị): the recruiting agency, a nominating unit, the unit an
-- on-time report is grouped by. Shared by every procedure; filled by import or administration.
CREATE TABLE org_unit (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    parent_code VARCHAR(32),
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
);

CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);
