assess-error-not-a-round = '{ $id }' non è il numero di una tornata
assess-error-unpublished = la tornata di audit { $id } non ha risultati pubblicati
assess-error-no-agenda = { $city } non ha un'agenda pubblicata
