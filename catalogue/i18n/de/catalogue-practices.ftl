# The practice vocabulary: thematic areas (fields of action), target groups, city contexts, evidence levels.
catalogue-practices-thematic_area-employment = Beschäftigung
catalogue-practices-thematic_area-education = Bildung
catalogue-practices-thematic_area-housing = Wohnen
catalogue-practices-thematic_area-health = Gesundheit
catalogue-practices-thematic_area-language = Sprache
catalogue-practices-thematic_area-participation = Teilhabe
catalogue-practices-thematic_area-anti-discrimination = Antidiskriminierung
catalogue-practices-thematic_area-reception = Aufnahme
catalogue-practices-thematic_area-social_cohesion = sozialer Zusammenhalt
catalogue-practices-thematic_area-information_and_counselling = Information und Beratung
catalogue-practices-thematic_area-governance_and_strategy = Steuerung und Strategie
catalogue-practices-target_group-refugees_and_asylum_seekers = Geflüchtete und Asylbewerber
catalogue-practices-target_group-third-country_nationals = Drittstaatsangehörige
catalogue-practices-target_group-newcomers = Neuzugewanderte
catalogue-practices-target_group-residents_with_a_migration_background = Einwohner mit Migrationshintergrund
catalogue-practices-target_group-EU-mobile_citizens = mobile EU-Bürger
catalogue-practices-target_group-women = Frauen
catalogue-practices-target_group-families_and_children = Familien und Kinder
catalogue-practices-target_group-students = Studierende
catalogue-practices-target_group-local_institutions_and_professionals = lokale Einrichtungen und Fachkräfte
catalogue-practices-target_group-all_residents = alle Einwohner
catalogue-practices-city_context-metropolis = Metropole
catalogue-practices-city_context-large_city = Großstadt
catalogue-practices-city_context-medium_city = mittelgroße Stadt
catalogue-practices-city_context-small_city = Kleinstadt
catalogue-practices-city_context-rural = ländlicher Raum
catalogue-practices-evidence_level-described = beschrieben
catalogue-practices-evidence_level-monitored = begleitet (Ergebnisse berichtet)
catalogue-practices-evidence_level-evaluated = evaluiert
catalogue-practices-evidence_level-evaluated_with_a_comparison_group = mit Vergleichsgruppe evaluiert

# The gap rules of the practices' recommendations (catalogue/practices/recommend.toml): an
# indicator, then its groups in the form that follows it in practices-gap-lower/-higher (dative, after „von“).
catalogue-practices-gap-lfsa_ergan = Erwerbstätigenquote (20–64)
catalogue-practices-gap-lfsa_ergan-group-EU27_2020_FOR = Staatsangehörigen anderer EU-Länder
catalogue-practices-gap-lfsa_ergan-group-NEU27_2020_FOR = Staatsangehörigen von Nicht-EU-Ländern
catalogue-practices-gap-lfsa_urgan = Arbeitslosenquote (20–64)
catalogue-practices-gap-lfsa_urgan-group-EU27_2020_FOR = Staatsangehörigen anderer EU-Länder
catalogue-practices-gap-lfsa_urgan-group-NEU27_2020_FOR = Staatsangehörigen von Nicht-EU-Ländern
