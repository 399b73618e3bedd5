-- Staff merge duplicates and link related tickets (issue 15). A merged ticket is closed and names the ticket
-- that carries on; links are stored both ways so that either ticket lists them with one indexed read.
ALTER TABLE ticket ADD COLUMN merged_into_id BIGINT NULL,
    ADD CONSTRAINT fk_ticket_merged_into FOREIGN KEY (merged_into_id) REFERENCES ticket (id);

CREATE TABLE ticket_link (
    ticket_id BIGINT NOT NULL,
    linked_id BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, linked_id),
    CONSTRAINT fk_link_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_link_linked FOREIGN KEY (linked_id) REFERENCES ticket (id),
    CONSTRAINT ck_link_other CHECK (ticket_id <> linked_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
