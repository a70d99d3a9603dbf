neighbourhoods-title = Městské čtvrti
neighbourhoods-lead = Kde ve městě žijí migranti: mapy malých územních jednotek a indexy segregace pro města, jejichž údaje o obyvatelstvu a hranice malých územních jednotek jsou v observatoři.
neighbourhoods-none = Zatím žádné město nemá v databázi hranice malých územních jednotek
neighbourhoods-city-title = { $city }: městské čtvrti
neighbourhoods-city-heading = { $city }: kdo kde bydlí, oblast po oblasti
neighbourhoods-flow-note = Sečtena jsou stěhování za období ({ $measure }), nikoli obyvatelé: každý podíl je podílem na přistěhováních a ukazuje, kde se nově příchozí usadili, ne kdo tam bydlí.
neighbourhoods-city-heading-flows = { $city }: kde se usazují nově příchozí, oblast po oblasti
neighbourhoods-notice = Tyto údaje popisují místa, nikoli lidi: vysoký podíl není hodnocením čtvrti. Oblasti, kde je sečteno méně než 20 ({ $measure }), se nezobrazují.
neighbourhoods-map-caption = Zdroj: { $source } (datová sada { $dataset }). Barvy: stupně škály viridis, čitelné i při poruchách barevného vidění a v odstínech šedi.
neighbourhoods-map-description = Mapa { $count } oblastí ({ $areas }), vystínovaná podle podílu skupiny na všech sečtených ({ $measure }); oblasti s méně než 20 sečtenými nejsou zobrazeny. Tabulka pod mapou uvádí údaje každé oblasti.
neighbourhoods-indices = Indexy segregace
neighbourhoods-index = Index
neighbourhoods-index-says = Co vyjadřuje
neighbourhoods-index-value = Hodnota
neighbourhoods-index-dissimilarity = index nepodobnosti
neighbourhoods-index-isolation = index izolace
neighbourhoods-index-interaction = index interakce
neighbourhoods-index-entropy = index entropie
neighbourhoods-index-gini = Giniho index
neighbourhoods-index-dissimilarity-says = Podíl skupiny, který by se musel přestěhovat pro rovnoměrné rozložení (0 = rovnoměrně, 1 = zcela odděleně)
neighbourhoods-index-isolation-says = Podíl skupiny mezi sousedy jejího průměrného člena
neighbourhoods-index-interaction-says = Podíl ostatních mezi sousedy průměrného člena skupiny
neighbourhoods-index-entropy-says = Theilův index H: o kolik méně promíšené jsou jednotky než město jako celek (0 = stejně promíšené)
neighbourhoods-index-gini-says = Giniho index podílů v jednotkách
neighbourhoods-areas = Všechny jednotky
neighbourhoods-areas-table = Údaje mapy jako tabulka ({ $count } { $count ->
        [one] jednotka
        [few] jednotky
       *[other] jednotek
    })
neighbourhoods-area = Jednotka
neighbourhoods-area-code = Kód
neighbourhoods-area-share = Podíl (%)
neighbourhoods-area-not-shown = nezobrazeno (méně než 20 sečtených)
neighbourhoods-area-no-data = bez údajů
neighbourhoods-error-no-counts = v databázi nejsou údaje o obyvatelstvu malých územních jednotek pro { $city } (pro Berlín jsou)
neighbourhoods-error-no-boundaries = pro { $city } nejsou hranice územních jednotek

neighbourhoods-city-share-group = Podíl v celém městě ({ $group }; sečteno: { $measure }):
neighbourhoods-map-title-group = { $group }: podíl na všech sečtených ({ $measure }), { $city }, { $period }
neighbourhoods-map-value = % všech sečtených
neighbourhoods-error-choice = { $what } { $given }: údaje města za malé oblasti obsahují { $choices }
neighbourhoods-notice-default = Místo toho je zobrazena výchozí volba.
neighbourhoods-choose-areas = Oblasti
neighbourhoods-choose-measure = Počet
neighbourhoods-choose-group = Skupina
neighbourhoods-choose-period = Období
neighbourhoods-choose-from = Změna od
neighbourhoods-choose-no-change = (bez změny)
neighbourhoods-choose-show = Zobrazit
neighbourhoods-no-map = Bez mapy: hranice oblastí { $areas } nejsou uloženy (správce je importuje příkazem observatory import-boundaries).
neighbourhoods-no-indices = Indexy nelze pro tuto volbu spočítat: chybí počet některé oblasti nebo skupina zahrnuje všechny.
neighbourhoods-over-time = V čase
neighbourhoods-period = Období
neighbourhoods-share-of = { $group } (%)
neighbourhoods-change-title = Změna od { $from } do { $to }
neighbourhoods-change-lead = Změna indexu nepodobnosti rozložená na složení (změnila se velikost skupin a počet obyvatel oblastí) a přerozdělení (skupina vůči všem skutečně bydlí jinde), s permutačním testem.
neighbourhoods-change-start = nepodobnost na začátku
neighbourhoods-change-end = nepodobnost na konci
neighbourhoods-change-change = změna (konec minus začátek)
neighbourhoods-change-composition = část ze složení
neighbourhoods-change-redistribution = část z přerozdělení
neighbourhoods-change-p-value = p-hodnota (párový permutační test, { $replicates } přeznačení): malá = náhodou nepravděpodobné
neighbourhoods-measure-inhabitants = obyvatelé
neighbourhoods-measure-pop = obyvatelé
neighbourhoods-measure-mig_ext_in = přistěhování ze zahraničí
neighbourhoods-measure-mig_ext_out = vystěhování do zahraničí
neighbourhoods-measure-mig_int_in = přistěhování ze zbytku země
neighbourhoods-measure-mig_int_out = vystěhování do zbytku země
neighbourhoods-measure-mig_mov_in = přistěhování z jiných částí města
neighbourhoods-measure-mig_mov_out = vystěhování do jiných částí města
neighbourhoods-measure-mig_mov_local = stěhování uvnitř oblasti
