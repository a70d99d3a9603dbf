# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = veľké mestá
peers-type-smaller-cities = menšie mestá
peers-type-fast-population-growth = rýchly rast obyvateľstva
peers-type-shrinking-population = klesajúci počet obyvateľov
peers-type-slow-population-growth = pomalý rast obyvateľstva
peers-type-high-foreign-born-share = vysoký podiel osôb narodených v zahraničí
peers-type-low-foreign-born-share = nízky podiel osôb narodených v zahraničí
peers-type-fast-rising-foreign-born-share = rýchlo rastúci podiel osôb narodených v zahraničí
peers-type-falling-foreign-born-share = klesajúci podiel osôb narodených v zahraničí
peers-type-stable-foreign-born-share = stabilný podiel osôb narodených v zahraničí
peers-type-high-unemployment = vysoká nezamestnanosť
peers-type-low-unemployment = nízka nezamestnanosť
peers-type-many-students = veľa študentov
peers-type-few-students = málo študentov
peers-type-dense = husto osídlené
peers-type-high-values = vysoké hodnoty
peers-type-low-values = nízke hodnoty
peers-type-close-to-the-median-city = blízko mediánového mesta
