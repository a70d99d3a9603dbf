# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = große Städte
peers-type-smaller-cities = kleinere Städte
peers-type-fast-population-growth = schnelles Bevölkerungswachstum
peers-type-shrinking-population = schrumpfende Bevölkerung
peers-type-slow-population-growth = langsames Bevölkerungswachstum
peers-type-high-foreign-born-share = hoher Anteil im Ausland Geborener
peers-type-low-foreign-born-share = niedriger Anteil im Ausland Geborener
peers-type-fast-rising-foreign-born-share = schnell steigender Anteil im Ausland Geborener
peers-type-falling-foreign-born-share = sinkender Anteil im Ausland Geborener
peers-type-stable-foreign-born-share = stabiler Anteil im Ausland Geborener
peers-type-high-unemployment = hohe Arbeitslosigkeit
peers-type-low-unemployment = niedrige Arbeitslosigkeit
peers-type-many-students = viele Studierende
peers-type-few-students = wenige Studierende
peers-type-dense = dicht besiedelt
peers-type-high-values = hohe Werte
peers-type-low-values = niedrige Werte
peers-type-close-to-the-median-city = nahe an der mittleren Stadt
