# "Nutzung städtischer Dienste" im Profil einer Stadt: was die Ämter mit der Vorlage zur
# Dienstnutzung melden, je 1.000 Einwohnerinnen und Einwohner jeder Gruppe.

services-title = Nutzung städtischer Dienste
services-intro = Nutzerinnen und Nutzer jedes Dienstes, von den Ämtern der Stadt gemeldet, je 1.000 Einwohnerinnen und Einwohner der Gruppe. Der Abstand ist der Unterschied zu den im Inland Geborenen (nach Geburtsland) oder zu den Staatsangehörigen (nach Staatsangehörigkeit). Gezählt sind alle Nutzenden, keine Stichprobe: die Raten haben keinen Stichprobenfehler. Die Bevölkerung ist die des Jahres der Periode oder des letzten Jahres davor (in Klammern).
services-col-group = Gruppe
services-col-users = Nutzende
services-col-population = Bevölkerung
services-col-rate = Je 1.000
services-col-gap = Abstand
services-no-population = nicht bekannt
services-source = Quelle: { $source }.
