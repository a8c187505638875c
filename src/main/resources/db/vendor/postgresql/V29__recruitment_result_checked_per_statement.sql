-- The first ranking of a round writes a result for each of up to 100,000 applications in one statement. A foreign
-- key checks and locks the application row by row (two thirds of the write); these triggers make the same check once
-- per statement, as a join of the rows written. PostgreSQL only (db/vendor/postgresql): H2 keeps the foreign key.
ALTER TABLE recruitment_result DROP CONSTRAINT fk_recruitment_result_application;

CREATE FUNCTION recruitment_result_has_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS
               (SELECT 1 FROM recruitment_application a WHERE a.id = w.application_id)) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recruitment_result_application',
            MESSAGE = 'recruitment_result: application_id names no recruitment_application';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER recruitment_result_inserted AFTER INSERT ON recruitment_result
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION recruitment_result_has_application();
CREATE TRIGGER recruitment_result_updated AFTER UPDATE ON recruitment_result
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION recruitment_result_has_application();

-- The other side of the key: an application with a result cannot be deleted (ids come from a sequence and are never
-- updated).
CREATE FUNCTION recruitment_application_without_result() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM removed r JOIN recruitment_result s ON s.application_id = r.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'fk_recruitment_result_application',
            MESSAGE = 'recruitment_application: a recruitment_result still names it';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER recruitment_application_deleted AFTER DELETE ON recruitment_application
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION recruitment_application_without_result();
