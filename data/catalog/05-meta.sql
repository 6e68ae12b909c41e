-- Catalog identity: bump data_version when any fact changes; data_date is
-- the day the facts were last checked against their sources.
INSERT INTO meta(key, value) VALUES
  ('data_version', '2026.11.1'),
  ('data_date', '2026-11-22');
