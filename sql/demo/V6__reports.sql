-- Demo data for the dashboards and the cost sharing: where each usage indicator comes from,
-- distribution keys and budgets of last year and this year, a year and a month of support history
-- for every member, past training sessions attended, and imported volumes (archives, S3 storage).
-- Dates are relative to the day the demo is loaded.

SET @this_year = YEAR(UTC_DATE());
SET @last_year = @this_year - 1;
SET @now = UTC_TIMESTAMP();

-- Usage indicators: subscriptions give mailboxes, accounts, paid agents and VMs; attendance gives
-- training days; security incidents are counted from tickets; volumes are imported by managers.
UPDATE catalog_service SET usage_source = 'SUBSCRIPTION'
    WHERE code IN ('paie-rh', 'messagerie', 'partage-fichiers', 'messagerie-instantanee', 'machines-virtuelles');
UPDATE catalog_service SET usage_source = 'TRAINING_DAYS' WHERE training = TRUE;
-- The comité decided this year to share incident response by the incidents handled.
UPDATE catalog_service SET usage_source = 'TICKETS', funding_mode = 'USAGE', distribution_key = NULL,
    usage_indicator = 'Incidents de sécurité traités', usage_unit = 'incident'
    WHERE code = 'reponse-incident';

-- Distribution keys of both years: populations of the communes (partners of the TNO agreement pay
-- the collaboration services by usage), and the key voted by the comité syndical.
INSERT INTO distribution_key (budget_year, code, name, kind)
SELECT y.year, k.code, CONCAT(k.label, ' ', y.year), k.kind
FROM (SELECT @last_year AS year UNION ALL SELECT @this_year) y
CROSS JOIN (SELECT 'population' AS code, 'Population INSEE des communes' AS label, 'POPULATION' AS kind
            UNION ALL SELECT 'comite', 'Clé votée par le comité syndical', 'VOTED') k;

INSERT INTO distribution_key_weight (key_id, member_id, weight)
SELECT k.id, m.id, CASE WHEN k.budget_year = @last_year THEN ROUND(m.population * 0.995) ELSE m.population END
FROM distribution_key k JOIN member m ON m.kind = 'COMMUNE' WHERE k.code = 'population';

INSERT INTO distribution_key_weight (key_id, member_id, weight)
SELECT k.id, m.id, v.weight
FROM distribution_key k
JOIN (SELECT 'venissieux' AS slug, 24 AS weight UNION ALL SELECT 'vaulx-en-velin', 20 UNION ALL SELECT 'givors', 9
      UNION ALL SELECT 'grigny', 5 UNION ALL SELECT 'pierre-benite', 5 UNION ALL SELECT 'rive-de-gier', 7
      UNION ALL SELECT 'corbas', 6 UNION ALL SELECT 'saint-chamond', 14) v
JOIN member m ON m.slug = v.slug
WHERE k.code = 'comite';

-- Budgets: this year's costs are the catalogue's; last year's were 4 % lower and incident response
-- was still mutualised by population.
INSERT INTO service_budget (budget_year, service_id, cost_cents, funding_mode, key_code)
SELECT @this_year, s.id, s.annual_cost_cents, s.funding_mode,
       CASE WHEN s.funding_mode <> 'MUTUALISED' THEN NULL
            WHEN s.distribution_key LIKE 'Clé votée%' THEN 'comite' ELSE 'population' END
FROM catalog_service s WHERE s.annual_cost_cents > 0;

INSERT INTO service_budget (budget_year, service_id, cost_cents, funding_mode, key_code)
SELECT @last_year, s.id, ROUND(s.annual_cost_cents * 0.96, -2),
       CASE WHEN s.code = 'reponse-incident' THEN 'MUTUALISED' ELSE s.funding_mode END,
       CASE WHEN s.code = 'reponse-incident' THEN 'population'
            WHEN s.funding_mode <> 'MUTUALISED' THEN NULL
            WHEN s.distribution_key LIKE 'Clé votée%' THEN 'comite' ELSE 'population' END
FROM catalog_service s WHERE s.annual_cost_cents > 0;

-- Support history: tickets over the last 395 days, about one a year for 100 inhabitants in the
-- communes and a share of the partners' own helpdesk. Targets are the standard policy's; times are
-- drawn from a hash so that the figures are the same at every load.
INSERT INTO ticket (type, subject, description, member_id, requester_id, service_id, impact, urgency, priority, status,
                    group_id, assignee_id, source, calendar_code, first_response_minutes, resolution_minutes,
                    created_at, updated_at, first_responded_at, first_response_due, resolution_due,
                    first_response_warned, resolution_warned, first_response_breached, resolution_breached,
                    paused_since, resolved_at, closed_at, resolution_note, rating, resolution_business_minutes)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000),
quota AS (
    SELECT id AS member_id, CASE kind WHEN 'PARTNER' THEN 600 ELSE GREATEST(population DIV 100, 60) END AS tickets
    FROM member),
services AS (
    SELECT id, support_group_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn, COUNT(*) OVER () AS cnt
    FROM catalog_service WHERE support_group_id IS NOT NULL),
agents AS (
    SELECT u.id, u.member_id, ROW_NUMBER() OVER (PARTITION BY u.member_id ORDER BY u.id) - 1 AS rn,
           COUNT(*) OVER (PARTITION BY u.member_id) AS cnt
    FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role IN ('AGENT', 'REFERENT') WHERE u.member_id IS NOT NULL),
drawn AS (
    SELECT q.member_id, s.n, CRC32(CONCAT(q.member_id, '/', s.n)) AS h,
           @now - INTERVAL (s.n * 395 * 24 DIV q.tickets) HOUR - INTERVAL (CRC32(CONCAT('m', q.member_id, s.n)) MOD 600) MINUTE
               AS created
    FROM quota q JOIN seq s ON s.n <= q.tickets),
shaped AS (
    SELECT d.*,
           CASE WHEN d.h MOD 100 < 3 THEN 'P1' WHEN d.h MOD 100 < 15 THEN 'P2' WHEN d.h MOD 100 < 50 THEN 'P3' ELSE 'P4' END AS priority,
           (d.h DIV 100) MOD 1000 AS r1, (d.h DIV 100000) MOD 1000 AS r2, (d.h DIV 7) MOD 100 AS r3
    FROM drawn d),
timed AS (
    SELECT sh.*,
           CASE sh.priority WHEN 'P1' THEN 60 WHEN 'P2' THEN 120 WHEN 'P3' THEN 240 ELSE 450 END AS fr_target,
           CASE sh.priority WHEN 'P1' THEN 450 WHEN 'P2' THEN 900 WHEN 'P3' THEN 2250 ELSE 4500 END AS res_target
    FROM shaped sh),
measured AS (
    SELECT t.*,
           -- 90 % answered in time, 85 % resolved in time; business time stretched about four times in calendar time.
           GREATEST(1, t.fr_target * (CASE WHEN t.r1 < 900 THEN 5 + t.r1 DIV 10 ELSE 101 + (t.r1 - 900) END) DIV 100) AS fr_used,
           GREATEST(5, t.res_target * (CASE WHEN t.r2 < 850 THEN 3 + t.r2 DIV 9 ELSE 101 + (t.r2 - 850) DIV 2 END) DIV 100) AS res_used
    FROM timed t)
SELECT CASE WHEN m.r3 < 55 THEN 'INCIDENT' WHEN m.r3 < 85 THEN 'REQUEST' ELSE 'QUESTION' END,
       CASE m.h MOD 6
           WHEN 0 THEN 'Impossible de se connecter à l''application'
           WHEN 1 THEN 'Lenteurs depuis ce matin'
           WHEN 2 THEN 'Demande d''accès pour un nouvel agent'
           WHEN 3 THEN 'Message d''erreur à l''enregistrement'
           WHEN 4 THEN 'Question sur une fonctionnalité'
           ELSE 'Impression impossible depuis l''application' END,
       'Ticket de l''historique de démonstration.',
       m.member_id, a.id, s.id,
       CASE m.priority WHEN 'P1' THEN 'MEMBER' WHEN 'P2' THEN 'SERVICE' WHEN 'P3' THEN 'SERVICE' ELSE 'USER' END,
       CASE m.priority WHEN 'P1' THEN 'HIGH' WHEN 'P2' THEN 'HIGH' WHEN 'P3' THEN 'MEDIUM' ELSE 'MEDIUM' END,
       m.priority,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE > @now
                THEN (CASE WHEN m.r3 MOD 3 = 0 THEN 'WAITING_REQUESTER' ELSE 'IN_PROGRESS' END)
            WHEN m.created + INTERVAL (m.res_used * 4) MINUTE > @now - INTERVAL 7 DAY THEN 'RESOLVED'
            ELSE 'CLOSED' END,
       s.support_group_id, NULL, CASE WHEN m.r3 < 70 THEN 'WEB' ELSE 'MAIL' END, 'standard', m.fr_target, m.res_target,
       m.created, LEAST(@now, m.created + INTERVAL (m.res_used * 4) MINUTE),
       CASE WHEN m.created + INTERVAL (m.fr_used * 4) MINUTE <= @now THEN m.created + INTERVAL (m.fr_used * 4) MINUTE END,
       m.created + INTERVAL (m.fr_target * 4) MINUTE, m.created + INTERVAL (m.res_target * 4) MINUTE,
       TRUE, TRUE,
       m.fr_used > m.fr_target OR m.created + INTERVAL (m.fr_target * 4) MINUTE < @now AND m.created + INTERVAL (m.fr_used * 4) MINUTE > @now,
       m.res_used > m.res_target AND m.created + INTERVAL (m.res_target * 4) MINUTE <= @now,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE > @now AND m.r3 MOD 3 = 0 THEN @now - INTERVAL 1 DAY END,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE <= @now THEN m.created + INTERVAL (m.res_used * 4) MINUTE END,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE <= @now - INTERVAL 7 DAY
            THEN m.created + INTERVAL (m.res_used * 4) MINUTE + INTERVAL 7 DAY END,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE <= @now THEN 'Résolu (historique de démonstration).' END,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE <= @now AND m.r3 < 40
            THEN (CASE WHEN m.r1 MOD 100 < 50 THEN 5 WHEN m.r1 MOD 100 < 80 THEN 4 WHEN m.r1 MOD 100 < 92 THEN 3
                       WHEN m.r1 MOD 100 < 97 THEN 2 ELSE 1 END) END,
       CASE WHEN m.created + INTERVAL (m.res_used * 4) MINUTE <= @now THEN m.res_used END
FROM measured m
JOIN services s ON s.rn = m.h MOD s.cnt
JOIN agents a ON a.member_id = m.member_id AND a.rn = (m.h DIV 13) MOD a.cnt;

UPDATE ticket SET reference = CONCAT('GUI-', YEAR(created_at), '-', LPAD(id, 6, '0')) WHERE reference IS NULL;
UPDATE ticket t JOIN support_group_member gm ON gm.group_id = t.group_id
    JOIN user_account u ON u.id = gm.user_id AND u.login IN ('tech1', 'tech2')
SET t.assignee_id = u.id WHERE t.assignee_id IS NULL AND t.status <> 'NEW';

INSERT INTO ticket_pause (ticket_id, member_id, from_at, until_at)
SELECT id, member_id, paused_since, NULL FROM ticket WHERE paused_since IS NOT NULL AND status = 'WAITING_REQUESTER';

-- Past training sessions (one a month but August, both training services) and who attended them.
INSERT INTO training_session (service_id, starts_at, ends_at, duration_days, place, online_link, seats, trainer)
WITH RECURSIVE months (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM months WHERE k < 24)
SELECT s.id, TIMESTAMP(DATE_FORMAT(UTC_DATE() - INTERVAL mo.k MONTH, '%Y-%m-10'), '08:30:00'),
       TIMESTAMP(DATE_FORMAT(UTC_DATE() - INTERVAL mo.k MONTH, '%Y-%m-10'), '16:30:00'), 1.0,
       'SITIV, salle de formation, Vénissieux', NULL, 12, 'Aline Perret'
FROM catalog_service s CROSS JOIN months mo
WHERE s.training = TRUE AND MONTH(UTC_DATE() - INTERVAL mo.k MONTH) <> 8;

INSERT INTO training_registration (session_id, member_id, user_id, registered_by, status, registered_at, attended)
SELECT ts.id, u.member_id, u.id, u.login, 'CONFIRMED', ts.starts_at - INTERVAL 20 DAY, CRC32(CONCAT(ts.id, 'a', u.id)) MOD 10 > 0
FROM training_session ts JOIN user_account u ON u.member_id IS NOT NULL
JOIN user_role r ON r.user_id = u.id AND r.role = 'AGENT'
WHERE ts.starts_at < UTC_TIMESTAMP() AND CRC32(CONCAT(ts.id, '/', u.id)) MOD 4 = 0;

-- Volumes imported by managers: archives (GB) and S3 storage (TB), growing month after month.
INSERT INTO usage_import (file_name, digest, line_count, imported_at, imported_by)
VALUES ('volumes-demo.csv', SHA2('demo volumes', 256), 0, @now, 'chef.projet2');

INSERT INTO usage_value (service_id, month, member_id, value, source, import_id, updated_at, updated_by)
WITH RECURSIVE months (k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM months WHERE k < 23)
SELECT sub.service_id, DATE_FORMAT(UTC_DATE() - INTERVAL mo.k MONTH, '%Y-%m-01'), sub.member_id,
       ROUND(CASE o.code WHEN 'archivage' THEN 40 + m.population / 400 ELSE 2 + m.population / 40000 END
             * (1 + (CRC32(CONCAT(sub.member_id, o.code)) MOD 20) / 100) * POW(0.985, mo.k), 3),
       'IMPORT', (SELECT MAX(id) FROM usage_import), @now, 'chef.projet2'
FROM subscription sub JOIN catalog_service o ON o.id = sub.service_id AND o.code IN ('archivage', 'stockage-s3')
JOIN member m ON m.id = sub.member_id CROSS JOIN months mo;

UPDATE usage_import SET line_count = (SELECT COUNT(*) FROM usage_value WHERE source = 'IMPORT') WHERE file_name = 'volumes-demo.csv';
