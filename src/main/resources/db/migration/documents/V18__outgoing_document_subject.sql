-- What a document is about (a round's code), so a procedure finds the document it issued for its subject: a round's
-- public page serves the decision on its results. Documents issued before have none.
ALTER TABLE outgoing_document ADD COLUMN subject VARCHAR(100);

CREATE INDEX outgoing_document_subject ON outgoing_document (type_code, subject);
