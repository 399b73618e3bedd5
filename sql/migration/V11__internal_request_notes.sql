-- Staff text is internal unless staff chose to publish it: the note a project manager gives when handing
-- a request to a technician stays with the syndicate; the commune reads the other comments of the timeline.
ALTER TABLE request_event ADD COLUMN comment_public BOOLEAN NOT NULL DEFAULT TRUE AFTER comment;

UPDATE request_event SET comment_public = FALSE WHERE action = 'ASSIGN';
