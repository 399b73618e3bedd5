-- Demo data: SITIV's members and TNO partners, syndicate staff and four accounts per member.
-- Every demo account has the password Demo-2026 (PBKDF2WithHmacSHA256, 210 000 iterations).
-- Loaded only in demo mode (guichet.demo=true), into its own Flyway history table.

SET @demo_password = 'PBKDF2WithHmacSHA256:210000:XWMOpLzk300w4AKRxfghGA==:NokRzThJ1TSUMgEbmMh+T5AxrJWVPwVHzhkxLJl9XYA=';
SET @now = UTC_TIMESTAMP(3);

INSERT INTO member (slug, name, kind, insee_code, population, member_since, contact_email) VALUES
    ('venissieux', 'Vénissieux', 'COMMUNE', '69259', 66900, '1971-01-01', 'dsi@venissieux.example.fr'),
    ('vaulx-en-velin', 'Vaulx-en-Velin', 'COMMUNE', '69256', 52600, '1971-01-01', 'dsi@vaulx-en-velin.example.fr'),
    ('givors', 'Givors', 'COMMUNE', '69091', 20000, '1971-01-01', 'dsi@givors.example.fr'),
    ('grigny', 'Grigny', 'COMMUNE', '69096', 9900, '1971-01-01', 'dsi@grigny.example.fr'),
    ('pierre-benite', 'Pierre-Bénite', 'COMMUNE', '69152', 10500, '1971-01-01', 'dsi@pierre-benite.example.fr'),
    ('rive-de-gier', 'Rive-de-Gier', 'COMMUNE', '42186', 15300, '1971-01-01', 'dsi@rive-de-gier.example.fr'),
    ('corbas', 'Corbas', 'COMMUNE', '69273', 11300, '2014-01-01', 'dsi@corbas.example.fr'),
    ('saint-chamond', 'Saint-Chamond', 'COMMUNE', '42207', 35000, '2014-01-01', 'dsi@saint-chamond.example.fr'),
    ('lyon', 'Ville de Lyon', 'PARTNER', '69123', 520000, '2021-01-01', 'dsi@lyon.example.fr'),
    ('metropole-lyon', 'Métropole de Lyon', 'PARTNER', NULL, 1400000, '2021-01-01', 'dsi@metropole-lyon.example.fr');

-- Syndicate staff (no member)
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('admin', 'Martine Rey', 'admin@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'ADMIN');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('directeur', 'Gérard Collomb-Vial', 'directeur@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'DIRECTOR');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('chef.projet1', 'Aline Perret', 'chef.projet1@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'MANAGER');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('chef.projet2', 'Stéphane Brun', 'chef.projet2@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'MANAGER');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('tech1', 'Kevin Lopez', 'tech1@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'TECHNICIAN');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('tech2', 'Amandine Roche', 'tech2@sitiv.example.fr', NULL, @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'TECHNICIAN');

-- Vénissieux
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('venissieux.referent', 'Karim Chevalier', 'venissieux.referent@venissieux.example.fr', (SELECT id FROM member WHERE slug = 'venissieux'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('venissieux.agent1', 'Sylvie Gautier', 'venissieux.agent1@venissieux.example.fr', (SELECT id FROM member WHERE slug = 'venissieux'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('venissieux.agent2', 'Nathalie André', 'venissieux.agent2@venissieux.example.fr', (SELECT id FROM member WHERE slug = 'venissieux'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('venissieux.agent3', 'Manon Lemaire', 'venissieux.agent3@venissieux.example.fr', (SELECT id FROM member WHERE slug = 'venissieux'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Vaulx-en-Velin
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('vaulx-en-velin.referent', 'Jérôme Clément', 'vaulx-en-velin.referent@vaulx-en-velin.example.fr', (SELECT id FROM member WHERE slug = 'vaulx-en-velin'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('vaulx-en-velin.agent1', 'Inès Duval', 'vaulx-en-velin.agent1@vaulx-en-velin.example.fr', (SELECT id FROM member WHERE slug = 'vaulx-en-velin'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('vaulx-en-velin.agent2', 'Guillaume Dumont', 'vaulx-en-velin.agent2@vaulx-en-velin.example.fr', (SELECT id FROM member WHERE slug = 'vaulx-en-velin'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('vaulx-en-velin.agent3', 'Élodie Mercier', 'vaulx-en-velin.agent3@vaulx-en-velin.example.fr', (SELECT id FROM member WHERE slug = 'vaulx-en-velin'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Givors
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('givors.referent', 'Camille Lemaire', 'givors.referent@givors.example.fr', (SELECT id FROM member WHERE slug = 'givors'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('givors.agent1', 'Thomas Bonnet', 'givors.agent1@givors.example.fr', (SELECT id FROM member WHERE slug = 'givors'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('givors.agent2', 'Valérie Girard', 'givors.agent2@givors.example.fr', (SELECT id FROM member WHERE slug = 'givors'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('givors.agent3', 'Élodie Martin', 'givors.agent3@givors.example.fr', (SELECT id FROM member WHERE slug = 'givors'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Grigny
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('grigny.referent', 'Guillaume Chevalier', 'grigny.referent@grigny.example.fr', (SELECT id FROM member WHERE slug = 'grigny'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('grigny.agent1', 'Yacine Robin', 'grigny.agent1@grigny.example.fr', (SELECT id FROM member WHERE slug = 'grigny'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('grigny.agent2', 'Fatima Legrand', 'grigny.agent2@grigny.example.fr', (SELECT id FROM member WHERE slug = 'grigny'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('grigny.agent3', 'Leïla Perrin', 'grigny.agent3@grigny.example.fr', (SELECT id FROM member WHERE slug = 'grigny'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Pierre-Bénite
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('pierre-benite.referent', 'Sylvie Lefèvre', 'pierre-benite.referent@pierre-benite.example.fr', (SELECT id FROM member WHERE slug = 'pierre-benite'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('pierre-benite.agent1', 'Antoine Moreau', 'pierre-benite.agent1@pierre-benite.example.fr', (SELECT id FROM member WHERE slug = 'pierre-benite'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('pierre-benite.agent2', 'Jérôme Marchand', 'pierre-benite.agent2@pierre-benite.example.fr', (SELECT id FROM member WHERE slug = 'pierre-benite'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('pierre-benite.agent3', 'Valérie Boyer', 'pierre-benite.agent3@pierre-benite.example.fr', (SELECT id FROM member WHERE slug = 'pierre-benite'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Rive-de-Gier
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('rive-de-gier.referent', 'Samir Fontaine', 'rive-de-gier.referent@rive-de-gier.example.fr', (SELECT id FROM member WHERE slug = 'rive-de-gier'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('rive-de-gier.agent1', 'Inès Garnier', 'rive-de-gier.agent1@rive-de-gier.example.fr', (SELECT id FROM member WHERE slug = 'rive-de-gier'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('rive-de-gier.agent2', 'Nicolas Gauthier', 'rive-de-gier.agent2@rive-de-gier.example.fr', (SELECT id FROM member WHERE slug = 'rive-de-gier'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('rive-de-gier.agent3', 'Pascal Henry', 'rive-de-gier.agent3@rive-de-gier.example.fr', (SELECT id FROM member WHERE slug = 'rive-de-gier'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Corbas
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('corbas.referent', 'François Moreau', 'corbas.referent@corbas.example.fr', (SELECT id FROM member WHERE slug = 'corbas'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('corbas.agent1', 'Damien Dumont', 'corbas.agent1@corbas.example.fr', (SELECT id FROM member WHERE slug = 'corbas'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('corbas.agent2', 'Jérôme Mathieu', 'corbas.agent2@corbas.example.fr', (SELECT id FROM member WHERE slug = 'corbas'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('corbas.agent3', 'Karim Morin', 'corbas.agent3@corbas.example.fr', (SELECT id FROM member WHERE slug = 'corbas'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Saint-Chamond
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('saint-chamond.referent', 'Sylvie Marie', 'saint-chamond.referent@saint-chamond.example.fr', (SELECT id FROM member WHERE slug = 'saint-chamond'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('saint-chamond.agent1', 'Guillaume Robin', 'saint-chamond.agent1@saint-chamond.example.fr', (SELECT id FROM member WHERE slug = 'saint-chamond'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('saint-chamond.agent2', 'Rachid Blanc', 'saint-chamond.agent2@saint-chamond.example.fr', (SELECT id FROM member WHERE slug = 'saint-chamond'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('saint-chamond.agent3', 'Nadia Denis', 'saint-chamond.agent3@saint-chamond.example.fr', (SELECT id FROM member WHERE slug = 'saint-chamond'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Ville de Lyon
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('lyon.referent', 'Marion Gautier', 'lyon.referent@lyon.example.fr', (SELECT id FROM member WHERE slug = 'lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('lyon.agent1', 'Rachid Bernard', 'lyon.agent1@lyon.example.fr', (SELECT id FROM member WHERE slug = 'lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('lyon.agent2', 'Inès André', 'lyon.agent2@lyon.example.fr', (SELECT id FROM member WHERE slug = 'lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('lyon.agent3', 'Céline Durand', 'lyon.agent3@lyon.example.fr', (SELECT id FROM member WHERE slug = 'lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');

-- Métropole de Lyon
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('metropole-lyon.referent', 'Rachid Girard', 'metropole-lyon.referent@metropole-lyon.example.fr', (SELECT id FROM member WHERE slug = 'metropole-lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'REFERENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('metropole-lyon.agent1', 'Bruno Morin', 'metropole-lyon.agent1@metropole-lyon.example.fr', (SELECT id FROM member WHERE slug = 'metropole-lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('metropole-lyon.agent2', 'Marion Fontaine', 'metropole-lyon.agent2@metropole-lyon.example.fr', (SELECT id FROM member WHERE slug = 'metropole-lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at) VALUES ('metropole-lyon.agent3', 'Marion André', 'metropole-lyon.agent3@metropole-lyon.example.fr', (SELECT id FROM member WHERE slug = 'metropole-lyon'), @demo_password, @now, @now);
INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'AGENT');
