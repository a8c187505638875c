-- Promotion by exam (sectors whose rules call for one): each eligible nominee's exam result.
ALTER TABLE promotion_nomination ADD COLUMN exam_score DECIMAL(6, 2);
ALTER TABLE promotion_nomination ADD COLUMN exam_absent BOOLEAN;
