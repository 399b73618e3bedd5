-- Service catalogue, request forms (versioned), subscriptions and service requests.
-- Amounts are integer euro cents.

CREATE TABLE catalog_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NOT NULL,
    icon        VARCHAR(40)  NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_code UNIQUE (code),
    INDEX ix_category_position (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_service (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    code              VARCHAR(60)   NOT NULL,
    category_id       BIGINT        NOT NULL,
    name              VARCHAR(150)  NOT NULL,
    summary           VARCHAR(300)  NOT NULL,
    description       TEXT          NOT NULL,
    description_text  TEXT          NOT NULL,
    owner_id          BIGINT        NULL,
    lifecycle         VARCHAR(12)   NOT NULL,
    software          VARCHAR(120)  NULL,
    vendor            VARCHAR(120)  NULL,
    licence_type      VARCHAR(12)   NOT NULL,
    licence_name      VARCHAR(80)   NULL,
    funding_mode      VARCHAR(14)   NOT NULL,
    distribution_key  VARCHAR(80)   NULL,
    usage_indicator   VARCHAR(80)   NULL,
    usage_unit        VARCHAR(40)   NULL,
    annual_cost_cents BIGINT        NOT NULL DEFAULT 0,
    unit_price_cents  BIGINT        NULL,
    service_level     VARCHAR(10)   NOT NULL,
    open_to_all       BOOLEAN       NOT NULL DEFAULT TRUE,
    training          BOOLEAN       NOT NULL DEFAULT FALSE,
    tags              VARCHAR(500)  NOT NULL DEFAULT '',
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_code UNIQUE (code),
    CONSTRAINT fk_service_category FOREIGN KEY (category_id) REFERENCES catalog_category (id),
    CONSTRAINT fk_service_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT ck_service_cost CHECK (annual_cost_cents >= 0),
    INDEX ix_service_category (category_id, lifecycle, name),
    INDEX ix_service_lifecycle (lifecycle, name),
    FULLTEXT INDEX ft_service (name, summary, description_text, tags)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members allowed to request a service that is not open to all.
CREATE TABLE catalog_service_member (
    service_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (service_id, member_id),
    CONSTRAINT fk_service_member_service FOREIGN KEY (service_id) REFERENCES catalog_service (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_member_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_service_link (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    service_id BIGINT       NOT NULL,
    label      VARCHAR(150) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_link_service FOREIGN KEY (service_id) REFERENCES catalog_service (id) ON DELETE CASCADE,
    INDEX ix_link_service (service_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request keeps the form version it was filed with: forms are never edited, a new version is added.
CREATE TABLE request_form (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    service_id BIGINT      NOT NULL,
    version    INT         NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_form_version UNIQUE (service_id, version),
    CONSTRAINT fk_form_service FOREIGN KEY (service_id) REFERENCES catalog_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE form_field (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    form_id        BIGINT         NOT NULL,
    field_key      VARCHAR(60)    NOT NULL,
    label          VARCHAR(200)   NOT NULL,
    help           VARCHAR(500)   NULL,
    field_type     VARCHAR(16)    NOT NULL,
    required       BOOLEAN        NOT NULL DEFAULT FALSE,
    min_value      DECIMAL(18, 4) NULL,
    max_value      DECIMAL(18, 4) NULL,
    choices        VARCHAR(2000)  NULL,
    quantity_field BOOLEAN        NOT NULL DEFAULT FALSE,
    position       INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_field_key UNIQUE (form_id, field_key),
    CONSTRAINT fk_field_form FOREIGN KEY (form_id) REFERENCES request_form (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription (
    id         BIGINT         NOT NULL AUTO_INCREMENT,
    member_id  BIGINT         NOT NULL,
    service_id BIGINT         NOT NULL,
    quantity   DECIMAL(14, 2) NOT NULL,
    status     VARCHAR(10)    NOT NULL,
    start_date DATE           NOT NULL,
    end_date   DATE           NULL,
    version    INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_subscription UNIQUE (member_id, service_id),
    CONSTRAINT fk_subscription_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_subscription_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT ck_subscription_quantity CHECK (quantity >= 0),
    INDEX ix_subscription_service (service_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription_event (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    subscription_id BIGINT         NOT NULL,
    member_id       BIGINT         NOT NULL,
    occurred_at     DATETIME(3)    NOT NULL,
    actor_login     VARCHAR(100)   NOT NULL,
    quantity_before DECIMAL(14, 2) NULL,
    quantity_after  DECIMAL(14, 2) NOT NULL,
    status_before   VARCHAR(10)    NULL,
    status_after    VARCHAR(10)    NOT NULL,
    note            VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_subscription_event FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    INDEX ix_subscription_event (subscription_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_request (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    reference    VARCHAR(20) NULL,
    member_id    BIGINT      NOT NULL,
    service_id   BIGINT      NOT NULL,
    form_id      BIGINT      NOT NULL,
    requester_id BIGINT      NOT NULL,
    assignee_id  BIGINT      NULL,
    status       VARCHAR(20) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    version      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_request_reference UNIQUE (reference),
    CONSTRAINT fk_request_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_request_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_request_form FOREIGN KEY (form_id) REFERENCES request_form (id),
    CONSTRAINT fk_request_requester FOREIGN KEY (requester_id) REFERENCES user_account (id),
    CONSTRAINT fk_request_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    INDEX ix_request_member (member_id, status, created_at),
    INDEX ix_request_requester (requester_id, created_at),
    INDEX ix_request_queue (status, created_at),
    INDEX ix_request_assignee (assignee_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_answer (
    request_id BIGINT      NOT NULL,
    field_key  VARCHAR(60) NOT NULL,
    answer     TEXT        NOT NULL,
    PRIMARY KEY (request_id, field_key),
    CONSTRAINT fk_answer_request FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The request's timeline: transitions and comments.
CREATE TABLE request_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    actor_login VARCHAR(100) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NULL,
    comment     TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_request FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    INDEX ix_event_request (request_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
