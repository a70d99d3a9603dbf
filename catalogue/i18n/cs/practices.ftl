practices-title = Osvědčené postupy
practices-lead = Zdokumentované integrační postupy měst, každý se svým zdrojem. Vyhledávání nerozlišuje velká a malá písmena ani diakritiku a nachází slova ve všech jazycích záznamů (Sprachkurs, jazykový kurz, language course); stačí začátek slova.
practices-search-label = Hledat postupy
practices-search-placeholder = např. jazykový kurz, Košice, poradenství
practices-search = Hledat
practices-filtered-by = Filtrováno podle:
practices-filter-remove = odebrat
practices-facets = Filtry
practices-results = Výsledky
practices-found = { $count ->
        [one] postup
        [few] postupy
       *[other] postupů
    }
practices-found-for = { $count ->
        [one] postup
        [few] postupy
       *[other] postupů
    } pro „{ $query }“
practices-none = Žádný postup neodpovídá. Zkuste méně nebo kratší slova, nebo odeberte filtr.
practices-pages = Stránky
practices-previous = ← předchozí
practices-next = další →
practices-facet-thematic-area = Tematická oblast
practices-facet-country = Země
practices-facet-city-context = Typ města
practices-facet-target-group = Cílová skupina
practices-facet-evidence-level = Úroveň důkazů
practices-field-city = Město
practices-field-country = Země
practices-field-level = Úroveň
practices-field-thematic-area-source = Tematická oblast (zdroj)
practices-field-thematic-areas = Tematické oblasti (observatoř)
practices-field-target-group-source = Cílová skupina (zdroj)
practices-field-target-groups = Cílové skupiny (observatoř)
practices-field-city-context = Typ města
practices-field-period = Období
practices-field-lead-organisation = Vedoucí organizace
practices-field-partners = Partneři
practices-field-funding = Financování
practices-field-outcomes = Uváděné výsledky
practices-field-evidence-level = Úroveň důkazů
practices-field-notes = Poznámky
practices-period-from = od { $start }
practices-period-until = do { $end }
practices-not-stated = zdroj neuvádí
practices-city-profile = Profil města
practices-sources = Zdroje
practices-repository = Repozitář
practices-at-commit = v commitu
practices-summaries-note = Popis a výsledky jsou krátká shrnutí vlastními slovy knihovny; texty zdrojů patří jejich vydavatelům.
practices-recommended = Doporučeno pro toto město
practices-no-recommendations = Žádná doporučení: { $reason }
practices-recommended-context = Postupy srovnatelných měst a dalších měst stejného typu ({ $context }) z
practices-recommended-size = Postupy srovnatelných měst a dalších měst stejné velikosti z
practices-recommended-link = knihovny osvědčených postupů
practices-recommended-after = , nejprve ty v nejslabších oblastech města. U každého je uvedeno, proč je zde.
practices-error-page = page: celé číslo od 1
practices-error-not-found = postup s identifikátorem „{ $id }“ neexistuje: hledejte v knihovně na /practices
