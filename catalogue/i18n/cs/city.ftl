# Profil města (/cities/<code>).

city-unknown-place = žádné místo s kódem '{ $code }': vyhledejte je podle názvu na úvodní stránce nebo v /api/v1/cities?q=…
city-group-everybody = všichni
city-breadcrumb-cities = Města
city-level-city = Město (Urban Audit)
city-level-municipality = obec
city-level-greater-city = Širší město
city-level-functional-urban-area = Funkční městská oblast
city-level-country = Země
city-level-place = Místo
city-code = kód
city-context-type = typ kontextu:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = slabá shoda: odlišné od svého typu v { $features }
city-compare-link = porovnat s jinými městy
city-neighbourhood-map-link = mapa městských částí
city-indicators-title = Ukazatele podle tematické oblasti
city-indicators-intro = Nejnovější údaj každé řady za město. Rozdíl je odchylka od téhož údaje za státní příslušníky dané země (u měr v procentních bodech). Význam příznaku zobrazíte najetím myší nebo zaměřením;
city-indicators-intro-link = definice a zdroje
city-indicators-intro-after = jsou na jedno kliknutí.
city-national-title = Migranti a státní příslušníci dané země – { $country }
city-national-intro = Tyto výsledky měří výběrové šetření pracovních sil EU a EU-SILC na celostátní úrovni: údaje za města pro ně zatím neexistují. Ukazují celostátní kontext skupin migrantů ve městě.
city-peers-title = Podobná města
city-no-profile = Žádný kontextový profil: pro město chybí údaje o počtu obyvatel.
city-municipality-no-profile = { $name } je obec mimo Urban Audit Eurostatu: Eurostat za ni nezveřejňuje městské údaje, proto zde není kontextový profil ani podobná města. Vlastní údaje se vkládají nahráním (Data), nejlépe v uspořádaném (tidy) formátu; národní údaje níže jsou údaje její země.
city-municipality-upload-link = Nahrát údaje
city-card-residents = obyvatel
city-card-population-break = Údaj Eurostatu za { $period }, { $value }, je označen jako zlom v řadě a je daleko od předchozího roku: není zobrazen jako počet obyvatel.
city-card-size-class = třída velikosti
city-size-class-under-50k = pod 50 tis.
city-card-born-abroad = narozeno v zahraničí
city-card-foreign-born-change = změna podílu osob narozených v zahraničí za přibližně 5 let (procentní body)
city-card-context-type = typ kontextu
city-card-typology = typologie
city-trend-chart-title = Obyvatelé narození v zahraničí jako podíl na obyvatelstvu, { $city }
city-trend-chart-description = Spojnicový graf podílu osob narozených v zahraničí podle roku, od { $from } do { $to }; hodnoty uvádí tabulka níže.
city-trend-series = podíl narozených v zahraničí
city-trend-caption = Podíl osob narozených v zahraničí (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Prázdné body a roky označené e jsou odhady Eurostatu (příznak e, často interpolované mezi roky sčítání), nikoli sečtené údaje.
city-figures-as-table = Údaje jako tabulka
city-year = Rok
city-foreign-born-share-percent = Podíl osob narozených v zahraničí (%)
city-foreign-born-missing = Podíl osob narozených v zahraničí: { $reason }
city-suppressed = nezveřejněno
city-suppressed-title = nezveřejněno z důvodu ochrany důvěrnosti
city-suppressed-because = nezveřejněno ({ $reason })
city-no-figures = Za toto místo zatím nejsou zveřejněny žádné údaje.
city-col-indicator = Ukazatel
city-col-group = Skupina
city-col-period = Období
city-col-value = Hodnota
city-col-gap = Rozdíl oproti státním příslušníkům dané země
city-col-source = Zdroj
city-col-estimate = Odhad
city-col-ci = 95% IS
city-col-gap-short = Rozdíl
city-col-reliability = Spolehlivost
city-col-status = Stav
city-col-submission = Podání
city-col-city = Město
city-col-why-similar = Proč podobné
city-col-distance = Vzdálenost
city-definition-and-source = definice a zdroj
city-more-rows = { $count ->
    [one] { $count } další řádek ke stažení v
    [few] { $count } další řádky ke stažení v
    [many] { $count } dalšího řádku ke stažení v
   *[other] { $count } dalších řádků ke stažení v
}
city-more-rows-link = souboru CSV
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } – { $country }, { $period }, podle státního občanství
city-national-chart-description = Bodový graf: státní příslušníci dané země (čtverec, referenční skupina) a další skupiny podle státního občanství (body); hodnoty a rozdíl uvádí tabulka.
city-source = Zdroj: { $source }.
city-definition = Definice
city-estimates-title = Vypočtené ukazatele (odhady z výběrových šetření)
city-estimates-intro = Odhadnuto z vážených mikrodat s 95% intervaly spolehlivosti; buňky příliš malé ke zveřejnění jsou uvedeny jako nezveřejněné, nízká spolehlivost je označena příznakem.
city-estimates-chart-title = Odhady z výběrových šetření s 95% intervaly spolehlivosti
city-estimates-chart-description = Body s vodorovnými úsečkami pro intervaly spolehlivosti; nezveřejněné buňky jsou vypsány slovy.
city-reliability-ok = v pořádku
city-no-peers = Žádná srovnatelná města: město má příliš málo kontextových údajů pro srovnání.
city-peers-intro = { $count ->
    [one] { $count } nejpodobnější město podle kritérií: { $features }.
    [few] { $count } nejpodobnější města podle kritérií: { $features }.
    [many] { $count } nejpodobnějšího města podle kritérií: { $features }.
   *[other] { $count } nejpodobnějších měst podle kritérií: { $features }.
}
city-peers-note-too-few-features = { $total ->
    [one] { $city } má jen { $have } z { $total } charakteristiky vzdálenosti: nelze s ním porovnat žádné město
   *[other] { $city } má jen { $have } z { $total } charakteristik vzdálenosti: nelze s ním porovnat žádné město
}
city-peers-note-few-comparable = { $count ->
    [one] podmínky splňuje a dost charakteristik s městem { $city } sdílí jen { $count } město
    [few] podmínky splňují a dost charakteristik s městem { $city } sdílejí jen { $count } města
    [many] podmínky splňuje a dost charakteristik s městem { $city } sdílí jen { $count } města
   *[other] podmínky splňuje a dost charakteristik s městem { $city } sdílí jen { $count } měst
}
city-benchmark-title = Srovnání: { $indicator }
city-benchmark-this-city = { $city } (toto město)
city-no-data = bez dat
city-benchmark-chart-title = { $indicator } – město a srovnatelná města
city-benchmark-chart-description = Sloupce: město (černě, první) a každé srovnatelné město (modře); hodnoty jsou uvedeny vedle sloupců.
city-benchmark-summary = { $count ->
    [one] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } město).
    [few] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } města).
    [many] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } města).
   *[other] Srovnatelná města: medián { $median }, kvartily { $q1 }–{ $q3 } ({ $count } měst).
}
city-benchmark-rank-highest = { $rank } místo z { $of } podle výše hodnoty (město a srovnatelná města s hodnotou)
city-benchmark-rank-best-higher = { $rank } místo z { $of } (vyšší je lepší; město a srovnatelná města s hodnotou)
city-benchmark-rank-best-lower = { $rank } místo z { $of } (nižší je lepší; město a srovnatelná města s hodnotou)
city-benchmark-no-value = { $city } nemá hodnotu ukazatele { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] jediné srovnatelné město města { $city } nemá hodnotu ukazatele { $indicator }
   *[other] žádné z { $count } srovnatelných měst města { $city } nemá hodnotu ukazatele { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; medián srovnatelných měst { $median } (kvartily { $q1 } – { $q3 }, rozpětí { $min } – { $max }, { $count } srovnatelné město)
    [few] { $indicator }: { $city } { $value }; medián srovnatelných měst { $median } (kvartily { $q1 } – { $q3 }, rozpětí { $min } – { $max }, { $count } srovnatelná města)
    [many] { $indicator }: { $city } { $value }; medián srovnatelných měst { $median } (kvartily { $q1 } – { $q3 }, rozpětí { $min } – { $max }, { $count } srovnatelného města)
   *[other] { $indicator }: { $city } { $value }; medián srovnatelných měst { $median } (kvartily { $q1 } – { $q3 }, rozpětí { $min } – { $max }, { $count } srovnatelných měst)
}
city-benchmark-none-better = žádné srovnatelné město si nevede lépe
city-benchmark-better = lépe si vedou: { $cities }
city-drafts-title = Nezveřejněné údaje tohoto města
city-drafts-intro = Vidíte je jen Vy a další osoby s rolí pro toto město: nejsou veřejné, dokud je schvalovatel nezveřejní.
city-drafts-none = Žádná otevřená podání.
city-drafts-upload = Nahrát údaje
city-drafts-submission = Podání { $id }
city-drafts-values = { $count ->
    [one] { $count } hodnota
    [few] { $count } hodnoty
    [many] { $count } hodnoty
   *[other] { $count } hodnot
}

# Skupiny obyvatelstva, část po části („státní příslušníci zemí mimo EU, ženy, 20–64“).
city-group-nationals = státní příslušníci dané země
city-group-eu-citizens = státní příslušníci jiných zemí EU
city-group-non-eu-citizens = státní příslušníci zemí mimo EU
city-group-foreign-citizens = cizinci
city-group-stateless = osoby bez státní příslušnosti
city-group-citizens-of = státní příslušníci { $country }
city-group-citizenship-code = státní občanství { $code }
city-group-native-born = narození v dané zemi
city-group-born-other-eu = narození v jiné zemi EU
city-group-born-outside-eu = narození mimo EU
city-group-foreign-born = narození v zahraničí
city-group-born-in = narození v { $country }
city-group-birth-code = země narození { $code }
city-group-women = ženy
city-group-men = muži
city-group-permit = povolení k pobytu: { $reason }
city-group-permit-work = zaměstnání
city-group-permit-family = rodina
city-group-permit-education = vzdělávání
city-group-permit-protection = ochrana
city-group-permit-other = jiné důvody
city-group-stay = délka pobytu: { $code }
city-group-with-migration-background = s migračním původem
city-group-without-migration-background = bez migračního původu
city-group-migration-background-from = migrační původ z { $code }
