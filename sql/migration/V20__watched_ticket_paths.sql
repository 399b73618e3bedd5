-- An agent's list merges the tickets they asked for with those they watch (issue 13). The watched part
-- read every watched ticket by primary key to learn whether it was open, then sorted them: its cost grew
-- with the history of the watcher. watched_ticket holds, for each watch, its ticket's member, open state
-- and creation date, kept by triggers in the same transaction as the change, so that "open tickets I
-- watch, newest first" is a range of an index that stops after one page, like ix_ticket_requester_open.
--
-- A table of its own, filled by AFTER triggers: on MariaDB 11.4 a BEFORE INSERT trigger on ticket_watcher
-- (which would have filled extra columns there) breaks every INSERT ... SELECT into it after its first row
-- ("Column 'ticket_id' cannot be null").
CREATE TABLE watched_ticket (
    user_id    BIGINT      NOT NULL,
    ticket_id  BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    open_state TINYINT     NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, ticket_id),
    INDEX ix_watched_open (user_id, member_id, open_state, created_at),
    INDEX ix_watched_any (user_id, member_id, created_at),
    INDEX ix_watched_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO watched_ticket (user_id, ticket_id, member_id, open_state, created_at)
SELECT w.user_id, t.id, t.member_id, t.open_state, t.created_at FROM ticket_watcher w JOIN ticket t ON t.id = w.ticket_id;

-- The ticket's row is read with a shared lock: a watch added while another transaction closes the ticket
-- waits for it and copies the state it committed, never the state before.
CREATE TRIGGER watched_ticket_add AFTER INSERT ON ticket_watcher FOR EACH ROW
    INSERT INTO watched_ticket (user_id, ticket_id, member_id, open_state, created_at)
    SELECT NEW.user_id, id, member_id, open_state, created_at FROM ticket WHERE id = NEW.ticket_id LOCK IN SHARE MODE;

CREATE TRIGGER watched_ticket_remove AFTER DELETE ON ticket_watcher FOR EACH ROW
    DELETE FROM watched_ticket WHERE user_id = OLD.user_id AND ticket_id = OLD.ticket_id;

DELIMITER $$
CREATE TRIGGER watched_ticket_move AFTER UPDATE ON ticket_watcher FOR EACH ROW
BEGIN
    DELETE FROM watched_ticket WHERE user_id = OLD.user_id AND ticket_id = OLD.ticket_id;
    INSERT INTO watched_ticket (user_id, ticket_id, member_id, open_state, created_at)
    SELECT NEW.user_id, id, member_id, open_state, created_at FROM ticket WHERE id = NEW.ticket_id LOCK IN SHARE MODE;
END$$

CREATE TRIGGER watched_ticket_follow AFTER UPDATE ON ticket FOR EACH ROW
BEGIN
    IF NEW.open_state <> OLD.open_state OR NEW.member_id <> OLD.member_id OR NEW.created_at <> OLD.created_at THEN
        UPDATE watched_ticket SET member_id = NEW.member_id, open_state = NEW.open_state, created_at = NEW.created_at
        WHERE ticket_id = NEW.id;
    END IF;
END$$
DELIMITER ;
