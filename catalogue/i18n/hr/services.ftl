# "Korištenje gradskih usluga" na profilu grada: ono što gradski odjeli prijave predloškom
# o korištenju usluga, na 1.000 stanovnika svake skupine.

services-title = Korištenje gradskih usluga
services-intro = Korisnici svake usluge koje prijavljuju gradski odjeli, na 1.000 stanovnika skupine. Razlika je odstupanje od rođenih u zemlji (prema zemlji rođenja) ili od državljana (prema državljanstvu). Prebrojeni su svi korisnici, a ne uzorak: stope nemaju pogrešku uzorka. Stanovništvo je ono iz godine razdoblja ili iz posljednje godine prije nje (u zagradi).
services-col-group = Skupina
services-col-users = Korisnici
services-col-population = Stanovništvo
services-col-rate = Na 1.000
services-col-gap = Razlika
services-no-population = nije poznato
services-source = Izvor: { $source }.
