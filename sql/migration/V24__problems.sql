-- Problems (issue 16): the cause behind incidents that come back. A problem groups tickets and major incidents,
-- holds the analysis, the workaround and the root cause (internal texts), and may publish its workaround as a
-- knowledge-base article linked back to it. Closing it may mail the requesters of its tickets a public note, once.
CREATE TABLE problem (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    reference             VARCHAR(20)  NULL,
    title                 VARCHAR(200) NOT NULL,
    status                VARCHAR(12)  NOT NULL,
    service_id            BIGINT       NULL,
    analysis              TEXT         NULL,
    workaround            TEXT         NULL,
    root_cause            TEXT         NULL,
    workaround_article_id BIGINT       NULL,
    created_by            VARCHAR(100) NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    closed_at             DATETIME(3)  NULL,
    closure_note          TEXT         NULL,
    notified              INT          NOT NULL DEFAULT 0,
    version               INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_problem_reference (reference),
    UNIQUE KEY uk_problem_article (workaround_article_id),
    INDEX ix_problem_status (status, created_at),
    INDEX ix_problem_created (created_at),
    CONSTRAINT fk_problem_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_problem_article FOREIGN KEY (workaround_article_id) REFERENCES kb_article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket has one cause at most.
CREATE TABLE problem_ticket (
    problem_id BIGINT NOT NULL,
    ticket_id  BIGINT NOT NULL,
    PRIMARY KEY (problem_id, ticket_id),
    UNIQUE KEY uk_problem_ticket (ticket_id),
    CONSTRAINT fk_problem_ticket_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_problem_ticket_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE problem_incident (
    problem_id  BIGINT NOT NULL,
    incident_id BIGINT NOT NULL,
    PRIMARY KEY (problem_id, incident_id),
    INDEX ix_problem_incident (incident_id),
    CONSTRAINT fk_problem_incident_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_problem_incident_incident FOREIGN KEY (incident_id) REFERENCES major_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
