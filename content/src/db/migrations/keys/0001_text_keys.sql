-- Each text's own data key (AES-256). Deleting a key makes its text unreadable everywhere,
-- backups of the content database included: this database is backed up separately, with a
-- short retention (docs/content-service.md).
CREATE TABLE text_keys (
  commitment text PRIMARY KEY CHECK (commitment ~ '^0x[0-9a-f]{64}$'),
  data_key bytea NOT NULL CHECK (octet_length(data_key) = 32),
  created_at timestamptz NOT NULL
);
