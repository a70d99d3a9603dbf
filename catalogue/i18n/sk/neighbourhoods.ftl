neighbourhoods-title = Mestské štvrte
neighbourhoods-lead = Kde v meste žijú migranti: mapy malých územných jednotiek a indexy segregácie pre mestá, ktorých údaje o obyvateľstve a hranice malých územných jednotiek sú v observatóriu.
neighbourhoods-none = Zatiaľ žiadne mesto nemá v databáze hranice malých územných jednotiek
neighbourhoods-city-title = { $city }: mestské štvrte
neighbourhoods-city-heading = { $city }: kde žijú cudzí štátni príslušníci
neighbourhoods-city-share = Podiel cudzincov v celom meste:
neighbourhoods-notice = Tieto údaje opisujú miesta, nie ľudí: vysoký podiel nie je hodnotením štvrte. Jednotky s menej ako 20 obyvateľmi sa nezobrazujú.
neighbourhoods-map-caption = Zdroj: { $source } (súbor údajov { $dataset }). Farby: stupne škály viridis, čitateľné aj pri poruchách farebného videnia a v odtieňoch sivej.
neighbourhoods-map-title = Cudzinci ako podiel obyvateľov, { $city }, { $period }
neighbourhoods-map-description = Mapa { $count } územných jednotiek ({ $areas }) vyfarbených podľa podielu obyvateľov s cudzím štátnym občianstvom; jednotky s menej ako 20 obyvateľmi sa nezobrazujú. Tabuľka pod mapou uvádza údaje každej jednotky.
neighbourhoods-map-value = Cudzinci (% obyvateľov)
neighbourhoods-indices = Indexy segregácie
neighbourhoods-index = Index
neighbourhoods-index-says = Čo vyjadruje
neighbourhoods-index-value = Hodnota
neighbourhoods-index-dissimilarity = index odlišnosti
neighbourhoods-index-isolation = index izolácie
neighbourhoods-index-interaction = index interakcie
neighbourhoods-index-entropy = index entropie
neighbourhoods-index-gini = Giniho index
neighbourhoods-index-dissimilarity-says = Podiel cudzincov, ktorí by sa museli presťahovať, aby boli rozmiestnení rovnomerne (0 = rovnomerne, 1 = úplne oddelene)
neighbourhoods-index-isolation-says = Podiel cudzincov medzi susedmi priemerného cudzinca
neighbourhoods-index-interaction-says = Podiel ostatných obyvateľov medzi susedmi priemerného cudzinca
neighbourhoods-index-entropy-says = Theilov index H: o koľko menej premiešané sú jednotky než mesto ako celok (0 = rovnako premiešané)
neighbourhoods-index-gini-says = Giniho index podielov v jednotkách
neighbourhoods-areas = Všetky jednotky
neighbourhoods-areas-table = Údaje mapy ako tabuľka ({ $count } { $count ->
        [one] jednotka
        [few] jednotky
       *[other] jednotiek
    })
neighbourhoods-area = Jednotka
neighbourhoods-area-code = Kód
neighbourhoods-area-residents = Obyvatelia
neighbourhoods-area-foreigners = Cudzinci
neighbourhoods-area-share = Podiel (%)
neighbourhoods-area-not-shown = nezobrazené (menej ako 20 obyvateľov)
neighbourhoods-area-no-data = bez údajov
neighbourhoods-error-no-counts = v databáze nie sú údaje o obyvateľstve malých územných jednotiek pre { $city } (pre Berlín sú)
neighbourhoods-error-no-boundaries = pre { $city } nie sú hranice územných jednotiek
neighbourhoods-error-no-area-counts = pre { $city } nie sú údaje podľa územných jednotiek
