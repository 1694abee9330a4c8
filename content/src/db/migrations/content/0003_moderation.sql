-- Who hid, unhid or withdrew which text, why (a code) and when.
CREATE TABLE moderation_log (
  id serial PRIMARY KEY,
  commitment text NOT NULL REFERENCES texts (commitment),
  action text NOT NULL CHECK (action IN ('hide', 'unhide', 'withdraw')),
  actor text NOT NULL,
  reason text,
  at timestamptz NOT NULL
);

CREATE INDEX moderation_log_by_text ON moderation_log (commitment);
