-- A member's own closed days (a commune's bridge day) for the SLA clock of its tickets (issue 15); its public
-- holidays follow from its department (INSEE code): Alsace-Moselle adds Good Friday and 26 December.
CREATE TABLE member_closure (
    member_id BIGINT       NOT NULL,
    closed_on DATE         NOT NULL,
    reason    VARCHAR(150) NOT NULL,
    PRIMARY KEY (member_id, closed_on),
    CONSTRAINT fk_closure_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
