-- Trust in incoming mail (issue 12): ticket mails give a reply address keyed by a server secret, the
-- quarantine says why as a code, and a message that fails twice is set aside instead of blocking the mailbox.

-- Secrets the nodes share (the key of reply tokens when no system property gives one), generated on first use.
CREATE TABLE server_secret (
    name       VARCHAR(60)  NOT NULL,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE outbox_message ADD COLUMN reply_to VARCHAR(254) NULL AFTER recipient;

ALTER TABLE incoming_mail ADD COLUMN reason VARCHAR(30) NULL AFTER outcome;

-- The reasons so far were sentences in the detail column.
UPDATE incoming_mail SET reason = 'UNKNOWN_SENDER', detail = NULL
 WHERE outcome = 'QUARANTINE' AND detail = 'expéditeur inconnu';
UPDATE incoming_mail SET reason = 'STAFF_SENDER', detail = NULL
 WHERE outcome = 'QUARANTINE' AND detail = 'message du syndicat sans référence de ticket';
UPDATE incoming_mail SET reason = 'TICKET_NOT_VISIBLE'
 WHERE outcome = 'QUARANTINE' AND detail LIKE 'ticket % inconnu, clos ou invisible pour l''expéditeur';
UPDATE incoming_mail SET reason = 'FAILED'
 WHERE outcome = 'QUARANTINE' AND detail LIKE 'non traité : %';

-- Failed attempts to read or process a message, by its Message-ID (or digest), across polls and nodes.
CREATE TABLE incoming_mail_failure (
    message_id     VARCHAR(255) NOT NULL,
    attempts       INT          NOT NULL,
    last_error     VARCHAR(500) NULL,
    last_failed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
