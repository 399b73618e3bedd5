-- Demo canned answers of the first-line and systems groups.
INSERT INTO canned_answer (group_id, title, body, updated_at)
SELECT g.id, a.title, a.body, UTC_TIMESTAMP(3)
FROM support_group g
JOIN (SELECT 'support-n1' AS grp, 'Prise en charge' AS title,
             'Bonjour {demandeur},\n\nNous avons bien reçu votre demande {reference} (« {objet} ») et un technicien la prend en charge. Nous revenons vers vous dès que possible.\n\nCordialement,\n{technicien}' AS body
      UNION ALL SELECT 'support-n1', 'Mot de passe réinitialisé',
             'Bonjour {demandeur},\n\nVotre mot de passe a été réinitialisé : un lien vous a été envoyé pour en choisir un nouveau. Il est valable 24 heures.\n\nCordialement,\n{technicien}'
      UNION ALL SELECT 'support-n1', 'Demande de précisions',
             'Bonjour {demandeur},\n\nPour avancer sur le ticket {reference}, pourriez-vous nous préciser le nom du poste concerné et l''heure à laquelle le problème est apparu ?\n\nCordialement,\n{technicien}'
      UNION ALL SELECT 'systemes', 'Intervention planifiée',
             'Bonjour {demandeur},\n\nUne intervention sur le service {service} de {commune} est planifiée ; nous vous confirmons l''horaire par retour.\n\nCordialement,\n{technicien}') a
  ON a.grp = g.code;
