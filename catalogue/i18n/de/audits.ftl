audits-title = Audits
audits-heading = Politik gemeinsam bewerten
audits-lead = Die Stadtverwaltung, andere öffentliche Stellen, die Zivilgesellschaft, Vertretungen von Migrantinnen, Migranten und Geflüchteten, Arbeitgeber und die Wissenschaft bewerten dieselben Fragen zu den zehn Handlungsfeldern eines umfassenden Integrationsansatzes. Die Ergebnisse zeigen, wo ihre Sichtweisen auseinandergehen und wo die Engpässe liegen; die Integrationsagenda der Stadt macht daraus Ziele, Maßnahmen und Zielwerte.
audits-invited-before = Zur Teilnahme eingeladen?
audits-invited-link = Geben Sie Ihren Code ein
audits-invited-after = oder folgen Sie dem Link, den Sie erhalten haben.
audits-own-rounds = Die Runden Ihrer Stadt
audits-published = Veröffentlichte Ergebnisse
audits-none-published = Noch keine Stadt hat die Ergebnisse eines Audits veröffentlicht.
audits-col-round = Runde
audits-col-city = Stadt
audits-col-questionnaire = Fragebogen
audits-col-dates = Zeitraum
audits-col-status = Status
audits-row-questionnaire = { $kind ->
        [audit] Audit
       *[priorities] Prioritäten
    }, { $mode ->
        [anonymous] anonym
       *[named] namentlich
    }
audits-framework-summary = Der Rahmen: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }
audits-status-published = Ergebnisse veröffentlicht
audits-status-submission = { $status ->
        [draft] Ergebnisse im Entwurf
        [submitted] Ergebnisse eingereicht
        [published] Ergebnisse veröffentlicht
       *[returned] Ergebnisse zurückgegeben
    }
audits-status-open = offen
audits-status-closed = geschlossen
audits-submission-status = { $status ->
        [draft] Entwurf
        [submitted] eingereicht
        [published] veröffentlicht
       *[returned] zurückgegeben
    }
audits-open-heading = Eine Runde eröffnen
audits-city-placeholder = Code der Stadt, z. B. HR004C
audits-field-title = Titel (optional)
audits-title-placeholder = z. B. Osijek 2026: Audit der Stadt
audits-field-framework = Rahmen
audits-kind-audit = Das Audit: alle Fragen aller Handlungsfelder
audits-kind-priorities = Prioritäten der Interessenträger: jedes Handlungsfeld nach Wichtigkeit von 1 bis 5 bewertet
audits-respondents = Teilnehmende
audits-mode-anonymous = Anonym: keine Antwort lässt sich ihrer Einladung zuordnen
audits-mode-named = Namentlich: ein Expertengremium; jede Antwort behält den Namen der antwortenden Person
audits-field-opens = Beginnt am
audits-field-closes = Endet am
audits-field-min-group = Mindestzahl der Teilnehmenden, ab der die Ergebnisse einer Gruppe gezeigt werden (3 oder mehr)
audits-open-button = Runde eröffnen
audits-error-kind = Wählen Sie den Fragebogen: Audit oder Prioritäten
audits-error-mode = Wählen Sie anonyme oder namentliche Teilnahme
audits-error-min-group = Die kleinste gezeigte Gruppe ist eine ganze Zahl von Teilnehmenden, 3 oder mehr
audits-error-log-in = Melden Sie sich mit einem Konto der Stadt an, um ihre Audit-Runden zu sehen
audits-error-no-round = Keine Audit-Runde { $id }
audits-error-unpublished = Die Audit-Runde { $id } hat keine veröffentlichten Ergebnisse
audits-error-count = Anzahl der Einladungen: eine ganze Zahl
audits-round-kind = { $kind ->
        [audit] der Audit-Fragebogen
       *[priorities] Prioritäten der Interessenträger
    }
audits-round-mode = { $mode ->
        [anonymous] anonym
       *[named] namentliches Gremium
    }
audits-round-dates = Antworten vom { $opens } bis { $closes }
audits-round-min-group = Gruppen werden ab { $count ->
        [one] { $count } teilnehmenden Person
       *[other] { $count } Teilnehmenden
    } gezeigt
audits-round-framework = Rahmen { $reference }
audits-anonymous-note = Anonym: Sobald eine Antwort abgeschickt ist, verbindet nichts in der Datenbank sie mit der Einladung, von der sie stammt — diese Seite kann zeigen, wie viele Einladungen jeder Gruppe genutzt wurden, nie welche. Die Ergebnisse werden berechnet, sobald die Runde geschlossen ist.
audits-invitations = Einladungen
audits-invitations-none = Noch keine ausgegeben.
audits-col-group = Gruppe
audits-col-issued = Ausgegeben
audits-col-answered = Beantwortet
audits-named-answered = Wer hat geantwortet (namentliches Gremium)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] beantwortet
       *[no] noch nicht
    }
audits-issue = Einladungen ausgeben
audits-field-group = Gruppe der Interessenträger
audits-field-count = Wie viele
audits-field-names = Die Namen der Teilnehmenden, einer pro Zeile
audits-format = Als
audits-format-list = Liste zum Ausdrucken und Verteilen
audits-format-csv = CSV-Datei für einen Serienbrief
audits-codes-once = Die Codes werden nur dieses eine Mal gezeigt und nur als Hashwerte gespeichert: Drucken oder speichern Sie sie jetzt. Das Observatorium verschickt keine E-Mails.
audits-close = Runde schließen
audits-close-note = Nach dem Schließen sind keine Antworten mehr möglich; nicht abgeschickte Entwürfe werden gelöscht.
audits-results = Ergebnisse
audits-see-results = Ergebnisse ansehen
audits-raw-responses = die Rohdaten der Antworten (CSV, nur für die Stadt)
audits-submit-note = Senden Sie die Ergebnisse — nur die Werte, ohne Kommentare — an die freigebende Person Ihrer Stadt, die sie veröffentlicht.
audits-submit-button = Ergebnisse zur Freigabe einreichen
audits-submission-before = Ergebnisse:
audits-submission-link = Einreichung { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Zurück zur Runde
audits-print-note = Drucken Sie diese Seite (ohne die Menüs der Website), schneiden Sie entlang der Linien und geben Sie jeder Person eine Einladung. Die Codes werden nicht noch einmal gezeigt.
audits-invitations-heading = { $count ->
        [one] { $count } Einladung
       *[other] { $count } Einladungen
    }: { $group }
audits-invite-as = Sie sind eingeladen, teilzunehmen als:
audits-invite-open = Öffnen Sie
audits-invite-go-before = oder gehen Sie zu
audits-invite-go-after = und geben Sie den Code ein:
audits-invite-dates = Offen vom { $opens } bis { $closes }. Der Code gilt einmal; geben Sie ihn nicht weiter.
audits-invite-anonymous = Ihre Antworten lassen sich diesem Code nicht mehr zuordnen, sobald Sie sie abgeschickt haben.
audits-results-title = Ergebnisse: { $title }
audits-the-round = die Runde
audits-results-framework = Rahmen { $reference }: { $title }
audits-not-published = Nicht veröffentlicht: Nur die Redakteurinnen, Redakteure und freigebenden Personen Ihrer Stadt sehen diese Ergebnisse, mit den Kommentaren der Teilnehmenden. Die Öffentlichkeit sieht sie, sobald die freigebende Person sie veröffentlicht (ohne die Kommentare).
audits-framework-source = Quelle des Rahmens: { $source } { $authorship }
audits-download = Herunterladen:
audits-download-results = Ergebnisse (CSV)
audits-download-raw = Rohdaten der Antworten (CSV, nur für die Stadt)
audits-who-answered = Wer geantwortet hat
audits-respondents-count = { $count ->
        [one] { $count } teilnehmende Person.
       *[other] { $count } Teilnehmende.
    }
audits-col-shown = Gezeigt
audits-fewer-than = weniger als { $min }
audits-shown-yes = ja
audits-withheld-counted = nein (unter dem Schwellenwert): mit den anderen kleinen Gruppen im Gesamtwert gezählt
audits-withheld-left-out = nein (unter dem Schwellenwert): in keiner Zahl enthalten
audits-note-counted = Gruppen mit weniger als { $min } Teilnehmenden werden nicht gezeigt: { $groups }. Zusammen haben sie mindestens { $min }, daher zählen sie in den Gesamtwerten.
audits-note-left-out = Gruppen mit weniger als { $min } Teilnehmenden werden nicht gezeigt: { $groups }. Zusammen haben sie weniger als { $min }, daher fehlen sie auch in den Gesamtwerten: Dort gezählt, ließen sich ihre Antworten aus den gezeigten Gruppen zurückrechnen.
audits-note-public = Gruppen mit weniger als { $min } Teilnehmenden werden nicht gezeigt; ihre Antworten zählen in den Gesamtwerten nur, wo sie dadurch nicht erkennbar werden.
audits-by-focal = Werte nach Handlungsfeld
audits-by-focal-caption = Wert je Handlungsfeld, insgesamt und je Gruppe der Interessenträger
audits-by-principle = Werte nach Leitprinzip
audits-by-principle-caption = Wert je Leitprinzip (aus den Fragen, zu denen es beiträgt)
audits-col-overall = Insgesamt
audits-col-gap = Wahrnehmungslücke
audits-col-rank-range = Rang (Spanne)
audits-cell-n = n { $n }
audits-cell-sd = , SD { $sd }
audits-points = { $count ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    }
audits-scores-note = Werte von 0 bis 100 (der Mittelwert der gewählten Optionen; „weiß nicht“ ist kein Wert: ? zählt diese Antworten). n: Teilnehmende der Gruppe mit einem Wert hier; SD: die Streuung ihrer eigenen Werte. ⚑: eine Wahrnehmungslücke von 25 Punkten oder mehr zwischen der höchsten und der niedrigsten Gruppe.
audits-gaps = Wahrnehmungslücken
audits-gaps-too-few = Weniger als zwei Gruppen können gezeigt werden: Es gibt keine Lücke zu berichten.
audits-gaps-none = Kein Handlungsfeld und kein Prinzip, bei dem die Werte der Gruppen um 25 Punkte oder mehr auseinanderliegen.
audits-gap-row = { $high } { $high_score } gegenüber { $low } { $low_score }
audits-bottlenecks = Engpässe und Chancen
audits-lowest = Fragen mit den niedrigsten Werten
audits-highest = Fragen mit den höchsten Werten
audits-comments-heading = Belege und Kommentare, nach Handlungsfeld
audits-no-comments = Keine Kommentare.
audits-questions = Fragen
audits-in-observatory = Im Observatorium:
audits-col-question = Frage
audits-col-dont-know = Weiß nicht
audits-robustness = Wie belastbar ist die Rangfolge?
audits-robustness-method = Rangspannen: (a) jedes Fragengewicht beliebig zwischen { $low } % und { $high } % seines Werts, alle zugleich — exakte Grenzen, da der Wert eines Handlungsfelds nur von den Gewichten seiner eigenen Fragen abhängt; (b) der Gesamtwert neu berechnet, wobei jeweils eine Gruppe der Interessenträger weggelassen wird (nicht gezeigte Gruppen zusammen). Rang 1 ist der höchste Wert; gleiche Werte teilen sich einen Rang.
audits-comparison = Verglichen mit der vorigen Runde und mit Vergleichsstädten
audits-comparison-none = Noch keine frühere Runde dieser Stadt und keine veröffentlichte Runde einer Vergleichsstadt verwendet dieselbe Version des Rahmens.
audits-comparison-note = Vergleichbar sind nur Runden derselben Version des Rahmens: andere Fragen ergeben andere Werte. Vergleichsstädte sind die der Stadt ähnlichsten Städte des Observatoriums; nur ihre veröffentlichten Runden.
audits-col-focal = Handlungsfeld
audits-col-this-round = Diese Runde
audits-col-previous = Vorige ({ $closes })
audits-col-change = Veränderung
audits-col-peers-median = Median der Vergleichsstädte
audits-priorities = Prioritäten
audits-col-rank = Rang
audits-col-mean-groups = Mittelwert (Gruppen gleich gewichtet)
audits-col-mean-all = Mittelwert (alle Teilnehmenden)
audits-col-n = n
audits-priorities-note = Bewertungen von 1 (überhaupt nicht wichtig) bis 5 (sehr wichtig). „Mittelwert (alle Teilnehmenden)“ ist der gewichtete Durchschnitt der ReSOMA-Umfrage; „Gruppen gleich gewichtet“ gewichtet jede Gruppe der Interessenträger gleich.
audits-capability-observatory = Integrationsindikatoren der Stadt (dieses Observatorium)
audits-capability-data = Die eigenen Zahlen der Stadt
audits-capability-service-demand = Bevölkerungsszenarien und Bedarf an Leistungen
audits-capability-neighbourhoods = Zahlen der Stadtteile und Segregationsindizes
audits-capability-practices = Praxis anderer Städte
audits-capability-peers = Vergleich mit ähnlichen Städten
audits-capability-outlook = Ausblick: Prognosen und Fortschritt
