# La pagina dell'opinione pubblica di una città (/cities/<code>/opinion).

opinion-profile-link = opinione pubblica
opinion-title = Opinione pubblica: { $city }
opinion-intro = Che cosa hanno risposto gli abitanti di { $city } e delle città simili nell'indagine sulla qualità della vita nelle città europee 2023 (Eurostat e DG REGIO della Commissione europea). Le domande seguono l'ordine del questionario e non sono messe in graduatoria tra loro; le città simili seguono l'ordine della loro somiglianza con { $city }, non delle loro risposte.
opinion-peers-intro = { $count ->
    [one] La città simile è la città più simile a { $city } per { $features }, tra le città coperte dall'indagine (le città simili del profilo possono essere altre).
   *[other] Le città simili sono le { $count } città più simili a { $city } per { $features }, tra le città coperte dall'indagine (le città simili del profilo possono essere altre).
}
opinion-peers-none = { $city } non ha città simili con cui confrontarsi: al suo profilo mancano i dati per trovarle.
opinion-method-title = Come leggere i dati
opinion-method-base = Ogni quota è la quota ponderata dell'indagine su tutti gli intervistati, compresi quelli che non sapevano o non hanno risposto (in una colonna a parte); il numero degli intervistati non è ponderato.
opinion-method-interval = Gli intervalli sono intervalli al 95% sulla scala logit. L'indagine pubblica le quote ponderate e il numero non ponderato degli intervistati, non i pesi: ogni intervallo tratta quindi la quota come se provenisse da un campione casuale semplice di altrettanti intervistati. L'effetto del disegno dovuto alla ponderazione non è pubblicato: gli intervalli sono troppo stretti di un fattore pari alla sua radice quadrata.
opinion-method-difference = La quota di una città simile è detta più alta o più bassa quando un test bilaterale della sua differenza dalla quota della città (z = differenza ÷ √(SE₁² + SE₂²)) dà p sotto il 5%; altrimenti non c'è una differenza chiara.
opinion-caption = Quota che risponde «{ $answer }» ({ $variable }). Fonte: { $source }.
opinion-col-city = Città
opinion-col-share = «{ $answer }» (%)
opinion-col-interval = Intervallo al 95% (%)
opinion-col-n = Intervistati
opinion-col-dont-know = Non sa o non risponde (%)
opinion-col-compared = Rispetto a { $city }
opinion-col-source = Fonte
opinion-this-city = la città stessa
opinion-not-surveyed = non coperta dall'indagine
opinion-no-survey = { $city } non era tra le città dell'indagine: non ha dati propri e le città simili non possono essere confrontate con essa.
opinion-no-comparison = nessun confronto
opinion-interval = { $lower } – { $upper }
opinion-verdict-higher = più alta ({ $points } punti percentuali, { $p })
opinion-verdict-lower = più bassa ({ $points } punti percentuali, { $p })
opinion-verdict-none = nessuna differenza chiara ({ $points } punti percentuali, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Torna al profilo di { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Opinione pubblica (indagine sulla qualità della vita)
opinion-profile-caption = Che cosa hanno risposto i residenti di { $city } nell'indagine Qualità della vita nelle città europee 2023, con intervalli al 95% dal numero di rispondenti.
opinion-profile-col-question = Domanda e risposta contata
opinion-profile-col-share = Quota (%)
opinion-profile-col-peers = Le quote delle città simili rispetto a questa città
opinion-profile-peers = { $compared ->
    [one] di 1 città simile: { $higher } più alta, { $lower } più bassa, { $same } senza differenza chiara
   *[other] di { $compared } città simili: { $higher } più alte, { $lower } più basse, { $same } senza differenza chiara
}
opinion-profile-more = Ogni dato con i valori delle città simili e i test: opinione pubblica a { $city }.
opinion-profile-downloads = Le risposte alle altre domande dell'indagine sono nei download qui sotto.
