neighbourhoods-title = Městské čtvrti
neighbourhoods-lead = Kde ve městě žijí migranti: mapy malých územních jednotek a indexy segregace pro města, jejichž údaje o obyvatelstvu a hranice malých územních jednotek jsou v observatoři.
neighbourhoods-none = Zatím žádné město nemá v databázi hranice malých územních jednotek
neighbourhoods-city-title = { $city }: městské čtvrti
neighbourhoods-city-heading = { $city }: kde žijí cizí státní příslušníci
neighbourhoods-city-share = Podíl cizinců v celém městě:
neighbourhoods-notice = Tyto údaje popisují místa, nikoli lidi: vysoký podíl není hodnocením čtvrti. Jednotky s méně než 20 obyvateli se nezobrazují.
neighbourhoods-map-caption = Zdroj: { $source } (datová sada { $dataset }). Barvy: stupně škály viridis, čitelné i při poruchách barevného vidění a v odstínech šedi.
neighbourhoods-map-title = Cizinci jako podíl obyvatel, { $city }, { $period }
neighbourhoods-map-description = Mapa { $count } územních jednotek ({ $areas }) vybarvených podle podílu obyvatel s cizím státním občanstvím; jednotky s méně než 20 obyvateli se nezobrazují. Tabulka pod mapou uvádí údaje každé jednotky.
neighbourhoods-map-value = Cizinci (% obyvatel)
neighbourhoods-indices = Indexy segregace
neighbourhoods-index = Index
neighbourhoods-index-says = Co vyjadřuje
neighbourhoods-index-value = Hodnota
neighbourhoods-index-dissimilarity = index nepodobnosti
neighbourhoods-index-isolation = index izolace
neighbourhoods-index-interaction = index interakce
neighbourhoods-index-entropy = index entropie
neighbourhoods-index-gini = Giniho index
neighbourhoods-index-dissimilarity-says = Podíl cizinců, kteří by se museli přestěhovat, aby byli rozmístěni rovnoměrně (0 = rovnoměrně, 1 = zcela odděleně)
neighbourhoods-index-isolation-says = Podíl cizinců mezi sousedy průměrného cizince
neighbourhoods-index-interaction-says = Podíl ostatních obyvatel mezi sousedy průměrného cizince
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
neighbourhoods-area-residents = Obyvatelé
neighbourhoods-area-foreigners = Cizinci
neighbourhoods-area-share = Podíl (%)
neighbourhoods-area-not-shown = nezobrazeno (méně než 20 obyvatel)
neighbourhoods-area-no-data = bez údajů
neighbourhoods-error-no-counts = v databázi nejsou údaje o obyvatelstvu malých územních jednotek pro { $city } (pro Berlín jsou)
neighbourhoods-error-no-boundaries = pro { $city } nejsou hranice územních jednotek
neighbourhoods-error-no-area-counts = pro { $city } nejsou údaje podle územních jednotek
