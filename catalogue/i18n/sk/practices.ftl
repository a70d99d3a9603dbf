practices-title = Osvedčené postupy
practices-lead = Zdokumentované integračné postupy miest, každý so svojím zdrojom. Vyhľadávanie nerozlišuje veľké a malé písmená ani diakritiku a nachádza slová vo všetkých jazykoch záznamov (Sprachkurs, jazykový kurz, language course); stačí začiatok slova.
practices-search-label = Hľadať postupy
practices-search-placeholder = napr. jazykový kurz, Košice, poradenstvo
practices-search = Hľadať
practices-filtered-by = Filtrované podľa:
practices-filter-remove = odstrániť
practices-facets = Filtre
practices-results = Výsledky
practices-found = { $count ->
        [one] postup
        [few] postupy
       *[other] postupov
    }
practices-found-for = { $count ->
        [one] postup
        [few] postupy
       *[other] postupov
    } pre „{ $query }“
practices-none = Žiadny postup nezodpovedá. Skúste menej alebo kratšie slová, alebo odstráňte filter.
practices-pages = Strany
practices-previous = ← predchádzajúca
practices-next = ďalšia →
practices-facet-thematic-area = Tematická oblasť
practices-facet-country = Krajina
practices-facet-city-context = Typ mesta
practices-facet-target-group = Cieľová skupina
practices-facet-evidence-level = Úroveň dôkazov
practices-field-city = Mesto
practices-field-country = Krajina
practices-field-level = Úroveň
practices-field-thematic-area-source = Tematická oblasť (zdroj)
practices-field-thematic-areas = Tematické oblasti (observatórium)
practices-field-target-group-source = Cieľová skupina (zdroj)
practices-field-target-groups = Cieľové skupiny (observatórium)
practices-field-city-context = Typ mesta
practices-field-period = Obdobie
practices-field-lead-organisation = Vedúca organizácia
practices-field-partners = Partneri
practices-field-funding = Financovanie
practices-field-outcomes = Uvádzané výsledky
practices-field-evidence-level = Úroveň dôkazov
practices-field-notes = Poznámky
practices-period-from = od { $start }
practices-period-until = do { $end }
practices-not-stated = zdroj neuvádza
practices-city-profile = Profil mesta
practices-sources = Zdroje
practices-repository = Repozitár
practices-at-commit = v commite
practices-summaries-note = Opis a výsledky sú krátke zhrnutia vlastnými slovami knižnice; texty zdrojov patria ich vydavateľom.
practices-recommended = Odporúčané pre toto mesto
practices-no-recommendations = Žiadne odporúčania: { $reason }
practices-recommended-context = Postupy porovnateľných miest a ďalších miest rovnakého typu ({ $context }) z
practices-recommended-size = Postupy porovnateľných miest a ďalších miest rovnakej veľkosti z
practices-recommended-link = knižnice osvedčených postupov
practices-recommended-after = , najprv tie v najslabších oblastiach mesta. Pri každom je uvedené, prečo je tu.
practices-error-page = page: celé číslo od 1
practices-error-not-found = postup s identifikátorom „{ $id }“ neexistuje: hľadajte v knižnici na /practices

practices-reason-peer = Porovnateľné mesto { $city } dokumentuje { $practice } (zameranie: { $field }).
practices-reason-peer-where = Porovnateľné mesto { $city } dokumentuje { $practice } (zameranie: { $field }). Údaj v tejto oblasti: { $weakness }.
practices-reason-country = Mesto { $city } vo Vašej krajine dokumentuje { $practice } (zameranie: { $field }).
practices-reason-country-where = Mesto { $city } vo Vašej krajine dokumentuje { $practice } (zameranie: { $field }). Údaj v tejto oblasti: { $weakness }.
practices-reason-context = Mesto { $city }, rovnakého typu ako Vaše ({ $context }), dokumentuje { $practice } (zameranie: { $field }).
practices-reason-context-where = Mesto { $city }, rovnakého typu ako Vaše ({ $context }), dokumentuje { $practice } (zameranie: { $field }). Údaj v tejto oblasti: { $weakness }.
practices-reason-other = Mesto { $city } dokumentuje { $practice } (zameranie: { $field }).
practices-reason-other-where = Mesto { $city } dokumentuje { $practice } (zameranie: { $field }). Údaj v tejto oblasti: { $weakness }.
practices-reason-practice = { $level ->
        [described] opísaný postup
        [monitored] monitorovaný postup s uvádzanými výsledkami
        [evaluated] vyhodnotený postup
        [evaluated-with-a-comparison-group] postup vyhodnotený s porovnávacou skupinou
       *[other] postup (úroveň dôkazov: { $name })
    }
practices-reason-no-field = oblasť, ktorú slovník nepomenúva
practices-reason-and = { $rest } a { $last }
practices-gap-lower = { $indicator } { $group }: { $value } oproti { $reference } u štátnych príslušníkov vlastnej krajiny ({ $country }, { $period }), o { $points } percentuálneho bodu nižšia
practices-gap-higher = { $indicator } { $group }: { $value } oproti { $reference } u štátnych príslušníkov vlastnej krajiny ({ $country }, { $period }), o { $points } percentuálneho bodu vyššia
practices-gap-widest = { $gap }; ide o najväčší rozdiel v celoštátnych údajoch
practices-gap-second = { $gap }; ide o druhý najväčší rozdiel v celoštátnych údajoch
practices-gap-nth = { $gap }; ide o najväčší rozdiel v celoštátnych údajoch po { $n } väčších
practices-benchmark = Vaše mesto je v ukazovateli „{ $indicator }“ na { $rank }. mieste z { $of } (spolu s porovnateľnými mestami; hodnota { $value }, medián porovnateľných miest { $median })
practices-empty-library = Knižnica postupov je prázdna: najprv importujte súbor s postupmi.
practices-empty-peers-context = Zatiaľ nie je čo odporučiť: žiadny z { $count } postupov v knižnici nepochádza z porovnateľných miest mesta { $city } ({ $peers }), žiadny z iného mesta typu „{ $context }“ a žiadny z iného mesta tej istej krajiny.
practices-empty-peers = Zatiaľ nie je čo odporučiť: žiadny z { $count } postupov v knižnici nepochádza z porovnateľných miest mesta { $city } ({ $peers }), veľkostná kategória mesta nie je známa, takže žiadne mesto nezdieľa jeho typ, a žiadny nepochádza z iného mesta tej istej krajiny.
practices-empty-no-peers-context = Zatiaľ nie je čo odporučiť: mesto { $city } nemá porovnateľné mestá (príliš málo údajov o kontexte na porovnanie), žiadny postup nepochádza z iného mesta typu „{ $context }“ a žiadny z iného mesta tej istej krajiny.
practices-empty-no-peers = Zatiaľ nie je čo odporučiť: mesto { $city } nemá porovnateľné mestá (príliš málo údajov o kontexte na porovnanie), veľkostná kategória mesta nie je známa, takže žiadne mesto nezdieľa jeho typ, a žiadny postup nepochádza z iného mesta tej istej krajiny.
