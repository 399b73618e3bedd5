-- Demo data: one past major incident with its timeline and post-incident review (issue 16): the file
-- servers of three communes cut for a night after a ransomware alert, restored from the backups.
SET @declared = TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 40 DAY), '19:42:00');
SET @service = (SELECT id FROM catalog_service WHERE code = 'serveurs-fichiers');

INSERT INTO major_incident (title, status, declared_by, declared_at, resolved_at, review_cause, review_actions, reviewed_at)
VALUES ('Alerte rançongiciel sur les serveurs de fichiers', 'RESOLVED', 'tech1', @declared, DATE_ADD(@declared, INTERVAL 15 HOUR),
        'Un poste de Grigny infecté par une pièce jointe piégée a commencé à chiffrer un partage réseau ; l''antivirus du serveur l''a détecté au bout de quatre minutes.',
        'Partages en lecture seule pour les comptes génériques, sauvegardes immuables vérifiées chaque semaine, exercice de crise avec les trois communes au prochain trimestre.',
        DATE_ADD(@declared, INTERVAL 6 DAY));
SET @incident = LAST_INSERT_ID();
UPDATE major_incident SET reference = CONCAT('MAJ-', YEAR(declared_at), '-', LPAD(id, 4, '0')) WHERE id = @incident;

INSERT INTO major_incident_service (incident_id, service_id) VALUES (@incident, @service);
INSERT INTO major_incident_member (incident_id, member_id)
SELECT @incident, id FROM member WHERE slug IN ('grigny', 'givors', 'pierre-benite');

INSERT INTO major_incident_update (incident_id, kind, body, internal, author, author_name, posted_at, decided_by, decided_at, recipients) VALUES
    (@incident, 'DECLARED', 'Un chiffrement anormal a été détecté sur un partage de Grigny. Nos équipes isolent les serveurs de fichiers concernés.',
     FALSE, 'tech1', 'Kevin Lopez', @declared, NULL, NULL, 9),
    (@incident, 'UPDATE', 'Poste source identifié (accueil de Grigny), débranché. Hash de la charge transmis au CERT-FR.',
     TRUE, 'tech1', 'Kevin Lopez', DATE_ADD(@declared, INTERVAL 35 MINUTE), NULL, NULL, 0),
    (@incident, 'CUT_DECISION', 'Serveurs de fichiers coupés par précaution jusqu''à la restauration : les documents restent accessibles en lecture depuis la sauvegarde sur demande.',
     FALSE, 'tech1', 'Kevin Lopez', DATE_ADD(@declared, INTERVAL 50 MINUTE), 'Guillaume Chevalier, référent de Grigny, avec le DGS de Grigny',
     DATE_ADD(@declared, INTERVAL 45 MINUTE), 9),
    (@incident, 'RESTORED', 'Partages restaurés depuis la sauvegarde de 19 h ; les fichiers modifiés entre 19 h et 19 h 40 sont à vérifier.',
     FALSE, 'tech2', 'Amandine Roche', DATE_ADD(@declared, INTERVAL 13 HOUR), NULL, NULL, 9),
    (@incident, 'RESOLVED', 'Service rétabli pour les trois communes, aucune donnée perdue au-delà de 40 minutes de travail.',
     FALSE, 'tech1', 'Kevin Lopez', DATE_ADD(@declared, INTERVAL 15 HOUR), NULL, NULL, 9);
