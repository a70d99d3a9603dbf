# Správa o integrácii v meste (crates/city-report): tlačený dokument pre mestské zastupiteľstvo.

report-title = Správa o integrácii v meste
report-title-of = Správa o integrácii v meste: { $city }
report-page = Strana
report-year = Údaje do roku { $year }
report-latest = Najnovšie zverejnené údaje
report-code = Kód miesta { $code }
report-contents = Obsah
report-left-out = Nie je súčasťou tejto správy
report-published-only = Uvádzajú sa iba zverejnené údaje. Hodnoty, ich intervaly a príznaky sú rovnaké ako na stránkach observatória a v jeho súboroch CSV.
report-source = Zdroj: { $source }
report-no-data = údaje nie sú k dispozícii
report-download-pdf = Stiahnuť PDF
report-print-hint = Táto stránka sa tlačí ako správa (A4, čísla strán, každá kapitola na novej strane).
report-profile-link = Správa o integrácii v meste (tlač, PDF)
report-no-chromium = PDF nemožno na tomto serveri vytvoriť: nie je nainštalovaný Chromium, ktorý ho tlačí. Otvorte stránku správy a vytlačte ju zo svojho prehliadača alebo požiadajte správcov o inštaláciu Chromia.
report-suppressed = nezverejnená hodnota
report-withheld = nezverejnené z dôvodu ochrany dôvernosti

report-profile-title = Profil mesta
report-profile-none = Chýba kontextový profil: pre mesto nie sú k dispozícii údaje o počte obyvateľov.
report-profile-residents = obyvateľov
report-profile-born-abroad = narodených v zahraničí
report-profile-change = zmena podielu osôb narodených v zahraničí za približne päť rokov (percentuálne body)
report-profile-type = typ kontextu a veľkostná trieda
report-profile-trend-title = Obyvatelia narodení v zahraničí ako podiel obyvateľstva, { $city }
report-profile-trend-desc = Čiarový graf podielu osôb narodených v zahraničí podľa rokov, od roku { $first } do roku { $last }; tabuľka nižšie uvádza hodnoty.

report-indicators-title = Ukazovatele podľa tematických oblastí
report-indicators-intro = Najnovšia zverejnená hodnota každého radu za mesto, pri výberových odhadoch s 95 % intervalom spoľahlivosti, a rozdiel oproti štátnym príslušníkom vlastnej krajiny (percentuálne body, pri mierach toho istého roka). Písmená pri hodnote sú príznaky Eurostatu.
report-indicators-none = Pre toto miesto zatiaľ nie sú zverejnené žiadne údaje.
report-indicators-more = { $count ->
    [one] Ďalší { $count } riadok ukazovateľa { $indicator } je v súbore CSV.
    [few] Ďalšie { $count } riadky ukazovateľa { $indicator } sú v súbore CSV.
    [many] Ďalších { $count } riadka ukazovateľa { $indicator } je v súbore CSV.
   *[other] Ďalších { $count } riadkov ukazovateľa { $indicator } je v súbore CSV.
}
report-national-title = Migranti a štátni príslušníci vlastnej krajiny: { $country }
report-national-intro = Tieto výsledky sa merajú výberovým zisťovaním pracovných síl EÚ a štatistikou EÚ o príjmoch a životných podmienkach (EU-SILC) na národnej úrovni: na úrovni mesta pre ne zatiaľ neexistujú údaje. Ukazujú národný kontext skupín migrantov v meste.
report-flags-legend = Príznaky:

report-col-indicator = Ukazovateľ
report-col-group = Skupina
report-col-period = Obdobie
report-col-value = Hodnota
report-col-interval = 95 % interval
report-col-gap = Rozdiel oproti štátnym príslušníkom vlastnej krajiny
report-col-year = Rok
report-col-foreign-born-share = Podiel narodených v zahraničí (%)
report-col-rank = Poradie
report-col-city = Mesto
report-col-country = Krajina
report-col-distance = Vzdialenosť
report-col-index = Index
report-col-area = Územie
report-col-residents = Obyvatelia
report-col-foreigners = Obyvatelia s cudzím štátnym občianstvom
report-col-share = Obyvatelia s cudzím štátnym občianstvom (%)
report-col-focal-point = Ťažisková oblasť
report-col-score = Skóre
report-col-target = Cieľ
report-col-baseline = Východisková hodnota
report-col-goal = Cieľová hodnota
report-col-latest = Najnovšia hodnota
report-col-progress = Prejdená cesta k cieľu
report-col-scenario = Scenár
report-col-start = Obyvateľstvo, prvý rok
report-col-end = Obyvateľstvo, posledný rok
report-col-foreign-share-end = Cudzí štátni príslušníci, posledný rok (%)

report-group-everybody = všetci
report-group-nationals = štátni príslušníci vlastnej krajiny
report-group-eu-citizens = štátni príslušníci iných krajín EÚ
report-group-non-eu-citizens = štátni príslušníci krajín mimo EÚ
report-group-foreign-citizens = cudzinci
report-group-native-born = narodení v krajine
report-group-born-eu = narodení v inej krajine EÚ
report-group-born-non-eu = narodení mimo EÚ
report-group-foreign-born = narodení v zahraničí
report-group-women = ženy
report-group-men = muži

report-peers-title = Porovnateľné mestá a referenčné hodnoty
report-peers-none = Žiadne porovnateľné mestá: na porovnanie má mesto príliš málo kontextových údajov.
report-peers-intro = { $count ->
    [one] Najpodobnejšie mesto podľa ukazovateľov { $features }.
    [few] { $count } najpodobnejšie mestá podľa ukazovateľov { $features }.
    [many] { $count } najpodobnejšieho mesta podľa ukazovateľov { $features }.
   *[other] { $count } najpodobnejších miest podľa ukazovateľov { $features }.
}
report-benchmark-title = Porovnanie: { $indicator }
report-benchmark-chart = { $indicator } mesta a porovnateľných miest
report-benchmark-desc = Pruhy: mesto (tmavý, prvý) a každé porovnateľné mesto (modré); hodnoty sú uvedené vedľa pruhov.
report-benchmark-this-city = { $city } (toto mesto)
report-benchmark-summary = { $count ->
    [one] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mesto).
    [few] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mestá).
    [many] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } mesta).
   *[other] Porovnateľné mestá: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } miest).
}
report-benchmark-position = { $count ->
    [one] Mesto je na { $rank }. mieste z { $count } mesta.
    [few] Mesto je na { $rank }. mieste z { $count } miest.
    [many] Mesto je na { $rank }. mieste z { $count } mesta.
   *[other] Mesto je na { $rank }. mieste z { $count } miest.
}

report-neighbourhoods-title = Mestské štvrte
report-neighbourhoods-none = Pre mesto nie sú v observatóriu k dispozícii počty obyvateľov za malé územia.
report-neighbourhoods-intro = { $count ->
    [one] { $count } územie ({ $scheme }), { $period }.
    [few] { $count } územia ({ $scheme }), { $period }.
    [many] { $count } územia ({ $scheme }), { $period }.
   *[other] { $count } území ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Obyvatelia s cudzím štátnym občianstvom na týchto územiach: { $share } % obyvateľov.
report-area-few = neuvedené (menej ako 20 obyvateľov)
report-index-dissimilarity = Index odlišnosti: podiel obyvateľov s cudzím štátnym občianstvom, ktorí by sa museli presťahovať pre rovnomerné rozloženie (0 = rovnomerné, 1 = oddelené)
report-index-isolation = Index izolácie: podiel cudzincov medzi susedmi priemerného obyvateľa s cudzím štátnym občianstvom
report-index-interaction = Index interakcie: podiel ostatných medzi susedmi priemerného obyvateľa s cudzím štátnym občianstvom
report-index-entropy = Theilovo H: o koľko sú územia menej premiešané ako mesto (0 = rovnako premiešané)
report-index-gini = Giniho koeficient podielov území

report-audit-title = Výsledky auditu
report-audit-none = Pre toto mesto sa neuskutočnil žiadny audit.
report-audit-intro = { $count ->
    [one] { $title } (odpovede do { $closes }), { $count } respondent.
    [few] { $title } (odpovede do { $closes }), { $count } respondenti.
    [many] { $title } (odpovede do { $closes }), { $count } respondenta.
   *[other] { $title } (odpovede do { $closes }), { $count } respondentov.
}

report-agenda-title = Mestská agenda integrácie a jej pokrok
report-agenda-none = Mesto nemá zverejnenú mestskú agendu integrácie.
report-agenda-intro = { $title } (verzia { $version }).
report-agenda-actions = { $count ->
    [one] ({ $count } opatrenie)
    [few] ({ $count } opatrenia)
    [many] ({ $count } opatrenia)
   *[other] ({ $count } opatrení)
}

report-scenarios-title = Scenáre a dopyt po službách
report-scenarios-none = Pre toto mesto nebol zverejnený žiadny scenár vývoja obyvateľstva.
report-scenarios-demand = Dopyt po službách (miesta v školách, starostlivosť o deti, všeobecní lekári, jazykové kurzy) vyplýva z týchto scenárov a z mier využívania služieb, ktoré mesto nastaví na stránke scenárov observatória.

report-sources-title = Zdroje a definície
report-sources-none = Žiadne zdroje: správa neuvádza žiadne zverejnené údaje.
report-definitions = Definície

report-method-title = Metodika
report-method-intervals-title = Intervaly
report-method-intervals = Výberové odhady sa počítajú z vážených mikroúdajov; ich 95 % interval spoľahlivosti vychádza zo smerodajnej chyby založenej na výberovom pláne (Taylorova linearizácia alebo replikačné váhy, podľa toho, čo zisťovanie poskytuje). Údaje z registrov a sčítaní nemajú interval.
report-method-flags-title = Príznaky
report-method-flags = Príznaky sú písmená Eurostatu, prevzaté tak, ako ich uvádza zdroj: b prerušenie časového radu, c dôverné, d odlišná definícia, e odhad, f prognóza, p predbežné, r revidované, s odhad Eurostatu, u nízka spoľahlivosť. Odhady s vysokým variačným koeficientom sú označené písmenom u.
report-method-suppression-title = Ochrana dôvernosti
report-method-suppression = Bunka označená ako dôverná (príznak c) alebo bunka zisťovania s príliš malým počtom respondentov na zverejnenie sa nezverejňuje: neuvádza žiadnu hodnotu, v tejto správe rovnako ako na webe a v súbore CSV. Nezverejňuje sa ani bunka, ktorej hodnotu by bolo možné dopočítať z ostatných (sekundárna ochrana).
report-method-gap-title = Rozdiel oproti štátnym príslušníkom vlastnej krajiny
report-method-gap = Rozdiel je rozdiel medzi mierou skupiny a mierou štátnych príslušníkov vlastnej krajiny toho istého radu a toho istého roka, v percentuálnych bodoch. Nepočíta sa pre počty osôb ani pre nezverejnenú bunku.
report-method-peers-title = Porovnateľné mestá
report-method-peers = Porovnateľné mestá sú mestá najbližšie tomuto mestu podľa kontextových ukazovateľov uvedených v kapitole o porovnateľných mestách. Každý ukazovateľ je robustne štandardizovaný (mínus jeho medián, delené jeho medzikvartilovým rozpätím / 1,349), aby žiadny ukazovateľ nemal väčšiu váhu pre svoju jednotku; vzdialenosť je vážená vzdialenosť cez štandardizované ukazovatele, ktoré majú obe mestá. Porovnanie zaraďuje mesto medzi porovnateľné mestá podľa ich mediánu a kvartilov.
report-method-neighbourhoods-title = Indexy mestských štvrtí
report-method-neighbourhoods = Indexy segregácie porovnávajú počty obyvateľov s cudzím štátnym občianstvom a všetkých obyvateľov na územiach mesta s vymedzenými hranicami; územia s menej ako 20 obyvateľmi neuvádzajú podiel, ale do indexov sa započítavajú.
