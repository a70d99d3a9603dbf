neighbourhoods-title = Mestské štvrte
neighbourhoods-lead = Kde v meste žijú migranti: mapy malých územných jednotiek a indexy segregácie pre mestá, ktorých údaje o obyvateľstve a hranice malých územných jednotiek sú v observatóriu.
neighbourhoods-none = Zatiaľ žiadne mesto nemá v databáze hranice malých územných jednotiek
neighbourhoods-city-title = { $city }: mestské štvrte
neighbourhoods-city-heading = { $city }: kto kde býva, oblasť po oblasti
neighbourhoods-flow-note = Sčítané sú sťahovania za obdobie ({ $measure }), nie obyvatelia: každý podiel je podielom na prisťahovaniach a ukazuje, kde sa noví obyvatelia usadili, nie kto tam býva.
neighbourhoods-city-heading-flows = { $city }: kde sa usádzajú noví obyvatelia, oblasť po oblasti
neighbourhoods-notice = Tieto údaje opisujú miesta, nie ľudí: vysoký podiel nie je hodnotením štvrte. Oblasti, kde je sčítaných menej ako 20 ({ $measure }), sa nezobrazujú.
neighbourhoods-map-caption = Zdroj: { $source } (súbor údajov { $dataset }). Farby: stupne škály viridis, čitateľné aj pri poruchách farebného videnia a v odtieňoch sivej.
neighbourhoods-map-description = Mapa { $count } oblastí ({ $areas }), vytieňovaná podľa podielu skupiny na všetkých sčítaných ({ $measure }); oblasti s menej ako 20 sčítanými nie sú zobrazené. Tabuľka pod mapou uvádza údaje každej oblasti.
neighbourhoods-indices = Indexy segregácie
neighbourhoods-index = Index
neighbourhoods-index-says = Čo vyjadruje
neighbourhoods-index-value = Hodnota
neighbourhoods-index-dissimilarity = index odlišnosti
neighbourhoods-index-isolation = index izolácie
neighbourhoods-index-interaction = index interakcie
neighbourhoods-index-entropy = index entropie
neighbourhoods-index-gini = Giniho index
neighbourhoods-index-dissimilarity-says = Podiel skupiny, ktorý by sa musel presťahovať pre rovnomerné rozloženie (0 = rovnomerne, 1 = úplne oddelene)
neighbourhoods-index-isolation-says = Podiel skupiny medzi susedmi jej priemerného člena
neighbourhoods-index-interaction-says = Podiel ostatných medzi susedmi priemerného člena skupiny
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
neighbourhoods-area-share = Podiel (%)
neighbourhoods-area-not-shown = nezobrazené (menej ako 20 sčítaných)
neighbourhoods-area-no-data = bez údajov
neighbourhoods-error-no-counts = v databáze nie sú údaje o obyvateľstve malých územných jednotiek pre { $city } (pre Berlín sú)
neighbourhoods-error-no-boundaries = pre { $city } nie sú hranice územných jednotiek

neighbourhoods-city-share-group = Podiel v celom meste ({ $group }; sčítané: { $measure }):
neighbourhoods-map-title-group = { $group }: podiel na všetkých sčítaných ({ $measure }), { $city }, { $period }
neighbourhoods-map-value = % všetkých sčítaných
neighbourhoods-error-choice = { $what } { $given }: údaje mesta za malé oblasti obsahujú { $choices }
neighbourhoods-notice-default = Namiesto toho je zobrazená predvolená voľba.
neighbourhoods-choose-areas = Oblasti
neighbourhoods-choose-measure = Počet
neighbourhoods-choose-group = Skupina
neighbourhoods-choose-period = Obdobie
neighbourhoods-choose-from = Zmena od
neighbourhoods-choose-no-change = (bez zmeny)
neighbourhoods-choose-show = Zobraziť
neighbourhoods-no-map = Bez mapy: hranice oblastí { $areas } nie sú uložené (správca ich importuje príkazom observatory import-boundaries).
neighbourhoods-no-indices = Indexy sa pre túto voľbu nedajú vypočítať: chýba počet niektorej oblasti alebo skupina zahŕňa všetkých.
neighbourhoods-over-time = V čase
neighbourhoods-period = Obdobie
neighbourhoods-share-of = { $group } (%)
neighbourhoods-change-title = Zmena od { $from } do { $to }
neighbourhoods-change-lead = Zmena indexu nepodobnosti rozložená na zloženie (zmenila sa veľkosť skupín a počet obyvateľov oblastí) a prerozdelenie (skupina voči všetkým naozaj býva inde), s permutačným testom.
neighbourhoods-change-start = nepodobnosť na začiatku
neighbourhoods-change-end = nepodobnosť na konci
neighbourhoods-change-change = zmena (koniec mínus začiatok)
neighbourhoods-change-composition = časť zo zloženia
neighbourhoods-change-redistribution = časť z prerozdelenia
neighbourhoods-change-p-value = p-hodnota (párový permutačný test, { $replicates } preznačení): malá = náhodou nepravdepodobné
neighbourhoods-measure-inhabitants = obyvatelia
neighbourhoods-measure-pop = obyvatelia
neighbourhoods-measure-mig_ext_in = prisťahovania zo zahraničia
neighbourhoods-measure-mig_ext_out = vysťahovania do zahraničia
neighbourhoods-measure-mig_int_in = prisťahovania zo zvyšku krajiny
neighbourhoods-measure-mig_int_out = vysťahovania do zvyšku krajiny
neighbourhoods-measure-mig_mov_in = prisťahovania z iných častí mesta
neighbourhoods-measure-mig_mov_out = vysťahovania do iných častí mesta
neighbourhoods-measure-mig_mov_local = sťahovania v rámci oblasti
