-- Demo training sessions for every training service of the demo catalogue: three dated sessions each,
-- one of them small so that its waiting list can be seen.
INSERT INTO training_session (service_id, starts_at, ends_at, duration_days, place, online_link, seats, trainer)
SELECT s.id, TIMESTAMP('2027-01-19 08:00:00'), TIMESTAMP('2027-01-19 16:00:00'), 1.0,
       'SITIV, salle de formation, Vénissieux', NULL, 12, 'Aline Perret'
FROM catalog_service s WHERE s.training = TRUE;
INSERT INTO training_session (service_id, starts_at, ends_at, duration_days, place, online_link, seats, trainer)
SELECT s.id, TIMESTAMP('2027-02-09 08:30:00'), TIMESTAMP('2027-02-10 16:00:00'), 2.0,
       'Mairie de Saint-Chamond, salle du conseil', NULL, 8, 'Stéphane Brun'
FROM catalog_service s WHERE s.training = TRUE;
INSERT INTO training_session (service_id, starts_at, ends_at, duration_days, place, online_link, seats, trainer)
SELECT s.id, TIMESTAMP('2027-03-16 13:00:00'), TIMESTAMP('2027-03-16 16:30:00'), 0.5,
       NULL, 'https://visio.sitiv.example.fr/formation', 2, 'Aline Perret'
FROM catalog_service s WHERE s.training = TRUE;
