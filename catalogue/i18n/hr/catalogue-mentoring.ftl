# The focal points mentoring pairs work on (catalogue/mentoring/topics.toml), after
# Wolffhardt (2019), ReSOMA, "Ten focal points of a comprehensive approach". Keys from
# i18n::catalogue_key(["mentoring", "topic", id]); English is the topics file itself.

catalogue-mentoring-topic-fp1 = Omogućivanje sveobuhvatne integracije od prvog dana i poboljšanje koordinacije među tijelima javne vlasti za novopridošle
catalogue-mentoring-topic-fp2 = Uključivanje integracije u sva područja politika i dugoročna potpora integraciji
catalogue-mentoring-topic-fp3 = Uspostava učinkovitih politika nediskriminacije i provedba antidiskriminacijskih zakona
catalogue-mentoring-topic-fp4 = Olakšavanje socijalnih ulaganja i osiguravanje primjerene socijalne infrastrukture u regijama s višom razinom imigracije
catalogue-mentoring-topic-fp5 = Stvaranje baze znanja i jačanje izrade i evaluacije integracijske politike utemeljenih na dokazima
catalogue-mentoring-topic-fp6 = Poticanje povjerenja i pozitivne identifikacije te pokretanje izgradnje zajednice između novopridošlih i društva primitka
catalogue-mentoring-topic-fp7 = Omogućivanje sudjelovanja i uključivanje migranata različitog boravišnog statusa, znanja jezika zemlje primitka i društvenog kapitala
catalogue-mentoring-topic-fp8 = Poticanje volonterstva i osiguravanje dugoročne suradnje između tijela javne vlasti i civilnoga društva
catalogue-mentoring-topic-fp9 = Korištenje prilika transnacionalnih veza i promicanje integracije kao „trosmjernog procesa” koji uključuje zemlje podrijetla
catalogue-mentoring-topic-fp10 = Potpora osnaživanju zajednica na lokalnoj razini i oslobađanje lokalnih potencijala za razvoj četvrti
