-- Files attached to a demand (public like the demand); bytes apart so that lists never read them.

CREATE TABLE demand_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    demand_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_demand_attachment_demand FOREIGN KEY (demand_id) REFERENCES demand (id),
    CONSTRAINT fk_demand_attachment_user FOREIGN KEY (uploaded_by) REFERENCES user_account (id),
    INDEX ix_demand_attachment (demand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE demand_attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_demand_content_attachment FOREIGN KEY (attachment_id) REFERENCES demand_attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
