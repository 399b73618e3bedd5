-- Helpdesk: SLA calendars and policies, support groups, tickets with their comments, history,
-- attachments and watchers, incoming mail (deduplication and quarantine) and the knowledge base.

-- Working days and hours of a calendar. periods: "08:30-12:00,13:30-17:30"; working_days: ISO numbers "1,2,3,4,5".
CREATE TABLE sla_calendar (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(120) NOT NULL,
    time_zone       VARCHAR(40)  NOT NULL DEFAULT 'Europe/Paris',
    always_open     BOOLEAN      NOT NULL DEFAULT FALSE,
    french_holidays BOOLEAN      NOT NULL DEFAULT TRUE,
    working_days    VARCHAR(20)  NOT NULL DEFAULT '1,2,3,4,5',
    periods         VARCHAR(200) NOT NULL DEFAULT '08:30-12:00,13:30-17:30',
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Extra days a calendar is closed (e.g. the Friday after Ascension).
CREATE TABLE sla_calendar_closure (
    calendar_id BIGINT       NOT NULL,
    closed_on   DATE         NOT NULL,
    label       VARCHAR(120) NOT NULL,
    PRIMARY KEY (calendar_id, closed_on),
    CONSTRAINT fk_closure_calendar FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Targets in business minutes per service level and priority; ticket_type ANY or a type that overrides it.
CREATE TABLE sla_policy (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    service_level          VARCHAR(10) NOT NULL,
    priority               VARCHAR(2)  NOT NULL,
    ticket_type            VARCHAR(20) NOT NULL DEFAULT 'ANY',
    first_response_minutes INT         NOT NULL,
    resolution_minutes     INT         NOT NULL,
    calendar_id            BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_policy UNIQUE (service_level, priority, ticket_type),
    CONSTRAINT fk_policy_calendar FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id),
    CONSTRAINT ck_policy_targets CHECK (first_response_minutes > 0 AND resolution_minutes >= first_response_minutes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Impact × urgency → priority, as the syndicate configures it.
CREATE TABLE priority_matrix (
    impact   VARCHAR(20) NOT NULL,
    urgency  VARCHAR(10) NOT NULL,
    priority VARCHAR(2)  NOT NULL,
    PRIMARY KEY (impact, urgency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(30)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    manager_id BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_group_code UNIQUE (code),
    CONSTRAINT fk_group_manager FOREIGN KEY (manager_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_group_member (
    group_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES support_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_group_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The group that takes a service's tickets first.
ALTER TABLE catalog_service ADD COLUMN support_group_id BIGINT NULL,
    ADD CONSTRAINT fk_service_support_group FOREIGN KEY (support_group_id) REFERENCES support_group (id);

CREATE TABLE ticket (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    reference               VARCHAR(20)  NULL,
    type                    VARCHAR(20)  NOT NULL,
    subject                 VARCHAR(200) NOT NULL,
    description             TEXT         NOT NULL,
    member_id               BIGINT       NOT NULL,
    requester_id            BIGINT       NOT NULL,
    service_id              BIGINT       NULL,
    impact                  VARCHAR(20)  NOT NULL,
    urgency                 VARCHAR(10)  NOT NULL,
    priority                VARCHAR(2)   NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    group_id                BIGINT       NOT NULL,
    assignee_id             BIGINT       NULL,
    source                  VARCHAR(5)   NOT NULL,
    calendar_code           VARCHAR(20)  NOT NULL,
    first_response_minutes  INT          NOT NULL,
    resolution_minutes      INT          NOT NULL,
    created_at              DATETIME(3)  NOT NULL,
    updated_at              DATETIME(3)  NOT NULL,
    first_responded_at      DATETIME(3)  NULL,
    first_response_warn_at  DATETIME(3)  NULL,
    first_response_due      DATETIME(3)  NULL,
    resolution_warn_at      DATETIME(3)  NULL,
    resolution_due          DATETIME(3)  NULL,
    first_response_warned   BOOLEAN      NOT NULL DEFAULT FALSE,
    resolution_warned       BOOLEAN      NOT NULL DEFAULT FALSE,
    first_response_breached BOOLEAN      NOT NULL DEFAULT FALSE,
    resolution_breached     BOOLEAN      NOT NULL DEFAULT FALSE,
    paused_since            DATETIME(3)  NULL,
    resolved_at             DATETIME(3)  NULL,
    closed_at               DATETIME(3)  NULL,
    resolution_note         TEXT         NULL,
    rating                  TINYINT      NULL,
    rating_comment          VARCHAR(1000) NULL,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_ticket_reference UNIQUE (reference),
    CONSTRAINT fk_ticket_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_ticket_requester FOREIGN KEY (requester_id) REFERENCES user_account (id),
    CONSTRAINT fk_ticket_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_ticket_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT ck_ticket_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    INDEX ix_ticket_member (member_id, status, created_at),
    INDEX ix_ticket_requester (requester_id, created_at),
    INDEX ix_ticket_queue (group_id, status, resolution_due),
    INDEX ix_ticket_assignee (assignee_id, status, resolution_due),
    INDEX ix_ticket_status_due (status, resolution_due),
    INDEX ix_ticket_fr_warn (first_response_warned, first_response_warn_at),
    INDEX ix_ticket_res_warn (resolution_warned, resolution_warn_at),
    INDEX ix_ticket_resolved (status, resolved_at),
    INDEX ix_ticket_created (created_at),
    FULLTEXT INDEX ft_ticket (subject, description)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Periods the SLA clock stood still (waiting for the requester); until_at NULL while it still stands.
CREATE TABLE ticket_pause (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    from_at   DATETIME(3) NOT NULL,
    until_at  DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pause_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_pause_ticket (ticket_id, from_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Public comments and internal notes (never shown to commune users).
CREATE TABLE ticket_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    author_id   BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    internal    BOOLEAN      NOT NULL,
    via         VARCHAR(5)   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_comment_ticket (ticket_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- History: transitions and changes of group, assignee, priority.
CREATE TABLE ticket_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    actor_login VARCHAR(100) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_event_ticket (ticket_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_watcher (
    ticket_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, user_id),
    CONSTRAINT fk_watcher_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_watcher_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_watcher_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments: metadata here, bytes apart so that listing never reads them.
CREATE TABLE ticket_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id    BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_attachment_user FOREIGN KEY (uploaded_by) REFERENCES user_account (id),
    INDEX ix_attachment_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_content_attachment FOREIGN KEY (attachment_id) REFERENCES ticket_attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every message read from the helpdesk mailbox, once (Message-ID), with what became of it.
CREATE TABLE incoming_mail (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    message_id   VARCHAR(255) NOT NULL,
    received_at  DATETIME(3)  NOT NULL,
    from_address VARCHAR(254) NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    body         TEXT         NULL,
    outcome      VARCHAR(12)  NOT NULL,
    ticket_id    BIGINT       NULL,
    detail       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_incoming_message UNIQUE (message_id),
    CONSTRAINT fk_incoming_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_incoming_outcome (outcome, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_article (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200) NOT NULL,
    body             TEXT         NOT NULL,
    tags             VARCHAR(500) NOT NULL DEFAULT '',
    public_article   BOOLEAN      NOT NULL,
    author_id        BIGINT       NOT NULL,
    last_reviewed_on DATE         NOT NULL,
    source_ticket_id BIGINT       NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_article_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_article_ticket FOREIGN KEY (source_ticket_id) REFERENCES ticket (id),
    INDEX ix_article_public (public_article, updated_at),
    FULLTEXT INDEX ft_article (title, body, tags)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_article_service (
    article_id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (article_id, service_id),
    CONSTRAINT fk_article_service_article FOREIGN KEY (article_id) REFERENCES kb_article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_service_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    INDEX ix_article_service_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Configuration every installation starts with (not demo data): the two calendars, the policies,
-- the matrix and the support groups.
INSERT INTO sla_calendar (code, name, always_open, french_holidays) VALUES
    ('standard', 'Heures ouvrées du syndicat (lun.–ven., 08:30–12:00 et 13:30–17:30)', FALSE, TRUE),
    ('24x7', 'Permanence 24 h/24, 7 j/7', TRUE, FALSE);

-- Business minutes: a working day of the standard calendar is 450 minutes.
INSERT INTO sla_policy (service_level, priority, first_response_minutes, resolution_minutes, calendar_id)
SELECT l.level, p.priority, p.response * l.factor DIV 100, p.resolution * l.factor DIV 100, c.id
FROM (SELECT 'STANDARD' AS level, 100 AS factor UNION ALL SELECT 'RENFORCE', 60 UNION ALL SELECT 'CRITIQUE', 40) l
CROSS JOIN (SELECT 'P1' AS priority, 60 AS response, 450 AS resolution
            UNION ALL SELECT 'P2', 120, 900 UNION ALL SELECT 'P3', 240, 2250 UNION ALL SELECT 'P4', 450, 4500) p
CROSS JOIN sla_calendar c WHERE c.code = 'standard';

-- A security incident at P1 runs around the clock: 30 min to respond, 8 hours to contain.
INSERT INTO sla_policy (service_level, priority, ticket_type, first_response_minutes, resolution_minutes, calendar_id)
SELECT l.level, 'P1', 'SECURITY_INCIDENT', 30, 480, c.id
FROM (SELECT 'STANDARD' AS level UNION ALL SELECT 'RENFORCE' UNION ALL SELECT 'CRITIQUE') l
CROSS JOIN sla_calendar c WHERE c.code = '24x7';

INSERT INTO priority_matrix (impact, urgency, priority) VALUES
    ('SEVERAL_MEMBERS', 'HIGH', 'P1'), ('SEVERAL_MEMBERS', 'MEDIUM', 'P1'), ('SEVERAL_MEMBERS', 'LOW', 'P2'),
    ('MEMBER', 'HIGH', 'P1'), ('MEMBER', 'MEDIUM', 'P2'), ('MEMBER', 'LOW', 'P3'),
    ('SERVICE', 'HIGH', 'P2'), ('SERVICE', 'MEDIUM', 'P3'), ('SERVICE', 'LOW', 'P3'),
    ('USER', 'HIGH', 'P3'), ('USER', 'MEDIUM', 'P4'), ('USER', 'LOW', 'P4');

INSERT INTO support_group (code, name) VALUES
    ('support-n1', 'Support N1'),
    ('systemes', 'Systèmes'),
    ('reseau', 'Réseau'),
    ('securite', 'Sécurité'),
    ('applications', 'Applications métiers'),
    ('formation', 'Formation');
