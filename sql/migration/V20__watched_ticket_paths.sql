-- An agent's list merges the tickets they asked for with those they watch (issue 13). The watched part
-- read every watched ticket by primary key to learn whether it was open, then sorted them: its cost grew
-- with the history of the watcher. Each watch now carries its ticket's member, open state and creation
-- date, kept by triggers in the same transaction as the change, so that "open tickets I watch, newest
-- first" is a range of an index that stops after one page, like ix_ticket_requester_open.
ALTER TABLE ticket_watcher
    ADD COLUMN member_id  BIGINT      NULL,
    ADD COLUMN open_state TINYINT     NULL,
    ADD COLUMN created_at DATETIME(3) NULL;

UPDATE ticket_watcher w JOIN ticket t ON t.id = w.ticket_id
SET w.member_id = t.member_id, w.open_state = t.open_state, w.created_at = t.created_at;

ALTER TABLE ticket_watcher
    MODIFY member_id  BIGINT      NOT NULL,
    MODIFY open_state TINYINT     NOT NULL,
    MODIFY created_at DATETIME(3) NOT NULL,
    ADD INDEX ix_watcher_user_open (user_id, member_id, open_state, created_at),
    ADD INDEX ix_watcher_user_any (user_id, member_id, created_at),
    DROP INDEX ix_watcher_user;

-- The ticket's row is read with a shared lock: a watch added while another transaction closes the ticket
-- waits for it and copies the state it committed, never the state before.
DELIMITER $$
CREATE TRIGGER ticket_watcher_copy BEFORE INSERT ON ticket_watcher FOR EACH ROW
BEGIN
    DECLARE ticket_member BIGINT;
    DECLARE ticket_open TINYINT;
    DECLARE ticket_created DATETIME(3);
    SELECT member_id, open_state, created_at INTO ticket_member, ticket_open, ticket_created
    FROM ticket WHERE id = NEW.ticket_id LOCK IN SHARE MODE;
    SET NEW.member_id = ticket_member, NEW.open_state = ticket_open, NEW.created_at = ticket_created;
END$$

CREATE TRIGGER ticket_watcher_follow AFTER UPDATE ON ticket FOR EACH ROW
BEGIN
    IF NEW.open_state <> OLD.open_state OR NEW.member_id <> OLD.member_id OR NEW.created_at <> OLD.created_at THEN
        UPDATE ticket_watcher SET member_id = NEW.member_id, open_state = NEW.open_state, created_at = NEW.created_at
        WHERE ticket_id = NEW.id;
    END IF;
END$$
DELIMITER ;
