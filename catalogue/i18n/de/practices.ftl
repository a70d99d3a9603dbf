practices-title = Praxisbeispiele
practices-lead = Dokumentierte Integrationspraxis von Städten, jeweils mit Quelle. Die Suche ignoriert Groß- und Kleinschreibung sowie Akzente und findet Wörter über die Sprachen der Einträge hinweg (Sprachkurs, jazykový kurz, language course); der Anfang eines Wortes genügt.
practices-search-label = Praxisbeispiele durchsuchen
practices-search-placeholder = z. B. Sprachkurs, Košice, Beratung
practices-search = Suchen
practices-filtered-by = Gefiltert nach:
practices-filter-remove = entfernen
practices-facets = Filter
practices-results = Ergebnisse
practices-found = { $count ->
        [one] Praxisbeispiel
       *[other] Praxisbeispiele
    }
practices-found-for = { $count ->
        [one] Praxisbeispiel
       *[other] Praxisbeispiele
    } für „{ $query }“
practices-none = Kein Praxisbeispiel passt. Versuchen Sie weniger oder kürzere Wörter, oder entfernen Sie einen Filter.
practices-pages = Seiten
practices-previous = ← zurück
practices-next = weiter →
practices-facet-thematic-area = Themenbereich
practices-facet-country = Land
practices-facet-city-context = Stadttyp
practices-facet-target-group = Zielgruppe
practices-facet-evidence-level = Evidenzgrad
practices-field-city = Stadt
practices-field-country = Land
practices-field-level = Ebene
practices-field-thematic-area-source = Themenbereich (Quelle)
practices-field-thematic-areas = Themenbereiche (Observatorium)
practices-field-target-group-source = Zielgruppe (Quelle)
practices-field-target-groups = Zielgruppen (Observatorium)
practices-field-city-context = Stadttyp
practices-field-period = Zeitraum
practices-field-lead-organisation = Federführende Organisation
practices-field-partners = Partner
practices-field-funding = Finanzierung
practices-field-outcomes = Berichtete Ergebnisse
practices-field-evidence-level = Evidenzgrad
practices-field-notes = Anmerkungen
practices-period-from = ab { $start }
practices-period-until = bis { $end }
practices-not-stated = von der Quelle nicht angegeben
practices-city-profile = Stadtprofil
practices-sources = Quellen
practices-repository = Repository
practices-at-commit = im Commit
practices-summaries-note = Beschreibung und Ergebnisse sind kurze Zusammenfassungen in eigenen Worten der Bibliothek; die Texte der Quellen gehören ihren Herausgebern.
practices-recommended = Empfohlen für diese Stadt
practices-no-recommendations = Keine Empfehlungen: { $reason }
practices-recommended-context = Praxisbeispiele der Vergleichsstädte und anderer Städte desselben Typs ({ $context }) aus den
practices-recommended-size = Praxisbeispiele der Vergleichsstädte und anderer Städte ihrer Größe aus den
practices-recommended-link = Praxisbeispielen
practices-recommended-after = , die für die schwächsten Handlungsfelder der Stadt zuerst. Bei jedem steht, warum es hier ist.
practices-error-page = page: eine ganze Zahl ab 1
practices-error-not-found = kein Praxisbeispiel mit der Kennung „{ $id }“: Durchsuchen Sie die Sammlung unter /practices

practices-reason-peer = { $city }, eine Vergleichsstadt, dokumentiert { $practice } zum Thema { $field }.
practices-reason-peer-where = { $city }, eine Vergleichsstadt, dokumentiert { $practice } zum Thema { $field }. Kennzahl in diesem Bereich: { $weakness }.
practices-reason-country = { $city }, eine Stadt in Ihrem Land, dokumentiert { $practice } zum Thema { $field }.
practices-reason-country-where = { $city }, eine Stadt in Ihrem Land, dokumentiert { $practice } zum Thema { $field }. Kennzahl in diesem Bereich: { $weakness }.
practices-reason-context = { $city }, wie Ihre Stadt vom Typ „{ $context }“, dokumentiert { $practice } zum Thema { $field }.
practices-reason-context-where = { $city }, wie Ihre Stadt vom Typ „{ $context }“, dokumentiert { $practice } zum Thema { $field }. Kennzahl in diesem Bereich: { $weakness }.
practices-reason-other = { $city } dokumentiert { $practice } zum Thema { $field }.
practices-reason-other-where = { $city } dokumentiert { $practice } zum Thema { $field }. Kennzahl in diesem Bereich: { $weakness }.
practices-reason-practice = { $level ->
        [described] ein beschriebenes Praxisbeispiel
        [monitored] ein begleitetes Praxisbeispiel mit berichteten Ergebnissen
        [evaluated] ein evaluiertes Praxisbeispiel
        [evaluated-with-a-comparison-group] ein mit Vergleichsgruppe evaluiertes Praxisbeispiel
       *[other] ein Praxisbeispiel (Evidenzgrad: { $name })
    }
practices-reason-no-field = eines im Vokabular nicht benannten Bereichs
practices-reason-and = { $rest } und { $last }
practices-gap-lower = { $indicator } von { $group }: { $value } gegenüber { $reference } bei Staatsangehörigen des Landes ({ $country }, { $period }), { $points } Prozentpunkte niedriger
practices-gap-higher = { $indicator } von { $group }: { $value } gegenüber { $reference } bei Staatsangehörigen des Landes ({ $country }, { $period }), { $points } Prozentpunkte höher
practices-gap-widest = { $gap } – der größte Abstand unter den nationalen Zahlen
practices-gap-second = { $gap } – der zweitgrößte Abstand unter den nationalen Zahlen
practices-gap-nth = { $gap } – nach den { $n } größten der nächstgrößte Abstand unter den nationalen Zahlen
practices-benchmark = Ihre Stadt liegt bei „{ $indicator }“ auf Rang { $rank } von { $of } (sie selbst und ihre Vergleichsstädte; Wert { $value }, Median der Vergleichsstädte { $median })
practices-empty-library = Die Praxisbibliothek ist leer: Importieren Sie zuerst eine Datei mit Praxisbeispielen.
practices-empty-peers-context = Noch nichts zu empfehlen: Keines der { $count } Praxisbeispiele der Bibliothek stammt aus einer Vergleichsstadt von { $city } ({ $peers }), keines aus einer anderen Stadt vom Typ „{ $context }“ und keines aus einer anderen Stadt desselben Landes.
practices-empty-peers = Noch nichts zu empfehlen: Keines der { $count } Praxisbeispiele der Bibliothek stammt aus einer Vergleichsstadt von { $city } ({ $peers }); die Größenklasse der Stadt ist unbekannt, sodass keine Stadt ihren Typ teilt, und keines stammt aus einer anderen Stadt desselben Landes.
practices-empty-no-peers-context = Noch nichts zu empfehlen: { $city } hat keine Vergleichsstädte (zu wenige Kontextdaten für einen Vergleich), kein Praxisbeispiel stammt aus einer anderen Stadt vom Typ „{ $context }“ und keines aus einer anderen Stadt desselben Landes.
practices-empty-no-peers = Noch nichts zu empfehlen: { $city } hat keine Vergleichsstädte (zu wenige Kontextdaten für einen Vergleich); die Größenklasse der Stadt ist unbekannt, sodass keine Stadt ihren Typ teilt, und kein Praxisbeispiel stammt aus einer anderen Stadt desselben Landes.
