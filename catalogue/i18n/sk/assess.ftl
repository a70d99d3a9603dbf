assess-error-not-a-round = '{ $id }' nie je číslo kola
assess-error-unpublished = kolo auditu { $id } nemá zverejnené výsledky
assess-error-no-agenda = { $city } nemá zverejnenú agendu
