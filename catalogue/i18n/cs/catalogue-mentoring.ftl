# The focal points mentoring pairs work on (catalogue/mentoring/topics.toml), after
# Wolffhardt (2019), ReSOMA, "Ten focal points of a comprehensive approach". Keys from
# i18n::catalogue_key(["mentoring", "topic", id]); English is the topics file itself.

catalogue-mentoring-topic-fp1 = Umožnění komplexní integrace od prvního dne a zlepšení koordinace mezi úřady v péči o nově příchozí
catalogue-mentoring-topic-fp2 = Začlenění integrace do všech oblastí politiky a dlouhodobá podpora integrace
catalogue-mentoring-topic-fp3 = Zavedení účinných politik nediskriminace a prosazování antidiskriminačních zákonů
catalogue-mentoring-topic-fp4 = Usnadnění sociálních investic a zajištění odpovídající sociální infrastruktury v regionech s vyšší mírou přistěhovalectví
catalogue-mentoring-topic-fp5 = Vytvoření znalostní základny a posílení tvorby a hodnocení integrační politiky na základě důkazů
catalogue-mentoring-topic-fp6 = Podpora důvěry a pozitivní identifikace a zahájení budování komunity mezi nově příchozími a přijímající společností
catalogue-mentoring-topic-fp7 = Umožnění participace a zapojení migrantů s různým pobytovým statusem, znalostí jazyka hostitelské země a sociálním kapitálem
catalogue-mentoring-topic-fp8 = Podpora dobrovolnictví a zajištění dlouhodobé spolupráce mezi úřady a občanskou společností
catalogue-mentoring-topic-fp9 = Využití příležitostí nadnárodních vazeb a podpora integrace jako „trojstranného procesu“ se zapojením zemí původu
catalogue-mentoring-topic-fp10 = Podpora posilování komunit v místě a uvolnění místního potenciálu pro rozvoj čtvrtí
