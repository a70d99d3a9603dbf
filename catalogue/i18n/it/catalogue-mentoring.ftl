# The focal points mentoring pairs work on (catalogue/mentoring/topics.toml), after
# Wolffhardt (2019), ReSOMA, "Ten focal points of a comprehensive approach". Keys from
# i18n::catalogue_key(["mentoring", "topic", id]); English is the topics file itself.

catalogue-mentoring-topic-fp1 = Consentire un'integrazione globale fin dal primo giorno e migliorare il coordinamento tra le autorità per i nuovi arrivati
catalogue-mentoring-topic-fp2 = Integrare trasversalmente l'integrazione in tutti gli ambiti politici e sostenerla nel lungo periodo
catalogue-mentoring-topic-fp3 = Adottare politiche efficaci di non discriminazione e far rispettare le leggi contro la discriminazione
catalogue-mentoring-topic-fp4 = Agevolare gli investimenti sociali e garantire infrastrutture sociali adeguate nelle regioni con livelli di immigrazione più elevati
catalogue-mentoring-topic-fp5 = Creare una base di conoscenze e rafforzare l'elaborazione e la valutazione di politiche di integrazione basate su dati concreti
catalogue-mentoring-topic-fp6 = Promuovere la fiducia e un'identificazione positiva e avviare la costruzione di comunità tra i nuovi arrivati e la società di accoglienza
catalogue-mentoring-topic-fp7 = Consentire la partecipazione e coinvolgere i migranti con diversi titoli di soggiorno, diverse competenze nella lingua del paese ospitante e diverso capitale sociale
catalogue-mentoring-topic-fp8 = Incoraggiare il volontariato e garantire una collaborazione a lungo termine tra autorità e società civile
catalogue-mentoring-topic-fp9 = Cogliere le opportunità dei legami transnazionali e promuovere l'integrazione come «processo a tre vie» che coinvolge i paesi di origine
catalogue-mentoring-topic-fp10 = Sostenere l'empowerment delle comunità a livello locale e liberare le potenzialità locali per lo sviluppo dei quartieri
