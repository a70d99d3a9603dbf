# La pagina iniziale: trovare una città, la mappa a tessere dei paesi, tutte le città per paese.

home-title = Città
home-search-title = Trova una città
home-heading = Come stanno i migranti nella Sua città?
home-lead = { $count ->
    [one] Dati per { $count } città europea dalle statistiche sulle città di Eurostat, dalle tabelle dell'UE sull'integrazione dei migranti e dall'indagine sulla qualità della vita nelle città europee, con i dati propri di ogni città una volta pubblicati. Ogni dato indica la sua fonte, la definizione e l'incertezza.
   *[other] Dati per { $count } città europee dalle statistiche sulle città di Eurostat, dalle tabelle dell'UE sull'integrazione dei migranti e dall'indagine sulla qualità della vita nelle città europee, con i dati propri di ogni città una volta pubblicati. Ogni dato indica la sua fonte, la definizione e l'incertezza.
}
home-search-label = Nome o codice della città
home-search-placeholder = Nome della città, ad es. Kosice, Osijek, Malmo
home-search-button = Cerca
home-several-before = Più città corrispondono a
home-several-after = :
home-none-before = Nessuna città si chiama
home-none-after = {"."}
home-did-you-mean = Intendeva:
home-did-you-mean-after = ?
home-card-cities = { $count ->
    [one] città
   *[other] città
}
home-card-countries = { $count ->
    [one] paese
   *[other] paesi
}
home-card-neighbourhood-maps = mappe dei quartieri
home-card-side-by-side = città a confronto
home-by-country-title = Città per paese
home-download-list = Scarichi l'elenco:
home-tile-label = { $count ->
    [one] { $country }: quota mediana di nati all'estero { $share } su { $with_share } di { $count } città ({ $years }); apri l'elenco delle città
   *[other] { $country }: quota mediana di nati all'estero { $share } su { $with_share } delle sue { $count } città ({ $years }); apri l'elenco delle città
}
home-tile-label-no-figure = { $country }: { $count } città, nessun dato sui nati all'estero; apri l'elenco delle città
home-map-title = Residenti nati all'estero nelle città di ciascun paese
home-map-description = Una mappa schematica a tessere dell'Europa, non in scala: un quadrato per ogni paese con città, collocato all'incirca dove si trova il paese, con il suo codice e la quota mediana di residenti nati all'estero nelle sue città ({ $years }; per ogni città l'anno più recente), più scuro per quote più alte; tratteggiato dove nessuna città ha un dato. Ogni quadrato rimanda all'elenco delle città del paese. La tabella dopo la mappa riporta gli stessi dati.
home-map-legend = Quota mediana di nati all'estero
home-map-heading = Residenti nati all'estero per paese
home-map-intro = Ogni quadrato è un paese (una disposizione schematica, non una mappa in scala). La tonalità e il numero indicano la quota mediana di residenti nati all'estero nelle sue città con un dato, ciascuna nel suo anno più recente; selezioni un quadrato per vedere le città del paese.
home-map-caption = Eurostat urb_cpopcb e urb_cpop1 (nati all'estero ÷ popolazione, per città).
home-definition = Definizione
home-map-as-table = La mappa in tabella
home-col-country = Paese
home-col-cities = Città
home-col-with-figure = Città con un dato
home-col-median = Quota mediana di nati all'estero (%)
home-col-years = Anni
home-no-figure = nessun dato
home-off-map = Non sulla mappa (senza posto nella sua disposizione): { $countries }.
