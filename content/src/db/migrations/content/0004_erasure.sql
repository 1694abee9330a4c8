-- Authors' erasure requests, decided by an erasure officer.
CREATE TABLE erasure_requests (
  id serial PRIMARY KEY,
  commitment text NOT NULL REFERENCES texts (commitment),
  grounds text NOT NULL,
  requested_by text NOT NULL,
  requested_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'erased', 'refused')),
  decided_by text,
  decided_at timestamptz,
  refusal text
);

-- One open request per text.
CREATE UNIQUE INDEX erasure_requests_one_open ON erasure_requests (commitment) WHERE status = 'open';

-- The erasure log: append-only and hash-chained (sdk/content/erasureLog.ts); no personal data.
CREATE TABLE erasure_log (
  seq integer PRIMARY KEY CHECK (seq >= 1),
  commitment text NOT NULL,
  grounds text NOT NULL,
  officer text NOT NULL,
  erased_at timestamptz NOT NULL,
  prev_hash text NOT NULL,
  entry_hash text NOT NULL UNIQUE
);

CREATE FUNCTION erasure_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the erasure log is append-only';
END
$$;

CREATE TRIGGER erasure_log_no_update BEFORE UPDATE OR DELETE ON erasure_log
  FOR EACH ROW EXECUTE FUNCTION erasure_log_is_append_only();
CREATE TRIGGER erasure_log_no_truncate BEFORE TRUNCATE ON erasure_log
  FOR EACH STATEMENT EXECUTE FUNCTION erasure_log_is_append_only();
