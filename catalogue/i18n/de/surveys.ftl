# Die eigenen Umfragen einer Stadt: die Seiten der Mitarbeitenden (Fragebögen, Durchführung, Einladungen, Gewichtung,
# Ergebnisse) und die Seiten der Befragten (ein Abschnitt des Fragebogens pro Seite). Die Texte des
# Fragebogens selbst stammen aus dem XLSForm der Stadt, in den Sprachen, die es enthält.

nav-surveys = Umfragen
surveys-title = Umfragen
surveys-heading = Die eigenen Umfragen der Stadt
surveys-lead = Eine Stadt befragt Zugewanderte sowie Einwohnerinnen und Einwohner zu ihrem Leben, mit einem Fragebogen, den sie als XLSForm mitbringt (der Standard von ODK und KoboToolbox). Die Antworten werden auf die Bevölkerung der Stadt gewichtet, und jedes Ergebnis ist ein Schätzwert mit seinem Intervall; Zellen mit zu wenigen Befragten werden zurückgehalten.
surveys-invited-before = Zu einer Umfrage eingeladen?
surveys-invited-link = Geben Sie Ihren Code ein
surveys-own = Die Umfragen Ihrer Stadt
surveys-col-survey = Umfrage
surveys-col-city = Stadt
surveys-col-access = Zugang
surveys-col-dates = Zeitraum
surveys-col-status = Status
surveys-col-questionnaire = Fragebogen
surveys-col-version = Version
surveys-status-open = offen
surveys-status-closed = geschlossen
surveys-questionnaires = Fragebögen
surveys-no-questionnaires = Ihre Stadt hat noch keinen Fragebogen.
surveys-download = herunterladen
surveys-import-heading = Einen Fragebogen hochladen
surveys-import-note = Eine XLSForm-Arbeitsmappe (.xlsx) mit den Blättern survey, choices und settings. Ein geändertes Formular wird zu einer neuen Version; eine Version, die bereits verwendet wird, ändert sich nie. Beginnen Sie mit der Vorlage des Observatoriums:
surveys-template-link = die städtische Umfrage unter Zugewanderten (Englisch, Deutsch, Kroatisch)
surveys-field-file = XLSForm-Arbeitsmappe
surveys-import-button = Fragebogen prüfen und speichern
surveys-form-problems = { $count ->
        [one] Der Fragebogen hat { $count } Problem:
       *[other] Der Fragebogen hat { $count } Probleme:
    }
surveys-col-sheet = Blatt
surveys-col-row = Zeile
surveys-col-column = Spalte
surveys-col-problem = Problem
surveys-form-nothing-kept = Es wurde nichts gespeichert. Korrigieren Sie die Arbeitsmappe und laden Sie sie erneut hoch.
surveys-open-heading = Eine Umfrage starten
surveys-field-title = Titel der Umfrage
surveys-respondents = Befragte
surveys-mode-anonymous = Anonym: Keine Antwort lässt sich dem Code zuordnen, mit dem sie gegeben wurde
surveys-mode-named = Namentlich: Die Stadt weiß, wer geantwortet hat
surveys-mode-anonymous-short = anonym
surveys-mode-named-short = namentlich
surveys-access-invitation = Auf Einladung: ein Code pro befragter Person, ausgegeben auf Papier oder per Post
surveys-access-open = Offener Link: Alle, die den Link haben, können antworten, jede Person mit einem eigenen Code zum Fortsetzen
surveys-access-invitation-short = auf Einladung
surveys-access-open-short = offener Link
surveys-field-opens = Beginnt am
surveys-field-closes = Endet am
surveys-open-button = Umfrage starten
surveys-questionnaire-line = Fragebogen: { $title } — Fragen: { $questions }, Seiten: { $pages }, Sprachen: { $languages }.
surveys-anonymous-note = Anonym: Die gespeicherten Antworten tragen keine Spur des Codes, mit dem sie gegeben wurden, und die Ergebnisse werden erst gezeigt, wenn die Umfrage geschlossen ist.
surveys-responses = Antworten
surveys-counts = Antworten zu { $used } von { $issued } ausgegebenen Codes.
surveys-codes-heading = { $count ->
        [one] { $count } neuer Code
       *[other] { $count } neue Codes
    }
surveys-codes-once = Drucken oder versenden Sie sie jetzt: Das Observatorium speichert von jedem Code nur einen Fingerabdruck und kann die Codes nicht noch einmal zeigen.
surveys-open-link = Der offene Link der Umfrage:
surveys-issue = Codes ausgeben
surveys-field-count = Wie viele Codes
surveys-close = Umfrage schließen
surveys-close-note = Nach dem Schließen werden keine Antworten mehr angenommen; dann können die Ergebnisse gewichtet und gelesen werden.
surveys-weighting = Gewichtung
surveys-weighted = Gewichtete Antworten: { $weighted } ({ $unplaced } konnten nicht zugeordnet werden); Designeffekt { $deff }, effektiver Stichprobenumfang { $neff }; Gewichte von { $min } bis { $max }.
surveys-not-weighted = Noch nicht gewichtet: Alle Befragten zählen gleich.
surveys-field-margins = Datei der Randverteilungen (TOML)
surveys-margins-hint = Die Bevölkerung der Stadt nach den Klassen der Fragen, an deren Verteilung die Antworten angepasst werden (Raking), z. B. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; dieselbe Datei wie für „observatory survey weight“.
surveys-weight-button = Antworten gewichten
surveys-store-margins-hint = Oder gewichten Sie auf das, was die Beobachtungsstelle für die Stadt hat: die im Land und die im Ausland geborene Bevölkerung (Eurostat urb_cpop1 und urb_cpopcb, das letzte Jahr), nach den Antworten auf „birth_group“. Eurostat hat für Städte keine Bevölkerung nach Geschlecht und Alter: Diese Randverteilungen brauchen eine Datei.
surveys-store-margins-button = Auf die im Land und im Ausland geborene Bevölkerung gewichten
surveys-raked-to = Angepasst an: { $source }
surveys-results = Ergebnisse
surveys-see-results = Ergebnisse ansehen
surveys-raw-responses = Rohdaten der Antworten (CSV)
surveys-codebook = ihr Codebuch (JSON)
surveys-results-after-close = Die Ergebnisse einer anonymen Umfrage werden gezeigt, sobald sie geschlossen ist.
surveys-results-heading = Ergebnisse: { $title }
surveys-results-lead = Antworten: { $responses }.
surveys-results-weighted = Auf die Bevölkerung der Stadt gewichtet (Raking).
surveys-results-unweighted = Ungewichtet: Alle Befragten zählen gleich.
surveys-results-note = Anteile in Prozent mit ihrem 95-%-Intervall; n ist die Zahl der Befragten, die geantwortet haben. Ein Wert, der auf weniger als { $min } Befragten beruht, wird zurückgehalten, ebenso ein Wert, aus dem er sich zurückrechnen ließe; „u“ kennzeichnet einen Wert mit geringer Zuverlässigkeit.
surveys-by = Aufschlüsseln nach
surveys-by-none = (keine Aufschlüsselung)
surveys-by-button = Anzeigen
surveys-download-csv = Schätzwerte herunterladen (CSV)
surveys-col-domain = Befragte
surveys-col-answer = Antwort
surveys-col-estimate = Schätzwert
surveys-col-interval = 95-%-Intervall
surveys-domain-all = alle
surveys-domain-not-answered = nicht geantwortet
surveys-stat-mean = Mittelwert
surveys-stat-top-two = die zwei obersten Stufen (Anteil)
surveys-flag-low = geringe Zuverlässigkeit
surveys-withheld-small = zurückgehalten: zu wenige Befragte
surveys-withheld-complementary = zurückgehalten: Daraus ließe sich eine kleine Zelle zurückrechnen
surveys-withheld-unreliable = zurückgehalten: zu wenige Befragte für einen verlässlichen Schätzwert
surveys-texts-withheld = { $count ->
        [one] { $count } Antwort, zurückgehalten: weniger als die Mindestzahl für eine Auflistung.
       *[other] { $count } Antworten, zurückgehalten: weniger als die Mindestzahl für eine Auflistung.
    }
surveys-error-log-in = Melden Sie sich mit dem Konto Ihrer Stadt an, um ihre Umfragen zu sehen.
surveys-error-no-survey = Es gibt keine Umfrage { $id }.
surveys-error-no-questionnaire = Es gibt keinen Fragebogen { $id }.
surveys-error-no-file = Wählen Sie eine Datei zum Senden aus.
surveys-error-questionnaire = Wählen Sie den Fragebogen für die Umfrage aus.
surveys-error-count = Geben Sie eine Anzahl von Codes zwischen 1 und { $max } an.
surveys-error-margins-utf8 = Die Datei der Randverteilungen ist kein Text in UTF-8: Speichern Sie sie als reinen Text (UTF-8) und senden Sie sie erneut.
surveys-error-margins = Die Datei der Randverteilungen kann nicht gelesen werden: { $message }

survey-respond-title = Umfrage
survey-respond-cannot-open = Die Umfrage kann nicht geöffnet werden
survey-respond-type-code = Geben Sie Ihren Code ein
survey-respond-entry-title = An einer Umfrage teilnehmen
survey-respond-entry-lead = Geben Sie den Code aus Ihrem Brief ein. Bindestriche und Großbuchstaben spielen keine Rolle.
survey-respond-code = Ihr Code
survey-respond-open = Umfrage öffnen
survey-respond-error-unknown-code = Dieser Code öffnet keine Umfrage: Vergleichen Sie ihn mit Ihrem Brief (Bindestriche und Großbuchstaben spielen keine Rolle).
survey-respond-error-used = Dieser Code wurde bereits verwendet: Die Antworten wurden abgeschickt, und mit ihm kann nicht noch einmal geantwortet werden.
survey-respond-error-closed = Die Umfrage ist geschlossen: Es werden keine Antworten mehr angenommen.
survey-respond-error-invitation-only = An dieser Umfrage nimmt man nur auf Einladung teil: Verwenden Sie den Code aus Ihrem Brief.
survey-respond-error-lost-code = Die Seite kam ohne ihren Code an: Öffnen Sie die Umfrage erneut über Ihren Link.
survey-respond-error-too-many = Von Ihrer Adresse aus wurden in den letzten Minuten zu viele Umfragen begonnen. Bitte versuchen Sie es später noch einmal.
survey-respond-languages = Sprache des Fragebogens
survey-respond-page = Seite { $page }
survey-respond-review = Prüfen und abschicken
survey-respond-progress = Seite { $page } von { $pages }
survey-respond-progress-review = Alle Seiten ({ $pages }) beantwortet: prüfen und abschicken
survey-respond-problems = { $count ->
        [one] { $count } Antwort braucht Ihre Aufmerksamkeit:
       *[other] { $count } Antworten brauchen Ihre Aufmerksamkeit:
    }
survey-respond-saved = Ihre Antworten sind gespeichert. Sie können mit demselben Link zurückkommen.
survey-respond-more = Ihre Antworten haben auf dieser Seite weitere Fragen geöffnet.
survey-respond-started = Ihr Code lautet { $code }. Notieren Sie ihn: Damit können Sie zurückkommen und dort weitermachen, wo Sie aufgehört haben.
survey-respond-required = (erforderlich)
survey-respond-next = Speichern und weiter
survey-respond-save = Speichern
survey-respond-previous = Zurück
survey-respond-submit = Meine Antworten abschicken
survey-respond-answered = { $count ->
        [one] Sie haben { $count } Antwort gegeben.
       *[other] Sie haben { $count } Antworten gegeben.
    }
survey-respond-anonymous = Diese Umfrage ist anonym: Ihre Antworten werden ohne jede Verbindung zu Ihrem Code gespeichert, und Ergebnisse werden nur für Gruppen von mindestens fünf Personen veröffentlicht.
survey-respond-named = Die Stadt weiß, wer Ihren Code erhalten hat.
survey-respond-final = Nach dem Abschicken können die Antworten nicht mehr geändert werden. Die Umfrage endet am { $closes }.
survey-respond-pages = Seiten des Fragebogens
survey-respond-thanks = Vielen Dank
survey-respond-submitted = Ihre Antworten zu „{ $title }“ sind eingegangen.
survey-respond-open-lead = Alle können bis zum { $closes } antworten. Sie erhalten einen Code, mit dem Sie zurückkommen und weitermachen können.
survey-respond-start = Umfrage beginnen
survey-problem-required = Eine Antwort ist erforderlich.
survey-problem-whole-number = „{ $value }“ ist keine ganze Zahl.
survey-problem-number = „{ $value }“ ist keine Zahl.
survey-problem-date = „{ $value }“ ist kein Datum.
survey-problem-choice = „{ $value }“ ist keine der Auswahlmöglichkeiten.
survey-problem-one-answer = Es ist nur eine Antwort möglich.
survey-problem-constraint = Die Antwort wird nicht angenommen: Bitte prüfen Sie sie.
survey-problem-not-a-question = Dies ist keine Frage dieser Seite.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Veröffentlichung
surveys-published = Die Ergebnisse sind veröffentlicht.
surveys-published-link = Die veröffentlichten Ergebnisse ansehen
surveys-submitted = Die Ergebnisse liegen bei der Freigabe:
surveys-submission-link = Einreichung { $id }
surveys-publish-after-close = Die Ergebnisse können zur Veröffentlichung gesendet werden, sobald die Befragung geschlossen ist.
surveys-submit-note = Die Ergebnisse, wie sie jetzt sind (mit den Gewichten; kleine Zellen zurückgehalten), gehen eingefroren an die Freigabe der Stadt; Antworten in Worten werden gezählt, nie veröffentlicht.
surveys-submit-button = Die Ergebnisse zur Veröffentlichung senden
surveys-not-submitted = Die Ergebnisse wurden nicht zur Veröffentlichung gesendet.
surveys-error-unpublished = Befragung { $id } hat keine veröffentlichten Ergebnisse.
surveys-published-lead = Die Ergebnisse einer Befragung von { $city }, durchgeführt vom { $opens } bis { $closes }, mit { $responses } Antworten, wie die Stadt sie veröffentlicht hat.
surveys-texts-not-published = { $count } Antworten in Worten: gezählt, nicht veröffentlicht (ein Satz kann seine Verfasserin oder seinen Verfasser verraten).
surveys-own-heading = Eigene Befragungen von { $city }
surveys-own-intro = Was { $city } in eigenen Befragungen gefragt hat, wie die Stadt die Ergebnisse veröffentlicht hat. Zwischen zwei Runden desselben Fragebogens wird jede in beiden veröffentlichte Zahl der ganzen Stichprobe verglichen.
surveys-own-responses = { $responses } Antworten
surveys-own-nothing-to-compare = { $before } und { $after } haben keine in beiden veröffentlichte Zahl zum Vergleichen.
surveys-own-caption = Von { $before } zu { $after }: jede Zahl mit ihrem 95-%-Intervall, die Veränderung und die Wahrscheinlichkeit, dass sie echt ist
surveys-col-question = Frage
surveys-own-col-change = Veränderung (Punkte)
surveys-own-col-probability = Wahrscheinlichkeit, dass die Veränderung echt ist
surveys-own-col-verdict = Urteil
surveys-own-method = Die beiden Runden sind unabhängige Stichproben: Der Standardfehler der Veränderung ist √(SE₁² + SE₂²). Die Wahrscheinlichkeit, dass die Veränderung echt ist, ist Φ(|z|), die Wahrscheinlichkeit bei flacher A-priori-Verteilung, dass die wahre Veränderung das beobachtete Vorzeichen hat; ein Anstieg oder Rückgang heißt so, wenn p < 5 %.
surveys-own-rose = gestiegen (p = { $p })
surveys-own-fell = gesunken (p = { $p })
surveys-own-no-change = keine klare Veränderung (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Bearbeiten: { $title }
editor-lead = Version { $version }. Wählen Sie die Fragen aus, formulieren Sie sie und ihre Hinweise in jeder Sprache um, legen Sie fest, welche Antworten Pflicht sind, und benennen Sie die Seiten; der Fragebogen wird als nächste Version gespeichert (eine durchgeführte Version ändert sich nie).
editor-xlsform-note = Neue Fragen, Auswahllisten und Filterführung werden im XLSForm geschrieben:
editor-xlsform-link = diese Version als XLSForm herunterladen
editor-questionnaire-title = Titel des Fragebogens
editor-page = Seite { $number }
editor-page-title = Titel der Seite
editor-save = Als nächste Version speichern
editor-keep = Diese Frage stellen
editor-required = Eine Antwort ist Pflicht
editor-asked-when = Gestellt, wenn: { $condition }
editor-wording = Wortlaut ({ $language })
editor-hints = Hinweise
editor-hint = Hinweis ({ $language })
editor-edit-link = bearbeiten
editor-start-heading = Mit der Vorlage beginnen
editor-start-note = Der Fragebogen der Beobachtungsstelle für Menschen, die in die Stadt gezogen sind (Englisch, Deutsch, Kroatisch): speichern Sie ihn für Ihre Stadt, dann wählen und formulieren Sie seine Fragen im Editor.
editor-start-button = Mit der Vorlage beginnen
