-- Canned answers per support group (issue 15): managers write them, technicians insert them into replies.
CREATE TABLE canned_answer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    group_id    BIGINT       NOT NULL,
    title       VARCHAR(150) NOT NULL,
    body        TEXT         NOT NULL,
    usage_count INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_canned_answer_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    INDEX ix_canned_answer_group (group_id, active, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
