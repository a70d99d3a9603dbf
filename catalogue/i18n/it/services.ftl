# "Uso dei servizi comunali" nel profilo di una città: ciò che gli uffici comunicano con il
# modello sull'uso dei servizi, per 1.000 residenti di ogni gruppo.

services-title = Uso dei servizi comunali
services-intro = Utenti di ciascun servizio comunicati dagli uffici della città, per 1.000 residenti del gruppo. Il divario è la differenza rispetto ai nati nel paese (per paese di nascita) o ai cittadini nazionali (per cittadinanza). Sono contati tutti gli utenti, non un campione: i tassi non hanno errore campionario. La popolazione è quella dell'anno del periodo, o dell'ultimo anno precedente (tra parentesi).
services-col-group = Gruppo
services-col-users = Utenti
services-col-population = Popolazione
services-col-rate = Per 1.000
services-col-gap = Divario
services-no-population = non nota
services-source = Fonte: { $source }.
