-- Demo data: a realistic shared backlog of 30 demands from the members, co-signed by several communes,
-- some studied, scored, planned, delivered or declined; roadmap quarters with their capacity.
-- Scores and ranks are computed by the application at start-up from the marks below.

INSERT INTO roadmap_quarter (code, capacity_days) VALUES
    ('2026-T4', 60), ('2027-T1', 120), ('2027-T2', 120), ('2027-T3', 90), ('2027-T4', 120);

CREATE TEMPORARY TABLE seed_demand (
    code     VARCHAR(20),
    slug     VARCHAR(60),
    author   VARCHAR(20),
    title    VARCHAR(200),
    kind     VARCHAR(20),
    benefit  VARCHAR(500),
    deadline DATE,
    state    VARCHAR(12),
    risk     TINYINT,
    incl     TINYINT,
    sov      TINYINT,
    effort   DECIMAL(7, 1),
    cost     BIGINT,
    quarter  VARCHAR(7),
    reason   VARCHAR(500),
    days_ago INT
);

INSERT INTO seed_demand VALUES
    ('rgaa', 'venissieux', 'referent', 'Mise en conformité RGAA du portail citoyen', 'REGULATORY', 'Respecter l''obligation d''accessibilité et publier la déclaration de conformité.', '2027-06-30', 'PLANNED', 4, 5, 3, 40, 1500000, '2027-T1', NULL, 160),
    ('vote', 'vaulx-en-velin', 'agent1', 'Vote électronique pour une consultation citoyenne', 'NEW_SERVICE', 'Consulter les habitants sur le budget participatif sans bureau de vote.', NULL, 'SCORED', 2, 4, 2, 25, 800000, NULL, NULL, 150),
    ('ransom', 'givors', 'referent', 'Exercice de restauration après rançongiciel', 'SECURITY', 'Vérifier que les sauvegardes permettent de redémarrer en moins de 48 h.', NULL, 'PLANNED', 5, 1, 3, 12, 0, '2026-T4', NULL, 140),
    ('cloud-elus', 'grigny', 'agent1', 'Nextcloud pour les élus', 'NEW_SERVICE', 'Partager les documents des conseils sans clé USB ni messagerie personnelle.', NULL, 'SCORED', 3, 2, 5, 15, 200000, NULL, NULL, 130),
    ('onlyoffice', 'pierre-benite', 'agent2', 'Formation à OnlyOffice pour les agents', 'TRAINING', 'Accompagner le passage à la suite bureautique libre.', NULL, 'STUDY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 120),
    ('facturx', 'saint-chamond', 'referent', 'Facturation électronique Factur-X', 'REGULATORY', 'Recevoir les factures fournisseurs au format imposé par la réforme.', '2026-09-01', 'IN_PROGRESS', 4, 1, 2, 30, 600000, '2026-T4', NULL, 300),
    ('mfa', 'corbas', 'referent', 'Double authentification sur la messagerie', 'SECURITY', 'Réduire le risque de compromission des comptes.', NULL, 'SCORED', 5, 1, 3, 6, 0, NULL, NULL, 110),
    ('rdv', 'rive-de-gier', 'agent1', 'Prise de rendez-vous en ligne pour les passeports', 'NEW_SERVICE', 'Réduire l''attente au guichet et les appels téléphoniques.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 20),
    ('sig', 'metropole-lyon', 'referent', 'Cartographie partagée des réseaux (SIG)', 'NEW_SERVICE', 'Une carte commune des réseaux d''eau et d''éclairage.', NULL, 'STUDY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 90),
    ('wifi', 'venissieux', 'agent2', 'Wifi public dans les médiathèques', 'SERVICE_CHANGE', 'Offrir un accès internet aux usagers sans ordinateur.', NULL, 'SCORED', 2, 5, 2, 10, 400000, NULL, NULL, 100),
    ('ged', 'lyon', 'agent1', 'Gestion électronique des délibérations', 'NEW_SERVICE', 'Préparer, signer et publier les délibérations sans papier.', '2027-07-01', 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 15),
    ('inventaire', 'givors', 'agent1', 'Inventaire automatique du parc informatique', 'NEW_SERVICE', 'Savoir quels postes sont à renouveler et lesquels ne sont plus mis à jour.', NULL, 'SCORED', 3, 0, 4, 8, 0, NULL, NULL, 95),
    ('sensib', 'corbas', 'agent1', 'Sensibilisation à l''hameçonnage pour tous les agents', 'TRAINING', 'Réduire les clics sur les courriels piégés.', NULL, 'PLANNED', 4, 2, 1, 5, 300000, '2027-T1', NULL, 85),
    ('mobile', 'vaulx-en-velin', 'referent', 'Gestion des téléphones mobiles des agents', 'NEW_SERVICE', 'Effacer à distance un téléphone perdu, installer les applications métiers.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 40),
    ('linux', 'grigny', 'referent', 'Postes Linux pour les écoles', 'SERVICE_CHANGE', 'Prolonger la vie des ordinateurs et réduire les licences.', NULL, 'STUDY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 70),
    ('cantine', 'saint-chamond', 'agent2', 'Paiement en ligne de la cantine', 'SERVICE_CHANGE', 'Éviter les régies et les retards de paiement.', NULL, 'DELIVERED', 1, 4, 1, 10, 100000, '2026-T4', NULL, 400),
    ('chatbot', 'pierre-benite', 'agent1', 'Agent conversationnel sur le site de la mairie', 'NEW_SERVICE', 'Répondre aux questions simples le soir et le week-end.', NULL, 'DECLINED', NULL, NULL, NULL, NULL, NULL, NULL, 'Les outils du marché envoient les questions des habitants hors de l''Union européenne ; à revoir avec une solution hébergée par le syndicat.', 200),
    ('archives', 'lyon', 'referent', 'Archivage électronique à valeur probante', 'REGULATORY', 'Conserver les actes électroniques selon les règles des Archives de France.', '2027-12-31', 'SCORED', 4, 0, 4, 35, 1200000, NULL, NULL, 180),
    ('visio', 'rive-de-gier', 'referent', 'Salles de visioconférence équipées', 'NEW_SERVICE', 'Tenir les réunions intercommunales sans déplacement.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 10),
    ('budget', 'venissieux', 'agent3', 'Budget participatif en ligne', 'NEW_SERVICE', 'Recueillir et voter les projets des habitants.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5),
    ('pca', 'metropole-lyon', 'agent1', 'Plan de continuité informatique partagé', 'SECURITY', 'Savoir qui fait quoi si le centre de données s''arrête.', NULL, 'SCORED', 5, 0, 2, 20, 0, NULL, NULL, 60),
    ('signature', 'corbas', 'agent2', 'Parapheur électronique pour les bons de commande', 'SERVICE_CHANGE', 'Signer les bons de commande à distance.', NULL, 'SCORED', 1, 1, 3, 4, 0, NULL, NULL, 55),
    ('tele-rh', 'givors', 'agent3', 'Demandes de congés en ligne', 'NEW_SERVICE', 'Supprimer les formulaires papier des congés et absences.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30),
    ('aidants', 'vaulx-en-velin', 'agent2', 'Outil pour les aidants numériques', 'NEW_SERVICE', 'Suivre les accompagnements des conseillers numériques.', NULL, 'STUDY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 45),
    ('backup365', 'saint-chamond', 'agent1', 'Sauvegarde des messageries hors du prestataire', 'SECURITY', 'Ne pas perdre les courriels en cas d''incident chez l''hébergeur.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 25),
    ('opendata', 'lyon', 'agent2', 'Publication automatique des données ouvertes', 'REGULATORY', 'Respecter l''obligation d''ouverture des données par défaut.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 12),
    ('formation-rgpd', 'pierre-benite', 'referent', 'Formation RGPD des secrétaires de mairie', 'TRAINING', 'Tenir le registre des traitements et répondre aux demandes des habitants.', NULL, 'SCORED', 4, 1, 1, 3, 150000, NULL, NULL, 65),
    ('ecoles-ent', 'grigny', 'agent2', 'Espace numérique de travail pour les écoles', 'NEW_SERVICE', 'Un lieu unique pour les familles, les enseignants et la mairie.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 8),
    ('imprimantes', 'rive-de-gier', 'agent2', 'Impression sécurisée par badge', 'SERVICE_CHANGE', 'Éviter les documents oubliés sur les imprimantes partagées.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3),
    ('sobriete', 'venissieux', 'referent', 'Mesure de la consommation énergétique du parc', 'OTHER', 'Piloter la sobriété numérique avec des chiffres.', NULL, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2);

INSERT INTO demand (title, description, kind, expected_benefit, deadline, member_id, author_id, state, risk_reduction,
                    inclusion, sovereignty, effort_days, cost_cents, target_quarter, decline_reason, created_at, updated_at)
SELECT s.title, CONCAT(s.title, ' : demande portée par ', m.name, '. ', s.benefit), s.kind, s.benefit, s.deadline, m.id, u.id,
       s.state, s.risk, s.incl, s.sov, s.effort, s.cost, s.quarter, s.reason,
       UTC_TIMESTAMP(3) - INTERVAL s.days_ago DAY, UTC_TIMESTAMP(3) - INTERVAL s.days_ago DAY
FROM seed_demand s
JOIN member m ON m.slug = s.slug
JOIN user_account u ON u.login = CONCAT(s.slug, '.', s.author)
ORDER BY s.days_ago DESC;

UPDATE demand SET reference = CONCAT('DEM-', YEAR(created_at), '-', LPAD(id, 4, '0'));
UPDATE demand d JOIN catalog_service c ON c.code = 'enfance-scolaire' SET d.delivered_service_id = c.id WHERE d.state = 'DELIVERED';

-- The submitting member supports its demand; then co-signatures of other communes (by their référents).
INSERT INTO demand_support (demand_id, member_id, signed_by, signed_at)
SELECT id, member_id, author_id, created_at FROM demand;

CREATE TEMPORARY TABLE seed_support (code VARCHAR(20), slug VARCHAR(60), users INT, comment VARCHAR(300));
INSERT INTO seed_support VALUES
    ('rgaa', 'vaulx-en-velin', 4, 'Nous aussi : audit prévu en 2027.'), ('rgaa', 'givors', 2, NULL), ('rgaa', 'lyon', 15, NULL),
    ('rgaa', 'corbas', 1, NULL), ('rgaa', 'saint-chamond', 3, NULL),
    ('vote', 'grigny', NULL, 'Pour notre budget participatif.'), ('vote', 'venissieux', NULL, NULL),
    ('ransom', 'venissieux', NULL, NULL), ('ransom', 'corbas', NULL, NULL), ('ransom', 'rive-de-gier', NULL, NULL),
    ('ransom', 'metropole-lyon', NULL, 'Indispensable.'), ('ransom', 'saint-chamond', NULL, NULL), ('ransom', 'pierre-benite', NULL, NULL),
    ('cloud-elus', 'givors', 29, NULL), ('cloud-elus', 'pierre-benite', 27, NULL), ('cloud-elus', 'corbas', 29, NULL),
    ('onlyoffice', 'grigny', 40, NULL), ('onlyoffice', 'rive-de-gier', 60, NULL),
    ('facturx', 'venissieux', NULL, NULL), ('facturx', 'vaulx-en-velin', NULL, NULL), ('facturx', 'lyon', NULL, NULL),
    ('facturx', 'givors', NULL, NULL), ('facturx', 'grigny', NULL, NULL), ('facturx', 'corbas', NULL, NULL),
    ('mfa', 'lyon', 3000, NULL), ('mfa', 'saint-chamond', 400, NULL), ('mfa', 'givors', 300, NULL),
    ('rdv', 'corbas', 4, NULL), ('wifi', 'grigny', NULL, NULL), ('wifi', 'vaulx-en-velin', NULL, NULL),
    ('inventaire', 'rive-de-gier', NULL, NULL), ('inventaire', 'pierre-benite', NULL, NULL),
    ('sensib', 'venissieux', 900, NULL), ('sensib', 'grigny', 200, NULL), ('sensib', 'lyon', 5000, NULL),
    ('archives', 'metropole-lyon', NULL, NULL), ('archives', 'venissieux', NULL, NULL),
    ('pca', 'lyon', NULL, NULL), ('pca', 'venissieux', NULL, NULL), ('pca', 'givors', NULL, NULL),
    ('signature', 'givors', 12, NULL), ('tele-rh', 'rive-de-gier', 150, NULL), ('formation-rgpd', 'corbas', 2, NULL),
    ('formation-rgpd', 'grigny', 2, NULL), ('ecoles-ent', 'venissieux', NULL, NULL), ('backup365', 'corbas', NULL, NULL);

INSERT INTO demand_support (demand_id, member_id, signed_by, comment, expected_users, signed_at)
SELECT d.id, m.id, u.id, t.comment, t.users, d.created_at + INTERVAL 3 DAY
FROM seed_support t
JOIN seed_demand s ON s.code = t.code
JOIN demand d ON d.title = s.title
JOIN member m ON m.slug = t.slug
JOIN user_account u ON u.login = CONCAT(t.slug, '.referent');

INSERT INTO demand_service (demand_id, service_id)
SELECT d.id, c.id FROM demand d JOIN catalog_service c ON
    (d.title LIKE 'Nextcloud%' AND c.code = 'partage-fichiers') OR (d.title LIKE 'Double authentification%' AND c.code = 'sso')
    OR (d.title LIKE 'Exercice de restauration%' AND c.code = 'sauvegarde') OR (d.title LIKE 'Parapheur%' AND c.code = 'parapheur')
    OR (d.title LIKE 'Archivage électronique%' AND c.code = 'archivage') OR (d.title LIKE 'Formation à OnlyOffice%' AND c.code = 'formation-bureautique')
    OR (d.title LIKE 'Sensibilisation%' AND c.code = 'sensibilisation-cyber') OR (d.title LIKE 'Sauvegarde des messageries%' AND c.code = 'messagerie');

INSERT INTO demand_event (demand_id, occurred_at, actor_login, kind, to_state, detail)
SELECT id, created_at, 'demo', 'SUBMITTED', 'SUBMITTED', title FROM demand;

INSERT INTO demand_comment (demand_id, author_id, body, created_at)
SELECT d.id, u.id, 'Bonne idée : pouvez-vous préciser le nombre d''agents concernés dans votre commune ?', d.created_at + INTERVAL 5 DAY
FROM demand d JOIN user_account u ON u.login = 'chef.projet2' WHERE d.state IN ('STUDY', 'SCORED');

INSERT INTO demand_decision (demand_id, decided_on, body, outcome, text, recorded_by)
SELECT d.id, CURRENT_DATE - INTERVAL 30 DAY, 'COMITE_SYNDICAL', 'APPROVED',
       'Le comité syndical inscrit la mise en conformité RGAA au programme 2027, financée par la clé population.', 'chef.projet1'
FROM demand d WHERE d.title LIKE 'Mise en conformité RGAA%';

DROP TEMPORARY TABLE seed_support;
DROP TEMPORARY TABLE seed_demand;
