# Katalog ukazatelů (/indicators): definice, metody, kontextové charakteristiky, pokrytí.

indicators-title = Ukazatele
indicators-lead = Co každý údaj znamená, jak se počítá, vůči komu se měří rozdíl a odkud data pocházejí.
indicators-computed-title = Ukazatele integrace (vypočtené z mikrodat)
indicators-none = Katalog neobsahuje žádné ukazatele z mikrodat.
indicators-version = verze { $version }
indicators-area = Tematická oblast
indicators-method = Metoda
indicators-method-text = { $kind } v jednotkách: { $unit }
indicators-population = populace:
indicators-counted-when = započteno, pokud
indicators-value = hodnota
indicators-kind-rate = míra
indicators-kind-share = podíl
indicators-kind-mean = průměr
indicators-kind-median = medián
indicators-kind-ratio-of-medians = poměr mediánů
indicators-kind-total = úhrn
indicators-kind-count = počet
indicators-reference-group = Referenční skupina
indicators-reference = { $dimension } = { $code } (rozdíl v jednotkách: { $gap })
indicators-gap-percentage-points = procentní body
indicators-gap-ratio = poměr
indicators-gap-none = žádný
indicators-broken-down-by = Členění podle
indicators-sources-title = Zdroje vypočtených ukazatelů
indicators-features-title = Kontextové charakteristiky měst (pro srovnatelná města a porovnání)
indicators-col-feature = Charakteristika
indicators-col-definition = Definice
indicators-col-unit = Jednotka
indicators-col-weight = Váha
indicators-datasets-title = Datové sady v observatoři: pokrytí
indicators-col-dataset = Datová sada
indicators-col-places = Místa
indicators-col-series = Řady
indicators-col-values = Hodnoty
indicators-col-periods = Období
