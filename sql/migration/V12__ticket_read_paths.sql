-- Read paths that stay flat at millions of tickets (issue 13).
--
-- 1. Every list order is served by an index from the scope columns down. A list of open tickets filters
--    on open_state (one value) instead of five statuses, so the order after it can come from the index;
--    due_order puts tickets without a due date last without an expression in ORDER BY.
ALTER TABLE ticket
    ADD COLUMN open_state TINYINT AS (CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN 0 ELSE 1 END) PERSISTENT,
    ADD COLUMN due_order DATETIME(3) AS (COALESCE(resolution_due, TIMESTAMP '9999-12-31 00:00:00')) PERSISTENT,
    ADD COLUMN search_indexed BOOLEAN NOT NULL DEFAULT FALSE,
    DROP INDEX ft_ticket,
    DROP INDEX ix_ticket_queue,
    DROP INDEX ix_ticket_assignee,
    ADD INDEX ix_ticket_open_due (open_state, due_order),
    ADD INDEX ix_ticket_open_priority (open_state, priority, due_order),
    ADD INDEX ix_ticket_open_created (open_state, created_at),
    ADD INDEX ix_ticket_member_open_due (member_id, open_state, due_order),
    ADD INDEX ix_ticket_member_open_priority (member_id, open_state, priority, due_order),
    ADD INDEX ix_ticket_member_open_created (member_id, open_state, created_at),
    ADD INDEX ix_ticket_member_any_created (member_id, created_at),
    ADD INDEX ix_ticket_group_open_due (group_id, open_state, due_order),
    ADD INDEX ix_ticket_assignee_open_due (assignee_id, open_state, due_order),
    DROP INDEX ix_ticket_requester,
    ADD INDEX ix_ticket_requester_any (requester_id, member_id, created_at),
    ADD INDEX ix_ticket_requester_open (requester_id, member_id, open_state, created_at),
    ADD INDEX ix_ticket_unindexed (search_indexed);

-- 2. Counts that read a few rows: tickets per member and status, kept by triggers in the same
--    transaction as the change. Eight shards per (member, status) so that concurrent creations for one
--    member do not queue on one row; a count sums them.
CREATE TABLE ticket_tally (
    member_id BIGINT      NOT NULL,
    status    VARCHAR(20) NOT NULL,
    shard     TINYINT     NOT NULL,
    tickets   BIGINT      NOT NULL,
    PRIMARY KEY (member_id, status, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ticket_tally (member_id, status, shard, tickets)
SELECT member_id, status, id MOD 8, COUNT(*) FROM ticket GROUP BY member_id, status, id MOD 8;

CREATE TRIGGER ticket_tally_insert AFTER INSERT ON ticket FOR EACH ROW
    INSERT INTO ticket_tally (member_id, status, shard, tickets) VALUES (NEW.member_id, NEW.status, NEW.id MOD 8, 1)
    ON DUPLICATE KEY UPDATE tickets = tickets + 1;

-- Only a change of status or member touches the tallies (most updates of a ticket change neither); the two
-- rows are always locked in the same order, so that two moves in opposite directions cannot deadlock.
DELIMITER $$
CREATE TRIGGER ticket_tally_update AFTER UPDATE ON ticket FOR EACH ROW
BEGIN
    IF NEW.status <> OLD.status OR NEW.member_id <> OLD.member_id THEN
        IF OLD.member_id < NEW.member_id OR OLD.member_id = NEW.member_id AND OLD.status < NEW.status THEN
            INSERT INTO ticket_tally (member_id, status, shard, tickets)
            VALUES (OLD.member_id, OLD.status, OLD.id MOD 8, -1), (NEW.member_id, NEW.status, NEW.id MOD 8, 1)
            ON DUPLICATE KEY UPDATE tickets = tickets + VALUES(tickets);
        ELSE
            INSERT INTO ticket_tally (member_id, status, shard, tickets)
            VALUES (NEW.member_id, NEW.status, NEW.id MOD 8, 1), (OLD.member_id, OLD.status, OLD.id MOD 8, -1)
            ON DUPLICATE KEY UPDATE tickets = tickets + VALUES(tickets);
        END IF;
    END IF;
END$$
DELIMITER ;

CREATE TRIGGER ticket_tally_delete AFTER DELETE ON ticket FOR EACH ROW
    UPDATE ticket_tally SET tickets = tickets - 1
    WHERE member_id = OLD.member_id AND status = OLD.status AND shard = OLD.id MOD 8;

-- 3. Word search that stays flat as tickets grow: each distinct word of a ticket's subject and
--    description, folded (lower case, no accents, singular), with the ticket's creation date, so "the
--    newest tickets with this word" is a backward range scan that stops after one page. Written by the
--    application (TicketWords); existing tickets are indexed in the background (search_indexed).
CREATE TABLE ticket_word (
    word       VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME(3) NOT NULL,
    ticket_id  BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    PRIMARY KEY (word, created_at, ticket_id),
    INDEX ix_word_member (member_id, word, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
