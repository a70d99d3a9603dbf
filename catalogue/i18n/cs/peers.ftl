# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = velká města
peers-type-smaller-cities = menší města
peers-type-fast-population-growth = rychlý růst obyvatelstva
peers-type-shrinking-population = ubývající obyvatelstvo
peers-type-slow-population-growth = pomalý růst obyvatelstva
peers-type-high-foreign-born-share = vysoký podíl osob narozených v zahraničí
peers-type-low-foreign-born-share = nízký podíl osob narozených v zahraničí
peers-type-fast-rising-foreign-born-share = rychle rostoucí podíl osob narozených v zahraničí
peers-type-falling-foreign-born-share = klesající podíl osob narozených v zahraničí
peers-type-stable-foreign-born-share = stabilní podíl osob narozených v zahraničí
peers-type-high-unemployment = vysoká nezaměstnanost
peers-type-low-unemployment = nízká nezaměstnanost
peers-type-many-students = mnoho studentů
peers-type-few-students = málo studentů
peers-type-dense = hustě osídlená
peers-type-high-values = vysoké hodnoty
peers-type-low-values = nízké hodnoty
peers-type-close-to-the-median-city = blízko mediánovému městu
