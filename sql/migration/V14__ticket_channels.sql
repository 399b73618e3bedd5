-- Tickets opened by the syndicate's staff for a commune user (issue 15): the channel the request came by
-- (PHONE, COUNTER) next to WEB, API and MAIL.
ALTER TABLE ticket MODIFY source VARCHAR(10) NOT NULL;
