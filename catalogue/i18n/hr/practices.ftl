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

practices-reason-peer = Usporedivi grad { $city } dokumentira { $practice } (tematsko usmjerenje: { $field }).
practices-reason-peer-where = Usporedivi grad { $city } dokumentira { $practice } (tematsko usmjerenje: { $field }). Pokazatelj u tom području: { $weakness }.
practices-reason-country = Grad { $city } u Vašoj zemlji dokumentira { $practice } (tematsko usmjerenje: { $field }).
practices-reason-country-where = Grad { $city } u Vašoj zemlji dokumentira { $practice } (tematsko usmjerenje: { $field }). Pokazatelj u tom području: { $weakness }.
practices-reason-context = Grad { $city }, iste vrste kao Vaš ({ $context }), dokumentira { $practice } (tematsko usmjerenje: { $field }).
practices-reason-context-where = Grad { $city }, iste vrste kao Vaš ({ $context }), dokumentira { $practice } (tematsko usmjerenje: { $field }). Pokazatelj u tom području: { $weakness }.
practices-reason-other = Grad { $city } dokumentira { $practice } (tematsko usmjerenje: { $field }).
practices-reason-other-where = Grad { $city } dokumentira { $practice } (tematsko usmjerenje: { $field }). Pokazatelj u tom području: { $weakness }.
practices-reason-practice = { $level ->
        [described] opisanu praksu
        [monitored] praćenu praksu s izviještenim rezultatima
        [evaluated] vrednovanu praksu
        [evaluated-with-a-comparison-group] praksu vrednovanu s usporednom skupinom
       *[other] praksu (razina dokaza: { $name })
    }
practices-reason-no-field = područje koje rječnik ne imenuje
practices-reason-and = { $rest } i { $last }
practices-gap-lower = { $indicator } { $group }: { $value } naspram { $reference } za domaće državljane ({ $country }, { $period }), niža za { $points } postotnih bodova
practices-gap-higher = { $indicator } { $group }: { $value } naspram { $reference } za domaće državljane ({ $country }, { $period }), viša za { $points } postotnih bodova
practices-gap-widest = { $gap }, što je najveća razlika u nacionalnim podacima
practices-gap-second = { $gap }, što je druga najveća razlika u nacionalnim podacima
practices-gap-nth = { $gap }, što je najveća razlika u nacionalnim podacima nakon { $n } većih
practices-benchmark = Vaš je grad po pokazatelju „{ $indicator }” na { $rank }. mjestu od { $of } (zajedno s usporedivim gradovima; vrijednost { $value }, medijan usporedivih gradova { $median })
practices-empty-library = Knjižnica praksi je prazna: najprije uvezite datoteku s praksama.
practices-empty-peers-context = Zasad nema preporuka: nijedna od { $count } praksi u knjižnici ne dolazi iz gradova usporedivih s gradom { $city } ({ $peers }), nijedna iz drugoga grada vrste „{ $context }” i nijedna iz drugoga grada iste zemlje.
practices-empty-peers = Zasad nema preporuka: nijedna od { $count } praksi u knjižnici ne dolazi iz gradova usporedivih s gradom { $city } ({ $peers }), veličinski razred grada nije poznat pa nijedan grad nije iste vrste, a nijedna praksa ne dolazi iz drugoga grada iste zemlje.
practices-empty-no-peers-context = Zasad nema preporuka: grad { $city } nema usporedivih gradova (premalo podataka o kontekstu za usporedbu), nijedna praksa ne dolazi iz drugoga grada vrste „{ $context }” i nijedna iz drugoga grada iste zemlje.
practices-empty-no-peers = Zasad nema preporuka: grad { $city } nema usporedivih gradova (premalo podataka o kontekstu za usporedbu), veličinski razred grada nije poznat pa nijedan grad nije iste vrste, a nijedna praksa ne dolazi iz drugoga grada iste zemlje.
