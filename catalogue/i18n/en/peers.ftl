# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = large cities
peers-type-smaller-cities = smaller cities
peers-type-fast-population-growth = fast population growth
peers-type-shrinking-population = shrinking population
peers-type-slow-population-growth = slow population growth
peers-type-high-foreign-born-share = high foreign-born share
peers-type-low-foreign-born-share = low foreign-born share
peers-type-fast-rising-foreign-born-share = fast-rising foreign-born share
peers-type-falling-foreign-born-share = falling foreign-born share
peers-type-stable-foreign-born-share = stable foreign-born share
peers-type-high-unemployment = high unemployment
peers-type-low-unemployment = low unemployment
peers-type-many-students = many students
peers-type-few-students = few students
peers-type-dense = dense
peers-type-high-values = high values
peers-type-low-values = low values
peers-type-close-to-the-median-city = close to the median city
