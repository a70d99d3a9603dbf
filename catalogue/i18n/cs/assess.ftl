assess-error-not-a-round = '{ $id }' není číslo kola
assess-error-unpublished = kolo auditu { $id } nemá zveřejněné výsledky
assess-error-no-agenda = { $city } nemá zveřejněnou agendu
