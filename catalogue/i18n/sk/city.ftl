# Profil mesta (/cities/<code>).

city-unknown-place = žiadne miesto s kódom '{ $code }': vyhľadajte ho podľa názvu na úvodnej stránke alebo v /api/v1/cities?q=…
city-group-everybody = všetci
city-breadcrumb-cities = Mestá
city-level-city = Mesto (Urban Audit)
city-level-municipality = obec
city-level-greater-city = Širšie mesto
city-level-functional-urban-area = Funkčná mestská oblasť
city-level-country = Krajina
city-level-place = Miesto
city-code = kód
city-context-type = typ kontextu:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = slabá zhoda: odlišné od svojho typu v { $features }
city-compare-link = porovnať s inými mestami
city-neighbourhood-map-link = mapa mestských častí
city-indicators-title = Ukazovatele podľa tematickej oblasti
city-indicators-intro = Najnovší údaj každého radu za mesto. Rozdiel je odchýlka od toho istého údaja za štátnych príslušníkov vlastnej krajiny (pri mierach v percentuálnych bodoch). Význam príznaku zobrazíte ukázaním myšou alebo zameraním;
city-indicators-intro-link = definície a zdroje
city-indicators-intro-after = sú na jedno kliknutie.
city-national-title = Migranti a štátni príslušníci vlastnej krajiny – { $country }
city-national-intro = Tieto výsledky meria výberové zisťovanie pracovných síl EÚ a EU-SILC na celoštátnej úrovni: údaje za mestá pre ne zatiaľ neexistujú. Ukazujú celoštátny kontext skupín migrantov v meste.
city-peers-title = Podobné mestá
city-no-profile = Žiadny kontextový profil: pre mesto chýbajú údaje o počte obyvateľov.
city-municipality-no-profile = { $name } je obec mimo Urban Audit Eurostatu: Eurostat za ňu nezverejňuje mestské údaje, preto tu nie je kontextový profil ani podobné mestá. Vlastné údaje sa vkladajú nahraním (Údaje), najlepšie v usporiadanom (tidy) formáte; národné údaje nižšie sú údaje jej krajiny.
city-municipality-upload-link = Nahrať údaje
city-card-residents = obyvateľov
city-card-population-break = Údaj Eurostatu za { $period }, { $value }, je označený ako zlom v rade a je ďaleko od predchádzajúceho roka: nie je zobrazený ako počet obyvateľov.
city-card-size-class = veľkostná trieda
city-size-class-under-50k = pod 50 tis.
city-card-born-abroad = narodení v zahraničí
city-card-foreign-born-change = zmena podielu osôb narodených v zahraničí za približne 5 rokov (percentuálne body)
city-card-context-type = typ kontextu
city-card-typology = typológia
city-trend-chart-title = Obyvatelia narodení v zahraničí ako podiel na obyvateľstve, { $city }
city-trend-chart-description = Čiarový graf podielu osôb narodených v zahraničí podľa roka, od { $from } do { $to }; hodnoty uvádza tabuľka nižšie.
city-trend-series = podiel narodených v zahraničí
city-trend-caption = Podiel osôb narodených v zahraničí (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Prázdne body a roky označené e sú odhady Eurostatu (príznak e, často interpolované medzi rokmi sčítania), nie sčítané údaje.
city-figures-as-table = Údaje ako tabuľka
city-year = Rok
city-foreign-born-share-percent = Podiel osôb narodených v zahraničí (%)
city-foreign-born-missing = Podiel osôb narodených v zahraničí: { $reason }
city-suppressed = nezverejnené
city-suppressed-title = nezverejnené z dôvodu ochrany dôvernosti
city-suppressed-because = nezverejnené ({ $reason })
city-no-figures = Za toto miesto zatiaľ nie sú zverejnené žiadne údaje.
city-col-indicator = Ukazovateľ
city-col-group = Skupina
city-col-period = Obdobie
city-col-value = Hodnota
city-col-gap = Rozdiel oproti štátnym príslušníkom vlastnej krajiny
city-col-source = Zdroj
city-col-estimate = Odhad
city-col-ci = 95 % IS
city-col-gap-short = Rozdiel
city-col-reliability = Spoľahlivosť
city-col-status = Stav
city-col-submission = Predloženie
city-col-city = Mesto
city-col-why-similar = Prečo podobné
city-col-distance = Vzdialenosť
city-definition-and-source = definícia a zdroj
city-more-rows = { $count ->
    [one] { $count } ďalší riadok na stiahnutie v
    [few] { $count } ďalšie riadky na stiahnutie v
    [many] { $count } ďalšieho riadku na stiahnutie v
   *[other] { $count } ďalších riadkov na stiahnutie v
}
city-more-rows-link = súbore CSV
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } – { $country }, { $period }, podľa štátnej príslušnosti
city-national-chart-description = Bodový graf: štátni príslušníci vlastnej krajiny (štvorec, referenčná skupina) a ďalšie skupiny podľa štátnej príslušnosti (body); hodnoty a rozdiel uvádza tabuľka.
city-source = Zdroj: { $source }.
city-definition = Definícia
city-estimates-title = Vypočítané ukazovatele (odhady z výberových zisťovaní)
city-estimates-intro = Odhadnuté z vážených mikroúdajov s 95 % intervalmi spoľahlivosti; bunky príliš malé na zverejnenie sú uvedené ako nezverejnené, nízka spoľahlivosť je označená príznakom.
city-estimates-chart-title = Odhady z výberových zisťovaní s 95 % intervalmi spoľahlivosti
city-estimates-chart-description = Body s vodorovnými úsečkami pre intervaly spoľahlivosti; nezverejnené bunky sú vypísané slovami.
city-reliability-ok = v poriadku
city-no-peers = Žiadne porovnateľné mestá: mesto má príliš málo kontextových údajov na porovnanie.
city-peers-intro = { $count ->
    [one] { $count } najpodobnejšie mesto podľa kritérií: { $features }.
    [few] { $count } najpodobnejšie mestá podľa kritérií: { $features }.
    [many] { $count } najpodobnejšieho mesta podľa kritérií: { $features }.
   *[other] { $count } najpodobnejších miest podľa kritérií: { $features }.
}
city-peers-note-too-few-features = { $total ->
    [one] { $city } má len { $have } z { $total } charakteristiky vzdialenosti: nemožno s ním porovnať žiadne mesto
   *[other] { $city } má len { $have } z { $total } charakteristík vzdialenosti: nemožno s ním porovnať žiadne mesto
}
city-peers-note-few-comparable = { $count ->
    [one] podmienky spĺňa a dosť charakteristík s mestom { $city } zdieľa len { $count } mesto
    [few] podmienky spĺňajú a dosť charakteristík s mestom { $city } zdieľajú len { $count } mestá
    [many] podmienky spĺňa a dosť charakteristík s mestom { $city } zdieľa len { $count } mesta
   *[other] podmienky spĺňa a dosť charakteristík s mestom { $city } zdieľa len { $count } miest
}
city-benchmark-title = Porovnanie: { $indicator }
city-benchmark-this-city = { $city } (toto mesto)
city-no-data = bez údajov
city-benchmark-chart-title = { $indicator } – mesto a porovnateľné mestá
city-benchmark-chart-description = Stĺpce: mesto (čiernou, prvé) a každé porovnateľné mesto (modrou); hodnoty sú uvedené vedľa stĺpcov.
city-benchmark-summary = { $count ->
    [one] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mesto).
    [few] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mestá).
    [many] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mesta).
   *[other] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } miest).
}
city-benchmark-rank-highest = { $rank } miesto z { $of } podľa výšky hodnoty (mesto a porovnateľné mestá s hodnotou)
city-benchmark-rank-best-higher = { $rank } miesto z { $of } (vyššia je lepšia; mesto a porovnateľné mestá s hodnotou)
city-benchmark-rank-best-lower = { $rank } miesto z { $of } (nižšia je lepšia; mesto a porovnateľné mestá s hodnotou)
city-benchmark-no-value = { $city } nemá hodnotu ukazovateľa { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] jediné porovnateľné mesto mesta { $city } nemá hodnotu ukazovateľa { $indicator }
   *[other] žiadne z { $count } porovnateľných miest mesta { $city } nemá hodnotu ukazovateľa { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; medián porovnateľných miest { $median } (kvartily { $q1 } – { $q3 }, rozpätie { $min } – { $max }, { $count } porovnateľné mesto)
    [few] { $indicator }: { $city } { $value }; medián porovnateľných miest { $median } (kvartily { $q1 } – { $q3 }, rozpätie { $min } – { $max }, { $count } porovnateľné mestá)
    [many] { $indicator }: { $city } { $value }; medián porovnateľných miest { $median } (kvartily { $q1 } – { $q3 }, rozpätie { $min } – { $max }, { $count } porovnateľného mesta)
   *[other] { $indicator }: { $city } { $value }; medián porovnateľných miest { $median } (kvartily { $q1 } – { $q3 }, rozpätie { $min } – { $max }, { $count } porovnateľných miest)
}
city-benchmark-none-better = žiadne porovnateľné mesto si nevedie lepšie
city-benchmark-better = lepšie si vedú: { $cities }
city-drafts-title = Nezverejnené údaje tohto mesta
city-drafts-intro = Vidíte ich len Vy a ďalšie osoby s rolou pre toto mesto: nie sú verejné, kým ich schvaľovateľ nezverejní.
city-drafts-none = Žiadne otvorené predloženia.
city-drafts-upload = Nahrať údaje
city-drafts-submission = Predloženie { $id }
city-drafts-values = { $count ->
    [one] { $count } hodnota
    [few] { $count } hodnoty
    [many] { $count } hodnoty
   *[other] { $count } hodnôt
}

# Skupiny obyvateľstva, časť po časti („štátni príslušníci krajín mimo EÚ, ženy, 20 – 64“).
city-group-nationals = štátni príslušníci vlastnej krajiny
city-group-eu-citizens = štátni príslušníci iných krajín EÚ
city-group-non-eu-citizens = štátni príslušníci krajín mimo EÚ
city-group-foreign-citizens = cudzinci
city-group-stateless = osoby bez štátnej príslušnosti
city-group-citizens-of = štátni príslušníci { $country }
city-group-citizenship-code = štátna príslušnosť { $code }
city-group-native-born = narodení v krajine
city-group-born-other-eu = narodení v inej krajine EÚ
city-group-born-outside-eu = narodení mimo EÚ
city-group-foreign-born = narodení v zahraničí
city-group-born-in = narodení v { $country }
city-group-birth-code = krajina narodenia { $code }
city-group-women = ženy
city-group-men = muži
city-group-permit = povolenie na pobyt: { $reason }
city-group-permit-work = zamestnanie
city-group-permit-family = rodina
city-group-permit-education = vzdelávanie
city-group-permit-protection = ochrana
city-group-permit-other = iné dôvody
city-group-stay = dĺžka pobytu: { $code }
city-group-with-migration-background = s migrantským pôvodom
city-group-without-migration-background = bez migrantského pôvodu
city-group-migration-background-from = migrantský pôvod z { $code }
