# The focal points mentoring pairs work on (catalogue/mentoring/topics.toml), after
# Wolffhardt (2019), ReSOMA, "Ten focal points of a comprehensive approach". Keys from
# i18n::catalogue_key(["mentoring", "topic", id]); English is the topics file itself.

catalogue-mentoring-topic-fp1 = Umožnenie komplexnej integrácie od prvého dňa a zlepšenie koordinácie medzi orgánmi verejnej moci pri starostlivosti o novoprichádzajúcich
catalogue-mentoring-topic-fp2 = Začlenenie integrácie do všetkých oblastí politiky a dlhodobá podpora integrácie
catalogue-mentoring-topic-fp3 = Zavedenie účinných politík nediskriminácie a presadzovanie antidiskriminačných zákonov
catalogue-mentoring-topic-fp4 = Uľahčenie sociálnych investícií a zabezpečenie primeranej sociálnej infraštruktúry v regiónoch s vyššou mierou prisťahovalectva
catalogue-mentoring-topic-fp5 = Vytvorenie znalostnej základne a posilnenie tvorby a hodnotenia integračnej politiky na základe dôkazov
catalogue-mentoring-topic-fp6 = Podpora dôvery a pozitívnej identifikácie a začatie budovania komunity medzi novoprichádzajúcimi a prijímajúcou spoločnosťou
catalogue-mentoring-topic-fp7 = Umožnenie participácie a zapojenie migrantov s rôznym pobytovým statusom, znalosťou jazyka hostiteľskej krajiny a sociálnym kapitálom
catalogue-mentoring-topic-fp8 = Podpora dobrovoľníctva a zabezpečenie dlhodobej spolupráce medzi orgánmi verejnej moci a občianskou spoločnosťou
catalogue-mentoring-topic-fp9 = Využitie príležitostí nadnárodných väzieb a podpora integrácie ako „trojstranného procesu“ so zapojením krajín pôvodu
catalogue-mentoring-topic-fp10 = Podpora posilňovania komunít v mieste a uvoľnenie miestneho potenciálu pre rozvoj štvrtí
