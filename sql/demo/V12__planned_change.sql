-- Demo data: one planned change (issue 16), approved, that interrupts the financial software for an evening in
-- twelve days; its announcement to the référents goes out on its day (ten business days before, rounded here).
SET @service = (SELECT id FROM catalog_service WHERE code = 'finances');
SET @start = TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 12 DAY), '17:00:00');

INSERT INTO change_request (title, public_summary, plan, backout_plan, risk, interrupts, window_start, window_end, status,
                            requested_by, created_at, decided_by, decided_at, decision_note, announce_on)
VALUES ('Montée de version du progiciel financier (M57 2027)',
        'Montée de version annuelle du logiciel de gestion financière : le logiciel sera indisponible pendant la soirée.',
        'Sauvegarde complète de la base à 18 h ; arrêt des services applicatifs ; passage des scripts de migration 2027 ; contrôle de trois budgets témoins (Vénissieux, Givors, Corbas) ; réouverture.',
        'Restauration de la sauvegarde de 18 h et réinstallation de la version 2026 (45 minutes) ; la montée de version est reportée à la semaine suivante.',
        'MEDIUM', TRUE, @start, DATE_ADD(@start, INTERVAL 4 HOUR), 'APPROVED', 'tech1', DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 3 DAY),
        'chef.projet1', DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 2 DAY), 'Fenêtre validée avec l''éditeur.', DATE_ADD(UTC_DATE(), INTERVAL 2 DAY));
SET @change = LAST_INSERT_ID();
UPDATE change_request SET reference = CONCAT('CHG-', YEAR(created_at), '-', LPAD(id, 4, '0')) WHERE id = @change;
INSERT INTO change_service (change_id, service_id) VALUES (@change, @service);
