practices-title = Dobre prakse
practices-lead = Dokumentirane integracijske prakse gradova, svaka sa svojim izvorom. Pretraživanje zanemaruje velika i mala slova te dijakritičke znakove i pronalazi riječi na svim jezicima zapisa (Sprachkurs, jazykový kurz, language course); dovoljan je početak riječi.
practices-search-label = Pretraži prakse
practices-search-placeholder = npr. tečaj jezika, Košice, savjetovanje
practices-search = Traži
practices-filtered-by = Filtrirano po:
practices-filter-remove = ukloni
practices-facets = Filtri
practices-results = Rezultati
practices-found = { $count ->
        [one] praksa
        [few] prakse
       *[other] praksi
    }
practices-found-for = { $count ->
        [one] praksa
        [few] prakse
       *[other] praksi
    } za „{ $query }”
practices-none = Nijedna praksa ne odgovara. Pokušajte s manje ili kraćih riječi ili uklonite filtar.
practices-pages = Stranice
practices-previous = ← prethodna
practices-next = sljedeća →
practices-facet-thematic-area = Tematsko područje
practices-facet-country = Država
practices-facet-city-context = Vrsta grada
practices-facet-target-group = Ciljna skupina
practices-facet-evidence-level = Razina dokaza
practices-field-city = Grad
practices-field-country = Država
practices-field-level = Razina
practices-field-thematic-area-source = Tematsko područje (izvor)
practices-field-thematic-areas = Tematska područja (opservatorij)
practices-field-target-group-source = Ciljna skupina (izvor)
practices-field-target-groups = Ciljne skupine (opservatorij)
practices-field-city-context = Vrsta grada
practices-field-period = Razdoblje
practices-field-lead-organisation = Vodeća organizacija
practices-field-partners = Partneri
practices-field-funding = Financiranje
practices-field-outcomes = Izviješteni rezultati
practices-field-evidence-level = Razina dokaza
practices-field-notes = Napomene
practices-period-from = od { $start }.
practices-period-until = do { $end }.
practices-not-stated = izvor ne navodi
practices-city-profile = Profil grada
practices-sources = Izvori
practices-repository = Repozitorij
practices-at-commit = u commitu
practices-summaries-note = Opis i rezultati kratki su sažeci vlastitim riječima knjižnice; tekstovi izvora pripadaju njihovim izdavačima.
practices-recommended = Preporučeno za ovaj grad
practices-no-recommendations = Nema preporuka: { $reason }
practices-recommended-context = Prakse usporedivih gradova i drugih gradova iste vrste ({ $context }) iz
practices-recommended-size = Prakse usporedivih gradova i drugih gradova iste veličine iz
practices-recommended-link = knjižnice dobrih praksi
practices-recommended-after = , najprije one u najslabijim područjima grada. Uz svaku piše zašto je ovdje.
practices-error-page = page: cijeli broj od 1 naviše
practices-error-not-found = nema prakse s identifikatorom „{ $id }”: pretražite knjižnicu na /practices
