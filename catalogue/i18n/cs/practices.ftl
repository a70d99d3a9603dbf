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

practices-reason-peer = Srovnatelné město { $city } dokumentuje { $practice } (zaměření: { $field }).
practices-reason-peer-where = Srovnatelné město { $city } dokumentuje { $practice } (zaměření: { $field }). Údaj v této oblasti: { $weakness }.
practices-reason-country = Město { $city } ve Vaší zemi dokumentuje { $practice } (zaměření: { $field }).
practices-reason-country-where = Město { $city } ve Vaší zemi dokumentuje { $practice } (zaměření: { $field }). Údaj v této oblasti: { $weakness }.
practices-reason-context = Město { $city }, stejného typu jako Vaše ({ $context }), dokumentuje { $practice } (zaměření: { $field }).
practices-reason-context-where = Město { $city }, stejného typu jako Vaše ({ $context }), dokumentuje { $practice } (zaměření: { $field }). Údaj v této oblasti: { $weakness }.
practices-reason-other = Město { $city } dokumentuje { $practice } (zaměření: { $field }).
practices-reason-other-where = Město { $city } dokumentuje { $practice } (zaměření: { $field }). Údaj v této oblasti: { $weakness }.
practices-reason-practice = { $level ->
        [described] popsaný postup
        [monitored] sledovaný postup s uváděnými výsledky
        [evaluated] vyhodnocený postup
        [evaluated-with-a-comparison-group] postup vyhodnocený se srovnávací skupinou
       *[other] postup (úroveň důkazů: { $name })
    }
practices-reason-no-field = oblast, kterou slovník nepojmenovává
practices-reason-and = { $rest } a { $last }
practices-gap-lower = { $indicator } { $group }: { $value } oproti { $reference } u státních příslušníků dané země ({ $country }, { $period }), o { $points } procentního bodu nižší
practices-gap-higher = { $indicator } { $group }: { $value } oproti { $reference } u státních příslušníků dané země ({ $country }, { $period }), o { $points } procentního bodu vyšší
practices-gap-widest = { $gap }; jde o největší rozdíl v celostátních údajích
practices-gap-second = { $gap }; jde o druhý největší rozdíl v celostátních údajích
practices-gap-nth = { $gap }; jde o největší rozdíl v celostátních údajích po { $n } větších
practices-benchmark = Vaše město je v ukazateli „{ $indicator }“ na { $rank }. místě z { $of } (spolu se srovnatelnými městy; hodnota { $value }, medián srovnatelných měst { $median })
practices-empty-library = Knihovna postupů je prázdná: nejprve importujte soubor s postupy.
practices-empty-peers-context = Zatím není co doporučit: žádný z { $count } postupů v knihovně nepochází ze srovnatelných měst města { $city } ({ $peers }), žádný z jiného města typu „{ $context }“ a žádný z jiného města téže země.
practices-empty-peers = Zatím není co doporučit: žádný z { $count } postupů v knihovně nepochází ze srovnatelných měst města { $city } ({ $peers }), velikostní kategorie města není známa, takže žádné město nesdílí jeho typ, a žádný nepochází z jiného města téže země.
practices-empty-no-peers-context = Zatím není co doporučit: město { $city } nemá srovnatelná města (příliš málo údajů o kontextu pro srovnání), žádný postup nepochází z jiného města typu „{ $context }“ a žádný z jiného města téže země.
practices-empty-no-peers = Zatím není co doporučit: město { $city } nemá srovnatelná města (příliš málo údajů o kontextu pro srovnání), velikostní kategorie města není známa, takže žádné město nesdílí jeho typ, a žádný postup nepochází z jiného města téže země.
