-- Login attempts are slowed down per login and per client address instead of locking accounts
-- (a lock any stranger could trigger). One row per series of attempts; subjects are SHA-256 digests
-- of the normalised login or of the client address. Rows are swept two days after their last attempt.
CREATE TABLE login_throttle (
    kind            VARCHAR(10) NOT NULL,
    subject         CHAR(64)    NOT NULL,
    attempts        INT         NOT NULL,
    window_start    DATETIME(3) NOT NULL,
    last_attempt_at DATETIME(3) NOT NULL,
    PRIMARY KEY (kind, subject),
    INDEX ix_login_throttle_last_attempt (last_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

ALTER TABLE user_account
    DROP COLUMN failed_attempts,
    DROP COLUMN locked_until;
