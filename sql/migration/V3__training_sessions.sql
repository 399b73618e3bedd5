-- Training services have dated sessions with a number of seats; registrations beyond the seats wait
-- in line and are promoted, first come first served, when a seat frees up.

CREATE TABLE training_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    service_id    BIGINT        NOT NULL,
    starts_at     DATETIME(3)   NOT NULL,
    ends_at       DATETIME(3)   NOT NULL,
    duration_days DECIMAL(4, 1) NOT NULL,
    place         VARCHAR(200)  NULL,
    online_link   VARCHAR(500)  NULL,
    seats         INT           NOT NULL,
    trainer       VARCHAR(150)  NOT NULL,
    cancelled     BOOLEAN       NOT NULL DEFAULT FALSE,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT ck_session_seats CHECK (seats > 0),
    CONSTRAINT ck_session_period CHECK (ends_at > starts_at),
    INDEX ix_session_service (service_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_registration (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    session_id    BIGINT       NOT NULL,
    member_id     BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    registered_at DATETIME(3)  NOT NULL,
    attended      BOOLEAN      NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration UNIQUE (session_id, user_id),
    CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_registration_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_registration_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_registration_queue (session_id, status, registered_at, id),
    INDEX ix_registration_member (member_id, session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
