-- Major incidents (issue 16): one record above the tickets of an outage or an attack, with the services it
-- hits, the members affected (computed from active subscriptions, adjustable), the tickets linked to it and
-- a timeline of updates. Public updates are mailed once, in the transaction that posts them, to the
-- référents and crisis contacts of the affected members; internal ones stay with the syndicate's staff.
CREATE TABLE major_incident (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    reference        VARCHAR(20)  NULL,
    title            VARCHAR(200) NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    declared_by      VARCHAR(100) NOT NULL,
    declared_at      DATETIME(3)  NOT NULL,
    resolved_at      DATETIME(3)  NULL,
    origin_ticket_id BIGINT       NULL,
    review_cause     TEXT         NULL,
    review_actions   TEXT         NULL,
    reviewed_at      DATETIME(3)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_major_incident_reference (reference),
    INDEX ix_major_incident_status (status, declared_at),
    INDEX ix_major_incident_declared (declared_at),
    CONSTRAINT fk_major_incident_ticket FOREIGN KEY (origin_ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE major_incident_service (
    incident_id BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (incident_id, service_id),
    INDEX ix_incident_service (service_id, incident_id),
    CONSTRAINT fk_incident_service_incident FOREIGN KEY (incident_id) REFERENCES major_incident (id),
    CONSTRAINT fk_incident_service_service FOREIGN KEY (service_id) REFERENCES catalog_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The members affected; a commune user reads an incident only when their member is here.
CREATE TABLE major_incident_member (
    incident_id BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    PRIMARY KEY (incident_id, member_id),
    INDEX ix_incident_member (member_id, incident_id),
    CONSTRAINT fk_incident_member_incident FOREIGN KEY (incident_id) REFERENCES major_incident (id),
    CONSTRAINT fk_incident_member_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket belongs to one major incident at most.
CREATE TABLE major_incident_ticket (
    incident_id BIGINT NOT NULL,
    ticket_id   BIGINT NOT NULL,
    PRIMARY KEY (incident_id, ticket_id),
    UNIQUE KEY uk_incident_ticket (ticket_id),
    CONSTRAINT fk_incident_ticket_incident FOREIGN KEY (incident_id) REFERENCES major_incident (id),
    CONSTRAINT fk_incident_ticket_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline. A decision to cut a service says who decided and when (the decider may be a commune's
-- elected official on the phone, not a Guichet user); recipients counts the mails the update queued.
CREATE TABLE major_incident_update (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    incident_id BIGINT       NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    body        TEXT         NOT NULL,
    internal    BOOLEAN      NOT NULL,
    author      VARCHAR(100) NOT NULL,
    author_name VARCHAR(150) NOT NULL,
    posted_at   DATETIME(3)  NOT NULL,
    decided_by  VARCHAR(150) NULL,
    decided_at  DATETIME(3)  NULL,
    recipients  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_incident_update (incident_id, posted_at),
    CONSTRAINT fk_incident_update_incident FOREIGN KEY (incident_id) REFERENCES major_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tickets to suggest for linking: the open tickets of the incident's services, newest first, from an index.
ALTER TABLE ticket ADD INDEX ix_ticket_service_open_created (service_id, open_state, created_at);
