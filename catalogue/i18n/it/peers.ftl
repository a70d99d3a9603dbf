# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = grandi città
peers-type-smaller-cities = città più piccole
peers-type-fast-population-growth = rapida crescita della popolazione
peers-type-shrinking-population = popolazione in calo
peers-type-slow-population-growth = crescita lenta della popolazione
peers-type-high-foreign-born-share = alta quota di nati all'estero
peers-type-low-foreign-born-share = bassa quota di nati all'estero
peers-type-fast-rising-foreign-born-share = quota di nati all'estero in rapida crescita
peers-type-falling-foreign-born-share = quota di nati all'estero in calo
peers-type-stable-foreign-born-share = quota di nati all'estero stabile
peers-type-high-unemployment = alta disoccupazione
peers-type-low-unemployment = bassa disoccupazione
peers-type-many-students = molti studenti
peers-type-few-students = pochi studenti
peers-type-dense = densamente popolate
peers-type-high-values = valori alti
peers-type-low-values = valori bassi
peers-type-close-to-the-median-city = vicine alla città mediana
