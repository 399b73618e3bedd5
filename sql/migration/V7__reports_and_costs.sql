-- Usage indicators, distribution keys, yearly service budgets (issue 7), and what the dashboards
-- aggregate over: business time to resolve a ticket and covering indexes for per-member and
-- all-member figures. Amounts are integer euro cents.

-- Where a service's usage indicator comes from: computed by the platform or entered by managers.
ALTER TABLE catalog_service ADD COLUMN usage_source VARCHAR(14) NOT NULL DEFAULT 'MANUAL';

-- One value per member, service and month (first day of the month). PLATFORM values are recomputed;
-- a value entered or imported by a manager replaces them and is kept.
CREATE TABLE usage_value (
    service_id  BIGINT         NOT NULL,
    month       DATE           NOT NULL,
    member_id   BIGINT         NOT NULL,
    value       DECIMAL(16, 3) NOT NULL,
    source      VARCHAR(8)     NOT NULL,
    import_id   BIGINT         NULL,
    updated_at  DATETIME(3)    NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    PRIMARY KEY (service_id, month, member_id),
    CONSTRAINT fk_usage_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_usage_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_usage_value CHECK (value >= 0),
    CONSTRAINT ck_usage_month CHECK (DAYOFMONTH(month) = 1),
    INDEX ix_usage_member (member_id, month, service_id, value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A CSV file imported by a manager: the same content cannot be imported twice.
CREATE TABLE usage_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    file_name   VARCHAR(255) NOT NULL,
    digest      CHAR(64)     NOT NULL,
    line_count  INT          NOT NULL,
    imported_at DATETIME(3)  NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_usage_import_digest UNIQUE (digest),
    INDEX ix_usage_import_at (imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Distribution keys (clés de répartition) are defined per budget year: a table of per-member weights,
-- copied from populations (POPULATION) or voted by the comité syndical (VOTED).
CREATE TABLE distribution_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    budget_year INT          NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(150) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_distribution_key UNIQUE (budget_year, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE distribution_key_weight (
    key_id    BIGINT         NOT NULL,
    member_id BIGINT         NOT NULL,
    weight    DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (key_id, member_id),
    CONSTRAINT fk_key_weight_key FOREIGN KEY (key_id) REFERENCES distribution_key (id) ON DELETE CASCADE,
    CONSTRAINT fk_key_weight_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_key_weight CHECK (weight >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A service's voted cost for a budget year and how it is shared.
CREATE TABLE service_budget (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    budget_year  INT         NOT NULL,
    service_id   BIGINT      NOT NULL,
    cost_cents   BIGINT      NOT NULL,
    funding_mode VARCHAR(14) NOT NULL,
    key_code     VARCHAR(40) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_budget UNIQUE (budget_year, service_id),
    CONSTRAINT fk_budget_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT ck_budget_cost CHECK (cost_cents >= 0),
    CONSTRAINT ck_budget_key CHECK (funding_mode <> 'MUTUALISED' OR key_code IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Business minutes from opening to resolution (pauses left out), written when a ticket is resolved.
ALTER TABLE ticket ADD COLUMN resolution_business_minutes INT NULL;

-- Dashboards read these indexes only (covering), per member and for all members side by side.
CREATE INDEX ix_ticket_member_created ON ticket (member_id, created_at, first_responded_at, first_response_breached);
CREATE INDEX ix_ticket_member_resolved ON ticket (member_id, resolved_at, resolution_breached, resolution_business_minutes, rating);
CREATE INDEX ix_ticket_created_member ON ticket (created_at, member_id, service_id, first_responded_at, first_response_breached);
CREATE INDEX ix_ticket_resolved_member ON ticket (resolved_at, member_id, service_id, resolution_breached, rating);
CREATE INDEX ix_ticket_service_created ON ticket (service_id, created_at, member_id);
