# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = veliki gradovi
peers-type-smaller-cities = manji gradovi
peers-type-fast-population-growth = brz rast stanovništva
peers-type-shrinking-population = smanjenje stanovništva
peers-type-slow-population-growth = spor rast stanovništva
peers-type-high-foreign-born-share = visok udio rođenih u inozemstvu
peers-type-low-foreign-born-share = nizak udio rođenih u inozemstvu
peers-type-fast-rising-foreign-born-share = brzo rastući udio rođenih u inozemstvu
peers-type-falling-foreign-born-share = padajući udio rođenih u inozemstvu
peers-type-stable-foreign-born-share = stabilan udio rođenih u inozemstvu
peers-type-high-unemployment = visoka nezaposlenost
peers-type-low-unemployment = niska nezaposlenost
peers-type-many-students = mnogo studenata
peers-type-few-students = malo studenata
peers-type-dense = gusto naseljeni
peers-type-high-values = visoke vrijednosti
peers-type-low-values = niske vrijednosti
peers-type-close-to-the-median-city = blizu medijalnog grada
