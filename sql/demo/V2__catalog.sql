-- Demo data: SITIV's service catalogue (7 categories, 28 services), one request form per service and
-- the members' existing subscriptions. Rows refer to each other by natural codes, never by numeric id.
-- Loaded only in demo mode, after V1 (members and users).

SET @now = UTC_TIMESTAMP(3);

INSERT INTO catalog_category (code, name, description, icon, position) VALUES
    ('metier', 'Applications métiers', 'Logiciels de gestion des services municipaux : finances, ressources humaines, population, enfance, urbanisme et relation aux usagers.', 'pi-briefcase', 1),
    ('dematerialisation', 'Dématérialisation', 'Parapheur électronique, télétransmission à l''État, archivage électronique et coffre-fort numérique (suite Libriciel).', 'pi-file-edit', 2),
    ('collaboration', 'Collaboration (TNO)', 'Outils collaboratifs libres du Territoire Numérique Ouvert : messagerie, partage de fichiers, bureautique en ligne, visioconférence et messagerie instantanée.', 'pi-users', 3),
    ('identite', 'Identité', 'Gestion des identités des agents et des élus, authentification unique et fédération d''identité.', 'pi-id-card', 4),
    ('hebergement', 'Hébergement et infrastructure', 'Machines virtuelles, stockage et sauvegarde dans les centres de données du syndicat, certifiés ISO 27001.', 'pi-server', 5),
    ('securite', 'Sécurité', 'Audits, sensibilisation et réponse aux incidents de sécurité, en lien avec les recommandations de l''ANSSI.', 'pi-shield', 6),
    ('formation', 'Formation et accompagnement', 'Formations des agents et des élus, transfert de compétences et appui à l''inclusion numérique.', 'pi-book', 7);

-- Applications métiers
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('finances', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Gestion financière et comptable',
     'Préparation budgétaire, exécution des dépenses et des recettes, et échanges dématérialisés avec le comptable public.',
     '<p>Progiciel de gestion financière partagé par les communes adhérentes, hébergé et exploité par le SITIV.</p><ul><li><strong>Budget</strong> : préparation, décisions modificatives et compte financier unique (M57) ;</li><li><strong>Exécution</strong> : engagements, mandats et titres, liés au parapheur électronique ;</li><li><strong>Échanges PES V2</strong> avec la DGFiP par la télétransmission.</li></ul>',
     'Progiciel de gestion financière partagé par les communes adhérentes, hébergé et exploité par le SITIV. Budget : préparation, décisions modificatives et compte financier unique (M57) ; Exécution : engagements, mandats et titres, liés au parapheur électronique ; Échanges PES V2 avec la DGFiP par la télétransmission.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Civil Net Finances', 'Ciril GROUP', 'PROPRIETARY', 'Licence éditeur mutualisée',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 14800000, NULL, 'RENFORCE', TRUE, FALSE,
     'finances comptabilite budget m57 mandats titres pes dgfip'),
    ('paie-rh', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Paie et ressources humaines',
     'Paie des agents et des élus, carrières, absences et déclaration sociale nominative dans un logiciel partagé.',
     '<p>Le service couvre toute la chaîne de gestion du personnel :</p><ul><li>paie des agents titulaires et contractuels, indemnités des élus ;</li><li>suivi des carrières, des absences et de la formation ;</li><li>déclaration sociale nominative (<strong>DSN</strong>) mensuelle.</li></ul><p>La participation est calculée selon le nombre d''agents payés chaque mois.</p>',
     'Le service couvre toute la chaîne de gestion du personnel : paie des agents titulaires et contractuels, indemnités des élus ; suivi des carrières, des absences et de la formation ; déclaration sociale nominative (DSN) mensuelle. La participation est calculée selon le nombre d''agents payés chaque mois.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Civil Net RH', 'Ciril GROUP', 'PROPRIETARY', 'Licence éditeur mutualisée',
     'USAGE', NULL, 'Agents payés', 'agent payé', 9600000, 2400, 'RENFORCE', TRUE, FALSE,
     'paie rh ressources humaines carrieres absences dsn personnel'),
    ('etat-civil', (SELECT id FROM catalog_category WHERE code = 'metier'), 'État civil',
     'Rédaction et tenue des actes de naissance, de mariage et de décès, avec la vérification dématérialisée COMEDEC.',
     '<p>Logiciel de tenue des registres d''état civil :</p><ul><li>rédaction des actes et des mentions marginales ;</li><li>délivrance des copies intégrales et des extraits ;</li><li>échanges dématérialisés avec les notaires et les préfectures (<strong>COMEDEC</strong>).</li></ul>',
     'Logiciel de tenue des registres d''état civil : rédaction des actes et des mentions marginales ; délivrance des copies intégrales et des extraits ; échanges dématérialisés avec les notaires et les préfectures (COMEDEC).',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Suite Population', 'Arpège', 'PROPRIETARY', 'Licence éditeur mutualisée',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 3200000, NULL, 'RENFORCE', TRUE, FALSE,
     'etat civil actes naissance mariage deces comedec registres'),
    ('elections', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Élections et listes électorales',
     'Gestion des listes électorales synchronisées avec le répertoire électoral unique et organisation des scrutins.',
     '<p>Gestion des électeurs et des scrutins :</p><ul><li>inscriptions et radiations synchronisées avec le <strong>répertoire électoral unique</strong> de l''Insee ;</li><li>édition des cartes électorales et des listes d''émargement ;</li><li>préparation des bureaux de vote et saisie des résultats.</li></ul>',
     'Gestion des électeurs et des scrutins : inscriptions et radiations synchronisées avec le répertoire électoral unique de l''Insee ; édition des cartes électorales et des listes d''émargement ; préparation des bureaux de vote et saisie des résultats.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Suite Population', 'Arpège', 'PROPRIETARY', 'Licence éditeur mutualisée',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 1900000, NULL, 'STANDARD', TRUE, FALSE,
     'elections listes electorales reu scrutin bureaux de vote cartes electorales'),
    ('cimetieres', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Gestion des cimetières',
     'Plan des cimetières, suivi des concessions, des inhumations et des reprises d''emplacements.',
     '<p>Application libre de gestion funéraire :</p><ul><li>plan interactif des cimetières et des emplacements ;</li><li>concessions, renouvellements et reprises ;</li><li>registre des inhumations et des opérations funéraires.</li></ul>',
     'Application libre de gestion funéraire : plan interactif des cimetières et des emplacements ; concessions, renouvellements et reprises ; registre des inhumations et des opérations funéraires.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'openCimetière', 'atReal', 'FREE', 'GPL v3',
     'PERSONALISED', NULL, NULL, NULL, 1200000, NULL, 'STANDARD', TRUE, FALSE,
     'cimetieres concessions funeraire inhumations opencimetiere openmairie'),
    ('enfance-scolaire', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Enfance, scolaire et périscolaire',
     'Inscriptions scolaires, réservations périscolaires, facturation aux familles et portail famille en ligne.',
     '<p>Gestion de la relation avec les familles :</p><ul><li>inscriptions scolaires et dérogations ;</li><li>réservations de la restauration scolaire et des accueils périscolaires ;</li><li>facturation, prélèvements et <strong>portail famille</strong> en ligne.</li></ul>',
     'Gestion de la relation avec les familles : inscriptions scolaires et dérogations ; réservations de la restauration scolaire et des accueils périscolaires ; facturation, prélèvements et portail famille en ligne.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Concerto Opus', 'Arpège', 'PROPRIETARY', 'Licence éditeur',
     'PERSONALISED', NULL, NULL, NULL, 4600000, NULL, 'RENFORCE', TRUE, FALSE,
     'enfance scolaire periscolaire cantine restauration familles facturation portail famille'),
    ('urbanisme', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Urbanisme et droit des sols',
     'Instruction des autorisations d''urbanisme et réception des demandes de permis déposées en ligne.',
     '<p>Expérimentation d''un outil libre d''instruction du droit des sols, ouverte aux communes pilotes :</p><ul><li>instruction des permis de construire, déclarations préalables et certificats d''urbanisme ;</li><li>réception des dossiers déposés en ligne (<strong>SVE</strong>) et échanges avec PLAT''AU ;</li><li>consultation du cadastre et des documents d''urbanisme.</li></ul>',
     'Expérimentation d''un outil libre d''instruction du droit des sols, ouverte aux communes pilotes : instruction des permis de construire, déclarations préalables et certificats d''urbanisme ; réception des dossiers déposés en ligne (SVE) et échanges avec PLAT''AU ; consultation du cadastre et des documents d''urbanisme.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PILOT', 'openADS', 'atReal', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Clé votée par le comité syndical', NULL, NULL, 2400000, NULL, 'STANDARD', FALSE, FALSE,
     'urbanisme permis de construire ads droit des sols cadastre platau openads'),
    ('grc', (SELECT id FROM catalog_category WHERE code = 'metier'), 'Relation usagers (GRC)',
     'Démarches en ligne et gestion de la relation avec les habitants, partagées entre les communes.',
     '<p>Étude en cours pour un outil commun de gestion de la relation usagers :</p><ul><li>démarches en ligne et suivi des demandes des habitants ;</li><li>historique des échanges à l''accueil, au téléphone et par courriel ;</li><li>tableaux de bord pour les services.</li></ul><p>Les communes intéressées peuvent rejoindre le groupe de travail.</p>',
     'Étude en cours pour un outil commun de gestion de la relation usagers : démarches en ligne et suivi des demandes des habitants ; historique des échanges à l''accueil, au téléphone et par courriel ; tableaux de bord pour les services. Les communes intéressées peuvent rejoindre le groupe de travail.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'STUDY', 'Publik', 'Entr''ouvert', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Clé votée par le comité syndical', NULL, NULL, 3500000, NULL, 'STANDARD', TRUE, FALSE,
     'grc relation usagers citoyens demarches en ligne portail publik');

-- Dématérialisation
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('parapheur', (SELECT id FROM catalog_category WHERE code = 'dematerialisation'), 'Parapheur électronique',
     'Circuits de visa et signature électronique des actes, des bordereaux comptables et des courriers.',
     '<p>Parapheur électronique de la suite Libriciel :</p><ul><li>circuits de visa et de signature paramétrés par la commune ;</li><li>signature électronique avec certificat <strong>RGS**</strong> ou signature simple ;</li><li>liaison avec la comptabilité et la télétransmission.</li></ul>',
     'Parapheur électronique de la suite Libriciel : circuits de visa et de signature paramétrés par la commune ; signature électronique avec certificat RGS** ou signature simple ; liaison avec la comptabilité et la télétransmission.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'i-Parapheur', 'Libriciel SCOP', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 2100000, NULL, 'RENFORCE', TRUE, FALSE,
     'parapheur signature electronique visa circuits libriciel iparapheur'),
    ('teletransmission', (SELECT id FROM catalog_category WHERE code = 'dematerialisation'), 'Télétransmission des actes et des flux comptables',
     'Transmission sécurisée des actes au contrôle de légalité et des flux comptables au comptable public.',
     '<p>Plateforme de dématérialisation des échanges avec l''État :</p><ul><li>envoi des délibérations et des arrêtés au contrôle de légalité (<strong>@ctes</strong>) ;</li><li>transmission des flux <strong>PES</strong> au comptable public (Hélios) ;</li><li>orchestration des flux entre applications métiers, parapheur et archivage.</li></ul>',
     'Plateforme de dématérialisation des échanges avec l''État : envoi des délibérations et des arrêtés au contrôle de légalité (@ctes) ; transmission des flux PES au comptable public (Hélios) ; orchestration des flux entre applications métiers, parapheur et archivage.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'S²LOW / Pastell', 'Libriciel SCOP', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 1500000, NULL, 'CRITIQUE', TRUE, FALSE,
     'teletransmission actes controle de legalite helios pes s2low pastell prefecture'),
    ('archivage', (SELECT id FROM catalog_category WHERE code = 'dematerialisation'), 'Archivage électronique',
     'Archivage à valeur probante des documents numériques, conforme au standard d''échange SEDA.',
     '<p>Système d''archivage électronique mutualisé :</p><ul><li>versements automatiques depuis le parapheur et la télétransmission ;</li><li>conservation sécurisée et intègre, conforme au standard <strong>SEDA</strong> ;</li><li>communication et élimination réglementaires, sous le contrôle des archives départementales.</li></ul><p>La participation est calculée selon le volume archivé.</p>',
     'Système d''archivage électronique mutualisé : versements automatiques depuis le parapheur et la télétransmission ; conservation sécurisée et intègre, conforme au standard SEDA ; communication et élimination réglementaires, sous le contrôle des archives départementales. La participation est calculée selon le volume archivé.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'as@lae', 'Libriciel SCOP', 'FREE', 'AGPL v3',
     'USAGE', NULL, 'Volume archivé', 'Go', 2600000, 250, 'RENFORCE', TRUE, FALSE,
     'archivage electronique seda asalae archives conservation valeur probante'),
    ('coffre-fort', (SELECT id FROM catalog_category WHERE code = 'dematerialisation'), 'Coffre-fort numérique des agents',
     'Distribution dématérialisée des bulletins de paie et des documents RH dans un coffre-fort personnel.',
     '<p>Chaque agent dispose d''un coffre-fort numérique personnel :</p><ul><li>dépôt automatique des bulletins de paie et des attestations ;</li><li>conservation garantie tout au long de la carrière ;</li><li>accès depuis un ordinateur ou un téléphone.</li></ul>',
     'Chaque agent dispose d''un coffre-fort numérique personnel : dépôt automatique des bulletins de paie et des attestations ; conservation garantie tout au long de la carrière ; accès depuis un ordinateur ou un téléphone.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Digiposte', 'La Poste', 'PROPRIETARY', 'Abonnement éditeur',
     'PERSONALISED', NULL, NULL, NULL, 1300000, NULL, 'STANDARD', TRUE, FALSE,
     'coffre fort numerique bulletins de paie dematerialisation rh digiposte');

-- Collaboration (TNO)
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('messagerie', (SELECT id FROM catalog_category WHERE code = 'collaboration'), 'Messagerie collaborative',
     'Courriel, agendas et carnets d''adresses partagés pour les agents et les élus du Territoire Numérique Ouvert.',
     '<p>Messagerie collaborative libre, hébergée dans les centres de données du SITIV :</p><ul><li>boîtes aux lettres nominatives et fonctionnelles ;</li><li>agendas partagés et réservation de salles et de matériel ;</li><li>accès web, mobile et depuis un client de messagerie (IMAP, CalDAV, CardDAV).</li></ul><p>La participation est calculée selon le nombre de <strong>boîtes aux lettres</strong> ouvertes.</p>',
     'Messagerie collaborative libre, hébergée dans les centres de données du SITIV : boîtes aux lettres nominatives et fonctionnelles ; agendas partagés et réservation de salles et de matériel ; accès web, mobile et depuis un client de messagerie (IMAP, CalDAV, CardDAV). La participation est calculée selon le nombre de boîtes aux lettres ouvertes.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Zimbra', 'Synacor', 'FREE', 'AGPL / Zimbra OSE',
     'USAGE', NULL, 'Boîtes aux lettres', 'boîte aux lettres', 18000000, 1800, 'RENFORCE', TRUE, FALSE,
     'courriel mail zimbra messagerie agenda contacts webmail'),
    ('partage-fichiers', (SELECT id FROM catalog_category WHERE code = 'collaboration'), 'Partage de fichiers',
     'Stockage, synchronisation et partage sécurisé de documents, en interne comme avec des partenaires.',
     '<p>Espace de fichiers en ligne hébergé par le syndicat :</p><ul><li>synchronisation sur les postes de travail et les mobiles ;</li><li>partage par lien protégé par mot de passe et date d''expiration ;</li><li>espaces de groupe par service ou par projet.</li></ul><p>La participation est calculée selon le nombre de comptes actifs.</p>',
     'Espace de fichiers en ligne hébergé par le syndicat : synchronisation sur les postes de travail et les mobiles ; partage par lien protégé par mot de passe et date d''expiration ; espaces de groupe par service ou par projet. La participation est calculée selon le nombre de comptes actifs.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Nextcloud', 'Nextcloud GmbH', 'FREE', 'AGPL v3',
     'USAGE', NULL, 'Comptes actifs', 'compte', 6800000, 900, 'STANDARD', TRUE, FALSE,
     'partage fichiers nextcloud stockage synchronisation documents cloud'),
    ('bureautique-en-ligne', (SELECT id FROM catalog_category WHERE code = 'collaboration'), 'Bureautique en ligne',
     'Édition collaborative de textes, de tableurs et de présentations au format ouvert, dans le navigateur.',
     '<p>Suite bureautique en ligne intégrée au partage de fichiers :</p><ul><li>co-édition en temps réel de textes, tableurs et présentations ;</li><li>formats ouverts (<strong>ODF</strong>) et compatibilité avec les formats Microsoft ;</li><li>historique des versions et commentaires.</li></ul>',
     'Suite bureautique en ligne intégrée au partage de fichiers : co-édition en temps réel de textes, tableurs et présentations ; formats ouverts (ODF) et compatibilité avec les formats Microsoft ; historique des versions et commentaires.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'OnlyOffice Docs', 'Ascensio System SIA', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Clé votée par le comité syndical', NULL, NULL, 2200000, NULL, 'STANDARD', TRUE, FALSE,
     'bureautique en ligne onlyoffice coedition documents tableur odf'),
    ('visioconference', (SELECT id FROM catalog_category WHERE code = 'collaboration'), 'Visioconférence',
     'Réunions vidéo sans installation, ouvertes aux agents, aux élus et aux invités extérieurs.',
     '<p>Service de visioconférence libre :</p><ul><li>salles de réunion accessibles depuis un navigateur ou l''application mobile ;</li><li>partage d''écran, conversation écrite et salle d''attente ;</li><li>retransmission des conseils municipaux sur demande.</li></ul>',
     'Service de visioconférence libre : salles de réunion accessibles depuis un navigateur ou l''application mobile ; partage d''écran, conversation écrite et salle d''attente ; retransmission des conseils municipaux sur demande.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Jitsi Meet', '8x8 et communauté Jitsi', 'FREE', 'Apache 2.0',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 1400000, NULL, 'STANDARD', TRUE, FALSE,
     'visioconference video reunion jitsi conseil municipal webinaire'),
    ('messagerie-instantanee', (SELECT id FROM catalog_category WHERE code = 'collaboration'), 'Messagerie instantanée',
     'Discussions instantanées et salons sécurisés entre agents des collectivités du Territoire Numérique Ouvert.',
     '<p>Pilote de messagerie instantanée fédérée et chiffrée de bout en bout :</p><ul><li>conversations individuelles et salons thématiques ;</li><li>échanges sécurisés avec les autres collectivités du réseau <strong>Matrix</strong> ;</li><li>applications web, ordinateur et mobile.</li></ul><p>Pilote réservé à la Ville de Lyon, à la Métropole de Lyon et à Vénissieux.</p>',
     'Pilote de messagerie instantanée fédérée et chiffrée de bout en bout : conversations individuelles et salons thématiques ; échanges sécurisés avec les autres collectivités du réseau Matrix ; applications web, ordinateur et mobile. Pilote réservé à la Ville de Lyon, à la Métropole de Lyon et à Vénissieux.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PILOT', 'Matrix / Element', 'Element et fondation Matrix.org', 'FREE', 'Apache 2.0 / AGPL v3',
     'USAGE', NULL, 'Comptes actifs', 'compte', 2000000, 600, 'STANDARD', FALSE, FALSE,
     'messagerie instantanee chat tchat matrix element salons');

-- Identité
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('sso', (SELECT id FROM catalog_category WHERE code = 'identite'), 'Authentification unique',
     'Un seul identifiant pour accéder à toutes les applications mutualisées, avec double authentification.',
     '<p>Portail d''authentification unique du SITIV :</p><ul><li>connexion unique aux applications métiers et collaboratives ;</li><li>double authentification (<strong>TOTP</strong>, clé de sécurité) ;</li><li>protocoles standards SAML, OpenID Connect et CAS.</li></ul>',
     'Portail d''authentification unique du SITIV : connexion unique aux applications métiers et collaboratives ; double authentification (TOTP, clé de sécurité) ; protocoles standards SAML, OpenID Connect et CAS.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'LemonLDAP::NG', 'Worteks et OW2', 'FREE', 'GPL v2',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 1600000, NULL, 'CRITIQUE', TRUE, FALSE,
     'authentification unique sso lemonldap identite connexion mfa openid saml'),
    ('federation-identite', (SELECT id FROM catalog_category WHERE code = 'identite'), 'Fédération d''identité territoriale (AgentConnect)',
     'Proposition de raccorder les comptes des agents au fédérateur d''identité de l''État pour accéder à ses services en ligne.',
     '<p>Proposition issue des demandes des adhérents :</p><ul><li>raccorder l''annuaire des agents au fédérateur d''identité de l''État ;</li><li>accéder aux services numériques de l''État avec son compte habituel ;</li><li>partager ce fournisseur d''identité avec d''autres opérateurs publics de services numériques.</li></ul>',
     'Proposition issue des demandes des adhérents : raccorder l''annuaire des agents au fédérateur d''identité de l''État ; accéder aux services numériques de l''État avec son compte habituel ; partager ce fournisseur d''identité avec d''autres opérateurs publics de services numériques.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PROPOSED', 'LemonLDAP::NG', 'Worteks et OW2', 'FREE', 'GPL v2',
     'MUTUALISED', 'Clé votée par le comité syndical', NULL, NULL, 1200000, NULL, 'STANDARD', TRUE, FALSE,
     'agentconnect proconnect federation identite etat agents');

-- Hébergement et infrastructure
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('machines-virtuelles', (SELECT id FROM catalog_category WHERE code = 'hebergement'), 'Machines virtuelles',
     'Serveurs virtuels hébergés dans les deux centres de données du SITIV, supervisés et sauvegardés.',
     '<p>Infrastructure de virtualisation redondée :</p><ul><li>machines virtuelles Linux ou Windows à la demande ;</li><li>supervision, mises à jour de sécurité et sauvegarde incluses ;</li><li>hébergement en France, dans des centres de données certifiés <strong>ISO 27001</strong>.</li></ul><p>La participation est calculée selon le nombre de machines virtuelles.</p>',
     'Infrastructure de virtualisation redondée : machines virtuelles Linux ou Windows à la demande ; supervision, mises à jour de sécurité et sauvegarde incluses ; hébergement en France, dans des centres de données certifiés ISO 27001. La participation est calculée selon le nombre de machines virtuelles.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Proxmox VE', 'Proxmox Server Solutions', 'FREE', 'AGPL v3',
     'USAGE', NULL, 'Machines virtuelles', 'machine virtuelle', 7500000, 36000, 'RENFORCE', TRUE, FALSE,
     'machines virtuelles vm serveur hebergement proxmox datacentre'),
    ('stockage-s3', (SELECT id FROM catalog_category WHERE code = 'hebergement'), 'Stockage objet S3',
     'Stockage objet compatible S3 pour les sauvegardes, les archives et les applications.',
     '<p>Stockage objet distribué, compatible avec l''API <strong>S3</strong> :</p><ul><li>compartiments dédiés à chaque commune ;</li><li>réplication entre les deux centres de données ;</li><li>chiffrement et gestion fine des droits d''accès.</li></ul><p>La participation est calculée selon le volume stocké.</p>',
     'Stockage objet distribué, compatible avec l''API S3 : compartiments dédiés à chaque commune ; réplication entre les deux centres de données ; chiffrement et gestion fine des droits d''accès. La participation est calculée selon le volume stocké.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Ceph', 'Fondation Ceph', 'FREE', 'LGPL v2.1',
     'USAGE', NULL, 'Volume stocké', 'To', 3000000, 9000, 'STANDARD', TRUE, FALSE,
     's3 stockage objet ceph bucket compartiment'),
    ('sauvegarde', (SELECT id FROM catalog_category WHERE code = 'hebergement'), 'Sauvegarde externalisée',
     'Sauvegarde quotidienne des serveurs et des données des communes, répliquée hors site.',
     '<p>Sauvegarde des données hébergées et des serveurs installés en mairie :</p><ul><li>sauvegardes quotidiennes incrémentales ;</li><li>copie hors site immuable, à l''abri des rançongiciels ;</li><li>tests de restauration réguliers.</li></ul>',
     'Sauvegarde des données hébergées et des serveurs installés en mairie : sauvegardes quotidiennes incrémentales ; copie hors site immuable, à l''abri des rançongiciels ; tests de restauration réguliers.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Proxmox Backup Server', 'Proxmox Server Solutions', 'FREE', 'AGPL v3',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 2800000, NULL, 'CRITIQUE', TRUE, FALSE,
     'sauvegarde backup restauration rancongiciel donnees'),
    ('serveurs-fichiers', (SELECT id FROM catalog_category WHERE code = 'hebergement'), 'Serveurs de fichiers Windows',
     'Ancien service de partages réseau, remplacé par le partage de fichiers.',
     '<p>Service retiré du catalogue en 2024 :</p><ul><li>les partages réseau ont été migrés vers le <strong>partage de fichiers</strong> ;</li><li>les données restantes sont conservées en lecture seule jusqu''à la fin de 2026.</li></ul>',
     'Service retiré du catalogue en 2024 : les partages réseau ont été migrés vers le partage de fichiers ; les données restantes sont conservées en lecture seule jusqu''à la fin de 2026.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'RETIRED', 'Windows Server', 'Microsoft', 'PROPRIETARY', 'Licence Microsoft',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 0, NULL, 'STANDARD', TRUE, FALSE,
     'serveur de fichiers windows partage reseau ancien');

-- Sécurité
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('audit-securite', (SELECT id FROM catalog_category WHERE code = 'securite'), 'Audit de sécurité',
     'Audit technique et organisationnel de la sécurité du système d''information d''une commune.',
     '<p>Audit réalisé par les ingénieurs sécurité du SITIV :</p><ul><li>recherche de vulnérabilités sur les serveurs et les postes ;</li><li>revue des droits d''accès et de la politique de mots de passe ;</li><li>rapport et plan d''action priorisé, aligné sur les recommandations de l''<strong>ANSSI</strong>.</li></ul>',
     'Audit réalisé par les ingénieurs sécurité du SITIV : recherche de vulnérabilités sur les serveurs et les postes ; revue des droits d''accès et de la politique de mots de passe ; rapport et plan d''action priorisé, aligné sur les recommandations de l''ANSSI.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Greenbone OpenVAS', 'Greenbone', 'FREE', 'AGPL v3',
     'PERSONALISED', NULL, NULL, NULL, 1800000, NULL, 'STANDARD', TRUE, FALSE,
     'audit securite vulnerabilites anssi cybersecurite iso 27001'),
    ('sensibilisation-cyber', (SELECT id FROM catalog_category WHERE code = 'securite'), 'Sensibilisation à la cybersécurité',
     'Campagnes d''hameçonnage simulé et ateliers de sensibilisation des agents et des élus aux risques cyber.',
     '<p>Programme annuel de sensibilisation :</p><ul><li>campagnes d''hameçonnage simulé, avec un bilan par commune ;</li><li>ateliers pour les agents et les élus ;</li><li>exercice de gestion de crise cyber pour les équipes de direction.</li></ul>',
     'Programme annuel de sensibilisation : campagnes d''hameçonnage simulé, avec un bilan par commune ; ateliers pour les agents et les élus ; exercice de gestion de crise cyber pour les équipes de direction.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Gophish', 'Communauté Gophish', 'FREE', 'MIT',
     'MUTUALISED', 'Clé votée par le comité syndical', NULL, NULL, 1200000, NULL, 'STANDARD', TRUE, FALSE,
     'sensibilisation cybersecurite hameconnage phishing crise elus agents'),
    ('reponse-incident', (SELECT id FROM catalog_category WHERE code = 'securite'), 'Réponse à incident de sécurité',
     'Détection, confinement et remédiation des incidents de sécurité, dont les attaques par rançongiciel.',
     '<p>Cellule de réponse à incident du SITIV, joignable en permanence :</p><ul><li>détection des comportements suspects sur les serveurs et les postes ;</li><li>confinement, y compris la coupure préventive de services pour stopper la propagation ;</li><li>restauration, déclarations à l''ANSSI et à la CNIL, et retour d''expérience.</li></ul>',
     'Cellule de réponse à incident du SITIV, joignable en permanence : détection des comportements suspects sur les serveurs et les postes ; confinement, y compris la coupure préventive de services pour stopper la propagation ; restauration, déclarations à l''ANSSI et à la CNIL, et retour d''expérience.',
     (SELECT id FROM user_account WHERE login = 'chef.projet1'), 'PRODUCTION', 'Wazuh', 'Wazuh Inc.', 'FREE', 'GPL v2',
     'MUTUALISED', 'Population (clé 2026)', NULL, NULL, 3800000, NULL, 'CRITIQUE', TRUE, FALSE,
     'incident securite rancongiciel ransomware cyberattaque crise anssi cnil');

-- Formation et accompagnement
INSERT INTO catalog_service (code, category_id, name, summary, description, description_text, owner_id, lifecycle, software, vendor, licence_type, licence_name, funding_mode, distribution_key, usage_indicator, usage_unit, annual_cost_cents, unit_price_cents, service_level, open_to_all, training, tags) VALUES
    ('formation-bureautique', (SELECT id FROM catalog_category WHERE code = 'formation'), 'Formation bureautique libre',
     'Sessions de formation aux logiciels libres de bureautique et aux outils en ligne du TNO.',
     '<p>Formations en petits groupes, dans les locaux du SITIV ou en mairie :</p><ul><li>traitement de texte et tableur <strong>LibreOffice</strong> ;</li><li>messagerie, agendas et partage de fichiers ;</li><li>co-édition de documents en ligne.</li></ul><p>La participation est calculée en jours de formation.</p>',
     'Formations en petits groupes, dans les locaux du SITIV ou en mairie : traitement de texte et tableur LibreOffice ; messagerie, agendas et partage de fichiers ; co-édition de documents en ligne. La participation est calculée en jours de formation.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'LibreOffice, OnlyOffice, Nextcloud', NULL, 'FREE', 'MPL 2.0 / AGPL v3',
     'USAGE', NULL, 'Jours de formation', 'jour de formation', 1800000, 45000, 'STANDARD', TRUE, TRUE,
     'formation bureautique libreoffice tableur traitement de texte onlyoffice nextcloud'),
    ('sensibilisation-numerique', (SELECT id FROM catalog_category WHERE code = 'formation'), 'Sensibilisation aux usages numériques',
     'Ateliers d''accompagnement au numérique pour les agents et les élus, et appui aux médiateurs de l''inclusion numérique.',
     '<p>Ateliers pratiques adaptés au niveau de chacun :</p><ul><li>prise en main du poste de travail et des outils en ligne ;</li><li>bonnes pratiques : mots de passe, données personnelles (<strong>RGPD</strong>), sobriété numérique ;</li><li>appui aux agents qui accompagnent les habitants dans leurs démarches en ligne.</li></ul><p>La participation est calculée en jours de formation.</p>',
     'Ateliers pratiques adaptés au niveau de chacun : prise en main du poste de travail et des outils en ligne ; bonnes pratiques : mots de passe, données personnelles (RGPD), sobriété numérique ; appui aux agents qui accompagnent les habitants dans leurs démarches en ligne. La participation est calculée en jours de formation.',
     (SELECT id FROM user_account WHERE login = 'chef.projet2'), 'PRODUCTION', 'Chamilo', 'Association Chamilo', 'FREE', 'GPL v3',
     'USAGE', NULL, 'Jours de formation', 'jour de formation', 1200000, 38000, 'STANDARD', TRUE, TRUE,
     'sensibilisation numerique inclusion rgpd elearning chamilo accompagnement');

-- Services reserved to some members (pilots)
INSERT INTO catalog_service_member (service_id, member_id)
SELECT s.id, m.id FROM catalog_service s JOIN member m ON m.slug IN ('givors', 'saint-chamond')
WHERE s.code = 'urbanisme';
INSERT INTO catalog_service_member (service_id, member_id)
SELECT s.id, m.id FROM catalog_service s JOIN member m ON m.slug IN ('lyon', 'metropole-lyon', 'venissieux')
WHERE s.code = 'messagerie-instantanee';

INSERT INTO catalog_service_link (service_id, label, url, position) VALUES
    ((SELECT id FROM catalog_service WHERE code = 'finances'), 'Calendrier budgétaire et clôture d''exercice', 'https://docs.sitiv.example.fr/finances/calendrier', 1),
    ((SELECT id FROM catalog_service WHERE code = 'parapheur'), 'Guide du signataire', 'https://docs.sitiv.example.fr/parapheur/guide-signataire', 1),
    ((SELECT id FROM catalog_service WHERE code = 'teletransmission'), 'Procédure de télétransmission @ctes', 'https://docs.sitiv.example.fr/teletransmission/actes', 1),
    ((SELECT id FROM catalog_service WHERE code = 'archivage'), 'Profils d''archivage SEDA', 'https://docs.sitiv.example.fr/archivage/profils-seda', 1),
    ((SELECT id FROM catalog_service WHERE code = 'messagerie'), 'Guide de démarrage de la messagerie', 'https://docs.sitiv.example.fr/messagerie/demarrage', 1),
    ((SELECT id FROM catalog_service WHERE code = 'messagerie'), 'Accès au webmail', 'https://mail.sitiv.example.fr', 2),
    ((SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 'Documentation du partage de fichiers', 'https://docs.sitiv.example.fr/partage-fichiers', 1),
    ((SELECT id FROM catalog_service WHERE code = 'visioconference'), 'Lancer une réunion', 'https://visio.sitiv.example.fr', 1),
    ((SELECT id FROM catalog_service WHERE code = 'visioconference'), 'Bonnes pratiques de la visioconférence', 'https://docs.sitiv.example.fr/visio/bonnes-pratiques', 2),
    ((SELECT id FROM catalog_service WHERE code = 'sso'), 'Portail de connexion', 'https://auth.sitiv.example.fr', 1),
    ((SELECT id FROM catalog_service WHERE code = 'sso'), 'Activer la double authentification', 'https://docs.sitiv.example.fr/identite/double-authentification', 2),
    ((SELECT id FROM catalog_service WHERE code = 'machines-virtuelles'), 'Gabarits de machines disponibles', 'https://docs.sitiv.example.fr/hebergement/gabarits', 1),
    ((SELECT id FROM catalog_service WHERE code = 'reponse-incident'), 'Que faire en cas d''incident ?', 'https://docs.sitiv.example.fr/securite/incident', 1),
    ((SELECT id FROM catalog_service WHERE code = 'reponse-incident'), 'Fiche réflexe rançongiciel', 'https://docs.sitiv.example.fr/securite/fiche-rancongiciel', 2),
    ((SELECT id FROM catalog_service WHERE code = 'formation-bureautique'), 'Calendrier des sessions', 'https://formation.sitiv.example.fr/calendrier', 1);

-- Version 1 of every service's request form
INSERT INTO request_form (service_id, version, created_at)
SELECT id, 1, @now FROM catalog_service ORDER BY id;

-- Choices are newline-separated. The NUMBER field marked quantity_field gives the units asked for (usage-funded services).
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'finances' AND f.version = 1),
     'modules', 'Modules souhaités', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Budget', 'Exécution comptable', 'Gestion des immobilisations', 'Gestion de la dette'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'finances' AND f.version = 1),
     'users', 'Nombre d''agents à habiliter', NULL, 'NUMBER', TRUE, 1, 200, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'finances' AND f.version = 1),
     'comment', 'Précisions sur le besoin', 'Contexte, contraintes de calendrier, interlocuteurs à associer.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'paie-rh' AND f.version = 1),
     'agents', 'Nombre d''agents payés chaque mois', 'Titulaires, contractuels et élus indemnisés.', 'NUMBER', TRUE, 1, 5000, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'paie-rh' AND f.version = 1),
     'modules', 'Modules souhaités', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Paie', 'Carrières', 'Absences et congés', 'Formation des agents'), FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'paie-rh' AND f.version = 1),
     'first_payroll', 'Mois de la première paie souhaitée', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'etat-civil' AND f.version = 1),
     'users', 'Nombre d''officiers et d''agents d''état civil à habiliter', NULL, 'NUMBER', TRUE, 1, 50, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'etat-civil' AND f.version = 1),
     'comedec', 'Le raccordement COMEDEC est-il déjà effectif ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'etat-civil' AND f.version = 1),
     'comment', 'Précisions sur le besoin', 'Contexte, contraintes de calendrier, interlocuteurs à associer.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'elections' AND f.version = 1),
     'request_type', 'Objet de la demande', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Ouverture du service', 'Préparation d''un scrutin', 'Édition des cartes électorales', 'Autre'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'elections' AND f.version = 1),
     'election_date', 'Date du scrutin concerné', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'elections' AND f.version = 1),
     'polling_stations', 'Nombre de bureaux de vote', NULL, 'NUMBER', FALSE, 1, 100, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'cimetieres' AND f.version = 1),
     'cemeteries', 'Nombre de cimetières à gérer', NULL, 'NUMBER', TRUE, 1, 20, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'cimetieres' AND f.version = 1),
     'digital_plans', 'Des plans numérisés des cimetières existent-ils ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'cimetieres' AND f.version = 1),
     'comment', 'Précisions sur le besoin', 'Contexte, contraintes de calendrier, interlocuteurs à associer.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'enfance-scolaire' AND f.version = 1),
     'modules', 'Modules souhaités', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Inscriptions scolaires', 'Restauration scolaire', 'Accueils périscolaires', 'Portail famille'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'enfance-scolaire' AND f.version = 1),
     'families', 'Nombre de familles concernées', NULL, 'NUMBER', FALSE, 1, 50000, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'enfance-scolaire' AND f.version = 1),
     'comment', 'Précisions sur le besoin', 'Contexte, contraintes de calendrier, interlocuteurs à associer.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'urbanisme' AND f.version = 1),
     'instructors', 'Nombre d''instructeurs', NULL, 'NUMBER', TRUE, 1, 30, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'urbanisme' AND f.version = 1),
     'files_per_year', 'Nombre de dossiers par an (estimation)', NULL, 'NUMBER', FALSE, 0, 10000, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'urbanisme' AND f.version = 1),
     'plu_cnig', 'Le plan local d''urbanisme est-il disponible au format CNIG ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'grc' AND f.version = 1),
     'workgroup', 'Souhaitez-vous participer au groupe de travail ?', NULL, 'YES_NO', TRUE, NULL, NULL, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'grc' AND f.version = 1),
     'contact', 'Référent de la commune pour l''étude', NULL, 'USER', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'grc' AND f.version = 1),
     'needs', 'Besoins prioritaires', 'Démarches à proposer en ligne, volumes de demandes, canaux utilisés.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'parapheur' AND f.version = 1),
     'signatories', 'Nombre de signataires', NULL, 'NUMBER', TRUE, 1, 100, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'parapheur' AND f.version = 1),
     'certificate', 'Les signataires disposent-ils d''un certificat RGS** ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'parapheur' AND f.version = 1),
     'circuits', 'Circuits de validation à créer', 'Décrivez les étapes de visa et de signature.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'teletransmission' AND f.version = 1),
     'flows', 'Flux à ouvrir', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Actes (@ctes)', 'Flux comptables (Hélios)', 'Marchés publics'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'teletransmission' AND f.version = 1),
     'certificate_holder', 'Titulaire du certificat de télétransmission', NULL, 'USER', TRUE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'teletransmission' AND f.version = 1),
     'start_date', 'Date souhaitée d''ouverture', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'archivage' AND f.version = 1),
     'volume_gb', 'Volume à archiver la première année (Go)', NULL, 'NUMBER', TRUE, 1, 10000, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'archivage' AND f.version = 1),
     'producers', 'Services producteurs concernés', NULL, 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'archivage' AND f.version = 1),
     'archivist', 'Archiviste référent', NULL, 'USER', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'coffre-fort' AND f.version = 1),
     'agents', 'Nombre d''agents concernés', NULL, 'NUMBER', TRUE, 1, 5000, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'coffre-fort' AND f.version = 1),
     'documents', 'Documents à distribuer', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Bulletins de paie', 'Attestations employeur', 'Arrêtés individuels'), FALSE, 2);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie' AND f.version = 1),
     'mailboxes', 'Nombre de boîtes aux lettres', NULL, 'NUMBER', TRUE, 1, 500, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie' AND f.version = 1),
     'service_name', 'Service ou direction concerné', NULL, 'TEXT', TRUE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie' AND f.version = 1),
     'start_date', 'Date souhaitée de mise en service', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie' AND f.version = 1),
     'shared_mailbox', 'Boîte partagée (fonctionnelle) ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 4);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'partage-fichiers' AND f.version = 1),
     'accounts', 'Nombre de comptes', NULL, 'NUMBER', TRUE, 1, 10000, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'partage-fichiers' AND f.version = 1),
     'quota', 'Quota par compte', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), '10 Go', '50 Go', '100 Go'), FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'partage-fichiers' AND f.version = 1),
     'group_folders', 'Espaces de groupe à créer', 'Un espace par ligne, avec le service propriétaire.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'bureautique-en-ligne' AND f.version = 1),
     'users', 'Nombre d''utilisateurs prévus', NULL, 'NUMBER', TRUE, 1, 10000, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'bureautique-en-ligne' AND f.version = 1),
     'file_sharing', 'La commune utilise-t-elle déjà le partage de fichiers ?', NULL, 'YES_NO', TRUE, NULL, NULL, NULL, FALSE, 2);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'visioconference' AND f.version = 1),
     'usage', 'Usage principal', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Réunions internes', 'Conseils municipaux', 'Entretiens avec les usagers'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'visioconference' AND f.version = 1),
     'rooms', 'Nombre de salles permanentes', NULL, 'NUMBER', FALSE, 0, 50, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'visioconference' AND f.version = 1),
     'first_meeting', 'Date de la première réunion', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie-instantanee' AND f.version = 1),
     'accounts', 'Nombre de comptes', NULL, 'NUMBER', TRUE, 1, 10000, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'messagerie-instantanee' AND f.version = 1),
     'rooms', 'Salons à créer', 'Un salon par ligne.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 2);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sso' AND f.version = 1),
     'application', 'Application à raccorder', NULL, 'TEXT', TRUE, NULL, NULL, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sso' AND f.version = 1),
     'protocol', 'Protocole', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'OpenID Connect', 'SAML', 'CAS', 'Je ne sais pas'), FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sso' AND f.version = 1),
     'mfa', 'Double authentification obligatoire ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'federation-identite' AND f.version = 1),
     'support', 'La commune soutient-elle cette proposition ?', NULL, 'YES_NO', TRUE, NULL, NULL, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'federation-identite' AND f.version = 1),
     'use_cases', 'Services de l''État utilisés par vos agents', NULL, 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 2);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'machines-virtuelles' AND f.version = 1),
     'vm_count', 'Nombre de machines virtuelles', NULL, 'NUMBER', TRUE, 1, 50, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'machines-virtuelles' AND f.version = 1),
     'os', 'Système d''exploitation', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Debian', 'Ubuntu', 'Windows Server'), FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'machines-virtuelles' AND f.version = 1),
     'vcpu', 'Processeurs virtuels par machine', NULL, 'NUMBER', TRUE, 1, 32, NULL, FALSE, 3),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'machines-virtuelles' AND f.version = 1),
     'ram_gb', 'Mémoire par machine (Go)', NULL, 'NUMBER', TRUE, 1, 256, NULL, FALSE, 4);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'stockage-s3' AND f.version = 1),
     'volume_tb', 'Volume souhaité (To)', NULL, 'NUMBER', TRUE, 1, 500, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'stockage-s3' AND f.version = 1),
     'buckets', 'Noms des compartiments', 'Séparés par des virgules.', 'TEXT', TRUE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'stockage-s3' AND f.version = 1),
     'versioning', 'Activer le versionnement ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sauvegarde' AND f.version = 1),
     'servers', 'Nombre de serveurs à sauvegarder', NULL, 'NUMBER', TRUE, 1, 100, NULL, FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sauvegarde' AND f.version = 1),
     'volume_gb', 'Volume total estimé (Go)', NULL, 'NUMBER', FALSE, 1, 100000, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sauvegarde' AND f.version = 1),
     'retention', 'Durée de conservation', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), '30 jours', '90 jours', '1 an'), FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'serveurs-fichiers' AND f.version = 1),
     'folder', 'Dossier à récupérer', 'Chemin réseau du dossier à restaurer depuis l''archive en lecture seule.', 'TEXT', TRUE, NULL, NULL, NULL, FALSE, 1);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'audit-securite' AND f.version = 1),
     'scope', 'Périmètre de l''audit', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Serveurs', 'Postes de travail', 'Réseau et pare-feu', 'Organisation et procédures'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'audit-securite' AND f.version = 1),
     'sites', 'Nombre de sites', NULL, 'NUMBER', TRUE, 1, 50, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'audit-securite' AND f.version = 1),
     'start_date', 'Date de début souhaitée', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-cyber' AND f.version = 1),
     'audience', 'Publics visés', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Agents', 'Élus', 'Équipe de direction'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-cyber' AND f.version = 1),
     'participants', 'Nombre de participants estimé', NULL, 'NUMBER', TRUE, 1, 2000, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-cyber' AND f.version = 1),
     'crisis_exercise', 'Souhaitez-vous un exercice de crise ?', NULL, 'YES_NO', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'reponse-incident' AND f.version = 1),
     'request_type', 'Objet de la demande', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Adhésion au service', 'Plan de réponse à incident', 'Exercice de crise'), FALSE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'reponse-incident' AND f.version = 1),
     'on_call_contact', 'Contact d''astreinte de la commune', NULL, 'USER', TRUE, NULL, NULL, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'reponse-incident' AND f.version = 1),
     'comment', 'Précisions sur le besoin', 'Contexte, contraintes de calendrier, interlocuteurs à associer.', 'LONG_TEXT', FALSE, NULL, NULL, NULL, FALSE, 3);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'formation-bureautique' AND f.version = 1),
     'days', 'Nombre de jours de formation', NULL, 'NUMBER', TRUE, 1, 60, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'formation-bureautique' AND f.version = 1),
     'trainees', 'Nombre de stagiaires', NULL, 'NUMBER', TRUE, 1, 200, NULL, FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'formation-bureautique' AND f.version = 1),
     'topics', 'Thèmes', NULL, 'MULTIPLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Traitement de texte', 'Tableur', 'Messagerie et agendas', 'Partage de fichiers'), FALSE, 3),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'formation-bureautique' AND f.version = 1),
     'location', 'Lieu', NULL, 'SINGLE_CHOICE', FALSE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Locaux du SITIV', 'En mairie', 'À distance'), FALSE, 4);
INSERT INTO form_field (form_id, field_key, label, help, field_type, required, min_value, max_value, choices, quantity_field, position) VALUES
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-numerique' AND f.version = 1),
     'days', 'Nombre de jours de formation', NULL, 'NUMBER', TRUE, 1, 30, NULL, TRUE, 1),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-numerique' AND f.version = 1),
     'audience', 'Public', NULL, 'SINGLE_CHOICE', TRUE, NULL, NULL, CONCAT_WS(CHAR(10 USING utf8mb4), 'Agents', 'Élus', 'Médiateurs numériques'), FALSE, 2),
    ((SELECT f.id FROM request_form f JOIN catalog_service s ON s.id = f.service_id WHERE s.code = 'sensibilisation-numerique' AND f.version = 1),
     'period', 'Période souhaitée', NULL, 'DATE', FALSE, NULL, NULL, NULL, FALSE, 3);

-- Existing subscriptions (quantities in the service's usage unit; 1 for mutualised and personalised services)
INSERT INTO subscription (member_id, service_id, quantity, status, start_date) VALUES
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 1300, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'enfance-scolaire'), 1, 'ACTIVE', '2017-09-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'parapheur'), 1, 'ACTIVE', '2016-03-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'archivage'), 850, 'ACTIVE', '2020-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 950, 'ACTIVE', '2016-06-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 700, 'ACTIVE', '2021-09-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'sso'), 1, 'ACTIVE', '2019-01-01'),
    ((SELECT id FROM member WHERE slug = 'venissieux'), (SELECT id FROM catalog_service WHERE code = 'messagerie-instantanee'), 200, 'ACTIVE', '2026-03-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 1050, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'cimetieres'), 1, 'ACTIVE', '2018-04-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'enfance-scolaire'), 1, 'ACTIVE', '2017-09-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'parapheur'), 1, 'ACTIVE', '2016-03-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 780, 'ACTIVE', '2016-06-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 560, 'ACTIVE', '2022-01-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'visioconference'), 1, 'ACTIVE', '2020-04-01'),
    ((SELECT id FROM member WHERE slug = 'vaulx-en-velin'), (SELECT id FROM catalog_service WHERE code = 'machines-virtuelles'), 14, 'ACTIVE', '2019-06-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 420, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'cimetieres'), 1, 'ACTIVE', '2019-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'urbanisme'), 1, 'ACTIVE', '2026-01-05'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 310, 'ACTIVE', '2017-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'bureautique-en-ligne'), 1, 'ACTIVE', '2022-09-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'sauvegarde'), 1, 'ACTIVE', '2018-01-01'),
    ((SELECT id FROM member WHERE slug = 'givors'), (SELECT id FROM catalog_service WHERE code = 'formation-bureautique'), 6, 'ACTIVE', '2023-02-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 190, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-06-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 150, 'ACTIVE', '2017-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'sauvegarde'), 1, 'ACTIVE', '2018-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'sensibilisation-cyber'), 1, 'ACTIVE', '2024-01-01'),
    ((SELECT id FROM member WHERE slug = 'grigny'), (SELECT id FROM catalog_service WHERE code = 'sensibilisation-numerique'), 3, 'ACTIVE', '2025-03-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 210, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'cimetieres'), 1, 'ACTIVE', '2020-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-06-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 160, 'ACTIVE', '2017-01-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'visioconference'), 1, 'ACTIVE', '2020-04-01'),
    ((SELECT id FROM member WHERE slug = 'pierre-benite'), (SELECT id FROM catalog_service WHERE code = 'coffre-fort'), 1, 'SUSPENDED', '2022-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 300, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'enfance-scolaire'), 1, 'ACTIVE', '2018-09-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'parapheur'), 1, 'ACTIVE', '2017-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-06-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'archivage'), 120, 'ACTIVE', '2021-01-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 230, 'ACTIVE', '2017-06-01'),
    ((SELECT id FROM member WHERE slug = 'rive-de-gier'), (SELECT id FROM catalog_service WHERE code = 'audit-securite'), 1, 'SUSPENDED', '2025-10-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 220, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-06-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 170, 'ACTIVE', '2016-09-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 120, 'ACTIVE', '2022-05-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'stockage-s3'), 2, 'SUSPENDED', '2024-02-01'),
    ((SELECT id FROM member WHERE slug = 'corbas'), (SELECT id FROM catalog_service WHERE code = 'formation-bureautique'), 4, 'ACTIVE', '2024-09-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'finances'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'paie-rh'), 700, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'etat-civil'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'elections'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'cimetieres'), 1, 'ACTIVE', '2018-04-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'enfance-scolaire'), 1, 'ACTIVE', '2019-09-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'urbanisme'), 1, 'ACTIVE', '2026-01-05'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'parapheur'), 1, 'ACTIVE', '2016-03-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'teletransmission'), 1, 'ACTIVE', '2015-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 520, 'ACTIVE', '2016-06-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'reponse-incident'), 1, 'ACTIVE', '2023-01-01'),
    ((SELECT id FROM member WHERE slug = 'saint-chamond'), (SELECT id FROM catalog_service WHERE code = 'machines-virtuelles'), 6, 'ACTIVE', '2020-01-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 8000, 'ACTIVE', '2022-01-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 6500, 'ACTIVE', '2022-06-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'bureautique-en-ligne'), 1, 'ACTIVE', '2022-06-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'visioconference'), 1, 'ACTIVE', '2021-09-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'messagerie-instantanee'), 3000, 'ACTIVE', '2025-11-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'sso'), 1, 'ACTIVE', '2021-09-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'stockage-s3'), 40, 'ACTIVE', '2023-03-01'),
    ((SELECT id FROM member WHERE slug = 'lyon'), (SELECT id FROM catalog_service WHERE code = 'formation-bureautique'), 60, 'SUSPENDED', '2023-01-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'messagerie'), 9000, 'ACTIVE', '2022-03-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'partage-fichiers'), 7200, 'ACTIVE', '2022-09-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'bureautique-en-ligne'), 1, 'ACTIVE', '2022-09-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'visioconference'), 1, 'ACTIVE', '2021-09-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'messagerie-instantanee'), 4000, 'ACTIVE', '2025-11-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'sso'), 1, 'ACTIVE', '2021-09-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'stockage-s3'), 55, 'ACTIVE', '2023-03-01'),
    ((SELECT id FROM member WHERE slug = 'metropole-lyon'), (SELECT id FROM catalog_service WHERE code = 'sensibilisation-numerique'), 40, 'ACTIVE', '2024-01-15');

-- Each subscription's history starts with its takeover into the portal
INSERT INTO subscription_event (subscription_id, member_id, occurred_at, actor_login, quantity_before, quantity_after,
                                status_before, status_after, note)
SELECT s.id, s.member_id, CAST(s.start_date AS DATETIME(3)), 'admin', NULL, s.quantity, NULL, s.status,
       'Reprise des abonnements existants'
FROM subscription s
WHERE NOT EXISTS (SELECT 1 FROM subscription_event e WHERE e.subscription_id = s.id)
ORDER BY s.id;
