funding-title = Förderlandkarte
funding-lead = Wer was für wen und wo fördert: die veröffentlichten Vorhabenlisten der Verwaltungsbehörden, eingeordnet nach Handlungsfeldern und Zielgruppen, mit den Lücken (Bedarf ohne Förderung) und möglichen Doppelförderungen jedes Ortes.
funding-places = Orte
funding-countries = Jedes Land ist mit seinem Code ebenfalls ein Ort:
funding-country-hr = Kroatien (HR)
funding-country-at = Österreich (AT)
funding-lists = Geladene Listen
funding-no-list = Noch ist keine Vorhabenliste geladen: Importieren Sie eine mit
funding-list = Liste
funding-country = Land
funding-operations = Vorhaben
funding-lists-note = Die Listen stammen aus den Jahren 2016–2017 und sind mit ihren Herausgebern und Lücken in data/funding/README.md beschrieben. Eine AMIF-Liste ist bisher nicht maschinenlesbar veröffentlicht worden; eine Stadt erfasst ihre eigenen Projekte mit der Vorlage data/templates/funding_operations_template.csv.
funding-place-title = Förderlandkarte: { $place }
funding-place-lead = { $operations } Vorhaben aus { $lists } { $lists ->
        [one] Liste
       *[other] Listen
    }, insgesamt { $total }; { $outside } außerhalb der Handlungsfelder der Integrationspolitik; { $without } ohne veröffentlichten Betrag.
funding-city-profile = Stadtprofil
funding-gaps = Lücken: Bedarf ohne Förderung ({ $count })
funding-no-gap = Keine Lücke: Für jeden Bedarf nach den Regeln gibt es mindestens ein Vorhaben.
funding-gap = Lücke: { $field } × { $group }
funding-gap-why = { $evidence }, und kein Vorhaben dieses Ortes im Handlungsfeld nennt die Gruppe.
funding-met = Gedeckt: { $field } × { $group }: { $projects } Vorhaben, { $eur } — { $evidence }
funding-matrix = Handlungsfelder × Zielgruppen
funding-matrix-note = Projekte und Euro je Zelle; ein Vorhaben in mehreren Handlungsfeldern oder für mehrere Gruppen zählt in jeder seiner Zellen. Die Beträge sind förderfähige Gesamtkosten in Euro (Kuna zum festen Umrechnungskurs, Kronen zum Durchschnittskurs 2016).
funding-matrix-field = Handlungsfeld
funding-duplicates = Mögliche Doppelförderungen ({ $count })
funding-duplicates-note = Derselbe Begünstigte im selben Handlungsfeld mit sich überschneidenden Zeiträumen und ähnlichen Namen: Prüfen Sie, bevor Sie Schlüsse ziehen.
funding-beneficiary = Begünstigter
funding-field = Handlungsfeld
funding-duplicate-operations = Vorhaben (Zeile der Liste)
funding-names-alike = Ähnlichkeit der Namen
funding-told-apart = Erkannt an
funding-duplicate-line = Zeile { $line }: { $name }
funding-basis-identifier = derselben Kennung
funding-basis-name = demselben normalisierten Namen
funding-overlaps = Sich überschneidende Vorhaben in derselben Zelle ({ $count })
funding-overlap = { $field } × { $group }: { $operations } Vorhaben von { $beneficiaries } Begünstigten, überschneidend zwischen { $from } und { $to }
funding-per-resident = Euro je Einwohner
funding-per-resident-line = { $group }: { $eur } für { $residents } { $label } ({ $period }) = je { $each } €
funding-recipients = Wer in { $region } Geld erhält
funding-recipients-lead = Kohesio (Europäische Kommission), alle Programme der Kohäsionspolitik: { $beneficiaries } Begünstigte, { $total } in { $projects } Projekten, davon { $eu } von der EU. Summen je Begünstigtem, ohne Projektnamen oder Daten, daher nicht in die Matrix aufgenommen.
funding-total-budget = Gesamtbudget
funding-eu-contribution = EU-Beitrag
funding-projects = Projekte
funding-not-given = nicht angegeben
funding-beneficiaries = Begünstigte
funding-beneficiaries-lead = { $distinct } Begünstigte; { $by_identifier } an ihrer Kennung erkannt, { $by_name } allein über ihren Namen zusammengeführt (eine Vermutung).
funding-note = Hinweis: { $note }
funding-lists-of = Listen: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } Mio. €
funding-city-heading = Förderung
funding-city-lead = Geförderte Vorhaben, Lücken und mögliche Doppelförderungen:
funding-unplaced = nicht zugeordnet
funding-no-group = keine Zielgruppe genannt

funding-note-not-converted = Beträge in { $currency } werden nicht umgerechnet: Ergänzen Sie die Währung in catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } Vorhaben wurde anhand der Wörter seines Namens und seiner Zusammenfassung einem Handlungsfeld zugeordnet, da seine Liste keine Interventionskategorie angibt: Prüfen Sie es, bevor Sie eine Zelle zitieren
       *[other] { $operations } Vorhaben wurden anhand der Wörter ihres Namens und ihrer Zusammenfassung einem Handlungsfeld zugeordnet, da ihre Liste keine Interventionskategorie angibt: Prüfen Sie sie, bevor Sie eine Zelle zitieren
    }
funding-note-not-same-territory = Euro je Einwohner werden nicht angezeigt: { $place } ist nicht dasselbe Gebiet wie die Stadt, deren Einwohner der Datenbestand zählt
funding-note-no-residents = keine Zahl „{ $label }“ für { $city } im Datenbestand: Euro je Einwohner für „{ $group }“ werden nicht angezeigt
funding-note-kohesio-not-loaded = Die Begünstigten von { $region } aus Kohesio sind nicht geladen
funding-note-kohesio-capped = Der Export von Kohesio enthält höchstens die ersten 200 Begünstigten einer Region: { $region } kann mehr haben
