# "Využívání městských služeb" v profilu města: co odbory hlásí šablonou o využívání
# služeb, na 1 000 obyvatel každé skupiny.

services-title = Využívání městských služeb
services-intro = Uživatelé každé služby, jak je hlásí odbory města, na 1 000 obyvatel skupiny. Rozdíl je odchylka od narozených v zemi (podle země narození) nebo od státních občanů (podle občanství). Sečteni jsou všichni uživatelé, nikoli vzorek: míry nemají výběrovou chybu. Obyvatelstvo je z roku daného období, nebo z posledního roku před ním (v závorce).
services-col-group = Skupina
services-col-users = Uživatelé
services-col-population = Obyvatelstvo
services-col-rate = Na 1 000
services-col-gap = Rozdíl
services-no-population = není známo
services-source = Zdroj: { $source }.
