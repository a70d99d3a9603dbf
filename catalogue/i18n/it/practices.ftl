practices-title = Buone pratiche
practices-lead = Pratiche di integrazione documentate delle città, ciascuna con la sua fonte. La ricerca ignora maiuscole e accenti e trova le parole in tutte le lingue delle schede (Sprachkurs, jazykový kurz, language course); basta l'inizio di una parola.
practices-search-label = Cerca tra le pratiche
practices-search-placeholder = ad es. corso di lingua, Košice, consulenza
practices-search = Cerca
practices-filtered-by = Filtrato per:
practices-filter-remove = rimuovi
practices-facets = Filtri
practices-results = Risultati
practices-found = { $count ->
        [one] pratica
       *[other] pratiche
    }
practices-found-for = { $count ->
        [one] pratica
       *[other] pratiche
    } per «{ $query }»
practices-none = Nessuna pratica corrisponde. Provi con meno parole o parole più brevi, oppure rimuova un filtro.
practices-pages = Pagine
practices-previous = ← precedente
practices-next = successiva →
practices-facet-thematic-area = Area tematica
practices-facet-country = Paese
practices-facet-city-context = Tipo di città
practices-facet-target-group = Gruppo destinatario
practices-facet-evidence-level = Livello di evidenza
practices-field-city = Città
practices-field-country = Paese
practices-field-level = Livello
practices-field-thematic-area-source = Area tematica (fonte)
practices-field-thematic-areas = Aree tematiche (osservatorio)
practices-field-target-group-source = Gruppo destinatario (fonte)
practices-field-target-groups = Gruppi destinatari (osservatorio)
practices-field-city-context = Tipo di città
practices-field-period = Periodo
practices-field-lead-organisation = Organizzazione capofila
practices-field-partners = Partner
practices-field-funding = Finanziamento
practices-field-outcomes = Risultati riportati
practices-field-evidence-level = Livello di evidenza
practices-field-notes = Note
practices-period-from = dal { $start }
practices-period-until = fino al { $end }
practices-not-stated = non indicato dalla fonte
practices-city-profile = Profilo della città
practices-sources = Fonti
practices-repository = Repository
practices-at-commit = al commit
practices-summaries-note = La descrizione e i risultati sono brevi sintesi con parole proprie della raccolta; i testi delle fonti appartengono ai loro editori.
practices-recommended = Consigliate per questa città
practices-no-recommendations = Nessuna raccomandazione: { $reason }
practices-recommended-context = Pratiche delle città simili e di altre città dello stesso tipo ({ $context }) nella
practices-recommended-size = Pratiche delle città simili e di altre città della stessa dimensione nella
practices-recommended-link = raccolta di buone pratiche
practices-recommended-after = , prima quelle negli ambiti più deboli della città. Per ciascuna è indicato perché è qui.
practices-error-page = page: un numero intero a partire da 1
practices-error-not-found = nessuna pratica con l'identificativo «{ $id }»: cerchi nella raccolta su /practices

practices-reason-peer = { $city }, città simile, documenta { $practice } in materia di { $field }.
practices-reason-peer-where = { $city }, città simile, documenta { $practice } in materia di { $field }. Dato in questo ambito: { $weakness }.
practices-reason-country = { $city }, città del Suo paese, documenta { $practice } in materia di { $field }.
practices-reason-country-where = { $city }, città del Suo paese, documenta { $practice } in materia di { $field }. Dato in questo ambito: { $weakness }.
practices-reason-context = { $city }, dello stesso tipo della Sua città ({ $context }), documenta { $practice } in materia di { $field }.
practices-reason-context-where = { $city }, dello stesso tipo della Sua città ({ $context }), documenta { $practice } in materia di { $field }. Dato in questo ambito: { $weakness }.
practices-reason-other = { $city } documenta { $practice } in materia di { $field }.
practices-reason-other-where = { $city } documenta { $practice } in materia di { $field }. Dato in questo ambito: { $weakness }.
practices-reason-practice = { $level ->
        [described] una pratica descritta
        [monitored] una pratica monitorata, con risultati riportati,
        [evaluated] una pratica valutata
        [evaluated-with-a-comparison-group] una pratica valutata con un gruppo di confronto
       *[other] una pratica (livello di evidenza: { $name })
    }
practices-reason-no-field = ambiti non previsti dal vocabolario
practices-reason-and = { $rest } e { $last }
practices-gap-lower = { $indicator } { $group }: { $value } contro { $reference } dei cittadini nazionali ({ $country }, { $period }), { $points } punti percentuali in meno
practices-gap-higher = { $indicator } { $group }: { $value } contro { $reference } dei cittadini nazionali ({ $country }, { $period }), { $points } punti percentuali in più
practices-gap-widest = { $gap }, il divario più ampio tra i dati nazionali
practices-gap-second = { $gap }, il secondo divario più ampio tra i dati nazionali
practices-gap-nth = { $gap }, il divario più ampio tra i dati nazionali dopo i { $n } maggiori
practices-benchmark = la Sua città è in posizione { $rank } su { $of } tra sé e le città simili per «{ $indicator }» (valore { $value }, mediana delle città simili { $median })
practices-empty-library = La biblioteca delle pratiche è vuota: importi prima un file di pratiche.
practices-empty-peers-context = Ancora nulla da raccomandare: nessuna delle { $count } pratiche della biblioteca proviene da una delle città simili a { $city } ({ $peers }), nessuna da un'altra città del tipo «{ $context }» e nessuna da un'altra città dello stesso paese.
practices-empty-peers = Ancora nulla da raccomandare: nessuna delle { $count } pratiche della biblioteca proviene da una delle città simili a { $city } ({ $peers }); la classe dimensionale della città non è nota, quindi nessuna città ne condivide il tipo, e nessuna pratica proviene da un'altra città dello stesso paese.
practices-empty-no-peers-context = Ancora nulla da raccomandare: { $city } non ha città simili (troppo pochi dati di contesto per un confronto), nessuna pratica proviene da un'altra città del tipo «{ $context }» e nessuna da un'altra città dello stesso paese.
practices-empty-no-peers = Ancora nulla da raccomandare: { $city } non ha città simili (troppo pochi dati di contesto per un confronto); la classe dimensionale della città non è nota, quindi nessuna città ne condivide il tipo, e nessuna pratica proviene da un'altra città dello stesso paese.
