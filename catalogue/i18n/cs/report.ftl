# Zpráva o integraci ve městě (crates/city-report): tištěný dokument pro zastupitelstvo města.

report-title = Zpráva o integraci ve městě
report-title-of = Zpráva o integraci ve městě: { $city }
report-page = Strana
report-year = Údaje do roku { $year }
report-latest = Nejnovější zveřejněné údaje
report-code = Kód místa { $code }
report-contents = Obsah
report-left-out = Není součástí této zprávy
report-published-only = Uvedeny jsou pouze zveřejněné údaje. Hodnoty, jejich intervaly a příznaky jsou stejné jako na stránkách observatoře a v jejích souborech CSV.
report-source = Zdroj: { $source }
report-no-data = údaje nejsou k dispozici
report-download-pdf = Stáhnout PDF
report-print-hint = Tato stránka se tiskne jako zpráva (A4, čísla stran, každá kapitola na nové straně).
report-profile-link = Zpráva o integraci ve městě (tisk, PDF)
report-no-chromium = PDF nelze na tomto serveru vytvořit: není nainstalován Chromium, který je tiskne. Otevřete stránku zprávy a vytiskněte ji ze svého prohlížeče, nebo požádejte správce o instalaci Chromia.
report-suppressed = nezveřejněná hodnota
report-withheld = nezveřejněno z důvodu ochrany důvěrnosti

report-profile-title = Profil města
report-profile-none = Chybí kontextový profil: pro město nejsou k dispozici údaje o počtu obyvatel.
report-profile-residents = obyvatel
report-profile-born-abroad = narozených v zahraničí
report-profile-change = změna podílu osob narozených v zahraničí za přibližně pět let (procentní body)
report-profile-type = typ kontextu a velikostní třída
report-profile-trend-title = Obyvatelé narození v zahraničí jako podíl obyvatelstva, { $city }
report-profile-trend-desc = Spojnicový graf podílu osob narozených v zahraničí podle let, od roku { $first } do roku { $last }; tabulka níže uvádí hodnoty.

report-indicators-title = Ukazatele podle tematických oblastí
report-indicators-intro = Nejnovější zveřejněná hodnota každé řady za město, u výběrových odhadů s 95% intervalem spolehlivosti, a rozdíl oproti státním příslušníkům dané země (procentní body, u měr téhož roku). Písmena u hodnoty jsou příznaky Eurostatu.
report-indicators-none = Pro toto místo zatím nejsou zveřejněny žádné údaje.
report-indicators-more = { $count ->
    [one] Další { $count } řádek ukazatele { $indicator } je v souboru CSV.
    [few] Další { $count } řádky ukazatele { $indicator } jsou v souboru CSV.
    [many] Dalších { $count } řádku ukazatele { $indicator } je v souboru CSV.
   *[other] Dalších { $count } řádků ukazatele { $indicator } je v souboru CSV.
}
report-national-title = Migranti a státní příslušníci dané země: { $country }
report-national-intro = Tyto výsledky měří výběrové šetření pracovních sil EU a statistika EU o příjmech a životních podmínkách (EU-SILC) na národní úrovni: na úrovni města pro ně zatím údaje neexistují. Ukazují národní kontext skupin migrantů ve městě.
report-flags-legend = Příznaky:

report-col-indicator = Ukazatel
report-col-group = Skupina
report-col-period = Období
report-col-value = Hodnota
report-col-interval = 95% interval
report-col-gap = Rozdíl oproti státním příslušníkům dané země
report-col-year = Rok
report-col-foreign-born-share = Podíl narozených v zahraničí (%)
report-col-rank = Pořadí
report-col-city = Město
report-col-country = Země
report-col-distance = Vzdálenost
report-col-index = Index
report-col-area = Území
report-col-residents = Obyvatelé
report-col-foreigners = Obyvatelé s cizím státním občanstvím
report-col-share = Obyvatelé s cizím státním občanstvím (%)
report-col-focal-point = Stěžejní oblast
report-col-score = Skóre
report-col-target = Cíl
report-col-baseline = Výchozí hodnota
report-col-goal = Cílová hodnota
report-col-latest = Nejnovější hodnota
report-col-progress = Ušlá cesta k cíli
report-col-scenario = Scénář
report-col-start = Obyvatelstvo, první rok
report-col-end = Obyvatelstvo, poslední rok
report-col-foreign-share-end = Cizí státní příslušníci, poslední rok (%)

report-group-everybody = všichni
report-group-nationals = státní příslušníci dané země
report-group-eu-citizens = státní příslušníci jiných zemí EU
report-group-non-eu-citizens = státní příslušníci zemí mimo EU
report-group-foreign-citizens = cizinci
report-group-native-born = narození v dané zemi
report-group-born-eu = narození v jiné zemi EU
report-group-born-non-eu = narození mimo EU
report-group-foreign-born = narození v zahraničí
report-group-women = ženy
report-group-men = muži

report-peers-title = Srovnatelná města a benchmarky
report-peers-none = Žádná srovnatelná města: pro srovnání má město příliš málo kontextových údajů.
report-peers-intro = { $count ->
    [one] Nejpodobnější město podle ukazatelů { $features }.
    [few] { $count } nejpodobnější města podle ukazatelů { $features }.
    [many] { $count } nejpodobnějšího města podle ukazatelů { $features }.
   *[other] { $count } nejpodobnějších měst podle ukazatelů { $features }.
}
report-benchmark-title = Benchmark: { $indicator }
report-benchmark-chart = { $indicator } města a srovnatelných měst
report-benchmark-desc = Pruhy: město (tmavý, první) a každé srovnatelné město (modré); hodnoty jsou uvedeny vedle pruhů.
report-benchmark-this-city = { $city } (toto město)
report-benchmark-summary = { $count ->
    [one] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } město).
    [few] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } města).
    [many] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } města).
   *[other] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } měst).
}
report-benchmark-position = { $count ->
    [one] Město je na { $rank }. místě z { $count } města.
    [few] Město je na { $rank }. místě ze { $count } měst.
    [many] Město je na { $rank }. místě z { $count } města.
   *[other] Město je na { $rank }. místě z { $count } měst.
}

report-neighbourhoods-title = Městské čtvrti
report-neighbourhoods-none = Pro město nejsou v observatoři k dispozici počty obyvatel za malá území.
report-neighbourhoods-intro = { $count ->
    [one] { $count } území ({ $scheme }), { $period }.
    [few] { $count } území ({ $scheme }), { $period }.
    [many] { $count } území ({ $scheme }), { $period }.
   *[other] { $count } území ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Obyvatelé s cizím státním občanstvím na těchto územích: { $share } % obyvatel.
report-area-few = neuvedeno (méně než 20 obyvatel)
report-index-dissimilarity = Index nepodobnosti: podíl obyvatel s cizím státním občanstvím, kteří by se museli přestěhovat pro rovnoměrné rozložení (0 = rovnoměrné, 1 = oddělené)
report-index-isolation = Index izolace: podíl cizinců mezi sousedy průměrného obyvatele s cizím státním občanstvím
report-index-interaction = Index interakce: podíl ostatních mezi sousedy průměrného obyvatele s cizím státním občanstvím
report-index-entropy = Theilovo H: o kolik jsou území méně promíšená než město (0 = stejně promíšená)
report-index-gini = Giniho koeficient podílů území

report-audit-title = Výsledky auditu
report-audit-none = Pro toto město nebyl proveden žádný audit.
report-audit-intro = { $count ->
    [one] { $title } (odpovědi do { $closes }), { $count } respondent.
    [few] { $title } (odpovědi do { $closes }), { $count } respondenti.
    [many] { $title } (odpovědi do { $closes }), { $count } respondenta.
   *[other] { $title } (odpovědi do { $closes }), { $count } respondentů.
}

report-agenda-title = Městská agenda integrace a její pokrok
report-agenda-none = Město nemá zveřejněnou městskou agendu integrace.
report-agenda-intro = { $title } (verze { $version }).
report-agenda-actions = { $count ->
    [one] ({ $count } opatření)
    [few] ({ $count } opatření)
    [many] ({ $count } opatření)
   *[other] ({ $count } opatření)
}

report-scenarios-title = Scénáře a poptávka po službách
report-scenarios-none = Pro toto město nebyl zveřejněn žádný scénář vývoje obyvatelstva.
report-scenarios-demand = Poptávka po službách (místa ve školách, péče o děti, praktičtí lékaři, jazykové kurzy) vyplývá z těchto scénářů a z měr využívání služeb, které město nastaví na stránce scénářů observatoře.

report-sources-title = Zdroje a definice
report-sources-none = Žádné zdroje: zpráva neuvádí žádné zveřejněné údaje.
report-definitions = Definice

report-method-title = Metodika
report-method-intervals-title = Intervaly
report-method-intervals = Výběrové odhady se počítají z vážených mikrodat; jejich 95% interval spolehlivosti vychází ze směrodatné chyby založené na výběrovém plánu (Taylorova linearizace nebo replikační váhy, podle toho, co šetření poskytuje). Údaje z registrů a sčítání nemají interval.
report-method-flags-title = Příznaky
report-method-flags = Příznaky jsou písmena Eurostatu, převzatá tak, jak je uvádí zdroj: b přerušení časové řady, c důvěrné, d odlišná definice, e odhad, f prognóza, p předběžné, r revidované, s odhad Eurostatu, u nízká spolehlivost. Odhady s vysokým variačním koeficientem jsou označeny písmenem u.
report-method-suppression-title = Ochrana důvěrnosti
report-method-suppression = Buňka označená jako důvěrná (příznak c) nebo buňka šetření s příliš malým počtem respondentů pro zveřejnění se nezveřejňuje: neuvádí žádnou hodnotu, v této zprávě stejně jako na webu a v souboru CSV. Nezveřejňuje se ani buňka, jejíž hodnotu by bylo možné dopočítat z ostatních (sekundární ochrana).
report-method-gap-title = Rozdíl oproti státním příslušníkům dané země
report-method-gap = Rozdíl je rozdíl mezi mírou skupiny a mírou státních příslušníků dané země téže řady a téhož roku, v procentních bodech. Nepočítá se pro počty osob ani pro nezveřejněnou buňku.
report-method-peers-title = Srovnatelná města
report-method-peers = Srovnatelná města jsou města nejbližší tomuto městu podle kontextových ukazatelů uvedených v kapitole o srovnatelných městech. Každý ukazatel je robustně standardizován (minus jeho medián, děleno jeho mezikvartilovým rozpětím / 1,349), aby žádný ukazatel neměl větší váhu kvůli své jednotce; vzdálenost je vážená vzdálenost přes standardizované ukazatele, které mají obě města. Benchmark zařazuje město mezi srovnatelná města podle jejich mediánu a kvartilů.
report-method-neighbourhoods-title = Indexy městských čtvrtí
report-method-neighbourhoods = Indexy segregace porovnávají počty obyvatel s cizím státním občanstvím a všech obyvatel na územích města s vymezenými hranicemi; území s méně než 20 obyvateli neuvádějí podíl, ale do indexů se započítávají.
