-- Public employees' round 1 has a second part (foreign language, Decree 115/2020 Art. 9(1)): each part must reach
-- the pass ratio. Empty when the part is not held or the candidate is exempt.
ALTER TABLE recruitment_score ADD COLUMN part2_correct INTEGER;
ALTER TABLE recruitment_score ADD COLUMN part2_questions INTEGER;
