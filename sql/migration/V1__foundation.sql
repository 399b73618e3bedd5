-- Foundation schema: members, user accounts and roles, audit log, mail outbox.
-- Instants are stored in UTC as DATETIME(3).

CREATE TABLE member (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    slug            VARCHAR(60)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    insee_code      CHAR(5)      NULL,
    population      INT          NOT NULL,
    member_since    DATE         NOT NULL,
    member_until    DATE         NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    contact_email   VARCHAR(190) NULL,
    contact_phone   VARCHAR(30)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_slug UNIQUE (slug),
    CONSTRAINT uk_member_insee UNIQUE (insee_code),
    CONSTRAINT ck_member_population CHECK (population >= 0),
    CONSTRAINT ck_member_period CHECK (member_until IS NULL OR member_until >= member_since),
    INDEX ix_member_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    login               VARCHAR(100) NOT NULL,
    full_name           VARCHAR(150) NOT NULL,
    email               VARCHAR(190) NOT NULL,
    member_id           BIGINT       NULL,
    password_hash       VARCHAR(255) NOT NULL,
    password_changed_at DATETIME(3)  NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    locale              VARCHAR(5)   NOT NULL DEFAULT 'fr',
    mail_preference     VARCHAR(20)  NOT NULL DEFAULT 'IMMEDIATE',
    failed_attempts     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3)  NULL,
    last_login_at       DATETIME(3)  NULL,
    created_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_login UNIQUE (login),
    CONSTRAINT fk_user_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_user_member_name (member_id, full_name),
    INDEX ix_user_full_name (full_name),
    INDEX ix_user_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_user_role_role (role, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(3)   NOT NULL,
    actor_login  VARCHAR(100)  NOT NULL,
    member_id    BIGINT        NULL,
    action       VARCHAR(40)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    VARCHAR(40)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_entity (entity_type, entity_id, occurred_at),
    INDEX ix_audit_actor (actor_login, occurred_at),
    INDEX ix_audit_member (member_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit log is append-only: the database itself refuses edits and deletions.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    message_id      VARCHAR(120)  NOT NULL,
    recipient       VARCHAR(190)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_message_id UNIQUE (message_id),
    INDEX ix_outbox_due (status, next_attempt_at),
    INDEX ix_outbox_recipient (recipient, created_at),
    INDEX ix_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
