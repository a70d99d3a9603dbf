# Katalóg ukazovateľov (/indicators): definície, metódy, kontextové charakteristiky, pokrytie.

indicators-title = Ukazovatele
indicators-lead = Čo každý údaj znamená, ako sa počíta, voči komu sa meria rozdiel a odkiaľ údaje pochádzajú.
indicators-computed-title = Ukazovatele integrácie (vypočítané z mikroúdajov)
indicators-none = Katalóg neobsahuje žiadne ukazovatele z mikroúdajov.
indicators-version = verzia { $version }
indicators-area = Tematická oblasť
indicators-method = Metóda
indicators-method-text = { $kind } v jednotkách: { $unit }
indicators-population = populácia:
indicators-counted-when = započítané, ak
indicators-value = hodnota
indicators-kind-rate = miera
indicators-kind-share = podiel
indicators-kind-mean = priemer
indicators-kind-median = medián
indicators-kind-ratio-of-medians = pomer mediánov
indicators-kind-total = úhrn
indicators-kind-count = počet
indicators-reference-group = Referenčná skupina
indicators-reference = { $dimension } = { $code } (rozdiel v jednotkách: { $gap })
indicators-gap-percentage-points = percentuálne body
indicators-gap-ratio = pomer
indicators-gap-none = žiadny
indicators-broken-down-by = Členenie podľa
indicators-sources-title = Zdroje vypočítaných ukazovateľov
indicators-features-title = Kontextové charakteristiky miest (pre porovnateľné mestá a porovnania)
indicators-col-feature = Charakteristika
indicators-col-definition = Definícia
indicators-col-unit = Jednotka
indicators-col-weight = Váha
indicators-datasets-title = Súbory údajov v observatóriu: pokrytie
indicators-col-dataset = Súbor údajov
indicators-col-places = Miesta
indicators-col-series = Rady
indicators-col-values = Hodnoty
indicators-col-periods = Obdobia
