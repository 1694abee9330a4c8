-- Every text residents and staff write. The chain holds only each one's commitment; the text
-- and its salt are here, sealed (AES-256-GCM) under the text's own key in the key store, so a
-- backup of this database holds only ciphertext.
CREATE TABLE texts (
  commitment text PRIMARY KEY CHECK (commitment ~ '^0x[0-9a-f]{64}$'),
  object_id text NOT NULL CHECK (object_id ~ '^0x[0-9a-f]{64}$'),
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL,
  chain_id bigint NOT NULL,
  -- The contract whose event carries the commitment (checksummed).
  contract text NOT NULL,
  -- The signed-in account that wrote it (lower case).
  author text NOT NULL,
  language text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'withdrawn', 'erased')),
  -- iv ‖ tag ‖ ciphertext of {"fields":…,"salt":…}; gone once erased.
  sealed bytea,
  -- A payee identity's kind as PayeeAttested said it (0 company, 1 sole trader), read at confirmation.
  payee_kind smallint,
  -- The transaction that put the commitment on chain.
  tx_hash text,
  hidden_reason text,
  created_at timestamptz NOT NULL,
  published_at timestamptz,
  status_changed_at timestamptz NOT NULL,
  erased_at timestamptz,
  UNIQUE (object_id, version),
  CHECK ((status = 'erased') = (sealed IS NULL)),
  CHECK ((status = 'hidden') = (hidden_reason IS NOT NULL))
);

CREATE INDEX texts_by_author ON texts (author);
-- Retention deletes pending texts nobody confirmed.
CREATE INDEX texts_pending ON texts (created_at) WHERE status = 'pending';
