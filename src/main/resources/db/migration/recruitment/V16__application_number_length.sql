-- A round code may have 50 characters; its application numbers add a hyphen and eight random digits.
ALTER TABLE recruitment_application ALTER COLUMN application_number SET DATA TYPE VARCHAR(60);
