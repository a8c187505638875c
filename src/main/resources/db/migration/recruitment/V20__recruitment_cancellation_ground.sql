-- A cancellation is drafted as a decision before it takes effect: its ground (HiringDocuments.CancellationGround)
-- and the official's note are kept while the decision goes through review and signature.
ALTER TABLE recruitment_hiring ADD COLUMN cancellation_ground VARCHAR(30);
ALTER TABLE recruitment_hiring ADD COLUMN cancellation_detail VARCHAR(2000);
