# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = големи градове
peers-type-smaller-cities = по-малки градове
peers-type-fast-population-growth = бърз прираст на населението
peers-type-shrinking-population = намаляващо население
peers-type-slow-population-growth = бавен прираст на населението
peers-type-high-foreign-born-share = висок дял на родените в чужбина
peers-type-low-foreign-born-share = нисък дял на родените в чужбина
peers-type-fast-rising-foreign-born-share = бързо растящ дял на родените в чужбина
peers-type-falling-foreign-born-share = намаляващ дял на родените в чужбина
peers-type-stable-foreign-born-share = стабилен дял на родените в чужбина
peers-type-high-unemployment = висока безработица
peers-type-low-unemployment = ниска безработица
peers-type-many-students = много студенти
peers-type-few-students = малко студенти
peers-type-dense = гъсто населени
peers-type-high-values = високи стойности
peers-type-low-values = ниски стойности
peers-type-close-to-the-median-city = близо до медианния град
