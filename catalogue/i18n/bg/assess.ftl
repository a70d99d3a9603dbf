assess-error-not-a-round = '{ $id }' не е номер на кръг
assess-error-unpublished = кръг на одит { $id } няма публикувани резултати
assess-error-no-agenda = { $city } няма публикувана програма
