-- Who a member wants called in a crisis (issue 16): a cyber-attack or a service cut at night needs the
-- person who decides (the DGS, the elected official on duty) and not only the usual contact address.
-- Listed in calling order; the member's référent keeps the list, the syndicate's staff read it.
CREATE TABLE crisis_contact (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    call_order   SMALLINT     NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    full_name    VARCHAR(150) NOT NULL,
    phone        VARCHAR(30)  NULL,
    email        VARCHAR(190) NULL,
    decides      BOOLEAN      NOT NULL DEFAULT FALSE,
    availability VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_crisis_contact_order (member_id, call_order),
    CONSTRAINT fk_crisis_contact_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
