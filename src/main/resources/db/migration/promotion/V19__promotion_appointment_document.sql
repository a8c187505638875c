-- The appointment decision a winner was appointed under, as issued in the register of outgoing documents (number and
-- date are also kept in words in appointment_decision). Appointments recorded with a typed number have none.
ALTER TABLE promotion_nomination ADD COLUMN appointment_document_id BIGINT REFERENCES outgoing_document (id);
