-- Demo data: configuration items for every member (issue 16). One item per delivered subscription (a mail domain for
-- the mail service, a virtual machine for hosting, an application instance otherwise), the town hall and its fibre
-- link, and the file servers of the three communes of the past ransomware incident, run without a subscription.
INSERT INTO configuration_item (member_id, service_id, subscription_id, kind, name, state, attributes, updated_at, updated_by)
SELECT s.member_id, s.service_id, s.id,
       CASE c.code WHEN 'messagerie' THEN 'MAIL_DOMAIN' WHEN 'machines-virtuelles' THEN 'SERVER' ELSE 'APPLICATION' END,
       CASE c.code WHEN 'messagerie' THEN CONCAT('Messagerie ', m.name)
                   WHEN 'machines-virtuelles' THEN CONCAT('vm-', m.slug, '-01')
                   ELSE CONCAT(c.name, ' — ', m.name) END,
       'IN_SERVICE',
       CASE c.code WHEN 'messagerie' THEN CONCAT('domain=', m.slug, '.example.fr\nmailboxes=', GREATEST(20, ROUND(m.population / 60)), '\n')
                   WHEN 'machines-virtuelles' THEN CONCAT('hostname=vm-', m.slug, '-01.sitiv.example.fr\nip=10.42.', m.id, '.11\nos=Debian 12\n')
                   ELSE CONCAT('version=2026.', 1 + MOD(c.id, 3), '\nurl=https://', c.code, '.', m.slug, '.example.fr/\n') END,
       TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 90 DAY), '09:00:00'), 'admin'
FROM subscription s
JOIN member m ON m.id = s.member_id
JOIN catalog_service c ON c.id = s.service_id
WHERE s.status = 'ACTIVE' AND c.lifecycle <> 'RETIRED' AND c.code NOT IN ('formation-bureautique', 'sensibilisation-cyber',
      'sensibilisation-numerique', 'audit-securite', 'reponse-incident');

INSERT INTO configuration_item (member_id, service_id, subscription_id, kind, name, state, attributes, updated_at, updated_by)
SELECT m.id, NULL, NULL, 'SITE', IF(m.kind = 'COMMUNE', 'Hôtel de ville', 'Siège'), 'IN_SERVICE',
       CONCAT('address=Place de la Mairie, ', m.name, '\n'), TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 90 DAY), '09:00:00'), 'admin'
FROM member m;

INSERT INTO configuration_item (member_id, service_id, subscription_id, kind, name, state, attributes, updated_at, updated_by)
SELECT m.id, NULL, NULL, 'NETWORK_LINK', CONCAT('Fibre ', m.name), IF(m.slug = 'corbas', 'MAINTENANCE', 'IN_SERVICE'),
       CONCAT('operator=', IF(MOD(m.id, 2) = 0, 'Orange Business', 'Axione'), '\nbandwidth_mbps=', IF(m.population > 30000, 1000, 500),
              '\ncircuit=FTTO-', 4400 + m.id, '\n'),
       TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 90 DAY), '09:00:00'), 'admin'
FROM member m;

INSERT INTO configuration_item (member_id, service_id, subscription_id, kind, name, state, attributes, updated_at, updated_by)
SELECT m.id, c.id, NULL, 'SERVER', CONCAT('srv-fichiers-', m.slug), 'IN_SERVICE',
       CONCAT('hostname=srv-fichiers-', m.slug, '.sitiv.example.fr\nip=10.42.', m.id, '.20\nos=Windows Server 2022\n'),
       TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 90 DAY), '09:00:00'), 'admin'
FROM member m JOIN catalog_service c ON c.code = 'serveurs-fichiers'
WHERE m.slug IN ('grigny', 'givors', 'pierre-benite');

-- Tickets about the mail service name their member's mail domain.
UPDATE ticket t
JOIN configuration_item i ON i.member_id = t.member_id AND i.service_id = t.service_id AND i.kind = 'MAIL_DOMAIN'
SET t.configuration_item_id = i.id;
