-- Demo data: one problem under analysis whose workaround is published (issue 16). Signatures refused in the
-- electronic parapheur since the certificates were renewed; the latest parapheur tickets are grouped under it.
SET @tech = (SELECT id FROM user_account WHERE login = 'tech1');
SET @service = (SELECT id FROM catalog_service WHERE code = 'parapheur');
SET @opened = TIMESTAMP(DATE_SUB(UTC_DATE(), INTERVAL 12 DAY), '10:15:00');

INSERT INTO kb_article (title, body, tags, public_article, author_id, last_reviewed_on, created_at, updated_at)
VALUES ('Contournement : signature refusée dans le parapheur après le renouvellement des certificats',
        'Si le parapheur répond « certificat non reconnu » au moment de signer : fermez le navigateur, débranchez puis rebranchez la clé de signature, ouvrez le gestionnaire de certificats de la clé et choisissez « Importer la chaîne de confiance 2026 » (bouton en bas). Signez à nouveau. Si l''erreur persiste, signez depuis un autre poste et indiquez-le dans votre ticket.',
        'parapheur signature certificat contournement', TRUE, @tech, DATE(@opened + INTERVAL 2 DAY), @opened + INTERVAL 2 DAY,
        @opened + INTERVAL 2 DAY);
SET @article = LAST_INSERT_ID();
INSERT INTO kb_article_service (article_id, service_id) VALUES (@article, @service);

INSERT INTO problem (title, status, service_id, analysis, workaround, root_cause, workaround_article_id, created_by, created_at)
VALUES ('Parapheur : signature refusée depuis le renouvellement des certificats', 'KNOWN_ERROR', @service,
        'Les certificats RGS** renouvelés le 1er du mois sont émis par une nouvelle autorité intermédiaire ; le middleware des clés installé sur les postes de 2019 ne la connaît pas. Les postes installés depuis 2023 ne sont pas touchés.',
        'Si le parapheur répond « certificat non reconnu » au moment de signer : fermez le navigateur, débranchez puis rebranchez la clé de signature, ouvrez le gestionnaire de certificats de la clé et choisissez « Importer la chaîne de confiance 2026 » (bouton en bas). Signez à nouveau. Si l''erreur persiste, signez depuis un autre poste et indiquez-le dans votre ticket.',
        NULL, @article, 'tech1', @opened);
SET @problem = LAST_INSERT_ID();
UPDATE problem SET reference = CONCAT('PRB-', YEAR(created_at), '-', LPAD(id, 4, '0')) WHERE id = @problem;

INSERT INTO problem_ticket (problem_id, ticket_id)
SELECT @problem, id FROM ticket WHERE service_id = @service ORDER BY created_at DESC, id DESC LIMIT 4;
