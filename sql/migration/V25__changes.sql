-- Changes and planned maintenance (issue 16). A change has a window, the services and configuration items it
-- touches, a risk, a plan and a back-out plan (internal), and a public summary: what communes read in the
-- announcement mailed to the affected members' référents N business days ahead and on the status page's calendar.
-- announce_on is computed at approval; announced_at is claimed once (exactly one announcement, whichever node sends it).
CREATE TABLE change_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    reference      VARCHAR(20)  NULL,
    title          VARCHAR(200) NOT NULL,
    public_summary VARCHAR(500) NOT NULL,
    plan           TEXT         NOT NULL,
    backout_plan   TEXT         NOT NULL,
    risk           VARCHAR(8)   NOT NULL,
    interrupts     BOOLEAN      NOT NULL,
    window_start   DATETIME(3)  NOT NULL,
    window_end     DATETIME(3)  NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    problem_id     BIGINT       NULL,
    requested_by   VARCHAR(100) NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    decided_by     VARCHAR(100) NULL,
    decided_at     DATETIME(3)  NULL,
    decision_note  VARCHAR(1000) NULL,
    announce_on    DATE         NULL,
    announced_at   DATETIME(3)  NULL,
    announced_to   INT          NOT NULL DEFAULT 0,
    started_at     DATETIME(3)  NULL,
    ended_at       DATETIME(3)  NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_change_reference (reference),
    INDEX ix_change_created (created_at),
    INDEX ix_change_status_created (status, created_at),
    INDEX ix_change_status_window (status, window_end),
    INDEX ix_change_announce (announced_at, announce_on),
    CONSTRAINT fk_change_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT ck_change_window CHECK (window_end > window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE change_service (
    change_id  BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (change_id, service_id),
    INDEX ix_change_service (service_id, change_id),
    CONSTRAINT fk_change_service_change FOREIGN KEY (change_id) REFERENCES change_request (id),
    CONSTRAINT fk_change_service_service FOREIGN KEY (service_id) REFERENCES catalog_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE change_item (
    change_id BIGINT NOT NULL,
    item_id   BIGINT NOT NULL,
    PRIMARY KEY (change_id, item_id),
    INDEX ix_change_item (item_id, change_id),
    CONSTRAINT fk_change_item_change FOREIGN KEY (change_id) REFERENCES change_request (id),
    CONSTRAINT fk_change_item_item FOREIGN KEY (item_id) REFERENCES configuration_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
