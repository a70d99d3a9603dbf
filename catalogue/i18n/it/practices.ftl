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
practices-recommended-context = Pratiche delle città comparabili e di altre città dello stesso tipo ({ $context }) nella
practices-recommended-size = Pratiche delle città comparabili e di altre città della stessa dimensione nella
practices-recommended-link = raccolta di buone pratiche
practices-recommended-after = , prima quelle negli ambiti più deboli della città. Per ciascuna è indicato perché è qui.
practices-error-page = page: un numero intero a partire da 1
practices-error-not-found = nessuna pratica con l'identificativo «{ $id }»: cerchi nella raccolta su /practices
