# Confrontare da 2 a 6 città (/compare).

compare-error-several = '{ $name }' corrisponde a più città: { $cities }; usi un codice
compare-error-no-city = nessuna città '{ $name }'
compare-error-no-city-suggest = nessuna città '{ $name }'; intendeva { $suggestions }?
compare-error-too-many = confronti al massimo 6 città alla volta
compare-title = Confronta città
compare-cities-label = Città, separate da virgole
compare-cities-placeholder = Da 2 a 6 città, separate da virgole: Osijek, Košice, Graz
compare-button = Confronta
compare-lead = Metta a confronto da 2 a 6 città: dimensione, popolazione migrante e sua variazione, occupazione e indagine sulla qualità della vita nelle città europee.
compare-add-one-more = Aggiunga almeno un'altra città a { $city }.
compare-no-data = nessun dato
compare-no-profile = nessun profilo
compare-no-figure = nessun valore
compare-suppressed = non pubblicato
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = Grafico a barre di { $feature } per { $count } città; la tabella sopra riporta i valori e gli anni.
compare-heading = Confronto: { $cities }
compare-col-feature = Caratteristica
compare-context-type = Tipo di contesto
compare-trend-title = Quota di nati all'estero nel tempo (%)
compare-trend-description = Una linea per città, ciascuna con il proprio tratteggio e un'etichetta alla fine.
compare-trend-caption = Eurostat urb_cpopcb e urb_cpop1. Le città senza linea non hanno dati sui nati all'estero.
compare-features-note = { $count ->
    [one] Valori per caratteristica: { $count } caratteristica dal catalogo delle città simili; definizioni nella
   *[other] Valori per caratteristica: { $count } caratteristiche dal catalogo delle città simili; definizioni nella
}
compare-features-note-link = pagina degli indicatori
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, per cittadinanza
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, per paese di nascita
compare-groups-chart-description = Grafico a barre raggruppate: per ogni paese delle città confrontate, una barra per ciascun gruppo – { $groups }; dati nazionali, ultimo anno. La tabella dopo il grafico riporta valori, anni e simboli.
compare-groups-caption = Fonte: { $source }, dati nazionali ({ $when }).
compare-definition = Definizione
compare-figures-as-table = I dati in tabella
compare-col-country-cities = Paese (città)
compare-groups-title = Migranti e cittadini nazionali nei paesi delle città
compare-groups-intro = Cittadini nazionali, cittadini di altri paesi dell'UE e cittadini di paesi non UE (oppure nati nel paese, nati in un altro paese dell'UE e nati fuori dall'UE) a confronto, indicatore per indicatore. Questi dati provengono dall'indagine dell'UE sulle forze di lavoro e da EU-SILC, che sono nazionali: non esistono ancora dati per città per cittadinanza, quindi le città dello stesso paese condividono un'unica serie di barre.
