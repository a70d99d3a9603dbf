# Usporedba 2 – 6 gradova jedan uz drugi (/compare).

compare-error-several = '{ $name }' odgovara više gradova: { $cities }; upotrijebite oznaku
compare-error-no-city = nema grada '{ $name }'
compare-error-no-city-suggest = nema grada '{ $name }'; jeste li mislili { $suggestions }?
compare-error-too-many = usporedite najviše 6 gradova odjednom
compare-title = Usporedba gradova
compare-cities-label = Gradovi odvojeni zarezima
compare-cities-placeholder = 2 do 6 gradova odvojenih zarezima: Osijek, Košice, Graz
compare-button = Usporedi
compare-lead = Usporedite 2 do 6 gradova jedan uz drugi: veličinu, migrantsko stanovništvo i njegovu promjenu, zaposlenost i Istraživanje o kvaliteti života u europskim gradovima.
compare-add-one-more = Dodajte gradu { $city } barem još jedan grad.
compare-no-data = nema podataka
compare-no-profile = nema profila
compare-no-figure = nema podatka
compare-suppressed = neobjavljeno
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = { $count ->
    [one] Stupčasti grafikon: { $feature } za { $count } grad; vrijednosti i godine su u tablici iznad.
    [few] Stupčasti grafikon: { $feature } za { $count } grada; vrijednosti i godine su u tablici iznad.
   *[other] Stupčasti grafikon: { $feature } za { $count } gradova; vrijednosti i godine su u tablici iznad.
}
compare-heading = Usporedba: { $cities }
compare-col-feature = Obilježje
compare-context-type = Vrsta konteksta
compare-trend-title = Udio rođenih u inozemstvu kroz vrijeme (%)
compare-trend-description = Jedna linija po gradu, svaka s vlastitim uzorkom crtica i oznakom na kraju.
compare-trend-caption = Eurostat urb_cpopcb i urb_cpop1. Gradovi bez linije nemaju podatke o rođenima u inozemstvu.
compare-features-note = { $count ->
    [one] Vrijednosti po obilježju: { $count } obilježje iz kataloga usporedivih gradova; definicije su na
    [few] Vrijednosti po obilježju: { $count } obilježja iz kataloga usporedivih gradova; definicije su na
   *[other] Vrijednosti po obilježju: { $count } obilježja iz kataloga usporedivih gradova; definicije su na
}
compare-features-note-link = stranici pokazatelja
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, prema državljanstvu
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, prema zemlji rođenja
compare-groups-chart-description = Grupirani stupčasti grafikon: za svaku državu uspoređenih gradova po jedan stupac za svaku skupinu – { $groups }; nacionalni podaci, najnovija godina. Tablica nakon grafikona donosi vrijednosti, godine i oznake.
compare-groups-caption = Izvor: { $source }, nacionalni podaci ({ $when }).
compare-definition = Definicija
compare-figures-as-table = Podaci kao tablica
compare-col-country-cities = Država (gradovi)
compare-groups-title = Migranti i domaći državljani u državama uspoređenih gradova
compare-groups-intro = Usporedba domaćih državljana, državljana drugih država članica EU-a i državljana zemalja izvan EU-a (ili rođenih u zemlji, rođenih u drugoj državi EU-a i rođenih izvan EU-a), pokazatelj po pokazatelj. Ti podaci potječu iz Ankete o radnoj snazi EU-a i Ankete o dohotku stanovništva (EU-SILC), koje su nacionalni: podataka za gradove prema državljanstvu još nema, pa gradovi iste države dijele jedan skup stupaca.
