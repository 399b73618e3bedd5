-- Configuration items (issue 16): what the syndicate runs for each member, with its catalogue service (none for a
-- site or a network link that serves them all), the subscription it delivers, a state and typed attributes kept as
-- one "name=value" line each (their names and forms are checked by the application, per kind). A member's item is
-- known by its name: imports add or update by (member, name), compared without case or accents as this collation does.
CREATE TABLE configuration_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    member_id       BIGINT       NOT NULL,
    service_id      BIGINT       NULL,
    subscription_id BIGINT       NULL,
    kind            VARCHAR(20)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    attributes      TEXT         NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_item_member_name (member_id, name),
    INDEX ix_item_service_name (service_id, name),
    INDEX ix_item_name (name),
    CONSTRAINT fk_item_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_item_service FOREIGN KEY (service_id) REFERENCES catalog_service (id),
    CONSTRAINT fk_item_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket may name the item it is about; the item's page lists its tickets, newest first.
ALTER TABLE ticket ADD COLUMN configuration_item_id BIGINT NULL,
    ADD INDEX ix_ticket_item_created (configuration_item_id, created_at),
    ADD CONSTRAINT fk_ticket_item FOREIGN KEY (configuration_item_id) REFERENCES configuration_item (id);
