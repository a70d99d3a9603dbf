# Katalog pokazatelja (/indicators): definicije, metode, obilježja konteksta, obuhvat.

indicators-title = Pokazatelji
indicators-lead = Što svaki podatak znači, kako se izračunava, u odnosu na koga se mjeri razlika i odakle podaci potječu.
indicators-computed-title = Pokazatelji integracije (izračunani iz mikropodataka)
indicators-none = Katalog nema pokazatelja iz mikropodataka.
indicators-version = verzija { $version }
indicators-area = Tematsko područje
indicators-method = Metoda
indicators-method-text = { $kind }, jedinica: { $unit }
indicators-population = populacija:
indicators-counted-when = ubraja se ako
indicators-value = vrijednost
indicators-kind-rate = stopa
indicators-kind-share = udio
indicators-kind-mean = prosjek
indicators-kind-median = medijan
indicators-kind-ratio-of-medians = omjer medijana
indicators-kind-total = ukupno
indicators-kind-count = broj
indicators-reference-group = Referentna skupina
indicators-reference = { $dimension } = { $code } (razlika, jedinica: { $gap })
indicators-gap-percentage-points = postotni bodovi
indicators-gap-ratio = omjer
indicators-gap-none = nema
indicators-broken-down-by = Raščlamba po
indicators-sources-title = Izvori izračunanih pokazatelja
indicators-features-title = Obilježja konteksta gradova (za usporedive gradove i usporedbe)
indicators-col-feature = Obilježje
indicators-col-definition = Definicija
indicators-col-unit = Jedinica
indicators-col-weight = Ponder
indicators-datasets-title = Skupovi podataka u opservatoriju: obuhvat
indicators-col-dataset = Skup podataka
indicators-col-places = Mjesta
indicators-col-series = Serije
indicators-col-values = Vrijednosti
indicators-col-periods = Razdoblja
