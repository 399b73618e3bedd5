-- Personal API tokens (issue 17): integrations call the API with "Authorization: Bearer <token>" instead of a
-- password. The token (256 random bits) is shown once; only its SHA-256 digest is kept (high-entropy secrets need
-- no slow hash), with its first characters to recognise it. A token survives a password change and dies when
-- revoked, expired, or its user is deactivated. last_used_at is written at most once a minute per token.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    digest       CHAR(64)     NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    revoked_by   VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_digest (digest),
    INDEX ix_api_token_user (user_id, created_at),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
