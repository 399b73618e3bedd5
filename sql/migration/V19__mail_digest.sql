-- Mail preferences (issue 15): a daily digest at an hour each user chooses. Notifications for those users wait in
-- digest_item with what the digest needs, until one mail gathers them through the outbox.
ALTER TABLE user_account ADD COLUMN digest_hour TINYINT NOT NULL DEFAULT 8;

CREATE TABLE digest_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    login       VARCHAR(100) NOT NULL,
    email       VARCHAR(190) NOT NULL,
    full_name   VARCHAR(150) NOT NULL,
    locale      VARCHAR(5)   NOT NULL,
    digest_hour TINYINT      NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_digest_due (digest_hour, created_at),
    INDEX ix_digest_login (login, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
