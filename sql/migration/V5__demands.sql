-- Member demands: a backlog visible to all members, co-signed per member, scored and ranked in the open,
-- planned into quarters of limited capacity, with the decisions of the syndicate's bodies.

CREATE TABLE demand (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    reference            VARCHAR(20)   NULL,
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    expected_benefit     TEXT          NOT NULL,
    deadline             DATE          NULL,
    member_id            BIGINT        NOT NULL,
    author_id            BIGINT        NOT NULL,
    state                VARCHAR(12)   NOT NULL,
    risk_reduction       TINYINT       NULL,
    inclusion            TINYINT       NULL,
    sovereignty          TINYINT       NULL,
    effort_days          DECIMAL(7, 1) NULL,
    cost_cents           BIGINT        NULL,
    score                DECIMAL(12, 3) NULL,
    supporters           INT           NOT NULL DEFAULT 0,
    rank_position        INT           NULL,
    rank_override        INT           NULL,
    override_reason      VARCHAR(1000) NULL,
    target_quarter       VARCHAR(7)    NULL,
    delivered_service_id BIGINT        NULL,
    decline_reason       VARCHAR(2000) NULL,
    merged_into_id       BIGINT        NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_demand_reference UNIQUE (reference),
    CONSTRAINT fk_demand_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_demand_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_demand_service FOREIGN KEY (delivered_service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_demand_merged FOREIGN KEY (merged_into_id) REFERENCES demand (id),
    CONSTRAINT ck_demand_marks CHECK ((risk_reduction IS NULL OR risk_reduction BETWEEN 0 AND 5)
        AND (inclusion IS NULL OR inclusion BETWEEN 0 AND 5) AND (sovereignty IS NULL OR sovereignty BETWEEN 0 AND 5)),
    CONSTRAINT ck_demand_effort CHECK (effort_days IS NULL OR effort_days > 0),
    INDEX ix_demand_rank (state, rank_position),
    INDEX ix_demand_created (created_at),
    INDEX ix_demand_support (supporters, created_at),
    INDEX ix_demand_quarter (target_quarter, state),
    INDEX ix_demand_member (member_id, created_at),
    FULLTEXT INDEX ft_demand (title, description, expected_benefit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE demand_service (
    demand_id  BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    PRIMARY KEY (demand_id, service_id),
    CONSTRAINT fk_demand_service_demand FOREIGN KEY (demand_id) REFERENCES demand (id) ON DELETE CASCADE,
    CONSTRAINT fk_demand_service_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    INDEX ix_demand_service_service (service_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One co-signature per member ("nous aussi"), by a référent; the submitting member supports its demand.
CREATE TABLE demand_support (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    demand_id      BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    signed_by      BIGINT        NOT NULL,
    comment        VARCHAR(1000) NULL,
    expected_users INT           NULL,
    signed_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_demand_support UNIQUE (demand_id, member_id),
    CONSTRAINT fk_support_demand FOREIGN KEY (demand_id) REFERENCES demand (id),
    CONSTRAINT fk_support_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_support_user FOREIGN KEY (signed_by) REFERENCES user_account (id),
    CONSTRAINT ck_support_users CHECK (expected_users IS NULL OR expected_users >= 0),
    INDEX ix_support_member (member_id, demand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Public discussion (every member reads it).
CREATE TABLE demand_comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    demand_id  BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_demand_comment_demand FOREIGN KEY (demand_id) REFERENCES demand (id),
    CONSTRAINT fk_demand_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_demand_comment (demand_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- History: state changes, scoring, rank overrides, merges.
CREATE TABLE demand_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    demand_id   BIGINT        NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    actor_login VARCHAR(100)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    to_state    VARCHAR(12)   NULL,
    detail      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_demand_event_demand FOREIGN KEY (demand_id) REFERENCES demand (id),
    INDEX ix_demand_event (demand_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Decisions of the comité syndical or the bureau about a demand.
CREATE TABLE demand_decision (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    demand_id  BIGINT       NOT NULL,
    decided_on DATE         NOT NULL,
    body       VARCHAR(20)  NOT NULL,
    outcome    VARCHAR(20)  NOT NULL,
    text       TEXT         NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_decision_demand FOREIGN KEY (demand_id) REFERENCES demand (id),
    INDEX ix_decision_demand (demand_id, decided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roadmap quarters ("2027-T1") and their capacity in person-days.
CREATE TABLE roadmap_quarter (
    code          VARCHAR(7)    NOT NULL,
    capacity_days DECIMAL(7, 1) NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_quarter_capacity CHECK (capacity_days >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scoring weights set by the direction (one row).
CREATE TABLE scoring_weights (
    id              TINYINT       NOT NULL,
    member_value    DECIMAL(5, 2) NOT NULL,
    urgency         DECIMAL(5, 2) NOT NULL,
    risk_reduction  DECIMAL(5, 2) NOT NULL,
    inclusion       DECIMAL(5, 2) NOT NULL,
    sovereignty     DECIMAL(5, 2) NOT NULL,
    day_rate_cents  BIGINT        NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_weights_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO scoring_weights (id, member_value, urgency, risk_reduction, inclusion, sovereignty, day_rate_cents, updated_at)
VALUES (1, 3, 2, 2, 1, 1, 50000, UTC_TIMESTAMP(3));
