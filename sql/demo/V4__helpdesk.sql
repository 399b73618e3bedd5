-- Demo data: who works which support queue, which group takes which services, and a first set of
-- knowledge-base articles (public ones are suggested to agents as they type a ticket subject).

UPDATE support_group SET manager_id = (SELECT id FROM user_account WHERE login = 'chef.projet1')
    WHERE code IN ('support-n1', 'securite', 'applications');
UPDATE support_group SET manager_id = (SELECT id FROM user_account WHERE login = 'chef.projet2')
    WHERE code IN ('systemes', 'reseau', 'formation');

INSERT INTO support_group_member (group_id, user_id)
SELECT g.id, u.id FROM support_group g JOIN user_account u ON
    (u.login = 'tech1' AND g.code IN ('support-n1', 'securite', 'applications'))
    OR (u.login = 'tech2' AND g.code IN ('support-n1', 'systemes', 'reseau', 'formation'))
    OR (u.login = 'chef.projet1' AND g.code IN ('support-n1', 'securite', 'applications'))
    OR (u.login = 'chef.projet2' AND g.code IN ('systemes', 'reseau', 'formation'));

UPDATE catalog_service s JOIN catalog_category c ON c.id = s.category_id JOIN support_group g ON g.code =
    CASE c.code WHEN 'metier' THEN 'applications' WHEN 'dematerialisation' THEN 'applications'
        WHEN 'identite' THEN 'systemes' WHEN 'hebergement' THEN 'systemes' WHEN 'securite' THEN 'securite'
        WHEN 'formation' THEN 'formation' ELSE 'support-n1' END
SET s.support_group_id = g.id;

SET @author = (SELECT id FROM user_account WHERE login = 'tech1');
SET @manager = (SELECT id FROM user_account WHERE login = 'chef.projet1');
SET @today = UTC_DATE();

INSERT INTO kb_article (title, body, tags, public_article, author_id, last_reviewed_on, created_at, updated_at) VALUES
    ('Réinitialiser le mot de passe de sa messagerie',
     'Votre messagerie refuse votre mot de passe ou vous l''avez oublié ?\n\n1. Ouvrez la page de connexion du portail (SSO) et choisissez « Mot de passe oublié ».\n2. Saisissez votre adresse professionnelle : un lien valable 30 minutes vous est envoyé sur votre adresse de secours.\n3. Choisissez un mot de passe d''au moins 12 caractères.\n\nSi vous n''avez pas d''adresse de secours, demandez à votre référent numérique d''ouvrir un ticket « Mot de passe » pour vous.',
     'mot de passe messagerie oubli connexion compte bloqué', TRUE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Configurer la messagerie sur un téléphone',
     'Sur Android ou iPhone, ajoutez un compte « Exchange » ou « IMAP » avec votre adresse professionnelle. Serveur entrant : imap.sitiv.example.fr (port 993, SSL) ; serveur sortant : smtp.sitiv.example.fr (port 465, SSL). Identifiant : votre adresse complète.',
     'messagerie téléphone smartphone mobile imap', TRUE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('L''imprimante affiche « hors ligne »',
     'Vérifiez que l''imprimante est allumée et reliée au réseau (voyant réseau allumé). Sur le poste, ouvrez Paramètres > Imprimantes, choisissez l''imprimante et « Utiliser l''imprimante en ligne ». Si le problème touche tout un service, ouvrez un ticket avec l''impact « service ».',
     'imprimante impression hors ligne réseau', TRUE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Envoyer un acte au contrôle de légalité : message « certificat expiré »',
     'Le certificat de télétransmission de la commune a expiré. Le référent doit en commander un nouveau (délai : 10 jours). En attendant, les actes urgents peuvent être déposés en préfecture. Ouvrez un ticket « Télétransmission » pour que le syndicat installe le nouveau certificat.',
     'télétransmission actes préfecture certificat expiré', TRUE, @manager, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Partager un dossier avec un élu dans le partage de fichiers',
     'Dans le partage de fichiers, cliquez sur l''icône de partage du dossier, saisissez le nom de l''élu (ou son adresse pour un partage externe) et choisissez les droits (lecture ou modification). Un partage externe doit avoir une date d''expiration.',
     'partage fichiers nextcloud élu dossier', TRUE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Visioconférence : pas de son ou pas de caméra',
     'Autorisez le micro et la caméra dans le navigateur (icône de cadenas à gauche de l''adresse). Fermez les autres logiciels qui les utilisent (Teams, Zoom). Avec un casque USB, choisissez-le dans les paramètres de la réunion.',
     'visioconférence son micro caméra réunion', TRUE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Signaler un courriel suspect (hameçonnage)',
     'Ne cliquez sur aucun lien et n''ouvrez aucune pièce jointe. Transférez le message comme pièce jointe au support en ouvrant un ticket de type « incident de sécurité ». Si vous avez saisi votre mot de passe, changez-le tout de suite et dites-le dans le ticket.',
     'hameçonnage phishing courriel suspect sécurité mot de passe', TRUE, @manager, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Procédure interne : restaurer un fichier depuis la sauvegarde',
     'Dans la console de sauvegarde, choisir le serveur de fichiers de la commune, la date de restauration, puis restaurer dans un dossier « Restauration-AAAAMMJJ » à côté de l''original. Ne jamais écraser le fichier d''origine. Noter la restauration dans le ticket (note interne).',
     'sauvegarde restauration fichier procédure', FALSE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    ('Procédure interne : compte bloqué après tentatives échouées',
     'Vérifier dans l''annuaire l''origine des échecs (poste, téléphone avec ancien mot de passe). Débloquer le compte, puis demander à l''agent de mettre à jour le mot de passe sur son téléphone. Si les tentatives viennent de l''extérieur, passer le ticket au groupe Sécurité.',
     'compte bloqué annuaire procédure mot de passe', FALSE, @author, @today, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

INSERT INTO kb_article_service (article_id, service_id)
SELECT a.id, s.id FROM kb_article a JOIN catalog_service s ON
    (a.title LIKE 'Réinitialiser%' AND s.code IN ('messagerie', 'sso'))
    OR (a.title LIKE 'Configurer la messagerie%' AND s.code = 'messagerie')
    OR (a.title LIKE 'Envoyer un acte%' AND s.code = 'teletransmission')
    OR (a.title LIKE 'Partager un dossier%' AND s.code = 'partage-fichiers')
    OR (a.title LIKE 'Visioconférence%' AND s.code = 'visioconference')
    OR (a.title LIKE 'Signaler un courriel%' AND s.code IN ('messagerie', 'reponse-incident'))
    OR (a.title LIKE 'Procédure interne : restaurer%' AND s.code IN ('sauvegarde', 'serveurs-fichiers'));
