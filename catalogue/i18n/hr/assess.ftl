assess-error-not-a-round = '{ $id }' nije broj kruga
assess-error-unpublished = krug audita { $id } nema objavljenih rezultata
assess-error-no-agenda = { $city } nema objavljen program
