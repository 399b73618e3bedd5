-- One table for the files of tickets and demands (issue 14): owner type and id, the member for a ticket's
-- file (checked like the ticket), none for a demand's (demands are read by every member). Bytes apart, so
-- that lists never read them. Existing files move over with their bytes: tickets' keep their numbers (their
-- download links stay valid), demands' come after them.

CREATE TABLE attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    owner_type   VARCHAR(10)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    member_id    BIGINT       NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attached_file_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_attached_file_uploader FOREIGN KEY (uploaded_by) REFERENCES user_account (id),
    INDEX ix_attached_file_owner (owner_type, owner_id, uploaded_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attached_file_content FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO attachment (id, owner_type, owner_id, member_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                        uploaded_at)
SELECT id, 'TICKET', ticket_id, member_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
FROM ticket_attachment;

INSERT INTO attachment_content (attachment_id, content)
SELECT attachment_id, content FROM ticket_attachment_content;

SET @first_demand_file = (SELECT COALESCE(MAX(id), 0) FROM ticket_attachment);

INSERT INTO attachment (id, owner_type, owner_id, member_id, file_name, content_type, size_bytes, sha256, uploaded_by,
                        uploaded_at)
SELECT id + @first_demand_file, 'DEMAND', demand_id, NULL, file_name, content_type, size_bytes, sha256, uploaded_by,
       uploaded_at
FROM demand_attachment;

INSERT INTO attachment_content (attachment_id, content)
SELECT attachment_id + @first_demand_file, content FROM demand_attachment_content;

DROP TABLE ticket_attachment_content;
DROP TABLE ticket_attachment;
DROP TABLE demand_attachment_content;
DROP TABLE demand_attachment;
