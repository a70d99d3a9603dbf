# Градската програма за интеграция (crates/web/src/routes/agenda.rs).

agenda-name = Градска програма за интеграция
agenda-of-city = Градска програма за интеграция на { $city }
agenda-none-published = Все още няма публикувана програма.
agenda-versions = Версии
agenda-versions-none = Все още няма.
agenda-version-title = Версия { $version }: { $title }
agenda-start = Започнете програмата
agenda-start-new-version = Започнете нова версия (копие на последната)
agenda-field-title = Заглавие
agenda-field-summary = Резюме
agenda-field-round = Следва от одитния кръг
agenda-field-round-none = няма
agenda-start-drafting = Започнете проекта
agenda-breadcrumb-version = версия { $version }
agenda-series-latest = { $series } — последна стойност { $value } ({ $period })

agenda-status-draft = проект
agenda-status-submitted = подадена
agenda-status-published = публикувана
agenda-status-returned = върната

agenda-version = Версия { $version }
agenda-updated = актуализирана на { $date }
agenda-follows-from = следва от
agenda-audit-round = одитен кръг { $round }
agenda-budget = Бюджет на мерките: { $amounts }
agenda-download = Изтегляне:
agenda-print = за хартиено копие отпечатайте тази страница
agenda-no-goals = Все още няма цели.
agenda-goal-label = Цел:
agenda-actions = Мерки
agenda-col-action = Мярка
agenda-col-responsible = Отговорно звено, партньори
agenda-col-when = Срок
agenda-col-budget = Бюджет
agenda-col-funding = Финансиране
agenda-col-status = Статус
agenda-with-partners = с { $partners }
agenda-targets = Целеви стойности
agenda-col-series = Статистически ред
agenda-col-baseline = Базова стойност
agenda-col-target = Целева стойност
agenda-col-progress = Напредък
agenda-progress-note = Напредък: оценката на Евростат по методиката за целите за устойчиво развитие (ЦУР) на стойностите от базовата година спрямо растежа, необходим за целевата стойност, и частта от пътя, която е изминала последната стойност.

agenda-action-status-planned = планирана
agenda-action-status-ongoing = в изпълнение
agenda-action-status-completed = изпълнена
agenda-action-status-cancelled = отменена

agenda-fund-esf-plus = ЕСФ+ (Европейски социален фонд плюс)
agenda-fund-amif = ФУМИ (фонд „Убежище, миграция и интеграция“)
agenda-fund-national = Национални средства
agenda-fund-municipal = Собственият бюджет на града
agenda-fund-other = Други
agenda-fund-none = Не е необходимо финансиране или все още не е известно

agenda-not-assessable-yet = все още не може да се оцени
agenda-verdict-significant-progress = значителен напредък към целта
agenda-verdict-moderate-progress = умерен напредък към целта
agenda-verdict-insufficient-progress = недостатъчен напредък към целта
agenda-verdict-movement-away = отдалечаване от целта
agenda-verdict-not-assessable = не може да се оцени
agenda-latest = последна стойност { $value } ({ $year })
agenda-share-of-way = { $share }% от пътя от базовата до целевата стойност

agenda-remove-goal = премахване на тази цел
agenda-remove-action = премахване на тази мярка
agenda-remove-target = премахване на тази целева стойност
agenda-add-action-summary = Добавяне на мярка към тази цел
agenda-field-description = Описание
agenda-field-department = Отговорно звено
agenda-field-partners = Партньори
agenda-field-starts = Начало (2026, 2026-09 или 2026-09-01)
agenda-field-ends = Край
agenda-field-budget = Бюджет
agenda-field-currency = Валута
agenda-field-fund = Фонд
agenda-field-funding-source = Източник на финансиране (програма, покана, бюджетен ред)
agenda-field-status = Статус
agenda-add-action = Добавяне на мярката
agenda-add-target-summary = Добавяне на целева стойност към тази цел
agenda-field-series = Статистически ред (на града или, за резултатите, измервани на национално равнище, на неговата държава)
agenda-field-baseline-value = Базова стойност
agenda-field-baseline-year = Базова година
agenda-field-target-value = Целева стойност
agenda-field-target-year = Целева година
agenda-add-target = Добавяне на целевата стойност
agenda-add-goal-title = Добавяне на цел
agenda-field-focal-point = Приоритетна област
agenda-field-goal = Цел
agenda-add-goal = Добавяне на целта
agenda-send-title = Изпращане за одобрение
agenda-send-note = След изпращането тази версия не може да се променя; одобряващият служител на града я публикува (или я връща с коментар). По-късна промяна е нова версия.
agenda-submit = Подаване на програмата за одобрение

agenda-error-no-published = няма публикувана програма { $id }
agenda-error-no-agenda = няма програма { $id }
agenda-error-log-in = влезте в профила си, за да изготвите програмата
agenda-error-choose-round = изберете одитен кръг
agenda-error-no-framework = няма рамка „{ $framework }“
agenda-error-choose-series = изберете един от предложените статистически редове
agenda-error-not-an-item = „{ $kind }“ не е цел, мярка или целева стойност
agenda-error-goal-number = целта се посочва с число
agenda-error-budget-number = бюджетът трябва да е число
agenda-error-baseline-value-number = базовата стойност трябва да е число
agenda-error-baseline-year-number = базовата година трябва да е число
agenda-error-target-value-number = целевата стойност трябва да е число
agenda-error-target-year-number = целевата година трябва да е число
agenda-error-item-number = елементът се посочва с число

agenda-section-title = Съвместна оценка на политиките
agenda-section-latest-audit = Последен публикуван одит:
agenda-section-answers-to = (отговори до { $date }).
agenda-section-no-audit = Все още няма публикуван одитен кръг.
agenda-section-about-audits = За одитите
agenda-section-none = Все още няма публикувана градска програма за интеграция.
agenda-section-version = (версия { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } мярка)
       *[other] ({ $count } мерки)
    }
