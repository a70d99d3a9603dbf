# The focal points mentoring pairs work on (catalogue/mentoring/topics.toml), after
# Wolffhardt (2019), ReSOMA, "Ten focal points of a comprehensive approach". Keys from
# i18n::catalogue_key(["mentoring", "topic", id]); English is the topics file itself.

catalogue-mentoring-topic-fp1 = Umfassende Integration vom ersten Tag an ermöglichen & die Koordinierung der Behörden für Neuankommende verbessern
catalogue-mentoring-topic-fp2 = Integration als Querschnittsaufgabe in allen Politikbereichen verankern & Integration langfristig unterstützen
catalogue-mentoring-topic-fp3 = Wirksame Maßnahmen zur Nichtdiskriminierung etablieren & Antidiskriminierungsgesetze durchsetzen
catalogue-mentoring-topic-fp4 = Soziale Investitionen erleichtern & eine angemessene soziale Infrastruktur in Regionen mit stärkerer Zuwanderung sicherstellen
catalogue-mentoring-topic-fp5 = Eine Wissensbasis schaffen & die evidenzbasierte Entwicklung und Evaluierung der Integrationspolitik stärken
catalogue-mentoring-topic-fp6 = Vertrauen und positive Identifikation fördern & Gemeinschaftsbildung zwischen Neuankommenden und der Aufnahmegesellschaft anstoßen
catalogue-mentoring-topic-fp7 = Teilhabe ermöglichen & Migrantinnen und Migranten mit unterschiedlichem Aufenthaltsstatus, unterschiedlichen Kenntnissen der Landessprache und unterschiedlichem Sozialkapital einbeziehen
catalogue-mentoring-topic-fp8 = Ehrenamtliches Engagement fördern & eine langfristige Zusammenarbeit zwischen Behörden und Zivilgesellschaft sicherstellen
catalogue-mentoring-topic-fp9 = Chancen transnationaler Verbindungen nutzen & Integration als „Drei-Wege-Prozess“ unter Einbeziehung der Herkunftsländer fördern
catalogue-mentoring-topic-fp10 = Ortsbezogenes Empowerment von Gemeinschaften unterstützen & lokale Potenziale für die Quartiersentwicklung freisetzen
