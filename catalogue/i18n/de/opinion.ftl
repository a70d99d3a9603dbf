# Die Seite zur öffentlichen Meinung einer Stadt (/cities/<code>/opinion).

opinion-profile-link = öffentliche Meinung
opinion-title = Öffentliche Meinung: { $city }
opinion-intro = Was die Einwohnerinnen und Einwohner von { $city } und ihrer Vergleichsstädte in der Umfrage zur Lebensqualität in europäischen Städten 2023 (Eurostat und GD REGIO der Europäischen Kommission) geantwortet haben. Die Fragen stehen in der Reihenfolge des Fragebogens und werden nicht gegeneinander gereiht; die Vergleichsstädte stehen in der Reihenfolge ihrer Ähnlichkeit mit { $city }, nicht ihrer Antworten.
opinion-peers-intro = { $count ->
    [one] Die Vergleichsstadt ist die { $city } ähnlichste Stadt nach { $features }, unter den Städten, die die Umfrage erfasst hat (die Vergleichsstädte des Profils können andere sein).
   *[other] Die Vergleichsstädte sind die { $count } { $city } ähnlichsten Städte nach { $features }, unter den Städten, die die Umfrage erfasst hat (die Vergleichsstädte des Profils können andere sein).
}
opinion-peers-none = { $city } hat keine Vergleichsstädte: Ihrem Profil fehlen die Zahlen, um sie zu finden.
opinion-method-title = Wie die Zahlen zu lesen sind
opinion-method-base = Jeder Anteil ist der gewichtete Anteil der Umfrage an allen Befragten, einschließlich derer, die es nicht wussten oder nicht antworteten (in einer eigenen Spalte); die Zahl der Befragten ist ungewichtet.
opinion-method-interval = Die Intervalle sind 95-%-Intervalle auf der Logit-Skala. Die Umfrage veröffentlicht die gewichteten Anteile und die ungewichtete Zahl der Befragten, nicht ihre Gewichte; jedes Intervall behandelt den Anteil daher so, als stamme er aus einer einfachen Zufallsstichprobe so vieler Befragter. Der Designeffekt der Gewichtung ist nicht veröffentlicht: Die Intervalle sind um seine Quadratwurzel zu schmal.
opinion-method-difference = Der Anteil einer Vergleichsstadt heißt höher oder niedriger, wenn ein zweiseitiger Test seiner Differenz zum Anteil der Stadt (z = Differenz ÷ √(SE₁² + SE₂²)) p unter 5 % ergibt; sonst gibt es keinen klaren Unterschied.
opinion-caption = Anteil mit der Antwort „{ $answer }“ ({ $variable }). Quelle: { $source }.
opinion-col-city = Stadt
opinion-col-share = „{ $answer }“ (%)
opinion-col-interval = 95-%-Intervall (%)
opinion-col-n = Befragte
opinion-col-dont-know = Weiß nicht oder keine Antwort (%)
opinion-col-compared = Im Vergleich mit { $city }
opinion-col-source = Quelle
opinion-this-city = die Stadt selbst
opinion-not-surveyed = nicht befragt
opinion-no-survey = { $city } gehörte nicht zu den Städten der Umfrage: Es gibt keine eigenen Zahlen, und die Vergleichsstädte können nicht mit ihr verglichen werden.
opinion-no-comparison = kein Vergleich
opinion-interval = { $lower } – { $upper }
opinion-verdict-higher = höher ({ $points } Prozentpunkte, { $p })
opinion-verdict-lower = niedriger ({ $points } Prozentpunkte, { $p })
opinion-verdict-none = kein klarer Unterschied ({ $points } Prozentpunkte, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Zurück zum Profil von { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Öffentliche Meinung (Befragung zur Lebensqualität)
opinion-profile-caption = Was die Einwohnerinnen und Einwohner von { $city } in der Befragung zur Lebensqualität in europäischen Städten 2023 antworteten, mit 95-%-Intervallen aus der Zahl der Befragten.
opinion-profile-col-question = Frage und gezählte Antwort
opinion-profile-col-share = Anteil (%)
opinion-profile-col-peers = Die Anteile der Vergleichsstädte gegenüber dieser Stadt
opinion-profile-peers = { $compared ->
    [one] von 1 Vergleichsstadt: { $higher } höher, { $lower } niedriger, { $same } ohne klaren Unterschied
   *[other] von { $compared } Vergleichsstädten: { $higher } höher, { $lower } niedriger, { $same } ohne klaren Unterschied
}
opinion-profile-more = Jede Zahl mit den Werten der Vergleichsstädte und den Tests: öffentliche Meinung in { $city }.
opinion-profile-downloads = Die Antworten auf die übrigen Fragen der Befragung stehen in den Downloads unten.
