assess-error-not-a-round = '{ $id }' ist keine Nummer einer Runde
assess-error-unpublished = Die Audit-Runde { $id } hat keine veröffentlichten Ergebnisse
assess-error-no-agenda = { $city } hat keine veröffentlichte Agenda
