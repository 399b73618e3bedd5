-- Staff text is internal unless staff chose to publish it: a ticket's history line shows its detail to
-- the commune only when the detail is public (a question or a resolution note, what the requester wrote,
-- a rating, a file name, the priority given at creation). Assignment comments, notes given when starting
-- or closing, and SLA warnings stay with the syndicate.
ALTER TABLE ticket_event ADD COLUMN detail_public BOOLEAN NOT NULL DEFAULT FALSE AFTER detail;

UPDATE ticket_event SET detail_public = TRUE
 WHERE kind IN ('CREATED', 'WAIT_FOR_REQUESTER', 'RESOLVE', 'RATED', 'ATTACHMENT', 'REQUESTER_REPLIED');
