<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="47"/>
        <source>About DutyDesk</source>
        <translation>О программе DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="59"/>
        <source>The front-desk duty book.</source>
        <translation>Журнал дежурств стойки администратора.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="66"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="72"/>
        <source>Where the book is kept</source>
        <translation>Где хранится журнал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="76"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="80"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="81"/>
        <source>Log files</source>
        <translation>Файлы протокола</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="84"/>
        <source>Licences of what is shipped</source>
        <translation>Лицензии поставляемых компонентов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Part</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="104"/>
        <source>Show licence…</source>
        <translation>Показать лицензию…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="115"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="125"/>
        <source>Anchor beside the database</source>
        <translation>Контрольная отметка рядом с базой данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="126"/>
        <source>Anchor in this account&apos;s data folder</source>
        <translation>Контрольная отметка в папке данных этой учётной записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="150"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="104"/>
        <source>Acknowledge complaint #{num}</source>
        <translation>Принятие жалобы № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="107"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="108"/>
        <source>The guest was told that we are dealing with the complaint.</source>
        <translation>Гостю сообщили, что жалобой занимаются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="24"/>
        <source>No. {num}, {kind}, {at}, by {inspector}.</source>
        <translation>№ {num}, {kind}, {at}, проверяющий: {inspector}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="37"/>
        <source>Every item passed.</source>
        <translation>Все пункты соответствуют.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="40"/>
        <source>{number}. {item}: {cause} → {correction}</source>
        <translation>{number}. {item}: {cause} → {correction}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="60"/>
        <source>Acknowledge the inspection</source>
        <translation>Ознакомление с результатами проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="63"/>
        <source>{summary}

The clerk inspected acknowledges with their own PIN, or declines saying why.</source>
        <translation>{summary}

Проверенный сотрудник подтверждает ознакомление своим PIN-кодом или не подтверждает, указав причину.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="77"/>
        <source>Only to decline: why</source>
        <translation>Только если не подтверждаете: почему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="78"/>
        <source>&amp;Clerk:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="79"/>
        <source>Their &amp;PIN:</source>
        <translation>PIN-&amp;код сотрудника:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="80"/>
        <source>&amp;Remark:</source>
        <translation>&amp;Замечание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="82"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="85"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Не подтверждать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="87"/>
        <source>&amp;Later</source>
        <translation>&amp;Отложить</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="41"/>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="42"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="44"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="59"/>
        <source>PIN ({min}-{max} digits)</source>
        <translation>PIN-код ({min}–{max} цифр)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="50"/>
        <source>PIN again</source>
        <translation>Повторите PIN-код</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="46"/>
        <source>Amend entry #{num}</source>
        <translation>Исправление записи № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="61"/>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="49"/>
        <source>The original entry stays in the book, marked as amended. Write the corrected entry in full.</source>
        <translation>Исходная запись остаётся в журнале с пометкой «исправлена». Напишите исправленную запись полностью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="53"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="57"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="58"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="59"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="64"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>AnchorStatus</name>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="40"/>
        <source>Journal anchor not written</source>
        <translation>Контрольная отметка не записана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="43"/>
        <source>The journal&apos;s anchor could not be written ({error}). The book is saved; tell whoever looks after this computer.</source>
        <translation>Контрольную отметку журнала записать не удалось ({error}). Журнал сохранён; сообщите тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="48"/>
        <source>Book shorter than its anchor</source>
        <translation>Журнал короче отметки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="51"/>
        <source>The anchor in {place} says the book had reached journal row {seq} ({at}); the book no longer matches it: entries were removed, or an older copy was put in its place. Run Admin → Verify the book and tell the manager.</source>
        <translation>Контрольная отметка в {place} говорит, что журнал дошёл до строки {seq} ({at}); теперь журнал ей не соответствует: записи удалены или на его место положили более старую копию. Выполните «Администрирование → Проверить журнал» и сообщите менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="57"/>
        <source>Anchor does not fit the book</source>
        <translation>Отметка не подходит к журналу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="60"/>
        <source>The anchor in {place} is damaged or belongs to another database. Run Admin → Verify the book and tell the manager.</source>
        <translation>Контрольная отметка в {place} повреждена или относится к другой базе данных. Выполните «Администрирование → Проверить журнал» и сообщите менеджеру.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="320"/>
        <source>Approve leave</source>
        <translation>Утверждение отпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="322"/>
        <source>Approve swap</source>
        <translation>Утверждение обмена сменами</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="325"/>
        <source>{request}
Reason: {reason}</source>
        <translation>{request}
Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="341"/>
        <source>The leave takes away no shift.</source>
        <translation>Отпуск не затрагивает ни одной смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="343"/>
        <source>Choose who covers each shift the leave takes away.</source>
        <translation>Выберите замену на каждую смену, которая выпадает из-за отпуска.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="350"/>
        <source>Choose who covers</source>
        <translation>Выберите замену</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="352"/>
        <source>Nobody is free and rested</source>
        <translation>Нет свободных и отдохнувших</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="355"/>
        <source>No cover (others work this shift)</source>
        <translation>Без замены (на смене есть другие)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="359"/>
        <source>{day}, shift {code}</source>
        <translation>{day}, смена {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="363"/>
        <source>{shift} (needs a cover)</source>
        <translation>{shift} (нужна замена)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="366"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Утвердить</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="50"/>
        <source>Backing up the book…</source>
        <translation>Создаётся резервная копия журнала…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="51"/>
        <source>Exporting the monthly duty reports…</source>
        <translation>Выгружаются месячные отчёты о дежурствах…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="52"/>
        <source>Writing the archive…</source>
        <translation>Записывается архив…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="53"/>
        <source>Checking the archive…</source>
        <translation>Проверяется архив…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="54"/>
        <source>Finishing the monthly duty reports…</source>
        <translation>Завершаются месячные отчёты о дежурствах…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="55"/>
        <source>Taking the year out of the book…</source>
        <translation>Год выносится из журнала…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="56"/>
        <source>Making the book&apos;s file smaller…</source>
        <translation>Файл журнала уменьшается…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="232"/>
        <source>The book&apos;s file went from {before} MB to {after} MB.</source>
        <translation>Файл журнала уменьшился с {before} МБ до {after} МБ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="239"/>
        <source>The book&apos;s file could not be made smaller now (DutyDesk is open on another station); it is made smaller at the next archiving.</source>
        <translation>Сейчас файл журнала уменьшить нельзя (DutyDesk открыт на другом рабочем месте); он уменьшится при следующем архивировании.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="247"/>
        <source>{year} is archived in {path}: {records} records left the book; {open} open items of {year} stay in it. The twelve monthly duty reports are beside the archive.</source>
        <translation>{year} год помещён в архив {path}: из журнала вынесено записей — {records}; открытых дел {year} года в нём остаётся — {open}. Двенадцать месячных отчётов о дежурствах лежат рядом с архивом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="259"/>
        <source>The book as it was is in the backup {path}.</source>
        <translation>Журнал в прежнем виде сохранён в резервной копии {path}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="74"/>
        <source>Open an archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="76"/>
        <source>DutyDesk archives (*-archive-*.sqlite);;All files (*)</source>
        <translation>Архивы DutyDesk (*-archive-*.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="76"/>
        <source>Archive a year</source>
        <translation>Архивировать год</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="98"/>
        <source>Archive</source>
        <translation>Архивировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="102"/>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="158"/>
        <source>Archive folder</source>
        <translation>Папка архива</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="103"/>
        <source>Reports in</source>
        <translation>Язык отчётов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="104"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="118"/>
        <source>This book is on a PostgreSQL server. Its years are archived on the server by whoever looks after it, with every station closed, not from one station.</source>
        <translation>Этот журнал хранится на сервере PostgreSQL. Его годы архивирует на сервере тот, кто его обслуживает, при закрытых рабочих местах, а не с одного рабочего места.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="121"/>
        <source>Records are kept {years} years (Admin → Settings).</source>
        <translation>Записи хранятся {years} года (Администрирование → Настройки).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="129"/>
        <source>No year can be archived yet: the oldest year in the book is {year}.</source>
        <translation>Пока нечего архивировать: самый ранний год в журнале — {year}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="132"/>
        <source>The book holds nothing to archive.</source>
        <translation>В журнале нечего архивировать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="139"/>
        <source>{year} is the oldest year in the book and past the retention: it can be archived now. Years go one at a time, oldest first.</source>
        <translation>{year} — самый ранний год в журнале, и срок хранения прошёл: его можно архивировать сейчас. Годы архивируются по одному, начиная с самого раннего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="143"/>
        <source>The book is backed up first. The twelve monthly duty reports of {year} are saved as PDF beside the archive; the archive is written and checked; only then does {year} leave the book, and its file is made smaller. Open follow-ups, complaints, requests and key loans stay in the book whatever their age. Desk → Open archive… reads an archive later.</source>
        <translation>Сначала создаётся резервная копия журнала. Двенадцать месячных отчётов о дежурствах за {year} год сохраняются в PDF рядом с архивом; архив записывается и проверяется; только после этого {year} год выносится из журнала, и его файл уменьшается. Открытые задачи, жалобы, заявки и выданные ключи остаются в журнале, сколько бы им ни было лет. Позже архив читают через «Стойка → Открыть архив…».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="150"/>
        <source>It takes a few minutes on a busy book. DutyDesk should be closed on the other stations, or the file cannot be made smaller.</source>
        <translation>На загруженном журнале это занимает несколько минут. На других рабочих местах DutyDesk лучше закрыть, иначе файл не удастся уменьшить.</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="59"/>
        <source>DutyDesk — archive {years}: {file} (read-only)</source>
        <translation>DutyDesk — архив {years}: {file} (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="62"/>
        <source>Archive: {years}. Read-only: nothing can be written here.</source>
        <translation>Архив: {years}. Только чтение: здесь ничего нельзя записать.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="140"/>
        <source>Assign complaint #{num}</source>
        <translation>Назначение исполнителя, жалоба № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="141"/>
        <source>Assign to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="145"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="145"/>
        <source>What should they do, and by when?</source>
        <translation>Что сделать и к какому сроку?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="156"/>
        <source>Complaint given to {name}.</source>
        <translation>Жалоба передана исполнителю: {name}.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="84"/>
        <source>Attendance</source>
        <translation>Табель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="96"/>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="100"/>
        <source>Station: {station}</source>
        <translation>Рабочее место: {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="110"/>
        <source>The month per person</source>
        <translation>Месяц по сотрудникам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="115"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="116"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Предыдущий день</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="120"/>
        <source>&amp;Next day ▶</source>
        <translation>&amp;Следующий день ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="126"/>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="127"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="128"/>
        <source>Extra shift</source>
        <translation>Дополнительная смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="129"/>
        <source>Left early</source>
        <translation>Ранний уход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="145"/>
        <source>Printout language:</source>
        <translation>Язык печати:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="147"/>
        <source>Save as &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="150"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="213"/>
        <source>Late: arrived (signed in or accepted the handover) more than {minutes} min after the shift&apos;s start. No-show: rostered, neither signed in nor accepted the handover.</source>
        <translation>Опоздание — приход (вход в систему или приём смены) позже чем через {minutes} мин после начала смены. Неявка — сотрудник есть в графике, но не вошёл в систему и не принял смену.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="222"/>
        <source>{month}&apos;s roster is not approved: there is nothing to compare with, and every shift worked shows as an extra shift.</source>
        <translation>{month}: график не утверждён — сравнивать не с чем, и каждая отработанная смена показана как дополнительная.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="231"/>
        <source>{weekday} {date}</source>
        <comment>a day in the attendance&apos;s list</comment>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="254"/>
        <source>No shift on this day.</source>
        <translation>В этот день смен нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="271"/>
        <source>attendance-{year}-{month}.xlsx</source>
        <comment>a file&apos;s suggested name</comment>
        <translation>табель-{year}-{month}.xlsx</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="149"/>
        <source>Backing up… {percent}%</source>
        <translation>Резервное копирование… {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="150"/>
        <source>Backup {percent}%</source>
        <translation>Копия {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="152"/>
        <source>A backup of the book is being made beside the window (after the handover was sealed): go on working.</source>
        <translation>После опечатывания передачи смены в фоне создаётся резервная копия журнала: продолжайте работать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="163"/>
        <source>Backup made {time}</source>
        <translation>Копия создана {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="164"/>
        <source>Backed up</source>
        <translation>Копия создана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="165"/>
        <source>Backup made at {time}: {path}</source>
        <translation>Копия создана в {time}: {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="172"/>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="173"/>
        <source>Backup failed</source>
        <translation>Копия не создана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="175"/>
        <source>The backup could not be made: {error}. The book itself is as it was; make one with Admin → Backups… → Back up now, and tell the manager if it fails again.</source>
        <translation>Резервную копию создать не удалось: {error}. Сам журнал не изменился; создайте копию через «Администрирование → Резервные копии… → Создать копию сейчас» и сообщите менеджеру, если снова не получится.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="194"/>
        <source>the folder {folder} is not there</source>
        <translation>папки {folder} нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="199"/>
        <source>Second backup folder missing</source>
        <translation>Нет второй папки для копий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="200"/>
        <source>2nd folder missing</source>
        <translation>Нет 2-й папки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="202"/>
        <source>The backups are made beside the book, but cannot be copied to the second backup folder: {why}. Plug in the disk or reach the share before the next backup (Admin → Backups… shows the folder).</source>
        <translation>Резервные копии создаются рядом с журналом, но не копируются во вторую папку: {why}. Подключите диск или сетевую папку до следующего копирования (папка указана в «Администрирование → Резервные копии…»).</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/backup_window.py" line="50"/>
        <source>DutyDesk — backup of {made} (read-only)</source>
        <translation>DutyDesk — резервная копия от {made} (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backup_window.py" line="53"/>
        <source>Read-only: the book as it was {made}. Nothing can be written here.</source>
        <translation>Только чтение: журнал в том виде, каким он был {made}. Здесь ничего нельзя записать.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="56"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="57"/>
        <source>Handover sealed</source>
        <translation>При опечатывании смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="58"/>
        <source>Made by hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="59"/>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="60"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="61"/>
        <source>Before archiving a year</source>
        <translation>Перед архивированием года</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="438"/>
        <source>The book was restored from the backup made {made}: it had reached journal row {before} and now ends at row {after}. The book as it was before, its anchors and the newer backups are kept in {folder}. Verify the book holds the restored book to its own anchors from now on.</source>
        <translation>Журнал восстановлен из резервной копии от {made}: он доходил до строки журнала {before}, а теперь заканчивается строкой {after}. Журнал в прежнем виде, его контрольные отметки и более новые копии сохранены в {folder}. С этого момента проверка журнала сверяет восстановленный журнал с его собственными отметками.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="88"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="91"/>
        <source>Backups are made every day at closing, at every sealed handover and before an upgrade, into the backups folder beside the book. A backup is this book&apos;s by what is inside it; one that holds entries the book no longer has is kept.</source>
        <translation>Резервные копии создаются каждый день при закрытии, при каждой опечатанной передаче смены и перед обновлением — в папку backups рядом с журналом. Принадлежность копии журналу определяется её содержимым; копия, в которой есть записи, которых в журнале уже нет, сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="105"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="106"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="107"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="108"/>
        <source>Journal head</source>
        <translation>Конец журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="109"/>
        <source>In this book</source>
        <translation>В этом журнале</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="110"/>
        <source>Checked</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="123"/>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="126"/>
        <source>Check the backup whole, as Verify the book does (seconds on a big book)</source>
        <translation>Проверить копию целиком, как при проверке журнала (на большом журнале — несколько секунд)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="129"/>
        <source>&amp;Open read-only…</source>
        <translation>&amp;Открыть только для чтения…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="132"/>
        <source>The book as it was then, in a window of its own where nothing can be written</source>
        <translation>Журнал в тогдашнем виде, в отдельном окне, где ничего нельзя записать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="135"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="138"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="186"/>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="199"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="201"/>
        <source>No — set aside at a restore</source>
        <translation>Нет — отложена при восстановлении</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="203"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="205"/>
        <source>No — holds entries the book no longer has</source>
        <translation>Нет — в ней есть записи, которых в журнале уже нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="210"/>
        <source>row {seq} · {hash}</source>
        <translation>строка {seq} · {hash}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="224"/>
        <source>Compressed (zstd)</source>
        <translation>Сжата (zstd)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="226"/>
        <source>Not compressed (made by an earlier version)</source>
        <translation>Не сжата (создана прежней версией)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="236"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="238"/>
        <source>whole</source>
        <translation>цела</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="239"/>
        <source>{count} problems</source>
        <translation>проблем: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="249"/>
        <source>Restored on {when} by {who} from the backup of {made}: the book had reached journal row {before}, the restored book ended at row {after}. The book as it was, its anchors and the newer backups are kept in {folder}.</source>
        <translation>Восстановлено {when} ({who}) из резервной копии от {made}: журнал доходил до строки {before}, восстановленный заканчивается строкой {after}. Журнал в прежнем виде, его контрольные отметки и более новые копии сохранены в {folder}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="266"/>
        <source>This book is on a PostgreSQL server. Its backups are made, kept and restored on the server (pg_dump, pg_restore) by whoever looks after it: restoring a server database is the database administrator&apos;s job, with every station closed, not this window&apos;s.</source>
        <translation>Этот журнал хранится на сервере PostgreSQL. Его резервные копии создаёт, хранит и восстанавливает на сервере тот, кто его обслуживает (pg_dump, pg_restore): восстановление серверной базы — работа администратора базы данных при закрытых рабочих местах, а не этого окна.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="303"/>
        <source>Put this backup in the book&apos;s place (a manager&apos;s, with the PIN)</source>
        <translation>Поставить эту копию на место журнала (только менеджер, с PIN-кодом)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="305"/>
        <source>Only a manager can restore a backup.</source>
        <translation>Восстановить резервную копию может только менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="341"/>
        <source>The backup is whole: {rows} journal rows match.</source>
        <translation>Копия цела: совпадают все строки журнала ({rows}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="348"/>
        <source>The backup has {count} problems. Open it read-only and use Admin → Verify the book there to see them.</source>
        <translation>В копии проблем: {count}. Откройте её только для чтения и посмотрите их там через «Администрирование → Проверить журнал».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="391"/>
        <source>Backup made: {path}. It could not be copied to the second folder: {error}</source>
        <translation>Копия создана: {path}. Скопировать её во вторую папку не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="396"/>
        <source>Backup made: {path}</source>
        <translation>Копия создана: {path}</translation>
    </message>
</context>
<context>
    <name>BoardCountDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="51"/>
        <source>Count the key board</source>
        <translation>Пересчёт ключей на щите</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="58"/>
        <source>Tick each key you see on its hook, or scan it. Keys that are out or off the board are not listed; a key found on the board though it is out is added when scanned.</source>
        <translation>Отметьте каждый ключ, который видите на крючке, или отсканируйте его. Выданных и снятых со щита ключей в списке нет; ключ, который числится выданным, но висит на щите, добавляется при сканировании.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="67"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Отсканируйте или введите код и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="74"/>
        <source>&amp;Scan</source>
        <translation>&amp;Сканер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="86"/>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="90"/>
        <source>Untick all</source>
        <translation>Снять отметки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="117"/>
        <source>Record count</source>
        <translation>Записать пересчёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="148"/>
        <source>{hook}  {code} — {label}</source>
        <translation>{hook}  {code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="185"/>
        <source>{ticked} of {total} ticked</source>
        <translation>Отмечено: {ticked} из {total}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="199"/>
        <source>{code} ticked.</source>
        <translation>{code} отмечен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="202"/>
        <source>{code} — not in the register</source>
        <translation>{code} — нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="203"/>
        <source>{code} is not in the register: it is counted as unknown.</source>
        <translation>{code} нет в реестре: учтён как неизвестный.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="207"/>
        <source>{line} ({state})</source>
        <translation>{line} ({state})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="210"/>
        <source>{code} is not expected on the board ({state}).</source>
        <translation>Ключа {code} не должно быть на щите ({state}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="243"/>
        <source>missing</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="244"/>
        <source>on the board though out</source>
        <translation>на щите, хотя выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="245"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="257"/>
        <source>{text} — {mark}</source>
        <translation>{text} — {mark}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="260"/>
        <source>Recorded at {time}: all {present} keys are on the board.</source>
        <translation>Записано в {time}: все ключи на щите ({present}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="268"/>
        <source>Recorded at {time}; written to the duty log.
Missing ({n_missing}): {missing}
On the board though out ({n_unexpected}): {unexpected}
Unknown ({n_unknown}): {unknown}</source>
        <translation>Записано в {time} и внесено в журнал дежурств.
Нет на месте ({n_missing}): {missing}
На щите, хотя выданы ({n_unexpected}): {unexpected}
Неизвестные ({n_unknown}): {unknown}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="288"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="289"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="138"/>
        <source>Hook {hook}: no key</source>
        <translation>Крючок {hook}: ключа нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="154"/>
        <source>Hook {hook}: {code}, {label}, {state}</source>
        <translation>Крючок {hook}: {code}, {label}, {state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="171"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="172"/>
        <source>Hook {hook} · {type}</source>
        <translation>Крючок {hook} · {type}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="178"/>
        <source>Restricted: only allowed roles may issue it, with their PIN</source>
        <translation>Ограниченный доступ: выдавать могут только разрешённые должности, с PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="180"/>
        <source>Holder: {name}</source>
        <translation>У кого: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="181"/>
        <source>Out since: {time}</source>
        <translation>Выдан: {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="183"/>
        <source>Expected back: {time}</source>
        <translation>Вернуть до: {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="187"/>
        <source>Purpose: {purpose}</source>
        <translation>Цель: {purpose}</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="181"/>
        <source>Choose a new PIN</source>
        <translation>Выберите новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="184"/>
        <source>Your PIN is shorter than your role now needs. Choose a new PIN of at least {min} digits to sign in.</source>
        <translation>Ваш PIN-код короче, чем теперь требуется для вашей должности. Чтобы войти, выберите новый PIN-код не короче {min} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="188"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="190"/>
        <source>New PIN again</source>
        <translation>Повторите новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="193"/>
        <source>Change PIN and sign in</source>
        <translation>Сменить PIN-код и войти</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="50"/>
        <source>Change the role of {name}</source>
        <translation>Изменение должности: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="53"/>
        <source>{name} is now: {role}. The new role applies from their next action; a longer PIN is asked at their next sign-in if the new role needs one.</source>
        <translation>{name}, текущая должность: {role}. Новая должность действует с ближайшего действия сотрудника; если для неё нужен более длинный PIN-код, его запросят при следующем входе.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="57"/>
        <source>New role</source>
        <translation>Новая должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="65"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="66"/>
        <source>Why: it goes into the duty log.</source>
        <translation>Почему: это попадёт в журнал дежурств.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="68"/>
        <source>Change role</source>
        <translation>Изменить должность</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="39"/>
        <source>Inspection checklist</source>
        <translation>Перечень проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="43"/>
        <source>The items a supervisor checks, in order (seed 004). An item of the seed reads in each reader&apos;s language unless you write words of your own. Saved, the list is a new version ({version} now): inspections already made keep theirs.</source>
        <translation>Пункты, которые проверяет старший администратор, по порядку (по регламенту 004). Пункт регламента читается на языке каждого пользователя, если вы не зададите свой текст. После сохранения перечень становится новой версией (сейчас: {version}); уже проведённые проверки сохраняют свой перечень.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="50"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="50"/>
        <source>Scored</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="62"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="63"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="64"/>
        <source>&amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="65"/>
        <source>&amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="78"/>
        <source>&amp;Items:</source>
        <translation>&amp;Пункты:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="96"/>
        <source>Pass / fail</source>
        <translation>Соответствует / нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="97"/>
        <source>1 to 5</source>
        <translation>От 1 до 5</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="426"/>
        <source>Close complaint #{num}</source>
        <translation>Закрытие жалобы № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="429"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="430"/>
        <source>Closed after the follow-up call; nothing remains to do.</source>
        <translation>Закрыта после контрольного звонка; больше ничего делать не нужно.</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="49"/>
        <source>Close follow-up of entry #{num}</source>
        <translation>Снять с контроля запись № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="54"/>
        <source>What was done? This is written to the log as a new entry.</source>
        <translation>Что сделано? Это будет внесено в журнал новой записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="56"/>
        <source>Close follow-up</source>
        <translation>Снять с контроля</translation>
    </message>
</context>
<context>
    <name>CloseReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="336"/>
        <source>Close report #{num}: {guest}</source>
        <translation>Закрытие заявления № {num}: {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="338"/>
        <source>Close report</source>
        <translation>Закрыть заявление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="341"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="342"/>
        <source>e.g. the guest found it themselves; the guest gave up</source>
        <translation>напр. гость сам нашёл вещь; гость прекратил поиски</translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysisDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="389"/>
        <location filename="../../desk_app/ui/complaints/analysis_model.py" line="88"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="61"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="391"/>
        <source>Complaint analysis</source>
        <translation>Анализ жалоб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="70"/>
        <source>the one who took it</source>
        <translation>тому, кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="71"/>
        <source>the one who settled it</source>
        <translation>тому, кто решил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="78"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировать:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="79"/>
        <source>Counts &amp;against:</source>
        <translation>&amp;Засчитывать:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="80"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="81"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="129"/>
        <source>Export &amp;analysis…</source>
        <translation>Экспорт &amp;анализа…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="132"/>
        <source>Export &amp;register…</source>
        <translation>Экспорт &amp;журнала…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="141"/>
        <source>Printout language:</source>
        <translation>Язык печати:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="167"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="404"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="168"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="169"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="170"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="171"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="271"/>
        <source>Settled by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="277"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="332"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="458"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="278"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="333"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="279"/>
        <source>Overdue
rate</source>
        <translation>Доля
просроченных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="280"/>
        <source>First reply,
median (min)</source>
        <translation>Первый ответ,
медиана (мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="281"/>
        <source>Resolution,
median (h)</source>
        <translation>Решение,
медиана (ч)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="282"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="283"/>
        <source>Satisfaction
(1-5)</source>
        <translation>Оценка гостя
(1–5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="298"/>
        <source>W{week}</source>
        <comment>a week under a chart&apos;s bar</comment>
        <translation>нед. {week}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="300"/>
        <source>W{week} {year}</source>
        <comment>a week under a chart&apos;s bar</comment>
        <translation>нед. {week} {year}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="303"/>
        <source>Week {week}, {year}</source>
        <translation>{week}-я нед. {year}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="305"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="390"/>
        <source>Not settled yet</source>
        <translation>Ещё не решена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="309"/>
        <source>{month} {year}</source>
        <comment>month and year</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="344"/>
        <source>The chart shows the {count} people with the most complaints; the table has everyone.</source>
        <translation>На графике — {count} сотрудников с наибольшим числом жалоб; в таблице — все.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="351"/>
        <source>The chart shows the last {count} periods; the table has all of them. Group by a longer period to see more in the chart.</source>
        <translation>На графике — последние {count} периодов; в таблице — все. Чтобы увидеть больше на графике, группируйте по более длинному периоду.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="366"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="376"/>
        <source>Complaint analysis, {first} – {last}</source>
        <translation>Анализ жалоб, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="378"/>
        <source>Complaint analysis by who settled each complaint, {first} – {last}</source>
        <translation>Анализ жалоб по сотрудникам, решившим их, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="379"/>
        <source>Complaint analysis by who took each complaint in, {first} – {last}</source>
        <translation>Анализ жалоб по сотрудникам, записавшим их, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="397"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="398"/>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="399"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="400"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="401"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="402"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="403"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="405"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="406"/>
        <source>Complaint</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="407"/>
        <source>Reply promised by</source>
        <translation>Ответ обещан к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="408"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="409"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="410"/>
        <source>Escalated to</source>
        <translation>Передана старшему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="411"/>
        <source>First reply</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="412"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="413"/>
        <source>Resolved by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="414"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="416"/>
        <source>Kind of compensation</source>
        <translation>Вид компенсации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="417"/>
        <source>Guest reached on follow-up call</source>
        <translation>Гость ответил на контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="419"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="273"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="420"/>
        <source>Taken in by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="421"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="432"/>
        <source>Export analysis</source>
        <translation>Экспорт анализа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="450"/>
        <source>Export register</source>
        <translation>Экспорт журнала жалоб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="459"/>
        <source>Complaint register</source>
        <translation>Журнал жалоб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="477"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="74"/>
        <source>Acknowledge…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="75"/>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="76"/>
        <source>Escalate…</source>
        <translation>Передать старшему…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="77"/>
        <source>Reply…</source>
        <translation>Ответить гостю…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="78"/>
        <source>Resolve…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="79"/>
        <source>Follow-up call…</source>
        <translation>Контрольный звонок…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="80"/>
        <source>Close complaint…</source>
        <translation>Закрыть жалобу…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="81"/>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="102"/>
        <source>Complaint #{num}: {guest}</source>
        <translation>Жалоба № {num}: {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="106"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="107"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="108"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="109"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="110"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="111"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="112"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="114"/>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="116"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="123"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="129"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="130"/>
        <source>Reply promised by</source>
        <translation>Ответ обещан к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="131"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="133"/>
        <source>Escalated to</source>
        <translation>Передана старшему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="138"/>
        <source>Settlement proposed</source>
        <translation>Предложенное решение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="140"/>
        <source>First reply</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="142"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="144"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="147"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="149"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="229"/>
        <source>{amount} ({kind})</source>
        <translation>{amount} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="156"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="158"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="270"/>
        <source>Reached; satisfaction {score} of 5</source>
        <translation>Дозвонились; оценка {score} из 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="160"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="273"/>
        <source>Guest not reached</source>
        <translation>До гостя не дозвонились</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="164"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="175"/>
        <source>Complaint</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="181"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="233"/>
        <source>{settlement}: {outcome}</source>
        <translation>{settlement}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="244"/>
        <source>Reply promised by {time}</source>
        <translation>Ответ обещан к {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="246"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="256"/>
        <source>To {name}</source>
        <translation>Кому: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="251"/>
        <source>To {name}; proposed {amount} ({kind})</source>
        <translation>Кому: {name}; предложено {amount} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="260"/>
        <source>No compensation</source>
        <translation>Без компенсации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="262"/>
        <source>Compensation {amount} ({kind}), confirmed with a PIN</source>
        <translation>Компенсация {amount} ({kind}), подтверждена PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="265"/>
        <source>Compensation {amount} ({kind})</source>
        <translation>Компенсация {amount} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ComplaintLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="36"/>
        <source>Complaint #{num} received: {note}</source>
        <translation>Жалоба № {num} получена: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="37"/>
        <source>Complaint #{num} acknowledged: {note}</source>
        <translation>Жалоба № {num} принята: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="38"/>
        <source>Complaint #{num} assigned: {note}</source>
        <translation>Жалоба № {num} назначена исполнителю: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="39"/>
        <source>Complaint #{num} escalated: {note}</source>
        <translation>Жалоба № {num} передана старшему: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="40"/>
        <source>Complaint #{num}, reply to the guest: {note}</source>
        <translation>Жалоба № {num}, ответ гостю: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="41"/>
        <source>Complaint #{num} resolved: {note}</source>
        <translation>Жалоба № {num} решена: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="42"/>
        <source>Complaint #{num}, follow-up call: {note}</source>
        <translation>Жалоба № {num}, контрольный звонок: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="43"/>
        <source>Complaint #{num} closed: {note}</source>
        <translation>Жалоба № {num} закрыта: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="44"/>
        <source>Complaint #{num} reopened: {note}</source>
        <translation>Жалоба № {num} открыта снова: {note}</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="66"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="67"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="68"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="69"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="70"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="71"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="72"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="73"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="74"/>
        <source>Reply promised by</source>
        <translation>Ответ обещан к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="75"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="130"/>
        <location filename="../../desk_app/ui/complaints/model.py" line="139"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="80"/>
        <source>New complaint…</source>
        <translation>Новая жалоба…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="82"/>
        <source>Take a complaint (Ctrl+Shift+C)</source>
        <translation>Зарегистрировать жалобу (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="87"/>
        <source>Search guest, room, contact, text</source>
        <translation>Поиск: гость, номер, контакт, текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="91"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="92"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="93"/>
        <source>Awaiting a reply</source>
        <translation>Ждут ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="96"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="100"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="105"/>
        <source>Any severity</source>
        <translation>Любая серьёзность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="125"/>
        <source>Hide these reminders</source>
        <translation>Скрыть эти напоминания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="108"/>
        <source>Anyone assigned</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="268"/>
        <source>Reply promised by {time}: complaint #{num}, {guest}</source>
        <translation>Ответ обещан к {time}: жалоба № {num}, {guest}</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="144"/>
        <source>Copy a week</source>
        <translation>Копирование недели</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="146"/>
        <source>The seven days from the first day are typed again from the second.</source>
        <translation>Семь дней, начиная с первого указанного числа, повторяются начиная со второго.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="148"/>
        <source>&amp;Week from day</source>
        <translation>&amp;Неделя с числа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="149"/>
        <source>&amp;Copy to day</source>
        <translation>&amp;Вставить с числа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="151"/>
        <source>&amp;People</source>
        <translation>&amp;Сотрудники</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="25"/>
        <source>Countersign sheet No. {num}</source>
        <translation>Заверить лист передачи смены № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="31"/>
        <source>You checked the sealed sheet: your note, confirmed by your PIN, is kept beside it and printed with it; the sheet and its seal stay as they are.</source>
        <translation>Вы проверили запечатанный лист: ваше примечание, подтверждённое PIN-кодом, хранится рядом с ним и печатается вместе с ним; сам лист и его печать не меняются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="37"/>
        <source>Countersigned by {name}, {at}: {note}</source>
        <translation>Заверил(а) {name}, {at}: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="49"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="50"/>
        <source>Your &amp;PIN:</source>
        <translation>Ваш PIN-&amp;код:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="51"/>
        <source>&amp;Countersign</source>
        <translation>&amp;Заверить</translation>
    </message>
</context>
<context>
    <name>CountsBox</name>
    <message>
        <location filename="../../desk_app/ui/handover/counts.py" line="124"/>
        <source>Not counted</source>
        <translation>Не пересчитано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/counts.py" line="125"/>
        <source>Why not?</source>
        <translation>Почему?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desk_app/ui/common/date_field.py" line="79"/>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/date_field.py" line="133"/>
        <source>Type the day, e.g. {example} or {day}, or pick it from the calendar.</source>
        <translation>Введите дату, например {example} или {day}, или выберите её в календаре.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../desk_app/ui/common/datetime_field.py" line="54"/>
        <source>The time on the 24-hour clock, e.g. 09:30 or 21:30</source>
        <translation>Время в 24-часовом формате, например 09:30 или 21:30</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/datetime_field.py" line="55"/>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="116"/>
        <source>{weekday} {date}</source>
        <comment>the log&apos;s day header</comment>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="127"/>
        <source>Reviewed by {name}, {at}</source>
        <translation>Проверил(а): {name}, {at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="132"/>
        <source>Comment: {comment}</source>
        <translation>Комментарий: {comment}</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="108"/>
        <source>Deactivate {name}</source>
        <translation>Отключение учётной записи: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="111"/>
        <source>{name} still holds what is listed below. Choose who takes it all over: the keys are recorded as issued to them, the follow-ups and complaints become theirs. Then the account is deactivated; {name} can no longer sign in, and their records keep their name.</source>
        <translation>За сотрудником {name} ещё числится то, что перечислено ниже. Выберите, кому всё это передать: ключи будут записаны как выданные ему, задачи на контроле и жалобы перейдут к нему. Затем учётная запись будет отключена: {name} больше не сможет войти, а в его записях сохранится его имя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="122"/>
        <source>Held</source>
        <translation>Числится за сотрудником</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="123"/>
        <source>Hand over to</source>
        <translation>Кому передать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="131"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="135"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="136"/>
        <source>Why: it goes into the duty log.</source>
        <translation>Почему: это попадёт в журнал дежурств.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="139"/>
        <source>Hand over and deactivate</source>
        <translation>Передать и отключить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="152"/>
        <source>Key {code} ({label}), back by {back}</source>
        <translation>Ключ {code} ({label}), вернуть до {back}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="158"/>
        <source>Follow-up of entry #{num}, due {due}: {text}</source>
        <translation>Запись № {num} на контроле, срок {due}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="164"/>
        <source>Complaint #{num}, escalated to them: {guest}</source>
        <translation>Жалоба № {num}, передана ему как старшему: {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="168"/>
        <source>Complaint #{num} ({status}): {guest}</source>
        <translation>Жалоба № {num} ({status}): {guest}</translation>
    </message>
</context>
<context>
    <name>DecideDisposalDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="290"/>
        <source>Approve disposal of {number}</source>
        <translation>Согласование списания находки {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="292"/>
        <source>Reject disposal of {number}</source>
        <translation>Отклонение списания находки {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="296"/>
        <source>{name} proposed on {time}: {method}. {note}</source>
        <translation>Предложено ({name}, {time}): {method}. {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="304"/>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="304"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="308"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="308"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="309"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="309"/>
        <source>Why the item is to be kept</source>
        <translation>Почему вещь нужно хранить дальше</translation>
    </message>
</context>
<context>
    <name>DutyReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="59"/>
        <source>Duty report</source>
        <translation>Отчёт дежурной службы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="69"/>
        <source>&amp;Make report</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="72"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="74"/>
        <source>&amp;To (included):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="160"/>
        <source>Choose the days and make the report.</source>
        <translation>Выберите дни и сформируйте отчёт.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="163"/>
        <source>{property} · {station} · {start} – {end} · made {at} by {who}</source>
        <translation>{property} · {station} · {start} – {end} · сформирован {at}, {who}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/report_tabs.py" line="37"/>
        <source>{section} ({rows})</source>
        <translation>{section} ({rows})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="190"/>
        <source>duty-report-{first}-{last}</source>
        <translation>otchet-dezhurstva-{first}-{last}</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="75"/>
        <source>Incoming clerk not arrived</source>
        <translation>Принимающего смену ещё нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="146"/>
        <location filename="../../desk_app/ui/roster/status.py" line="149"/>
        <location filename="../../desk_app/ui/roster/status.py" line="161"/>
        <source>nobody rostered</source>
        <translation>никто не назначен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="147"/>
        <source>On duty: {people}</source>
        <translation>На смене: {people}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="154"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="154"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="158"/>
        <source>{caption}: {shift}: {people}</source>
        <translation>{caption}: {shift}: {people}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="166"/>
        <source>Supervisor to call: {who}</source>
        <translation>Старший администратор на связи: {who}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="184"/>
        <source>not started</source>
        <comment>roster</comment>
        <translation>не начат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="197"/>
        <source>Roster for {month} overdue: not approved</source>
        <translation>{month}: график не утверждён в срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="190"/>
        <location filename="../../desk_app/ui/roster/status.py" line="198"/>
        <source>Roster overdue</source>
        <comment>status bar, short</comment>
        <translation>График просрочен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="150"/>
        <source>On duty: {people} · next at {time}: {later}</source>
        <translation>На смене: {people} · в {time}: {later}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="187"/>
        <source>Roster for {month} not approved: the month has begun</source>
        <translation>{month}: график не утверждён, а месяц уже начался</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="192"/>
        <source>This month&apos;s roster ({month}) is not approved: no shift counts as rostered until it is. It is now: {state}. Click to open it.</source>
        <translation>График на этот месяц ({month}) не утверждён: пока его не утвердят, ни одна смена не считается назначенной. Сейчас: {state}. Нажмите, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="200"/>
        <source>Roster for {month} not approved yet (due by {due})</source>
        <translation>{month}: график ещё не утверждён (срок — {due})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="203"/>
        <source>Roster due</source>
        <comment>status bar, short</comment>
        <translation>Срок графика</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="205"/>
        <source>Next month&apos;s roster ({month}) is to be approved by {due}; it is now: {state}. Click to open it.</source>
        <translation>График на следующий месяц ({month}) нужно утвердить до {due}; сейчас: {state}. Нажмите, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="219"/>
        <source>Handover due at {time}</source>
        <translation>Передача смены в {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="220"/>
        <source>Handover {time}</source>
        <comment>status bar, short</comment>
        <translation>Передача {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="222"/>
        <source>The shift changes at {time}: the incoming clerk comes {minutes} min early and takes over. Click to start the handover.</source>
        <translation>Смена меняется в {time}: принимающий приходит за {minutes} мин и принимает смену. Нажмите, чтобы начать передачу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="236"/>
        <source>Incoming clerk {incoming} has not arrived: you may not leave your post (值班人不得离岗). Call: supervisor {call}</source>
        <translation>Принимающего смену ({incoming}) ещё нет: дежурный не может покинуть пост. Позвоните старшему администратору: {call}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="241"/>
        <source>Incoming clerk {incoming} has not arrived: you may not leave your post (值班人不得离岗). Call a supervisor or the manager.</source>
        <translation>Принимающего смену ({incoming}) ещё нет: дежурный не может покинуть пост. Позвоните старшему администратору или менеджеру.</translation>
    </message>
</context>
<context>
    <name>DutySummary</name>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="216"/>
        <source>{title} · {period}</source>
        <comment>report title: form title and its days</comment>
        <translation>{title} · {period}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="219"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="220"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="221"/>
        <source>Duty log</source>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="222"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="223"/>
        <source>Lost and found</source>
        <translation>Бюро находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="224"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="225"/>
        <source>Handovers</source>
        <translation>Передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="226"/>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="227"/>
        <source>Important</source>
        <translation>Важные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="228"/>
        <source>Opened</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="229"/>
        <source>Settled</source>
        <translation>Урегулировано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="230"/>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="231"/>
        <source>Guest satisfaction</source>
        <translation>Удовлетворённость гостей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="232"/>
        <source>{average} of 5 ({count} rated)</source>
        <translation>{average} из 5 (оценок: {count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="235"/>
        <source>No rating</source>
        <translation>Нет оценок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="236"/>
        <source>Found items in</source>
        <translation>Принято находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="237"/>
        <source>Returned to owners</source>
        <translation>Возвращено владельцам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="238"/>
        <source>Disposed of</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="239"/>
        <source>Movements</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="240"/>
        <source>Keys overdue now</source>
        <translation>Ключей просрочено сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="241"/>
        <source>Sheets sealed</source>
        <translation>Опечатано листов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="242"/>
        <source>Discrepancies noted</source>
        <translation>Отмечено расхождений</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="243"/>
        <source>Reviewed by the supervisor</source>
        <translation>Проверил старший администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="244"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="245"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="246"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="64"/>
        <source>On duty now</source>
        <translation>Сейчас на смене</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="65"/>
        <source>Next shift</source>
        <translation>Следующая смена</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="127"/>
        <source>Log entry #{num}</source>
        <translation>Запись № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="129"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="130"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="131"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="132"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="134"/>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="135"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="141"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="143"/>
        <source>★ Important: everyone on duty must read it.</source>
        <translation>★ Важно: обязательно для прочтения всем дежурным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="146"/>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="148"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}: {owner}, срок {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="157"/>
        <source>Amends entry #{num}: {text}</source>
        <translation>Исправляет запись № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="158"/>
        <source>Amended by entry #{num}: {text}</source>
        <translation>Исправлена записью № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="159"/>
        <source>Closes the follow-up of entry #{num}: {text}</source>
        <translation>Снимает с контроля запись № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="160"/>
        <source>Follow-up closed by entry #{num}: {text}</source>
        <translation>Снята с контроля записью № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="166"/>
        <source>Open #{num}</source>
        <translation>Открыть № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="172"/>
        <source>{name} ({time})</source>
        <translation>{name} ({time})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="176"/>
        <source>Read by: {names}</source>
        <translation>Прочитали: {names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="176"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="181"/>
        <source>Not yet read by (on duty since): {names}</source>
        <translation>Ещё не прочитали (из дежуривших после записи): {names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="195"/>
        <source>Mark read</source>
        <translation>Отметить как прочитанную</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="205"/>
        <source>Amend…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="210"/>
        <source>Write a correcting entry; this one stays as written.</source>
        <translation>Написать исправляющую запись; эта останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="212"/>
        <source>Already amended: amend the newer entry.</source>
        <translation>Уже исправлена: исправляйте более новую запись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="217"/>
        <source>Open complaint…</source>
        <translation>Открыть жалобу…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="223"/>
        <source>Open found item…</source>
        <translation>Открыть находку…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="229"/>
        <source>Open key…</source>
        <translation>Открыть ключ…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="232"/>
        <source>The key&apos;s page: who has it, and its history</source>
        <translation>Страница ключа: у кого он и его история</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="173"/>
        <source>Escalate complaint #{num}</source>
        <translation>Передача старшему, жалоба № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="174"/>
        <source>Escalate to</source>
        <translation>Кому передать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="177"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="178"/>
        <source>Why a supervisor must take it (amount, severity, guest…)</source>
        <translation>Почему нужен старший администратор (сумма, серьёзность, гость…)</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="31"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="32"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="33"/>
        <source>Save as &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="34"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="47"/>
        <source>Printout language:</source>
        <translation>Язык печати:</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="54"/>
        <source>First steps</source>
        <translation>Первые шаги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="59"/>
        <source>A new duty book. Set up these few things before the desk starts work: each line opens where it is done and is ticked once it is. This list opens again from Help → First steps…</source>
        <translation>Новый журнал дежурств. Прежде чем стойка начнёт работу, настройте эти несколько пунктов: каждая строка открывает место, где это делается, и отмечается галочкой, когда готово. Список снова открывается через «Справка → Первые шаги…».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="68"/>
        <source>Only a manager can set up the greyed lines.</source>
        <translation>Серые пункты может настроить только менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="101"/>
        <source>Don&apos;t show again</source>
        <translation>Больше не показывать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="105"/>
        <source>Not shown by itself at sign-in any more; Help → First steps… still opens it</source>
        <translation>Больше не открывается само при входе; «Справка → Первые шаги…» по-прежнему открывает его</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="123"/>
        <source>Name the property</source>
        <translation>Название объекта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="124"/>
        <source>The hotel&apos;s name, printed at the top of every handover sheet.</source>
        <translation>Название гостиницы, печатается вверху каждого листа передачи смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="127"/>
        <source>Add clerks and supervisors</source>
        <translation>Добавить администраторов и старших администраторов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="128"/>
        <source>Everyone who works at the desk signs in with their own name and PIN.</source>
        <translation>Каждый, кто работает за стойкой, входит под своим именем и PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="131"/>
        <source>Shift starts and counted items</source>
        <translation>Начало смен и пересчитываемые предметы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="132"/>
        <source>When the shifts change, and what is counted at each handover.</source>
        <translation>Когда сменяются смены и что пересчитывают при каждой передаче.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="135"/>
        <source>Lost-and-found categories</source>
        <translation>Категории находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="136"/>
        <source>The kinds of found items, and how long each is kept.</source>
        <translation>Виды найденных вещей и сколько хранится каждый.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="139"/>
        <source>The key register</source>
        <translation>Реестр ключей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="140"/>
        <source>The keys the desk lends, each with its hook on the board.</source>
        <translation>Ключи, которые выдаёт стойка, каждый со своим крючком на щите.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="143"/>
        <source>The label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="144"/>
        <source>The printer and labels this station prints found items&apos; tags on.</source>
        <translation>Принтер и этикетки, на которых это рабочее место печатает бирки находок.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="147"/>
        <source>A second backup folder</source>
        <translation>Вторая папка для резервных копий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="148"/>
        <source>Another disk or a USB stick every backup is copied to.</source>
        <translation>Другой диск или флешка, куда копируется каждая резервная копия.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="174"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="174"/>
        <source>Not done yet</source>
        <translation>Ещё не сделано</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="388"/>
        <source>Follow-up call, complaint #{num}</source>
        <translation>Контрольный звонок, жалоба № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="389"/>
        <source>Guest reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="391"/>
        <source>Yes, we spoke with the guest</source>
        <translation>Да, поговорили с гостем</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="392"/>
        <source>No, the guest could not be reached</source>
        <translation>Нет, дозвониться не удалось</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="393"/>
        <source>Satisfaction</source>
        <translation>Оценка гостя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="395"/>
        <source>— ask the guest —</source>
        <translation>— спросите гостя —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="397"/>
        <source>5 — very satisfied</source>
        <translation>5 — очень доволен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="398"/>
        <source>4 — satisfied</source>
        <translation>4 — доволен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="399"/>
        <source>3 — neither</source>
        <translation>3 — ни то ни другое</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="400"/>
        <source>2 — dissatisfied</source>
        <translation>2 — недоволен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="401"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — очень недоволен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="405"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="405"/>
        <source>What the guest said</source>
        <translation>Что сказал гость</translation>
    </message>
</context>
<context>
    <name>FoundItemDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="131"/>
        <source>Register found item</source>
        <translation>Регистрация находки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="135"/>
        <source>Found</source>
        <translation>Когда найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="137"/>
        <source>Found where</source>
        <translation>Где найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="139"/>
        <source>Room, lobby, restaurant…</source>
        <translation>Номер, холл, ресторан…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="153"/>
        <source>The guest&apos;s name</source>
        <translation>Имя гостя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="163"/>
        <source>Found by</source>
        <translation>Кто нашёл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="169"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="172"/>
        <source>What is it? Colour, brand, contents, marks. Ctrl+Enter saves.</source>
        <translation>Что это? Цвет, марка, содержимое, приметы. Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="176"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="180"/>
        <source>Money or valuables (kept at least {days} days)</source>
        <translation>Деньги или ценные вещи (хранятся не менее {days} дн.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="186"/>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="188"/>
        <source>Shelf, locker, safe</source>
        <translation>Полка, шкафчик, сейф</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="199"/>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="221"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="201"/>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="205"/>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="208"/>
        <source>Remove the selected photo (Delete)</source>
        <translation>Удалить выбранное фото (Delete)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="224"/>
        <source>Register item</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="244"/>
        <source>Add photos of the item</source>
        <translation>Добавить фото вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="246"/>
        <source>Pictures ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="264"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="274"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
</context>
<context>
    <name>HandoverColumns</name>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="139"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="140"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="141"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="142"/>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="143"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="144"/>
        <source>Written by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="145"/>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="146"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="147"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="148"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="149"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="150"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="151"/>
        <source>Promised by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="152"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="153"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="154"/>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="155"/>
        <source>Out since</source>
        <translation>Когда выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="156"/>
        <source>Expected back</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="157"/>
        <source>Expected</source>
        <translation>Должно быть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="158"/>
        <source>Present</source>
        <translation>На месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="159"/>
        <source>Missing</source>
        <translation>Нет на месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="160"/>
        <source>Unexpected</source>
        <translation>Лишние</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="161"/>
        <source>Unknown</source>
        <translation>Неизвестные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="162"/>
        <source>Item</source>
        <translation>Вещь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="163"/>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="164"/>
        <source>Not counted: why</source>
        <translation>Почему не пересчитано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="165"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="166"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="167"/>
        <source>Found</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="168"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="179"/>
        <source>Checked by</source>
        <translation>Проверил(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="180"/>
        <source>Noted by</source>
        <translation>Примечание сделал(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="181"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="182"/>
        <source>Reviewed by</source>
        <translation>Проверил(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="183"/>
        <source>Reviewed at</source>
        <translation>Когда проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="184"/>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="185"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="186"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="187"/>
        <source>Clerks</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="188"/>
        <source>Inspected by</source>
        <translation>Проверял(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="189"/>
        <source>Failed items</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="190"/>
        <source>Acknowledgement</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="193"/>
        <source>Corrections open</source>
        <translation>Открытые исправления</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="83"/>
        <source>Shift handover</source>
        <translation>Передача смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="107"/>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="108"/>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="109"/>
        <source>Outgoing:</source>
        <translation>Сдаёт:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="110"/>
        <source>Incoming:</source>
        <translation>Принимает:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/discrepancies.py" line="38"/>
        <source>&amp;Add discrepancy</source>
        <translation>&amp;Добавить расхождение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/discrepancies.py" line="41"/>
        <source>Re&amp;move selected</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="157"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="352"/>
        <source>Outgoing clerk: handed over</source>
        <translation>Сдающий смену: смену сдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="166"/>
        <source>&amp;Hand over</source>
        <translation>Сд&amp;ать смену</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="352"/>
        <source>Incoming clerk: accepted</source>
        <translation>Принимающий смену: смену принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="170"/>
        <source>Accept and s&amp;eal</source>
        <translation>Принять и &amp;опечатать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="171"/>
        <source>I have &amp;read the shift&apos;s important entries (in red in the log above).</source>
        <translation>Я &amp;прочитал(а) важные записи смены (красным в журнале выше).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="239"/>
        <location filename="../../desk_app/ui/handover/dialog.py" line="485"/>
        <source>Shift handover no. {number}</source>
        <translation>Передача смены № {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="242"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="268"/>
        <source>Seal (SHA-256), sealed at {at}:
{seal}</source>
        <translation>Печать (SHA-256), опечатано {at}:
{seal}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="280"/>
        <source>(choose who takes over)</source>
        <translation>(выберите, кто принимает смену)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="355"/>
        <source>{meaning}: {name}, {at}</source>
        <translation>{meaning}: {name}, {at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="439"/>
        <source>Choose who takes over the shift.</source>
        <translation>Выберите, кто принимает смену.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="473"/>
        <source>handover-{number}</source>
        <translation>передача-смены-{number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/messages.py" line="93"/>
        <source>Not sealed: {reason}</source>
        <translation>Не опечатано: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/messages.py" line="96"/>
        <source>Not handed over: {reason}</source>
        <translation>Смена не сдана: {reason}</translation>
    </message>
</context>
<context>
    <name>HandoverHistoryPanel</name>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="50"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="51"/>
        <source>Shift start</source>
        <translation>Начало смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="52"/>
        <source>Outgoing</source>
        <translation>Сдаёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="53"/>
        <source>Incoming</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="54"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="55"/>
        <source>Sealed at</source>
        <translation>Опечатано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="68"/>
        <source>Show &amp;older</source>
        <translation>Показать &amp;более ранние</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="73"/>
        <source>&amp;Countersign…</source>
        <translation>&amp;Заверить…</translation>
    </message>
</context>
<context>
    <name>HandoverLabels</name>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="34"/>
        <source>Shift handover log</source>
        <comment>paper form title: 交接班记录</comment>
        <translation>Журнал передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="37"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="59"/>
        <source>Property</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="38"/>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="62"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="60"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="39"/>
        <source>Sheet no.</source>
        <translation>Лист №</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="40"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="41"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="173"/>
        <source>Shift start</source>
        <translation>Начало смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="42"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="174"/>
        <source>Shift end</source>
        <translation>Конец смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="43"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="175"/>
        <source>Outgoing</source>
        <translation>Сдаёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="44"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="176"/>
        <source>Incoming</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="45"/>
        <source>{outgoing} → {incoming}</source>
        <translation>{outgoing} → {incoming}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="46"/>
        <source>Incoming clerk changed</source>
        <translation>Принимающий смену заменён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="47"/>
        <source>Rostered: {rostered}; taken over by {incoming} because: {reason}</source>
        <translation>По графику: {rostered}; принимает смену: {incoming}; причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="50"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="61"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="51"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="52"/>
        <source>Handed over, not yet accepted</source>
        <translation>Смена сдана, но ещё не принята</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="55"/>
        <source>Signed and sealed</source>
        <translation>Подписано и опечатано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="56"/>
        <source>DRAFT</source>
        <translation>ЧЕРНОВИК</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="57"/>
        <source>DRAFT: not signed by both clerks and not sealed. It may still change.</source>
        <translation>ЧЕРНОВИК: не подписан обоими дежурными и не опечатан. Ещё может измениться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="61"/>
        <source>Shift log</source>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="62"/>
        <source>Duty log</source>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="63"/>
        <source>Open follow-ups</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="64"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="65"/>
        <source>Lost and found</source>
        <translation>Бюро находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="66"/>
        <source>Keys out</source>
        <translation>Выданные ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="67"/>
        <source>Keys on the board</source>
        <translation>Ключи на щите</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="68"/>
        <source>Counts</source>
        <translation>Пересчёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="69"/>
        <source>Desk checklist</source>
        <translation>Чек-лист стойки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="70"/>
        <source>Discrepancies</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="71"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="72"/>
        <source>Key movements</source>
        <translation>Движение ключей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="73"/>
        <source>Handovers sealed</source>
        <translation>Опечатанные передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="74"/>
        <source>Days reviewed</source>
        <translation>Проверка дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="75"/>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="76"/>
        <source>Checked by a supervisor</source>
        <comment>countersigned after the seal: 交接班检查</comment>
        <translation>Проверено старшим администратором</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="79"/>
        <source>Handover checks</source>
        <comment>a supervisor&apos;s inspection at a shift change</comment>
        <translation>Проверки передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="82"/>
        <source>Review notes</source>
        <translation>Примечания проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="83"/>
        <source>Added by supervisors, not covered by the seal</source>
        <translation>Добавлено старшими администраторами, печатью не охвачено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="86"/>
        <source>Nothing to hand over</source>
        <translation>Нечего передавать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="88"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="89"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="90"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="91"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="92"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="93"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="94"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="95"/>
        <source>Signed at</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="96"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="97"/>
        <source>Handed over</source>
        <translation>Смену сдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="98"/>
        <source>Accepted</source>
        <translation>Смену принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="100"/>
        <source>Outgoing clerk&apos;s signature</source>
        <comment>a place to sign: 交班人签名</comment>
        <translation>Подпись сдающего смену</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="103"/>
        <source>Incoming clerk&apos;s signature</source>
        <comment>a place to sign: 接班人签名</comment>
        <translation>Подпись принимающего смену</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="106"/>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="107"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="177"/>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="108"/>
        <source>SHA-256 of this sheet and of the record journal when it was sealed</source>
        <translation>SHA-256 этого листа и журнала записей на момент опечатывания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="112"/>
        <source>Not sealed</source>
        <translation>Не опечатано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="113"/>
        <source>Journal entry</source>
        <translation>Запись в журнале</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="114"/>
        <source>Journal hash</source>
        <translation>Хеш журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="115"/>
        <source>Sealed at</source>
        <translation>Опечатано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="116"/>
        <source>Duty report</source>
        <comment>paper form title: 值班记录表</comment>
        <translation>Отчёт о дежурстве</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="119"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="120"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="121"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="122"/>
        <source>Made by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="123"/>
        <source>desk-app (command line)</source>
        <comment>who made a report printed by the command</comment>
        <translation>desk-app (командная строка)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="126"/>
        <source>Made at</source>
        <translation>Составлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="127"/>
        <source>Nothing recorded</source>
        <translation>Ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="128"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="129"/>
        <source>Signers</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="130"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="119"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>HandoverSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="31"/>
        <source>Handover settings</source>
        <translation>Настройки передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="34"/>
        <source>What every handover sheet of this desk shows and asks. Shifts start at the times given (a night shift runs past midnight to the first start of the next day). One item a row, with its name in each language if you wish; a sheet already sealed keeps what it was sealed with.</source>
        <translation>Что показывает и запрашивает каждый лист передачи смены этой стойки. Смены начинаются в указанное время (ночная смена идёт через полночь до первого начала следующего дня). По одному пункту в строке, при желании — с названием на каждом языке; уже опечатанный лист сохраняет то, с чем был опечатан.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="44"/>
        <source>printed at the top of every sheet</source>
        <translation>печатается вверху каждого листа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="48"/>
        <source>Item</source>
        <translation>Что пересчитывают</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="51"/>
        <source>Check</source>
        <translation>Что проверяют</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="56"/>
        <source>&amp;Property:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="57"/>
        <source>&amp;Shifts start at:</source>
        <translation>&amp;Начало смен:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="58"/>
        <source>&amp;Counted at each handover:</source>
        <translation>&amp;Пересчитывается при передаче:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="59"/>
        <source>Desk c&amp;hecklist:</source>
        <translation>&amp;Контрольный список стойки:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="87"/>
        <source>DutyDesk — User guide</source>
        <translation>DutyDesk — Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="91"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="94"/>
        <source>Forward ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="98"/>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Поиск по руководству (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="204"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="96"/>
        <source>Roster history — {month}</source>
        <translation>История графика — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>Reason / change</source>
        <translation>Причина / изменение</translation>
    </message>
</context>
<context>
    <name>InspectionAnalysis</name>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="34"/>
        <source>Inspection analysis, {first} – {last}</source>
        <translation>Анализ проверок, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="56"/>
        <source>Days reviewed on time: no day due for review yet</source>
        <translation>Дни, проверенные вовремя: дней для проверки ещё нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="59"/>
        <source>Days reviewed on time: {on_time} of {due} ({share})</source>
        <translation>Дни, проверенные вовремя: {on_time} из {due} ({share})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="69"/>
        <source>Inspections: {count}</source>
        <translation>Проверок: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="75"/>
        <source>Corrections open: {count}</source>
        <translation>Открытых исправлений: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="81"/>
        <source>Overdue: {count}</source>
        <comment>corrections past their time</comment>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="89"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="127"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="184"/>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="92"/>
        <source>Days due for review</source>
        <translation>Дней к проверке</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="96"/>
        <source>Days reviewed on time</source>
        <translation>Дней проверено вовремя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="100"/>
        <source>Share of days reviewed on time</source>
        <translation>Доля дней, проверенных вовремя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="105"/>
        <source>Corrections open</source>
        <translation>Открытые исправления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="109"/>
        <source>Corrections overdue</source>
        <translation>Просроченные исправления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="117"/>
        <source>No inspection in this period.</source>
        <translation>За этот период проверок нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="123"/>
        <source>Per clerk and month</source>
        <translation>По сотрудникам и месяцам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="125"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="160"/>
        <source>Clerk</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="126"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="128"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="192"/>
        <source>Failed items</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="142"/>
        <source>Fail rate by item</source>
        <translation>Доля несоответствий по пунктам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="144"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="145"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="161"/>
        <source>Answered</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="146"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="162"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="191"/>
        <source>Failed</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="147"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="163"/>
        <source>Fail rate</source>
        <translation>Доля несоответствий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="158"/>
        <source>Fail rate by clerk</source>
        <translation>Доля несоответствий по сотрудникам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="186"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="187"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="188"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="189"/>
        <source>Clerks</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="190"/>
        <source>Inspected by</source>
        <translation>Проверял(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="193"/>
        <source>Acknowledgement</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="194"/>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="226"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>InspectionAnalysisDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="136"/>
        <source>Inspection analysis</source>
        <translation>Анализ проверок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="144"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="144"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="184"/>
        <source>Export to &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="188"/>
        <source>Printout language:</source>
        <translation>Язык печати:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="261"/>
        <source>The chart shows the first {count}; the table has all of them.</source>
        <translation>На диаграмме первые {count}; в таблице — все.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="294"/>
        <source>Fail rate</source>
        <translation>Доля несоответствий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="299"/>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="300"/>
        <source>Failed items</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="331"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="349"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>InspectionDetailDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_detail.py" line="97"/>
        <source>inspection-{num}.pdf</source>
        <comment>a file&apos;s suggested name</comment>
        <translation>проверка-{num}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="17"/>
        <source>Inspection No. {num}</source>
        <translation>Проверка № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="23"/>
        <source>{kind}, {at}, at {station}. Inspected by {inspector}; clerks: {clerks}.</source>
        <translation>{kind}, {at}, рабочее место: {station}. Проверял(а): {inspector}; сотрудники: {clerks}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="37"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="38"/>
        <source>Answer</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="39"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="40"/>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="41"/>
        <source>Correction</source>
        <translation>Мера по исправлению</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="47"/>
        <source>{score} of 5</source>
        <translation>{score} из 5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="58"/>
        <source>{text} ({owner}, by {due}; done {at})</source>
        <translation>{text} ({owner}, срок {due}; выполнено {at})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="66"/>
        <source>{text} ({owner}, by {due}; open)</source>
        <translation>{text} ({owner}, срок {due}; не выполнено)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="83"/>
        <source>Comment: {text}</source>
        <translation>Комментарий: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="91"/>
        <source>{state} by {name}, {at}.</source>
        <translation>{state}: {name}, {at}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="95"/>
        <source>{text} Remark: {remark}</source>
        <translation>{text} Замечание: {remark}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="99"/>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="122"/>
        <source>{text}
Seal: {seal}</source>
        <translation>{text}
Печать: {seal}</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="86"/>
        <source>Cause:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="87"/>
        <source>Correction:</source>
        <translation>Мера по исправлению:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="92"/>
        <source>Who:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="94"/>
        <source>By:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="136"/>
        <source>Inspect the desk</source>
        <translation>Проверка стойки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="155"/>
        <source>No. {num}: {outgoing}, shift from {start}</source>
        <translation>№ {num}: {outgoing}, смена с {start}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="187"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="188"/>
        <source>Answer</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="189"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="203"/>
        <source>&amp;Photo…</source>
        <translation>&amp;Фото…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="213"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="214"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="215"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="216"/>
        <source>C&amp;lerks inspected:</source>
        <translation>&amp;Проверяемые сотрудники:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="217"/>
        <source>Checklist:</source>
        <translation>Перечень проверки:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="218"/>
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="219"/>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="225"/>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="226"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="256"/>
        <source>A photo of the desk</source>
        <translation>Фото стойки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="256"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="54"/>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="64"/>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="70"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="71"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="72"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="73"/>
        <source>Clerks</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="74"/>
        <source>Inspected by</source>
        <translation>Проверял(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="75"/>
        <source>Failed</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="76"/>
        <source>Acknowledgement</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="88"/>
        <source>No inspection in this month.</source>
        <translation>В этом месяце проверок нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="89"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="91"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="64"/>
        <source>New complaint</source>
        <translation>Новая жалоба</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="71"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="74"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="78"/>
        <source>Guest name</source>
        <translation>Имя гостя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="80"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="82"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="84"/>
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, эл. почта или мессенджер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="85"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="89"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="94"/>
        <source>Complaint</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="98"/>
        <source>What does the guest complain about? Ctrl+Enter saves.</source>
        <translation>На что жалуется гость? Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="104"/>
        <source>— choose a time —</source>
        <translation>— выберите время —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="110"/>
        <source>+&amp;30 min</source>
        <translation>+&amp;30 мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="110"/>
        <source>In half an hour (Alt+3)</source>
        <translation>Через полчаса (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="111"/>
        <source>+&amp;2 h</source>
        <translation>+&amp;2 ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="111"/>
        <source>In two hours (Alt+2)</source>
        <translation>Через два часа (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="114"/>
        <source>&amp;End of shift ({time})</source>
        <translation>&amp;Конец смены ({time})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="117"/>
        <source>When this shift ends (Alt+E)</source>
        <translation>Когда закончится эта смена (Alt+К)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="121"/>
        <source>To&amp;morrow {time}</source>
        <translation>&amp;Завтра {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="122"/>
        <source>Tomorrow at 10:00 (Alt+M)</source>
        <translation>Завтра в 10:00 (Alt+З)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="128"/>
        <source>Reply promised by</source>
        <translation>Ответ обещан к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="131"/>
        <source>Save complaint</source>
        <translation>Сохранить жалобу</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="47"/>
        <source>Verify the book</source>
        <translation>Проверка журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="56"/>
        <source>DutyDesk recomputes the journal&apos;s chain, compares every record with it and holds it to every anchor kept outside the database: beside the file, in this computer&apos;s data folder and inside each backup. Nothing is changed.</source>
        <translation>DutyDesk пересчитывает цепочку журнала изменений, сверяет с ней каждую запись и сравнивает её со всеми контрольными отметками вне базы данных: рядом с файлом, в папке данных этого компьютера и внутри каждой резервной копии. Ничего не изменяется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="63"/>
        <source>Check the whole book</source>
        <translation>Проверить весь журнал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="80"/>
        <source>A printed handover sheet</source>
        <translation>Распечатанный лист передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="83"/>
        <source>Scan the seal&apos;s QR code into the field, or type the seal&apos;s 64 characters as printed: DutyDesk says whether the book still holds that sheet and the journal as it was when the sheet was sealed.</source>
        <translation>Отсканируйте QR-код печати в поле или введите 64 символа печати, как они напечатаны: DutyDesk скажет, есть ли этот лист в журнале и остался ли журнал таким, каким был при опечатывании.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="92"/>
        <source>DUTYDESK-SEAL:… or the seal&apos;s characters</source>
        <translation>DUTYDESK-SEAL:… или символы печати</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="95"/>
        <source>Check the sheet</source>
        <translation>Проверить лист</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="182"/>
        <source>The book is whole: {rows} journal rows and {records} records match, held to {anchors} anchors.</source>
        <translation>Журнал цел: {rows} строк журнала изменений и {records} записей совпадают, сверено с контрольными отметками: {anchors}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="195"/>
        <source>Problems found: {count}. Do not write in the book; keep this list and tell the manager.</source>
        <translation>Найдено проблем: {count}. Не вносите записи в журнал; сохраните этот список и сообщите менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="210"/>
        <source>{table} {id}: changed behind the program&apos;s back</source>
        <translation>{table} {id}: изменено в обход программы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="211"/>
        <source>{table} {id}: added behind the program&apos;s back</source>
        <translation>{table} {id}: добавлено в обход программы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="212"/>
        <source>{table} {id}: deleted behind the program&apos;s back</source>
        <translation>{table} {id}: удалено в обход программы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="213"/>
        <source>Journal row {id}: altered</source>
        <translation>Строка журнала {id}: изменена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="214"/>
        <source>Journal row {id}: missing</source>
        <translation>Строка журнала {id}: отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="216"/>
        <source>The end of the journal is missing ({id}): the book had reached it, says the anchor in {detail}</source>
        <translation>Конец журнала изменений отсутствует ({id}): по контрольной отметке в {detail} журнал доходил до этого места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="219"/>
        <source>Journal row {id}: differs from the anchor in {detail}</source>
        <translation>Строка журнала {id}: не совпадает с контрольной отметкой в {detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="220"/>
        <source>The anchor in {detail} belongs to another database</source>
        <translation>Контрольная отметка в {detail} относится к другой базе данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="222"/>
        <source>The journal has rows but no anchor was found (looked in {detail})</source>
        <translation>В журнале есть строки, но контрольная отметка не найдена (искали в: {detail})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="224"/>
        <source>The anchor file is damaged: {detail}</source>
        <translation>Файл контрольной отметки повреждён: {detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="225"/>
        <source>Handover sheet {id}: no longer matches its seal</source>
        <translation>Лист передачи смены {id}: больше не совпадает со своей печатью</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="226"/>
        <source>Inspection {id}: no longer matches its seal</source>
        <translation>Проверка {id}: больше не совпадает со своей печатью</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="227"/>
        <source>The database&apos;s own mark {id} was changed ({detail})</source>
        <translation>Служебная отметка базы данных {id} изменена ({detail})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="238"/>
        <source>row {first}</source>
        <translation>строка {first}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="240"/>
        <source>rows {first}–{last}</source>
        <translation>строки {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="246"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="247"/>
        <source>not DutyDesk&apos;s mark</source>
        <translation>не отметка DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="248"/>
        <source>not a schema version</source>
        <translation>не номер версии схемы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="249"/>
        <source>not a database id</source>
        <translation>не идентификатор базы данных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="250"/>
        <source>a backup&apos;s mark without the others</source>
        <translation>отметка резервной копии без остальных</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="251"/>
        <source>not a journal row number</source>
        <translation>не номер строки журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="252"/>
        <source>not a journal hash</source>
        <translation>не хеш журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="253"/>
        <source>not a mark DutyDesk writes</source>
        <translation>DutyDesk такую отметку не пишет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="272"/>
        <source>Sheet no. {number} is in the book as it was sealed, and the journal still holds its head: row {seq}, hash {hash}.</source>
        <translation>Лист № {number} есть в журнале в том виде, в каком был опечатан, и журнал изменений по-прежнему содержит его вершину: строка {seq}, хеш {hash}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="280"/>
        <source>The book does not match sheet no. {number}:</source>
        <translation>Журнал не совпадает с листом № {number}:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="282"/>
        <source>The book does not match this sheet:</source>
        <translation>Журнал не совпадает с этим листом:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="290"/>
        <source>no sealed sheet with this seal is in this book</source>
        <translation>в этом журнале нет опечатанного листа с такой печатью</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="291"/>
        <source>the sheet with this seal has another number</source>
        <translation>у листа с этой печатью другой номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="292"/>
        <source>the sheet was changed after it was sealed</source>
        <translation>лист изменён после опечатывания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="294"/>
        <source>a signature kept with the sheet is not the one it was sealed with</source>
        <translation>подпись, хранящаяся с листом, — не та, с которой он был опечатан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="296"/>
        <source>the journal is broken before the sheet&apos;s moment</source>
        <translation>журнал изменений нарушен до момента этого листа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="298"/>
        <source>the journal no longer reaches the sheet&apos;s moment: entries were removed</source>
        <translation>журнал изменений больше не доходит до момента этого листа: записи удалены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="300"/>
        <source>the journal at the sheet&apos;s moment differs from the sheet</source>
        <translation>журнал в момент этого листа не совпадает с листом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="301"/>
        <source>the journal row that sealed the sheet is gone</source>
        <translation>строка журнала, опечатавшая лист, исчезла</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="303"/>
        <source>the journal row that sealed the sheet differs from the sheet</source>
        <translation>строка журнала, опечатавшая лист, не совпадает с листом</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="65"/>
        <source>Issue key {code}</source>
        <translation>Выдача ключа {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="67"/>
        <source>{code} — {label}. Hook {hook}, {type}.</source>
        <translation>{code} — {label}. Крючок {hook}, {type}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="74"/>
        <source>{key} Restricted key.</source>
        <translation>{key} Ключ ограниченного доступа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="77"/>
        <source>{key} Restricted key: confirm with your PIN; it must be back within {hours} hours.</source>
        <translation>{key} Ключ ограниченного доступа: подтвердите выдачу PIN-кодом; вернуть ключ нужно в течение {hours} ч.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="90"/>
        <source>Choose who takes the key</source>
        <translation>Выберите, кто берёт ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="97"/>
        <source>Name of the person who takes the key</source>
        <translation>Имя человека, который берёт ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="108"/>
        <source>Taken by</source>
        <translation>Кто берёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="113"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="115"/>
        <source>Contractor&apos;s firm, if any</source>
        <translation>Фирма подрядчика, если есть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="116"/>
        <source>Identity checked</source>
        <translation>Документ проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="118"/>
        <source>Which document did you see?</source>
        <translation>Какой документ вы проверили?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="123"/>
        <source>Last four characters</source>
        <translation>Последние четыре символа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="136"/>
        <source>Cleaning</source>
        <translation>Уборка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="137"/>
        <source>Repair / maintenance</source>
        <translation>Ремонт / обслуживание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="138"/>
        <source>Room check</source>
        <translation>Проверка номера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="139"/>
        <source>Guest locked out</source>
        <translation>Гость не может попасть в номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="140"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="141"/>
        <source>Contractor&apos;s work</source>
        <translation>Работы подрядчика</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="145"/>
        <source>What is the key for? Type or choose</source>
        <translation>Для чего ключ? Введите или выберите</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="146"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="155"/>
        <source>+&amp;1 h</source>
        <translation>+&amp;1 ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="155"/>
        <source>In an hour (Alt+1)</source>
        <translation>Через час (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="156"/>
        <source>+&amp;2 h</source>
        <translation>+&amp;2 ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="156"/>
        <source>In two hours (Alt+2)</source>
        <translation>Через два часа (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="159"/>
        <source>&amp;End of shift ({time})</source>
        <translation>&amp;Конец смены ({time})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="162"/>
        <source>When this shift ends (Alt+E)</source>
        <translation>Когда закончится эта смена (Alt+К)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="166"/>
        <source>To&amp;morrow {time}</source>
        <translation>&amp;Завтра {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="167"/>
        <source>Tomorrow at 10:00 (Alt+M)</source>
        <translation>Завтра в 10:00 (Alt+З)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="173"/>
        <source>Back by</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="181"/>
        <source>A restricted key must come back within {hours} hours.</source>
        <translation>Ключ ограниченного доступа нужно вернуть в течение {hours} ч.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="191"/>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="193"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="205"/>
        <source>Issue key</source>
        <translation>Выдать ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="209"/>
        <source>Your role ({role}) may not issue restricted keys. Ask a supervisor or the manager to issue {code}.</source>
        <translation>Для вашей должности ({role}) выдача ключей ограниченного доступа недоступна. Попросите старшего администратора или менеджера выдать ключ {code}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="215"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="241"/>
        <source>Type a name, department or badge</source>
        <translation>Введите имя, отдел или номер пропуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="243"/>
        <source>The staff directory is empty: add people in Admin → Staff directory</source>
        <translation>Справочник сотрудников пуст: добавьте людей в меню «Администрирование → Справочник сотрудников»</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="110"/>
        <source>Found item {number}: {category}</source>
        <translation>Находка {number}: {category}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="144"/>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="195"/>
        <source>Valuables</source>
        <translation>Ценные вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="152"/>
        <source>Retention ended on {date}</source>
        <translation>Срок хранения истёк {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="154"/>
        <source>Due for disposal since {date}</source>
        <translation>Подлежит списанию с {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="157"/>
        <source>Keep until {date}</source>
        <translation>Хранить до {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="165"/>
        <source>Return to owner…</source>
        <translation>Вернуть владельцу…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="168"/>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="171"/>
        <source>Print tag…</source>
        <translation>Печать бирки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="173"/>
        <source>Propose disposal…</source>
        <translation>Предложить списание…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="191"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="196"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="196"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="198"/>
        <source>Found</source>
        <translation>Найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="199"/>
        <source>Found at</source>
        <translation>Место находки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="200"/>
        <source>Found by</source>
        <translation>Кто нашёл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="201"/>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="203"/>
        <source>Registered by</source>
        <translation>Кто зарегистрировал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="205"/>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="50"/>
        <source>{name} at {station}, {time}</source>
        <translation>{name} ({station}), {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="215"/>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="89"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="226"/>
        <source>Photos ({count})</source>
        <translation>Фото ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="234"/>
        <source>Photo {n} of {count}, added by {name} on {time}</source>
        <translation>Фото {n} из {count}; добавлено: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="245"/>
        <source>No photos.</source>
        <translation>Фото нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="260"/>
        <source>Returned to its owner</source>
        <translation>Возвращена владельцу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="264"/>
        <source>The item was returned to {name}. Print the return slip for them to keep, or save it as a PDF.</source>
        <translation>Вещь выдана получателю: {name}. Распечатайте для него расписку или сохраните её в PDF.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="36"/>
        <source>Claimant</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="41"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="44"/>
        <source>Identity checked</source>
        <translation>Документ проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="48"/>
        <source>Returned by</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="78"/>
        <source>The claimant&apos;s signature</source>
        <translation>Подпись получателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="278"/>
        <source>Print return slip…</source>
        <translation>Печать расписки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="280"/>
        <source>Save return slip as PDF…</source>
        <translation>Сохранить расписку в PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="293"/>
        <source>Guests&apos; reports linked to this item</source>
        <translation>Заявления гостей, связанные с этой находкой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="85"/>
        <source>Report</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="86"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="87"/>
        <source>Lost</source>
        <translation>Когда потеряно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="88"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="301"/>
        <source>Open reports that may be this item ({count})</source>
        <translation>Открытые заявления, к которым может относиться эта находка ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="309"/>
        <source>No open report of a lost item matches this one.</source>
        <translation>Ни одно открытое заявление о потере не подходит к этой находке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="317"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="319"/>
        <source>This is probably what {guest} lost: link it, then tell the guest.</source>
        <translation>Вероятно, это вещь гостя {guest}: свяжите её с заявлением и сообщите гостю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="328"/>
        <source>Lost {time}, {place}</source>
        <translation>Потеряно {time}, {place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="330"/>
        <source>Lost {time}</source>
        <translation>Потеряно {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="357"/>
        <source>Disposal</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="23"/>
        <source>{name} proposed on {time}: {method}. {note}</source>
        <translation>Предложено ({name}, {time}): {method}. {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="55"/>
        <source>Approve…</source>
        <translation>Согласовать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="58"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="113"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="114"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="115"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="116"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="117"/>
        <source>Decision note</source>
        <translation>Примечание к решению</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="126"/>
        <source>{name}, {time}</source>
        <translation>{name}, {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="148"/>
        <source>You proposed this disposal: another supervisor or a manager must approve it.</source>
        <translation>Списание предложили вы: согласовать его должен другой старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="152"/>
        <source>You proposed this disposal: a supervisor or a manager must approve it.</source>
        <translation>Списание предложили вы: согласовать его должен старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="156"/>
        <source>A supervisor or a manager approves or rejects this disposal.</source>
        <translation>Согласовать или отклонить списание может старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="171"/>
        <source>Open reports of a lost item that may be this one: {count}. A guest may still come for it: look at the reports before approving its disposal.</source>
        <translation>Открытые заявления о потере, возможно относящиеся к этой находке: {count}. Гость ещё может за ней прийти: прежде чем согласовать списание, просмотрите заявления.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="404"/>
        <source>Add a photo of {number}</source>
        <translation>Добавить фото находки {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="406"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="416"/>
        <source>The file {path} cannot be read: {error}</source>
        <translation>Не удалось прочитать файл {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="434"/>
        <source>{number}: photo {n} of {count}</source>
        <translation>{number}: фото {n} из {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="468"/>
        <source>Return slip {number}</source>
        <translation>Расписка {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="475"/>
        <source>{number} return slip</source>
        <translation>Расписка {number}</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="98"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="99"/>
        <source>Found</source>
        <translation>Найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="100"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="101"/>
        <source>Valuables</source>
        <translation>Ценности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="102"/>
        <source>Found where</source>
        <translation>Где найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="103"/>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="104"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="105"/>
        <source>Disposal</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="106"/>
        <source>Proposed by</source>
        <translation>Кто предложил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="107"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="108"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="144"/>
        <source>Due since {date}</source>
        <translation>Срок истёк {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="148"/>
        <source>After {date}</source>
        <translation>После {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="187"/>
        <source>Money or valuables: kept longer, returned with extra care</source>
        <translation>Деньги или ценные вещи: хранятся дольше, выдаются с особой осторожностью</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="189"/>
        <source>Held past its retention: propose a disposal</source>
        <translation>Срок хранения истёк: предложите списание</translation>
    </message>
</context>
<context>
    <name>KeyBoard</name>
    <message>
        <location filename="../../desk_app/ui/keys/board.py" line="272"/>
        <source>Key board: one cell per hook</source>
        <translation>Щит с ключами: одна ячейка — один крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="40"/>
        <source>LATE</source>
        <comment>a key not back in time; short</comment>
        <translation>ПРОСР.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="42"/>
        <source>IN</source>
        <comment>a key on its hook; short</comment>
        <translation>ЕСТЬ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="43"/>
        <source>OUT</source>
        <comment>a key issued; short</comment>
        <translation>ВЫДАН</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="44"/>
        <source>OFF</source>
        <comment>a key lost or damaged; short</comment>
        <translation>СНЯТ</translation>
    </message>
</context>
<context>
    <name>KeyEditDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="103"/>
        <source>Change key {code}</source>
        <translation>Изменение ключа {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="103"/>
        <source>Add a key</source>
        <translation>Новый ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="105"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="107"/>
        <source>As engraved or on its tag, e.g. MK-01</source>
        <translation>Как выгравировано на ключе или на бирке, напр. MK-01</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="110"/>
        <source>The code is what is engraved and scanned: it stays.</source>
        <translation>Код выгравирован на ключе и сканируется: изменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="111"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="114"/>
        <source>What it opens, e.g. Master key, floors 1–5</source>
        <translation>Что открывает, напр. мастер-ключ, этажи 1–5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="115"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="136"/>
        <source>Row</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="138"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="145"/>
        <source>Hook</source>
        <translation>Крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="151"/>
        <source>Restricted: only allowed roles issue it, with a PIN</source>
        <translation>Ограниченный доступ: выдают только разрешённые должности, с PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="159"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="159"/>
        <source>Add key</source>
        <translation>Добавить ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="168"/>
        <source>= hook {hook}</source>
        <translation>= крючок {hook}</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="109"/>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="110"/>
        <source>Return</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="112"/>
        <source>Report lost/damaged…</source>
        <translation>Утерян/повреждён…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="114"/>
        <source>Put back…</source>
        <translation>Вернуть на щит…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="120"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="170"/>
        <source>Key {code}</source>
        <translation>Ключ {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="171"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="179"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="180"/>
        <source>Hook</source>
        <translation>Крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="183"/>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="184"/>
        <source>Yes: only allowed roles may issue it, with their PIN</source>
        <translation>Да: выдавать могут только разрешённые должности, с PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="187"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="187"/>
        <source>No: retired from the register</source>
        <translation>Нет: выведен из учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="189"/>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="194"/>
        <source>{department}, badge {badge}</source>
        <translation>{department}, пропуск {badge}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="197"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="199"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="202"/>
        <source>Identity checked</source>
        <translation>Документ проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="172"/>
        <location filename="../../desk_app/ui/keys/page.py" line="203"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="205"/>
        <source>Issued by</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="206"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="210"/>
        <source>Out since</source>
        <translation>Когда выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="211"/>
        <source>Expected back</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="214"/>
        <source>{time} — overdue</source>
        <translation>{time} — просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="225"/>
        <source>Only a supervisor or the manager can put a key back.</source>
        <translation>Вернуть ключ на щит может только старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="232"/>
        <source>Your role ({role}) may not issue restricted keys.</source>
        <translation>Для вашей должности ({role}) выдача ключей ограниченного доступа недоступна.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="308"/>
        <source>Back on hook {hook}; {holder} returned it.</source>
        <translation>Ключ снова на крючке {hook}; его вернул(а) {holder}.</translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="223"/>
        <source>Key register</source>
        <translation>Реестр ключей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="227"/>
        <source>Keys and other countable assets, by hook. A key is saved as soon as you add or change it; a key no longer used is retired, never deleted (its history stays). The rules for restricted keys are saved with Save.</source>
        <translation>Ключи и другие подотчётные предметы, по крючкам. Ключ сохраняется сразу, как только вы его добавили или изменили; ненужный ключ выводят из учёта, но никогда не удаляют (его история сохраняется). Правила для ключей ограниченного доступа сохраняются кнопкой «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="236"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="237"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="238"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="239"/>
        <source>Hook</source>
        <translation>Крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="240"/>
        <source>Restricted</source>
        <translation>Огр. доступ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="241"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="257"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="259"/>
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="261"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="263"/>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="374"/>
        <source>Retire</source>
        <translation>Вывести из учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="282"/>
        <source>Restricted keys (master keys)</source>
        <translation>Ключи ограниченного доступа (мастер-ключи)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="295"/>
        <source>Managers may always issue restricted keys.</source>
        <translation>Менеджер может выдавать ключи ограниченного доступа всегда.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="299"/>
        <source>May issue them</source>
        <translation>Кто может выдавать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="304"/>
        <source> h</source>
        <comment>hours, after a number</comment>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="306"/>
        <source>Must be back within</source>
        <translation>Вернуть в течение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="314"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="315"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="317"/>
        <source>Only a manager can change the key register.</source>
        <translation>Реестр ключей может менять только менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="337"/>
        <source>Retired</source>
        <comment>a key no longer in use</comment>
        <translation>Выведен из учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="344"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="374"/>
        <source>Bring back</source>
        <translation>Вернуть в учёт</translation>
    </message>
</context>
<context>
    <name>KeysLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="24"/>
        <source>Restricted key {code} ({label}) issued to {holder} for: {purpose}. Back by {back}.</source>
        <translation>Ключ ограниченного доступа {code} ({label}) выдан: {holder}. Цель: {purpose}. Вернуть до {back}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="28"/>
        <source>Restricted key {code} ({label}) returned by {holder}.</source>
        <translation>Ключ ограниченного доступа {code} ({label}) возвращён; его вернул(а) {holder}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="29"/>
        <source>Key {code} ({label}) reported lost: {reason}</source>
        <translation>Ключ {code} ({label}) утерян: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="30"/>
        <source>Key {code} ({label}) reported damaged: {reason}</source>
        <translation>Ключ {code} ({label}) повреждён: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="31"/>
        <source>Key {code} ({label}) is back on the board: {reason}</source>
        <translation>Ключ {code} ({label}) снова на щите: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="32"/>
        <source>Key board counted: {missing} missing, {unexpected} on the board though out, {unknown} unknown.</source>
        <translation>Пересчёт ключей на щите. Нет на месте: {missing}. На щите, хотя выданы: {unexpected}. Неизвестные: {unknown}.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="53"/>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="57"/>
        <source>{name} ({company})</source>
        <translation>{name} ({company})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="66"/>
        <source>{document} ···{tail}</source>
        <translation>{document} ···{tail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="83"/>
        <source>Scan or type, then Enter</source>
        <translation>Скан или код, затем Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="86"/>
        <source>Enter on a key on the board issues it; Enter on a key that is out takes it back (Ctrl+Shift+K comes back here)</source>
        <translation>Enter: ключ на щите — выдать, выданный ключ — принять (Ctrl+Shift+K — вернуться сюда)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="97"/>
        <source>&amp;Key code</source>
        <translation>Ко&amp;д ключа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="120"/>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="120"/>
        <source>Issue the selected key (or scan its code)</source>
        <translation>Выдать выбранный ключ (или отсканируйте его код)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="124"/>
        <source>Return</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="124"/>
        <source>Take the selected key back onto its hook</source>
        <translation>Принять выбранный ключ обратно на крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="128"/>
        <source>Report lost/damaged…</source>
        <translation>Утерян/повреждён…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="130"/>
        <source>The selected key is lost or damaged: off the board, with the reason</source>
        <translation>Выбранный ключ утерян или повреждён: снять со щита с указанием причины</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="134"/>
        <source>Put back…</source>
        <translation>Вернуть на щит…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="136"/>
        <source>A lost key found or a damaged one repaired: back on its hook</source>
        <translation>Утерянный ключ нашёлся или повреждённый отремонтирован: вернуть на крючок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="141"/>
        <source>Count the board…</source>
        <translation>Пересчёт ключей…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="143"/>
        <source>Tick every key on the board; what is missing is recorded (Ctrl+Shift+B)</source>
        <translation>Отметить каждый ключ на щите; недостающие будут записаны (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="147"/>
        <source>Key register…</source>
        <translation>Реестр ключей…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="149"/>
        <source>Add, change and retire keys; who may issue restricted keys</source>
        <translation>Добавление, изменение и вывод ключей из учёта; кто может выдавать ключи ограниченного доступа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="168"/>
        <source>Board</source>
        <translation>Щит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="169"/>
        <location filename="../../desk_app/ui/keys/dock.py" line="270"/>
        <source>Out now</source>
        <translation>На руках</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="170"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="198"/>
        <source>No keys are registered yet. A manager adds them in the key register.</source>
        <translation>Ключей пока нет. Их добавляет менеджер в реестре ключей.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="45"/>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="52"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="54"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="261"/>
        <source>{out} out, {overdue} overdue</source>
        <translation>Выдано: {out}, просрочено: {overdue}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="268"/>
        <source>Out now ({count})</source>
        <translation>На руках ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="103"/>
        <source>All keys</source>
        <translation>Все ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="106"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="19"/>
        <source>The board has not been counted yet.</source>
        <translation>Пересчёта ключей ещё не было.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="21"/>
        <source>Last count: {time} by {name}, all {present} keys present.</source>
        <translation>Последний пересчёт: {time}, {name}; все ключи на месте ({present}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="24"/>
        <source>Last count: {time} by {name}: missing {missing}; on the board though out {unexpected}; unknown {unknown}.</source>
        <translation>Последний пересчёт: {time}, {name}. Нет на месте: {missing}; на щите, хотя выданы: {unexpected}; неизвестные: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="395"/>
        <source>No key has the code {code}.</source>
        <translation>Ключа с кодом {code} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="400"/>
        <source>Key {code} is retired: it is no longer on the board.</source>
        <translation>Ключ {code} выведен из учёта: его больше нет на щите.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="409"/>
        <source>Key {code} is off the board (reported lost or damaged); a supervisor can put it back from its page.</source>
        <translation>Ключ {code} снят со щита (утерян или повреждён); вернуть его на щит может старший администратор на странице ключа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="420"/>
        <source>Key {code} is restricted: your role ({role}) may not issue it. Ask a supervisor.</source>
        <translation>Ключ {code} — ограниченного доступа: для вашей должности ({role}) его выдача недоступна. Обратитесь к старшему администратору.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="440"/>
        <source>{code} ({label}) is back on hook {hook}; {holder} returned it.</source>
        <translation>{code} ({label}) снова на крючке {hook}; его вернул(а) {holder}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="40"/>
        <source>{code} ({label}) issued to {holder}, back by {time}.</source>
        <translation>Выдан ключ {code} ({label}): {holder}, вернуть до {time}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="49"/>
        <source>{code} ({label}) is off the board; the duty log has it.</source>
        <translation>{code} ({label}) снят со щита; запись внесена в журнал дежурств.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="52"/>
        <source>{code} ({label}) is back on hook {hook}.</source>
        <translation>{code} ({label}) снова на крючке {hook}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="463"/>
        <source>Select a key on the board, or scan or type its code.</source>
        <translation>Выберите ключ на щите или отсканируйте либо введите его код.</translation>
    </message>
</context>
<context>
    <name>LabelPrinterDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="65"/>
        <source>Label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="70"/>
        <source>The printer this station prints found items&apos; tags on, and its labels. Kept on this computer: each station chooses its own.</source>
        <translation>Принтер, на котором это рабочее место печатает бирки находок, и его этикетки. Хранится на этом компьютере: каждое рабочее место выбирает своё.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="77"/>
        <source>Choose in the print dialog each time</source>
        <translation>Выбирать в окне печати каждый раз</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="88"/>
        <source>Label printer, 62 × 29 mm</source>
        <translation>Принтер этикеток, 62 × 29 мм</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="89"/>
        <source>Label printer, 50 × 30 mm</source>
        <translation>Принтер этикеток, 50 × 30 мм</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="90"/>
        <source>A4 sheet of stickers, 3 × 8 (70 × 37 mm)</source>
        <translation>Лист наклеек A4, 3 × 8 (70 × 37 мм)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="99"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="100"/>
        <source>Labels:</source>
        <translation>Этикетки:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="13"/>
        <source>Inquiry</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="14"/>
        <source>Request / help</source>
        <translation>Просьба / помощь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="15"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="16"/>
        <source>Incident / emergency</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="17"/>
        <source>Repair</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="18"/>
        <source>Security</source>
        <translation>Охрана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="19"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="20"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="68"/>
        <location filename="../../desk_app/ui/common/labels.py" line="18"/>
        <source>Clerk</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="69"/>
        <location filename="../../desk_app/ui/common/labels.py" line="19"/>
        <source>Supervisor</source>
        <translation>Старший администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="70"/>
        <location filename="../../desk_app/ui/common/labels.py" line="20"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="27"/>
        <source>Open</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="28"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="52"/>
        <location filename="../../desk_app/ui/log/labels.py" line="29"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="12"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="13"/>
        <source>Walk-in</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="14"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="15"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="16"/>
        <source>Other</source>
        <comment>complaint channel</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="22"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="23"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="24"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="30"/>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="31"/>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="32"/>
        <source>Maintenance</source>
        <translation>Неисправность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="33"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="34"/>
        <source>Billing</source>
        <translation>Счёт и оплата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="35"/>
        <source>Food and drink</source>
        <translation>Еда и напитки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="36"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="37"/>
        <source>Other</source>
        <comment>complaint category</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="45"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="46"/>
        <source>Acknowledged</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="47"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="48"/>
        <source>Escalated</source>
        <translation>Передано старшему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="49"/>
        <source>Replied</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="50"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="51"/>
        <source>Follow-up call made</source>
        <translation>Звонок сделан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="59"/>
        <source>Taken in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="60"/>
        <source>Acknowledge</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="61"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="62"/>
        <source>Escalate</source>
        <translation>Передать старшему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="63"/>
        <source>Reply to the guest</source>
        <translation>Ответить гостю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="64"/>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="65"/>
        <source>Follow-up call</source>
        <translation>Контрольный звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="66"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="67"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="27"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="28"/>
        <source>Electronics</source>
        <translation>Электроника</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="29"/>
        <source>Money and valuables</source>
        <translation>Деньги и ценности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="30"/>
        <source>Clothing</source>
        <translation>Одежда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="31"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="32"/>
        <source>Other</source>
        <comment>lost-and-found category</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="62"/>
        <source>Held</source>
        <translation>На хранении</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="63"/>
        <source>Disposal proposed</source>
        <translation>Предложено списание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="64"/>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="65"/>
        <source>Disposed of</source>
        <translation>Списана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="71"/>
        <source>Open</source>
        <comment>lost-item report</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="72"/>
        <source>Possible match</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="73"/>
        <source>Closed</source>
        <comment>lost-item report</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="79"/>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="80"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="58"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="86"/>
        <source>Returned to owner</source>
        <translation>Возвращено владельцу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="59"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="87"/>
        <source>Donated</source>
        <translation>Передано в благотворительность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="60"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="88"/>
        <source>Destroyed</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="61"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="89"/>
        <source>Handed to police</source>
        <translation>Передано в полицию</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="95"/>
        <source>Waiting for approval</source>
        <translation>Ожидает согласования</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="97"/>
        <source>Approved</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="98"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="99"/>
        <source>Withdrawn: the owner took the item</source>
        <translation>Отозвано: владелец забрал вещь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="16"/>
        <source>Master key</source>
        <translation>Мастер-ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="17"/>
        <source>Floor key</source>
        <translation>Ключ от этажа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="18"/>
        <source>Room key</source>
        <translation>Ключ от номера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="19"/>
        <source>Service key</source>
        <translation>Служебный ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="20"/>
        <source>Radio</source>
        <translation>Рация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="21"/>
        <source>Vehicle key</source>
        <translation>Ключ от автомобиля</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="22"/>
        <source>Other</source>
        <comment>key or asset type</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="29"/>
        <source>Overdue</source>
        <comment>a key not back in time</comment>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="31"/>
        <source>On the board</source>
        <translation>На щите</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="32"/>
        <source>Out</source>
        <comment>a key issued to someone</comment>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="33"/>
        <source>Off the board (lost or damaged)</source>
        <translation>Снят со щита (утерян или повреждён)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="50"/>
        <source>Issued</source>
        <comment>key movement</comment>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="51"/>
        <source>Returned</source>
        <comment>key movement</comment>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="52"/>
        <source>Reported lost</source>
        <comment>key movement</comment>
        <translation>Утерян</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="53"/>
        <source>Reported damaged</source>
        <comment>key movement</comment>
        <translation>Повреждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="54"/>
        <source>Back on the board</source>
        <comment>key movement</comment>
        <translation>Снова на щите</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="55"/>
        <source>Retired</source>
        <comment>key movement</comment>
        <translation>Выведен из учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="56"/>
        <source>Brought back</source>
        <comment>key movement</comment>
        <translation>Возвращён в учёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="62"/>
        <source>Desk account</source>
        <comment>a member of staff who signs in to the desk, taking a key</comment>
        <translation>Учётная запись стойки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="65"/>
        <source>Staff directory</source>
        <comment>housekeeping, engineering, security... taking a key</comment>
        <translation>Справочник сотрудников</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="68"/>
        <source>Someone from outside</source>
        <comment>contractor, guest or visitor taking a key</comment>
        <translation>Сторонний человек</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="62"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="76"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="107"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="63"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="77"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="108"/>
        <source>National identity card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="64"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="78"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="109"/>
        <source>Driving licence</source>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="79"/>
        <source>Company ID card</source>
        <translation>Удостоверение компании</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="65"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="110"/>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="66"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="111"/>
        <source>Staff card</source>
        <translation>Служебное удостоверение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="67"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="80"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="112"/>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="60"/>
        <location filename="../../desk_app/ui/roster/labels.py" line="67"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="35"/>
        <source>{month} {year}</source>
        <comment>a roster&apos;s month</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="18"/>
        <source>Draft</source>
        <comment>a month&apos;s roster</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="19"/>
        <source>Submitted to the manager</source>
        <comment>a month&apos;s roster</comment>
        <translation>На утверждении у менеджера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="22"/>
        <source>Approved</source>
        <comment>a month&apos;s roster, published and locked</comment>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="30"/>
        <source>Drafted</source>
        <comment>a roster&apos;s month</comment>
        <translation>Составлен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="31"/>
        <source>Submitted</source>
        <comment>a roster</comment>
        <translation>Отправлен на утверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="32"/>
        <source>Sent back</source>
        <comment>a roster</comment>
        <translation>Возвращён на доработку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="33"/>
        <source>Approved</source>
        <comment>a roster</comment>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="42"/>
        <source>Leave approved</source>
        <comment>a roster&apos;s change</comment>
        <translation>Отпуск утверждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="43"/>
        <source>Swap approved</source>
        <comment>a roster&apos;s change</comment>
        <translation>Обмен сменами утверждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="50"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="51"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="52"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="53"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="54"/>
        <source>May</source>
        <comment>the month</comment>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="55"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="56"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="57"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="58"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="59"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="60"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="61"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="75"/>
        <source>M</source>
        <comment>Monday, in one letter</comment>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="76"/>
        <source>T</source>
        <comment>Tuesday, in one letter</comment>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="77"/>
        <source>W</source>
        <comment>Wednesday, in one letter</comment>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="78"/>
        <source>T</source>
        <comment>Thursday, in one letter</comment>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="79"/>
        <source>F</source>
        <comment>Friday, in one letter</comment>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="80"/>
        <source>S</source>
        <comment>Saturday, in one letter</comment>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="81"/>
        <source>S</source>
        <comment>Sunday, in one letter</comment>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="89"/>
        <source>O</source>
        <comment>a day off, one letter in the roster</comment>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="91"/>
        <source>L</source>
        <comment>leave, one letter in the roster</comment>
        <translation>ОТ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="100"/>
        <source>Off</source>
        <comment>a day off in the roster</comment>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="102"/>
        <source>Leave</source>
        <comment>approved leave in the roster</comment>
        <translation>Отпуск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="144"/>
        <source>Gap</source>
        <comment>a roster&apos;s warning</comment>
        <translation>Нехватка людей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="145"/>
        <source>Double shift</source>
        <comment>a roster&apos;s warning</comment>
        <translation>Две смены сразу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="146"/>
        <source>Short rest</source>
        <comment>a roster&apos;s warning</comment>
        <translation>Мало отдыха</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="147"/>
        <source>On leave</source>
        <comment>a roster&apos;s warning</comment>
        <translation>В отпуске</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="148"/>
        <source>Too many hours</source>
        <comment>a roster&apos;s warning</comment>
        <translation>Переработка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="47"/>
        <source>Leave</source>
        <comment>a roster request</comment>
        <translation>Отпуск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="48"/>
        <source>Swap</source>
        <comment>a roster request</comment>
        <translation>Обмен сменами</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="54"/>
        <source>Waiting</source>
        <comment>a roster request</comment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="55"/>
        <source>Approved</source>
        <comment>a roster request</comment>
        <translation>Утверждена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="56"/>
        <source>Rejected</source>
        <comment>a roster request</comment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="57"/>
        <source>Withdrawn</source>
        <comment>a roster request</comment>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="69"/>
        <source>{mine} ⇄ {theirs}</source>
        <comment>a swap&apos;s days</comment>
        <translation>{mine} ⇄ {theirs}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="72"/>
        <source>{first} – {last}</source>
        <comment>days of leave</comment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="106"/>
        <source>Ask for leave</source>
        <translation>Заявка на отпуск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="109"/>
        <source>A supervisor approves the leave and names who covers your shifts. Until then the roster does not change.</source>
        <translation>Старший администратор утверждает отпуск и назначает, кто заменит вас на ваших сменах. До этого график не меняется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="117"/>
        <source>Myself ({name})</source>
        <translation>Себе ({name})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="122"/>
        <source>&amp;For</source>
        <translation>&amp;Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="129"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="130"/>
        <source>&amp;To (included)</source>
        <translation>&amp;По (включительно)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="132"/>
        <source>&amp;Reason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="133"/>
        <source>&amp;Ask</source>
        <translation>&amp;Отправить</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="171"/>
        <source>Licence: {part}</source>
        <translation>Лицензия: {part}</translation>
    </message>
</context>
<context>
    <name>LocalNameTable</name>
    <message>
        <location filename="../../desk_app/ui/common/local_name_table.py" line="31"/>
        <source>The name a reader of {language} sees; empty: the name given</source>
        <translation>Название для пользователей с языком «{language}»; если пусто — исходное название</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="72"/>
        <source>DutyDesk is locked</source>
        <translation>DutyDesk заблокирован</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="77"/>
        <source>Signed in: {name}. Enter your PIN to continue.</source>
        <translation>Вход выполнен: {name}. Чтобы продолжить, введите PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="87"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="90"/>
        <source>Sign in as someone else…</source>
        <translation>Войти под другим сотрудником…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="47"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="52"/>
        <source>Open follow-ups only</source>
        <translation>Только на контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="57"/>
        <source>Search text, room, party (Ctrl+F)</source>
        <translation>Поиск по тексту, номеру, лицу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="50"/>
        <source>Anyone</source>
        <translation>Все сотрудники</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="35"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="36"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="37"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="38"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="39"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="40"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="41"/>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="85"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}: {owner}, срок {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="97"/>
        <source>[amended by #{num}] {text}</source>
        <translation>[исправлена записью № {num}] {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="99"/>
        <source>[amends #{num}] {text}</source>
        <translation>[исправляет № {num}] {text}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="129"/>
        <source>Sign in — {station}</source>
        <translation>Вход — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="130"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="137"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="138"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>LostFoundLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="8"/>
        <source>Found item {number} registered: {description}. Stored at: {storage}.</source>
        <translation>Зарегистрирована находка {number}: {description}. Место хранения: {storage}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="11"/>
        <source>Photo added to found item {number}.</source>
        <translation>К находке {number} добавлено фото.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="12"/>
        <source>Guest {guest} reports a lost item: {description}.</source>
        <translation>Гость {guest} сообщает о потере: {description}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="13"/>
        <source>Found item {number} may be what {guest} lost; the guest is to be told.</source>
        <translation>Находка {number}, возможно, — вещь гостя {guest}; гостю нужно сообщить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="16"/>
        <source>Found item {number} is not what {guest} lost.</source>
        <translation>Находка {number} — не вещь гостя {guest}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="17"/>
        <source>Report of {guest}&apos;s lost item closed: {note}</source>
        <translation>Заявление гостя {guest} о потере закрыто: {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="18"/>
        <source>Found item {number} returned to {claimant} ({document} ···{tail}).</source>
        <translation>Находка {number} выдана получателю: {claimant} ({document} ···{tail}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="21"/>
        <source>Disposal of found item {number} proposed: {method}. {note}</source>
        <translation>Предложено списание находки {number}: {method}. {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="22"/>
        <source>Disposal of found item {number} approved: {method}. {note}</source>
        <translation>Списание находки {number} согласовано: {method}. {note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="23"/>
        <source>Disposal of found item {number} rejected. {note}</source>
        <translation>Списание находки {number} отклонено. {note}</translation>
    </message>
</context>
<context>
    <name>LostFoundPage</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="45"/>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="48"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="63"/>
        <source>same category</source>
        <comment>why a found item may be the one lost</comment>
        <translation>та же категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="69"/>
        <source>in time</source>
        <comment>found while the guest says it was lost</comment>
        <translation>время совпадает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="75"/>
        <source>time {percent}%</source>
        <translation>время {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="81"/>
        <source>place {percent}%</source>
        <translation>место {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="87"/>
        <source>words {percent}%</source>
        <translation>слова {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="92"/>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="94"/>
        <source>little in common</source>
        <translation>мало общего</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="100"/>
        <source>Category: {category}%. Time: {time}%. Place: {place}%. Description: {text}%.</source>
        <translation>Категория: {category}%. Время: {time}%. Место: {place}%. Описание: {text}%.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="297"/>
        <source>{contact}, room {room}</source>
        <translation>{contact}, номер {room}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="301"/>
        <source>Room {room}</source>
        <translation>Номер {room}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="48"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="306"/>
        <source>{document} ···{tail}</source>
        <translation>{document} ···{tail}</translation>
    </message>
</context>
<context>
    <name>LostFoundPanel</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="89"/>
        <source>Found items</source>
        <translation>Находки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="90"/>
        <source>Lost reports</source>
        <translation>Заявления о потере</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="98"/>
        <source>Register found item…</source>
        <translation>Зарегистрировать находку…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="100"/>
        <source>Register an item found on the premises</source>
        <translation>Зарегистрировать вещь, найденную на территории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="106"/>
        <source>Search description, place, finder — or scan a tag (LF-2026-00042)</source>
        <translation>Поиск: описание, место, кто нашёл — или отсканируйте бирку (LF-2026-00042)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="110"/>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="210"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="120"/>
        <source>Valuables only</source>
        <translation>Только ценные вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="122"/>
        <source>Due for disposal</source>
        <translation>К списанию</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="124"/>
        <source>Held past the retention period, no disposal proposed</source>
        <translation>Срок хранения истёк, списание не предложено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="125"/>
        <source>Awaiting approval</source>
        <translation>Ждут согласования</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="127"/>
        <source>Disposals a supervisor has still to approve</source>
        <translation>Списания, которые ещё должен согласовать старший администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="200"/>
        <source>Guest reports a loss…</source>
        <translation>Заявление о потере…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="202"/>
        <source>Record what a guest has lost</source>
        <translation>Записать, что потерял гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="207"/>
        <source>Search guest, room, contact, description</source>
        <translation>Поиск: гость, номер, контакт, описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="212"/>
        <source>Not closed</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="274"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="279"/>
        <source>{category} (retired)</source>
        <translation>{category} (не используется)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="370"/>
        <source>No found item has the number {number}.</source>
        <translation>Находки с номером {number} нет.</translation>
    </message>
</context>
<context>
    <name>LostFoundPdf</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="117"/>
        <source>Found {time}</source>
        <translation>Найдено {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="118"/>
        <source>Stored: {place}</source>
        <translation>Хранение: {place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="119"/>
        <source>VALUABLES</source>
        <translation>ЦЕННОСТИ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="120"/>
        <source>Lost property return slip</source>
        <translation>Расписка в получении забытой вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="121"/>
        <source>Item</source>
        <translation>Вещь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="122"/>
        <source>Claimant</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="123"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="124"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="125"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="126"/>
        <source>Valuables</source>
        <translation>Ценные вещи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="127"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="128"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="129"/>
        <source>Time found</source>
        <translation>Когда найдено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="130"/>
        <source>Place found</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="131"/>
        <source>Found by</source>
        <translation>Кто нашёл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="132"/>
        <source>Storage place</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="133"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="134"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="135"/>
        <source>Identity checked</source>
        <translation>Документ проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="136"/>
        <source>Returned by</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="137"/>
        <source>Time returned</source>
        <translation>Когда выдано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="138"/>
        <source>I confirm I have received the item described above.</source>
        <translation>Подтверждаю, что получил(а) вещь, описанную выше.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="141"/>
        <source>Claimant&apos;s signature</source>
        <translation>Подпись получателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="142"/>
        <source>Handed over by</source>
        <translation>Выдал сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="143"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="144"/>
        <source>Reference</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="145"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>LostFoundSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="72"/>
        <source>Lost and found settings</source>
        <translation>Настройки бюро находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="75"/>
        <source>How long found items are kept before a disposal may be proposed. A built-in category shows in each reader&apos;s language unless you give it a name of your own; a category no longer used is taken out of use, never deleted.</source>
        <translation>Сколько хранятся находки, прежде чем можно предложить их списание. Встроенная категория показывается на языке каждого пользователя, если вы не дали ей собственное название; ненужную категорию выводят из использования, но никогда не удаляют.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="88"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="90"/>
        <source>Kept (days)</source>
        <translation>Хранение (дн.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="91"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="96"/>
        <source>The name a reader of {language} sees; empty: the name given</source>
        <translation>Название для пользователей с языком «{language}»; если пусто — исходное название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="123"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="127"/>
        <source>Add category…</source>
        <translation>Добавить категорию…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="131"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="134"/>
        <source>Rename the selected category (F2)</source>
        <translation>Переименовать выбранную категорию (F2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="147"/>
        <source>Money and valuables kept at least (days)</source>
        <translation>Деньги и ценности хранятся не менее (дн.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="159"/>
        <source>Only a manager can change the lost-and-found settings.</source>
        <translation>Настройки бюро находок может менять только менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="162"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="176"/>
        <source>Built-in: shown in each reader&apos;s language unless you rename it</source>
        <translation>Встроенная: показывается на языке пользователя, пока вы её не переименуете</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="218"/>
        <source>Add category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="218"/>
        <source>Name of the new category:</source>
        <translation>Название новой категории:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="235"/>
        <source>Rename category</source>
        <translation>Переименование категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="235"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
</context>
<context>
    <name>LostReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="361"/>
        <source>Guest reports a loss</source>
        <translation>Заявление гостя о потере</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="364"/>
        <source>Guest name</source>
        <translation>Имя гостя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="366"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="368"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="370"/>
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, эл. почта или мессенджер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="373"/>
        <source>Lost from</source>
        <translation>Потеряно с</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="377"/>
        <source>Lost until</source>
        <translation>Потеряно до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="379"/>
        <source>Lost where</source>
        <translation>Где потеряно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="381"/>
        <source>Room, lobby, taxi… if the guest knows</source>
        <translation>Номер, холл, такси… если гость знает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="384"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="387"/>
        <source>What was lost? Colour, brand, contents, marks. Ctrl+Enter saves.</source>
        <translation>Что потеряно? Цвет, марка, содержимое, приметы. Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="391"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="393"/>
        <source>Save report</source>
        <translation>Сохранить заявление</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="96"/>
        <source>DutyDesk — {station}</source>
        <translation>DutyDesk — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="35"/>
        <source>Duty log</source>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="42"/>
        <location filename="../../desk_app/ui/shell/main_window.py" line="291"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="36"/>
        <source>Lost and found</source>
        <translation>Бюро находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="38"/>
        <location filename="../../desk_app/ui/shell/main_window.py" line="296"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="39"/>
        <source>Handover history</source>
        <translation>История передач смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="128"/>
        <source>Open items</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="109"/>
        <source>Station: {station}</source>
        <translation>Рабочее место: {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="113"/>
        <source>This counter: {station}. Every record written here carries its name.</source>
        <translation>Эта стойка: {station}. Каждая запись, сделанная здесь, несёт её название.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="119"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="123"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="195"/>
        <source>Complaints: {count}</source>
        <comment>status bar, short: overdue complaints</comment>
        <translation>Жалобы: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="198"/>
        <source>Complaints whose promised reply time has passed: {count}</source>
        <translation>Жалобы, по которым прошло обещанное время ответа: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="205"/>
        <source>Keys: {count}</source>
        <comment>status bar, short: overdue keys</comment>
        <translation>Ключи: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="208"/>
        <source>Keys out past their return time: {count}</source>
        <translation>Ключи, не возвращённые в срок: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="217"/>
        <source>Found: {due} due, {pending} to approve</source>
        <comment>status bar, short</comment>
        <translation>Находки: списать {due}, согл. {pending}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="220"/>
        <source>Found items past their keeping time: {due}; disposals awaiting a supervisor&apos;s approval: {pending}</source>
        <translation>Находки с истёкшим сроком хранения: {due}; списания, ожидающие согласования старшего администратора: {pending}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="59"/>
        <source>&amp;Desk</source>
        <translation>С&amp;тойка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="62"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="71"/>
        <source>Sign in as someone &amp;else…</source>
        <translation>Войти под другим &amp;сотрудником…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="79"/>
        <source>Open &amp;archive…</source>
        <translation>Открыть &amp;архив…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="47"/>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="50"/>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="59"/>
        <source>&amp;Open selected entry</source>
        <translation>&amp;Открыть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="67"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="54"/>
        <source>&amp;New entry	Ctrl+L</source>
        <translation>&amp;Новая запись	Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="91"/>
        <source>&amp;Complaints</source>
        <translation>Жа&amp;лобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="94"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Новая жалоба…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="103"/>
        <source>&amp;Open selected complaint</source>
        <translation>&amp;Открыть выбранную жалобу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="111"/>
        <source>&amp;Search complaints</source>
        <translation>&amp;Поиск жалоб</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="118"/>
        <source>Complaint &amp;analysis…</source>
        <translation>&amp;Анализ жалоб…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="91"/>
        <source>Lost and &amp;found</source>
        <translation>&amp;Бюро находок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="94"/>
        <source>&amp;Register found item…</source>
        <translation>&amp;Зарегистрировать находку…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="103"/>
        <source>&amp;Guest reports a loss…</source>
        <translation>Заявление о &amp;потере…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="112"/>
        <source>&amp;Open selected found item</source>
        <translation>&amp;Открыть выбранную находку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="120"/>
        <source>&amp;Find a found item or scan its tag</source>
        <translation>&amp;Найти находку или отсканировать бирку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="130"/>
        <source>&amp;Search lost reports</source>
        <translation>По&amp;иск заявлений о потере</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="46"/>
        <source>Lost and found se&amp;ttings…</source>
        <translation>На&amp;стройки бюро находок…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="94"/>
        <source>&amp;Keys</source>
        <translation>&amp;Ключи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="98"/>
        <source>&amp;Issue or return a key (scan or type its code)</source>
        <translation>&amp;Выдать или принять ключ (отсканируйте или введите код)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="109"/>
        <source>&amp;Open selected key</source>
        <translation>&amp;Открыть выбранный ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="117"/>
        <source>Keys &amp;out now</source>
        <translation>&amp;Ключи на руках</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="125"/>
        <source>&amp;Count the board…</source>
        <translation>&amp;Пересчёт ключей на щите…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="46"/>
        <source>Key &amp;register…</source>
        <translation>&amp;Реестр ключей…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="72"/>
        <source>Hand&amp;over</source>
        <translation>&amp;Передача смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="75"/>
        <source>&amp;Start or resume handover…</source>
        <translation>&amp;Начать или продолжить передачу смены…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="84"/>
        <source>Handover &amp;history</source>
        <translation>&amp;История передач смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="92"/>
        <source>&amp;Duty report…</source>
        <translation>&amp;Отчёт дежурной службы…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="101"/>
        <source>Handover se&amp;ttings…</source>
        <translation>Настройки передачи с&amp;мены…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="94"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="104"/>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="107"/>
        <source>&amp;People…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="115"/>
        <source>S&amp;taff directory…</source>
        <translation>Спра&amp;вочник сотрудников…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="133"/>
        <source>&amp;Label printer…</source>
        <translation>Принтер &amp;этикеток…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="141"/>
        <source>&amp;Verify the book…</source>
        <translation>&amp;Проверить журнал…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="149"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="157"/>
        <source>A&amp;rchive…</source>
        <translation>Арх&amp;ивирование…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="211"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="220"/>
        <source>&amp;First steps…</source>
        <translation>&amp;Первые шаги…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="229"/>
        <source>&amp;About DutyDesk</source>
        <translation>&amp;О программе DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="184"/>
        <source>Overdue follow-ups: {count}</source>
        <translation>Просрочено на контроле: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="185"/>
        <source>Follow-ups: {count}</source>
        <comment>status bar, short: overdue follow-ups</comment>
        <translation>Контроль: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="188"/>
        <source>Follow-ups past their due time: {count} (see Open items)</source>
        <translation>Задачи на контроле с истёкшим сроком: {count} (см. «На контроле»)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="194"/>
        <source>Overdue complaints: {count}</source>
        <translation>Просрочено жалоб: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="289"/>
        <source>Complaints ({count} overdue)</source>
        <translation>Жалобы (просрочено: {count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="204"/>
        <source>Keys overdue: {count}</source>
        <translation>Просрочено ключей: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="294"/>
        <source>Keys ({count} overdue)</source>
        <translation>Ключи (просрочено: {count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="214"/>
        <source>Lost and found: {due} due for disposal, {pending} awaiting approval</source>
        <translation>Находки: списать {due}, согласовать {pending}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="188"/>
        <source>Reminder: a reply to {guest} (complaint #{num}) is promised by {time}.</source>
        <translation>Напоминание: ответ гостю {guest} (жалоба № {num}) обещан к {time}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="193"/>
        <source>Reminder: {count} promised replies are due soon; the first, to {guest} (complaint #{num}), by {time}.</source>
        <translation>Напоминание: скоро истекает срок обещанных ответов ({count}); первый — гостю {guest} (жалоба № {num}), к {time}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="38"/>
        <source>Roster</source>
        <translation>График дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="92"/>
        <source>On duty</source>
        <translation>На смене</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="94"/>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="46"/>
        <source>Ask for &amp;leave…</source>
        <translation>Заявка на &amp;отпуск…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="52"/>
        <source>Ask for a s&amp;wap…</source>
        <translation>Заявка на о&amp;бмен сменами…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="59"/>
        <source>&amp;Month…</source>
        <translation>&amp;Месяц…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="66"/>
        <source>&amp;Next month&apos;s roster</source>
        <translation>График на &amp;следующий месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="73"/>
        <source>Roster se&amp;ttings…</source>
        <translation>&amp;Настройки графика…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="80"/>
        <source>&amp;Attendance…</source>
        <translation>&amp;Табель…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="114"/>
        <source>Ro&amp;ster</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="31"/>
        <source>&amp;Review a day…</source>
        <translation>&amp;Проверка дня…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="40"/>
        <source>&amp;Inspect the desk…</source>
        <translation>Проверка &amp;стойки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="49"/>
        <source>Inspection&amp;s…</source>
        <translation>&amp;Журнал проверок…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="56"/>
        <source>Inspection &amp;analysis…</source>
        <translation>&amp;Анализ проверок…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="64"/>
        <source>&amp;Checklist…</source>
        <translation>Пере&amp;чень проверки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="71"/>
        <source>S&amp;upervision</source>
        <translation>Пр&amp;оверки</translation>
    </message>
</context>
<context>
    <name>MarkReviewedDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="77"/>
        <source>Day reviewed</source>
        <translation>День проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="80"/>
        <source>Mark {day} reviewed: every book of every station read. It stays reviewed; a later word is a note on a row. Notes written: {notes}.</source>
        <translation>Отметить день {day} как проверенный: все журналы всех рабочих мест прочитаны. Отметку потом не снять; всё, что нужно добавить позже, пишется примечанием к строке. Написано примечаний: {notes}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="85"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>MonthChooser</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="126"/>
        <source>Open a month&apos;s roster</source>
        <translation>Открыть график месяца</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="137"/>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="80"/>
        <location filename="../../desk_app/ui/roster/month_page.py" line="336"/>
        <source>Roster — {month}</source>
        <translation>График дежурств — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="179"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="182"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="185"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="237"/>
        <source>This month changed elsewhere; save to find out, or close without.</source>
        <translation>Этот месяц изменили на другом рабочем месте; сохраните, чтобы увидеть, что изменилось, или закройте без сохранения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="258"/>
        <source>Only a supervisor or the manager drafts the roster.</source>
        <translation>Составлять график может только старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="272"/>
        <source>Drafted by {name}, {at}.</source>
        <translation>Составил(а): {name}, {at}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="273"/>
        <source>Submitted by {name}, {at}.</source>
        <translation>Отправил(а) на утверждение: {name}, {at}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="274"/>
        <source>Approved by {name}, {at}.</source>
        <translation>Утвердил(а): {name}, {at}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="279"/>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="282"/>
        <source>{facts} {fact}</source>
        <comment>one fact after another</comment>
        <translation>{facts} {fact}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="330"/>
        <source>Warnings: {count}</source>
        <translation>Предупреждений: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="286"/>
        <source>Sent back: {reason}</source>
        <translation>Возвращён на доработку: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="294"/>
        <source>{code} {start}–{end}</source>
        <translation>{code} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="300"/>
        <source>{letter} off</source>
        <translation>{letter} — выходной</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="303"/>
        <source>{letter} leave</source>
        <translation>{letter} — отпуск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="332"/>
        <source>No warnings</source>
        <translation>Предупреждений нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="344"/>
        <source>Type a shift&apos;s letter ({codes}) or number ({numbers}) and the next day is ready; {off}, 0 or Delete for a day off; select several cells to fill them at once; Ctrl+Z undoes.</source>
        <translation>Введите букву смены ({codes}) или её номер ({numbers}) — курсор перейдёт на следующий день; {off}, 0 или Delete — выходной; выделите несколько ячеек, чтобы заполнить их сразу; Ctrl+Z — отмена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="390"/>
        <source>The roster of {month} has changes not saved. Close without saving them?</source>
        <translation>В графике дежурств ({month}) есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>MonthPeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="180"/>
        <source>People on the month</source>
        <translation>Сотрудники в графике месяца</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="182"/>
        <source>Tick who is on this month&apos;s roster. Someone taken off loses their shifts.</source>
        <translation>Отметьте тех, кто входит в график этого месяца. У снятого с графика сотрудника смены удаляются.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="192"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="194"/>
        <source>{name} (no longer active)</source>
        <translation>{name} (учётная запись отключена)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="202"/>
        <source>&amp;People</source>
        <translation>&amp;Сотрудники</translation>
    </message>
</context>
<context>
    <name>MonthSteps</name>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="39"/>
        <source>&amp;Submit…</source>
        <translation>&amp;Отправить на утверждение…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="40"/>
        <source>Hand the month to the manager for approval</source>
        <translation>Передать график месяца менеджеру на утверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="41"/>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="42"/>
        <source>Publish the month: it is then locked</source>
        <translation>Опубликовать график месяца: после этого он блокируется</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="43"/>
        <source>Send &amp;back…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="44"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="46"/>
        <source>The month as the paper roster, or one person&apos;s</source>
        <translation>График месяца на бумаге — целиком или для одного сотрудника</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="47"/>
        <source>Sav&amp;e as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="48"/>
        <source>The month as a PDF or an Excel workbook</source>
        <translation>График месяца в PDF или в книгу Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="49"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="50"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="51"/>
        <source>&amp;Rotation…</source>
        <translation>&amp;Чередование…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="53"/>
        <source>Repeat a rotation such as D N O O over days, for the selected people</source>
        <translation>Повторить чередование, например D N O O, по дням для выбранных сотрудников</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="55"/>
        <source>&amp;Copy week…</source>
        <translation>Копировать &amp;неделю…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="56"/>
        <source>Peop&amp;le…</source>
        <translation>Сот&amp;рудники…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="57"/>
        <source>Add someone to the month or take them off</source>
        <translation>Добавить сотрудника в график месяца или снять с него</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="131"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="146"/>
        <source>Warnings: {count} (listed under the grid). Submit the month anyway?</source>
        <translation>Предупреждений: {count} (список под таблицей). Всё равно отправить месяц на утверждение?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="169"/>
        <source>Approve the roster of {month}? It is published and then changes only by approved leave or swaps.</source>
        <translation>Утвердить график дежурств ({month})? Он будет опубликован, и затем изменить его можно будет только утверждённым отпуском или обменом сменами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="225"/>
        <source>This month has no roster saved yet: nothing to print.</source>
        <translation>Для этого месяца ещё нет сохранённого графика: печатать нечего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="230"/>
        <source>The printout shows the month as last saved, without the changes typed since. Go on?</source>
        <translation>В распечатке будет график в последнем сохранённом виде, без внесённых после этого изменений. Продолжить?</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="89"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="90"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="91"/>
        <source>Drafted by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="92"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="93"/>
        <source>Approved at</source>
        <translation>Дата утверждения</translation>
    </message>
</context>
<context>
    <name>MonthsTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="121"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="124"/>
        <source>&amp;Next month</source>
        <translation>&amp;Следующий месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="126"/>
        <source>Open next month&apos;s roster, to draft it or to read it</source>
        <translation>Открыть график на следующий месяц, чтобы составить или просмотреть его</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="128"/>
        <source>No month&apos;s roster yet: start with next month.</source>
        <translation>Графиков пока нет: начните со следующего месяца.</translation>
    </message>
</context>
<context>
    <name>MovementTableModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="176"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="177"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="171"/>
        <location filename="../../desk_app/ui/keys/models.py" line="178"/>
        <source>Movement</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="179"/>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="180"/>
        <source>Expected back</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="181"/>
        <source>By</source>
        <translation>Кто оформил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="182"/>
        <source>Purpose / note</source>
        <translation>Цель / примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="203"/>
        <source>{note} · {identity}</source>
        <translation>{note} · {identity}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="206"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="238"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="39"/>
        <source>Review note</source>
        <translation>Примечание проверяющего</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="50"/>
        <source>On {what}. Everyone who opens the record reads the note; it changes nothing in it.</source>
        <translation>Относится к: {what}. Примечание увидит каждый, кто откроет запись; саму запись оно не меняет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="54"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="85"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="86"/>
        <location filename="../../desk_app/ui/shell/open_items.py" line="120"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="87"/>
        <location filename="../../desk_app/ui/shell/open_items.py" line="123"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="88"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="89"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="90"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="104"/>
        <source>Close follow-up…</source>
        <translation>Снять с контроля…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="119"/>
        <source>Reply promised by</source>
        <translation>Ответ обещан к</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="121"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="122"/>
        <source>Room / unit</source>
        <translation>Номер / помещение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="124"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="213"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>На контроле: {open}, просрочено: {overdue}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="232"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="250"/>
        <source>Complaints awaiting a reply: {open}, overdue: {overdue}</source>
        <translation>Жалоб ждут ответа: {open}, просрочено: {overdue}</translation>
    </message>
</context>
<context>
    <name>OutNowModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="83"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="84"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="85"/>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="86"/>
        <source>Out since</source>
        <translation>Когда выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="87"/>
        <source>Expected back</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="144"/>
        <source>{time} — overdue</source>
        <translation>{time} — просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="152"/>
        <source>Hook {hook}: {state}</source>
        <translation>Крючок {hook}: {state}</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="182"/>
        <source>Print preview — {title}</source>
        <translation>Предварительный просмотр печати — {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="212"/>
        <source>Print — {title}</source>
        <translation>Печать — {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="228"/>
        <source>Save PDF</source>
        <translation>Сохранение PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="230"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="109"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="120"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="122"/>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="177"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="124"/>
        <source>New PIN…</source>
        <translation>Новый PIN-код…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="125"/>
        <source>Change role…</source>
        <translation>Изменить должность…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="127"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="151"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="153"/>
        <source>Locked until {time}</source>
        <translation>Заблокирован до {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="155"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="177"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="208"/>
        <source>Deactivate {name}? They can no longer sign in; their records keep their name.</source>
        <translation>Отключить учётную запись {name}? Сотрудник больше не сможет войти; в его записях сохранится его имя.</translation>
    </message>
</context>
<context>
    <name>PeopleLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="49"/>
        <source>{name}&apos;s role changed from {old} to {new}: {reason}</source>
        <translation>Должность сотрудника {name} изменена с «{old}» на «{new}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="50"/>
        <source>What {name} held ({count} in all: keys, follow-ups, complaints) was handed over to {to}: {reason}</source>
        <translation>Всё, что числилось за сотрудником {name} (ключи, задачи на контроле, жалобы; всего: {count}), передано сотруднику {to}: {reason}</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="26"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="27"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="28"/>
        <source>Last 12 hours</source>
        <translation>Последние 12 часов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="29"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="30"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="31"/>
        <source>Dates…</source>
        <translation>Период…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/photos.py" line="92"/>
        <source>This photo cannot be shown.</source>
        <translation>Это фото не удаётся показать.</translation>
    </message>
</context>
<context>
    <name>PrintLanguageBox</name>
    <message>
        <location filename="../../desk_app/ui/common/print_language.py" line="62"/>
        <source>The language the printout is made in: its words, dates and numbers. The window keeps its own language.</source>
        <translation>Язык распечатки: её слова, даты и числа. Окно остаётся на своём языке.</translation>
    </message>
</context>
<context>
    <name>ProposeDisposalDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="241"/>
        <source>Propose disposal of {number}</source>
        <translation>Предложение о списании находки {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="244"/>
        <source>Kept since {found}; its retention ended on {date}. A supervisor or a manager approves the disposal before the item leaves the store.</source>
        <translation>Хранится с {found}; срок хранения истёк {date}. Прежде чем вещь покинет место хранения, списание должен согласовать старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="248"/>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="249"/>
        <source>Dispose of it by</source>
        <translation>Способ списания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="251"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="256"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="257"/>
        <source>Where it goes, to whom, any reference number</source>
        <translation>Куда и кому передаётся, номер документа, если есть</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="54"/>
        <source>{n} {label}</source>
        <translation>{n} {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="56"/>
        <source>Category: Alt+1 … Alt+8</source>
        <translation>Категория: Alt+1 … Alt+8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="59"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="60"/>
        <source>Ctrl+L comes back here</source>
        <translation>Ctrl+L: вернуться сюда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="64"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="68"/>
        <source>What happened? Enter saves</source>
        <translation>Что случилось? Enter — сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="81"/>
        <source>Enter in the line saves too</source>
        <translation>Enter в строке тоже сохраняет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="69"/>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="71"/>
        <source>Ctrl+I: the next shift must read it</source>
        <translation>Ctrl+I: обязательно прочитать следующей смене</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="72"/>
        <source>Follow-up</source>
        <translation>На контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="74"/>
        <source>Ctrl+J: someone must act on it by a given time</source>
        <translation>Ctrl+J: кто-то должен заняться этим к указанному сроку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="79"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="414"/>
        <source>Reject request</source>
        <translation>Отклонение заявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="416"/>
        <source>{request}
Reason: {reason}</source>
        <translation>{request}
Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="421"/>
        <source>&amp;Why not</source>
        <translation>&amp;Причина отказа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="422"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="439"/>
        <source>Reopen complaint #{num}</source>
        <translation>Повторное открытие жалобы № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="441"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="441"/>
        <source>Why the complaint is opened again</source>
        <translation>Почему жалобу открывают снова</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="446"/>
        <source>New reply promised by</source>
        <translation>Новый срок ответа</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="191"/>
        <source>Reply to the guest, complaint #{num}</source>
        <translation>Ответ гостю, жалоба № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="195"/>
        <source>What the guest was told</source>
        <translation>Что сказали гостю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="196"/>
        <source>The answer given to the guest, and how (call, visit, e-mail)</source>
        <translation>Ответ гостю и как он дан (звонок, лично, эл. почта)</translation>
    </message>
</context>
<context>
    <name>ReportKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="44"/>
        <source>Report key {code}</source>
        <translation>Утеря или повреждение ключа {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="46"/>
        <source>{code} — {label}, hook {hook}.</source>
        <translation>{code} — {label}, крючок {hook}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="50"/>
        <source>{key} Out with {holder}.</source>
        <translation>{key} Ключ выдан: {holder}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="54"/>
        <source>&amp;Lost</source>
        <translation>&amp;Утерян</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="56"/>
        <source>&amp;Damaged</source>
        <translation>&amp;Повреждён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="68"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="71"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="72"/>
        <source>Where, when, how. Ctrl+Enter saves.</source>
        <translation>Где, когда, как. Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="75"/>
        <source>Take off the board</source>
        <translation>Снять со щита</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="61"/>
        <source>Close report…</source>
        <translation>Закрыть заявление…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="96"/>
        <source>Lost-item report #{num}: {guest}</source>
        <translation>Заявление о потере № {num}: {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="114"/>
        <source>#{num} {guest}</source>
        <translation>№ {num} {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="136"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="137"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="138"/>
        <source>Room</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="140"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="145"/>
        <source>Lost</source>
        <translation>Когда потеряно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="148"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="150"/>
        <source>Reported</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="152"/>
        <source>{time}, taken by {name} at {station}</source>
        <translation>{time}, записано: {name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="162"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="165"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="170"/>
        <source>What the guest lost</source>
        <translation>Что потерял гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="174"/>
        <source>Linked found item</source>
        <translation>Связанная находка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="177"/>
        <source>The linked item cannot be shown.</source>
        <translation>Связанную находку не удаётся показать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="181"/>
        <source>Found item {number} may be what the guest lost. Tell the guest; when they have seen it, return it from the item&apos;s page, or choose “Not theirs”.</source>
        <translation>Возможно, находка {number} — вещь, которую потерял гость. Сообщите гостю; когда он её осмотрит, выдайте вещь на странице находки или нажмите «Не та вещь».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="189"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="190"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="192"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="196"/>
        <source>Found</source>
        <translation>Найдена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="198"/>
        <source>{time}, {place}</source>
        <translation>{time}, {place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="203"/>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="206"/>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="239"/>
        <source>Open item</source>
        <translation>Открыть находку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="208"/>
        <source>Not theirs</source>
        <translation>Не та вещь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="210"/>
        <source>The guest saw the item and it is not theirs: the report is open again.</source>
        <translation>Гость осмотрел вещь — это не та вещь: заявление снова открыто.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="221"/>
        <source>Found items that may be it ({count})</source>
        <translation>Находки, которые могут подойти ({count})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="228"/>
        <source>No found item held now matches this report. Look again later.</source>
        <translation>Среди находок на хранении подходящих нет. Проверьте позже.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="236"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="237"/>
        <source>This is probably what the guest lost: link it.</source>
        <translation>Вероятно, это вещь гостя: свяжите её с заявлением.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="245"/>
        <source>Stored at {place}</source>
        <translation>Место хранения: {place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="246"/>
        <source>Found {time}, {place}</source>
        <translation>Найдена {time}, {place}</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="210"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="211"/>
        <source>Reported</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="212"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="213"/>
        <source>Room / contact</source>
        <translation>Номер / контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="214"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="215"/>
        <source>Found item</source>
        <translation>Находка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="216"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="217"/>
        <source>Lost when</source>
        <translation>Когда потеряно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="218"/>
        <source>Lost where</source>
        <translation>Где потеряно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="219"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="247"/>
        <location filename="../../desk_app/ui/lostfound/models.py" line="250"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="256"/>
        <source>{room}, {contact}</source>
        <translation>{room}, {contact}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="303"/>
        <source>{description}
Closed: {note}</source>
        <translation>{description}
Закрыто: {note}</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="92"/>
        <source>{name} on {day}</source>
        <translation>{name}, {day}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="101"/>
        <source>{by}, {at}: {reason}</source>
        <translation>{by}, {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="104"/>
        <source>{by}, {at}</source>
        <translation>{by}, {at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="144"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="145"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="146"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="147"/>
        <source>Asked by</source>
        <translation>Кто подал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="148"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="149"/>
        <source>Colleague / covers</source>
        <translation>Коллега / замена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="150"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="151"/>
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="191"/>
        <source>Ask for &amp;leave…</source>
        <translation>Заявка на &amp;отпуск…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="193"/>
        <source>Ask for a s&amp;wap…</source>
        <translation>Заявка на о&amp;бмен сменами…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="195"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="197"/>
        <source>&amp;Reject…</source>
        <translation>О&amp;тклонить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="199"/>
        <source>&amp;Withdraw</source>
        <translation>Ото&amp;звать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="200"/>
        <source>Take back your request while it waits</source>
        <translation>Отозвать свою заявку, пока по ней не принято решение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="202"/>
        <source>&amp;Mine only</source>
        <translation>Только &amp;мои</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="209"/>
        <source>No requests yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="254"/>
        <source>Waiting: {count}</source>
        <translation>Ожидают: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="313"/>
        <source>Withdraw request {num}?</source>
        <translation>Отозвать заявку № {num}?</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="85"/>
        <source>New PIN for {name}</source>
        <translation>Новый PIN-код для: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="86"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="88"/>
        <source>New PIN again</source>
        <translation>Повторите новый PIN-код</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="209"/>
        <source>Resolve complaint #{num}</source>
        <translation>Решение жалобы № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="217"/>
        <source>You may settle compensation up to {limit}. Above it, or for a high-severity complaint, escalate to a supervisor first.</source>
        <translation>Вы можете сами назначить компенсацию до {limit}. Если нужно больше или серьёзность жалобы высокая, сначала передайте её старшему администратору.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="223"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="224"/>
        <source>How the complaint was resolved; this goes into the duty log</source>
        <translation>Как решена жалоба; это попадёт в журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="229"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="231"/>
        <source>Amount, e.g. 150 or 99.50; empty if none</source>
        <translation>Сумма, напр. 150 или 99,50; пусто, если нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="233"/>
        <source>Kind of compensation</source>
        <translation>Вид компенсации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="239"/>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="240"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="241"/>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="242"/>
        <source>Free service</source>
        <translation>Бесплатная услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="243"/>
        <source>Room upgrade</source>
        <translation>Повышение категории номера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="244"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="247"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="251"/>
        <source>Above {limit}: confirm with your PIN</source>
        <translation>Больше {limit}: подтвердите своим PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="280"/>
        <source>Escalate with this amount</source>
        <translation>Передать старшему с этой суммой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="286"/>
        <source>Escalate to</source>
        <translation>Кому передать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="312"/>
        <source>Escalated with the settlement proposed: {amount} ({kind}). Outcome: {outcome}</source>
        <translation>Передано старшему с предложенным решением: {amount} ({kind}). Результат: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="315"/>
        <source>Escalated with the settlement proposed: {amount} ({kind}).</source>
        <translation>Передано старшему с предложенным решением: {amount} ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="320"/>
        <source>Escalated for a supervisor to settle. Outcome proposed: {outcome}</source>
        <translation>Передано старшему администратору для решения. Предлагаемый результат: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="322"/>
        <source>Escalated for a supervisor to settle.</source>
        <translation>Передано старшему администратору для решения.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="37"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="39"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="42"/>
        <source>The book has reached journal row {head}: what was written after row {seq} will no longer be in it.</source>
        <translation>Журнал дошёл до строки {head}: всё, что записано после строки {seq}, из него исчезнет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="46"/>
        <source>The backup holds entries the book does not hold now.</source>
        <translation>В копии есть записи, которых сейчас в журнале нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="49"/>
        <source>It has not been checked in this session: Check it first if in doubt.</source>
        <translation>В этом сеансе копия не проверялась: если есть сомнения, сначала проверьте её.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="51"/>
        <source>It was checked whole.</source>
        <translation>Проверена: копия цела.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="53"/>
        <source>It was checked and has problems: think twice.</source>
        <translation>Проверена, и в ней есть проблемы: подумайте дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="59"/>
        <source>The book will be replaced by the backup made {made} (journal row {seq}).</source>
        <translation>Журнал будет заменён резервной копией от {made} (строка журнала {seq}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="64"/>
        <source>The book as it is now is backed up first. That backup, and the anchors and newer backups the restored book no longer reaches, are kept together in a folder beside the backups, as evidence of what was. DutyDesk must be closed on every other station. The window then starts again on the restored book.</source>
        <translation>Сначала создаётся резервная копия журнала в нынешнем виде. Она, а также контрольные отметки и более новые копии, до которых восстановленный журнал уже не доходит, хранятся вместе в папке рядом с копиями — как свидетельство того, что было. DutyDesk должен быть закрыт на всех остальных рабочих местах. Затем окно откроется заново с восстановленным журналом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="73"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="74"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>RestoreKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="105"/>
        <source>Put key {code} back</source>
        <translation>Возврат ключа {code} на щит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="108"/>
        <source>{code} — {label} goes back on hook {hook}.</source>
        <translation>{code} — {label} возвращается на крючок {hook}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="114"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="116"/>
        <source>Found where, or repaired how. Ctrl+Enter saves.</source>
        <translation>Где нашёлся или как отремонтирован. Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="120"/>
        <source>Put back on the board</source>
        <translation>Вернуть на щит</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="123"/>
        <source>Only a supervisor or the manager can put a key back.</source>
        <translation>Вернуть ключ на щит может только старший администратор или менеджер.</translation>
    </message>
</context>
<context>
    <name>RetireKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="151"/>
        <source>Retire key {code}</source>
        <translation>Вывод ключа {code} из учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="155"/>
        <source>{code} — {label} leaves the register and hook {hook} is freed. It cannot be issued again unless it is brought back; its history stays.</source>
        <translation>{code} — {label} выводится из реестра, крючок {hook} освобождается. Выдать ключ снова можно будет только после возврата в учёт; его история сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="161"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="164"/>
        <source>Worn out, replaced, the lock changed… Ctrl+Enter saves.</source>
        <translation>Износился, заменён, сменили замок… Ctrl+Enter — сохранить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="167"/>
        <source>Retire the key</source>
        <translation>Вывести из учёта</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="144"/>
        <source>Return {number} to its owner</source>
        <translation>Возврат находки {number} владельцу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="146"/>
        <source>{number}: {description}</source>
        <translation>{number}: {description}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="150"/>
        <source>Return</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="155"/>
        <source>Guest&apos;s report</source>
        <translation>Заявление гостя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="159"/>
        <source>{guest}, report #{num}</source>
        <translation>{guest}, заявление № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="161"/>
        <source>None: someone else claims it</source>
        <translation>Нет: вещь забирает другой человек</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="162"/>
        <source>Claimant&apos;s name</source>
        <translation>Имя получателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="164"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="166"/>
        <source>Phone or e-mail</source>
        <translation>Телефон или эл. почта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="167"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="169"/>
        <source>— choose the document checked —</source>
        <translation>— выберите проверенный документ —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="173"/>
        <source>Last four characters</source>
        <translation>Последние четыре символа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="176"/>
        <source>e.g. 4821</source>
        <translation>напр. 4821</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="178"/>
        <source>Only the last four characters of the document number are kept.</source>
        <translation>Сохраняются только последние четыре символа номера документа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="182"/>
        <source>I have checked the identity document</source>
        <translation>Документ, удостоверяющий личность, проверен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="186"/>
        <source>Claimant&apos;s signature</source>
        <translation>Подпись получателя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="214"/>
        <source>Signed by {name} on receiving the item</source>
        <translation>Подписано при получении вещи: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_notes.py" line="57"/>
        <source>Review note by {name}, {at}: {text}</source>
        <translation>Примечание проверки ({name}, {at}): {text}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="67"/>
        <source>Review a day</source>
        <translation>Проверка дня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="76"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="100"/>
        <source>Notes on the day&apos;s rows</source>
        <translation>Примечания к строкам дня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="108"/>
        <source>&amp;Note on the row…</source>
        <translation>&amp;Примечание к строке…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="110"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="112"/>
        <source>&amp;Mark the day reviewed…</source>
        <translation>&amp;Отметить день проверенным…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="114"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="129"/>
        <source>Not reviewed yet:</source>
        <translation>Ещё не проверены:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="185"/>
        <source>{at} · {by} · {record}: {text}</source>
        <translation>{at} · {by} · {record}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="196"/>
        <source>log entry</source>
        <translation>запись журнала</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="197"/>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="198"/>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="199"/>
        <source>handover sheet</source>
        <translation>лист передачи смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="200"/>
        <source>found item</source>
        <translation>находка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="201"/>
        <source>lost item report</source>
        <translation>заявление о потере</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="233"/>
        <source>Rows read: {read} of {rows}</source>
        <translation>Прочитано строк: {read} из {rows}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="240"/>
        <source>{day}: not reviewed yet.</source>
        <translation>{day}: ещё не проверен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="245"/>
        <source>{day}: reviewed by {name}, {at} (on time).</source>
        <translation>{day}: проверено — {name}, {at} (в срок).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="247"/>
        <source>{day}: reviewed by {name}, {at} (late).</source>
        <translation>{day}: проверено — {name}, {at} (с опозданием).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="254"/>
        <source>{state} Comment: {comment}</source>
        <translation>{state} Комментарий: {comment}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="331"/>
        <source>{record} {ref}</source>
        <translation>{record} {ref}</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="63"/>
        <source>Review {day} due</source>
        <translation>Нужна проверка дня: {day}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="65"/>
        <source>Days to review: {count} (from {day})</source>
        <translation>Дней на проверку: {count} (с {day})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="68"/>
        <source>Review: {count}</source>
        <comment>status bar, short</comment>
        <translation>Проверка: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="70"/>
        <source>Read each day&apos;s books and mark the day reviewed (每日查阅当日值班记录). Click to open the oldest.</source>
        <translation>Каждый день прочитывайте журналы за этот день и отмечайте день проверенным. Щёлкните, чтобы открыть самый ранний.</translation>
    </message>
</context>
<context>
    <name>RosterAttendance</name>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="18"/>
        <source>On time</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="21"/>
        <source>Late</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="24"/>
        <source>No-show</source>
        <comment>a shift&apos;s attendance: rostered, never came</comment>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="27"/>
        <source>Not yet</source>
        <comment>a shift&apos;s attendance: not begun</comment>
        <translation>Не началась</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="30"/>
        <source>Extra shift</source>
        <comment>worked without being rostered</comment>
        <translation>Дополнительная смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="40"/>
        <source>Late ({minutes} min)</source>
        <translation>Опоздание ({minutes} мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="44"/>
        <source>{outcome}, left early ({minutes} min)</source>
        <translation>{outcome}, ранний уход ({minutes} мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="54"/>
        <source>Attendance</source>
        <comment>the workbook&apos;s title: 考勤</comment>
        <translation>Табель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="57"/>
        <source>{title}: {month}</source>
        <comment>the workbook&apos;s title and the month</comment>
        <translation>{title}: {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="63"/>
        <source>This month&apos;s roster is not approved: no shift counts as rostered.</source>
        <translation>График этого месяца не утверждён: ни одна смена не считается сменой по графику.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="66"/>
        <source>Late: arrived more than {minutes} min after the shift&apos;s start.</source>
        <translation>Опоздание — приход позже чем через {minutes} мин после начала смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="69"/>
        <source>Summary</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="72"/>
        <source>Days</source>
        <comment>a workbook&apos;s sheet: every day&apos;s shifts</comment>
        <translation>По дням</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="75"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="83"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="151"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="76"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="84"/>
        <source>Shifts rostered</source>
        <translation>Смен по графику</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="77"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="85"/>
        <source>Shifts worked</source>
        <translation>Смен отработано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="78"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="86"/>
        <source>Hours rostered</source>
        <translation>Часов по графику</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="79"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="87"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="165"/>
        <source>Hours worked</source>
        <translation>Часов отработано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="80"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="88"/>
        <source>Late</source>
        <comment>how many times late</comment>
        <translation>Опоздания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="81"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="89"/>
        <source>No-show</source>
        <comment>how many shifts not come to</comment>
        <translation>Неявки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="84"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="92"/>
        <source>Left early</source>
        <comment>how many times</comment>
        <translation>Ранние уходы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="87"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="93"/>
        <source>Extra shifts</source>
        <translation>Дополнительные смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="88"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="89"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="90"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="150"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="91"/>
        <source>Start</source>
        <comment>a shift&apos;s</comment>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="92"/>
        <source>End</source>
        <comment>a shift&apos;s</comment>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="93"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="152"/>
        <source>Attendance</source>
        <comment>a column: how the shift went</comment>
        <translation>Явка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="96"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="155"/>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="97"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="156"/>
        <source>Accepted</source>
        <comment>the handover, by the incoming clerk</comment>
        <translation>Смену принял</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="100"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="159"/>
        <source>Handed over</source>
        <comment>the handover, by the outgoing clerk</comment>
        <translation>Смену сдал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="103"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="162"/>
        <source>Released</source>
        <comment>when the incoming clerk took over</comment>
        <translation>Сменён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="106"/>
        <source>Minutes late</source>
        <translation>Опоздание, мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="107"/>
        <source>Minutes early</source>
        <comment>left before the shift&apos;s end</comment>
        <translation>Ранний уход, мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="111"/>
        <source>{outcome}, left early</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>{outcome}, ранний уход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="189"/>
        <source>{code} {start}–{end}</source>
        <comment>a shift: its letter and times</comment>
        <translation>{code} {start}–{end}</translation>
    </message>
</context>
<context>
    <name>RosterDuty</name>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="20"/>
        <source>{code} {start}–{end} ({day})</source>
        <comment>a shift on duty</comment>
        <translation>{code} {start}–{end} ({day})</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="183"/>
        <source>There are {count} shifts: type 1 to {count}, or 0 for off.</source>
        <translation>Смен: {count}. Введите от 1 до {count} или 0 для выходного.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="195"/>
        <source>Leave is not typed: it comes only from an approved leave request.</source>
        <translation>Отпуск не вводится вручную: он появляется только из утверждённой заявки на отпуск.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="233"/>
        <source>A day of approved leave stays leave: change it by a request.</source>
        <translation>День утверждённого отпуска остаётся отпуском: изменить его можно только через заявку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="230"/>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="368"/>
        <source>{code} {start}–{end}</source>
        <translation>{code} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="233"/>
        <source>{name}, {day}: {what}</source>
        <translation>{name}, {day}: {what}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="249"/>
        <source>{name}: {hours} h this month (at most {most} h)</source>
        <translation>{name}: {hours} ч в этом месяце (не более {most} ч)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="271"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="273"/>
        <source>Hours rostered in the month</source>
        <translation>Часы по графику за месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="354"/>
        <source>{day}, shift {code}: {have} rostered, at least {need}</source>
        <translation>{day}, смена {code}: в графике {have}, нужно не меньше {need}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="376"/>
        <source>Clerks rostered on shift {code} each day, against the minimum</source>
        <translation>Администраторы в графике на смене {code} по дням в сравнении с минимумом</translation>
    </message>
</context>
<context>
    <name>RosterHistory</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="61"/>
        <source>{by} (asked by {asked})</source>
        <translation>{by} (заявитель: {asked})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="66"/>
        <source>{step} (request {num})</source>
        <translation>{step} (заявка № {num})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="78"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>RosterLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="45"/>
        <source>Incoming clerk {incoming} has not arrived for the shift from {start}; the outgoing clerk stays at the desk. Supervisor to call: {call}.</source>
        <translation>Принимающего смену ({incoming}) на смену с {start} ещё нет; сдающий смену остаётся на стойке. Старший администратор на связи: {call}.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="178"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="53"/>
        <source>Duty roster</source>
        <comment>paper form title: 排班表</comment>
        <translation>График дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="56"/>
        <source>{title}: {month}</source>
        <comment>a roster&apos;s title: the form&apos;s name and the month</comment>
        <translation>{title}: {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="62"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="63"/>
        <source>Hours</source>
        <comment>a column: hours rostered in the month</comment>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="66"/>
        <source>On duty</source>
        <translation>На смене</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="67"/>
        <source>{code} ≥ {minimum}</source>
        <comment>a coverage row: the shift&apos;s code and the clerks it needs</comment>
        <translation>{code} ≥ {minimum}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="72"/>
        <source>Red: fewer on the shift than the minimum</source>
        <translation>Красным: на смене меньше минимума</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="75"/>
        <source>Shifts</source>
        <comment>the roster&apos;s legend</comment>
        <translation>Смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="76"/>
        <source>{start}–{end}</source>
        <comment>a shift&apos;s hours</comment>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="77"/>
        <source>{hours} h</source>
        <comment>a shift&apos;s length in hours</comment>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="80"/>
        <source>Drafted by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="81"/>
        <source>Submitted by</source>
        <translation>Отправил на утверждение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="82"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="83"/>
        <source>NOT APPROVED</source>
        <comment>stamped across a roster printed before approval</comment>
        <translation>НЕ УТВЕРЖДЁН</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="86"/>
        <source>This roster is not approved by the manager: it may still change.</source>
        <translation>График не утверждён менеджером: он ещё может измениться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="89"/>
        <source>Sent back: {reason}</source>
        <translation>Возвращён на доработку: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="90"/>
        <source>Changes since approval</source>
        <translation>Изменения после утверждения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="91"/>
        <source>None</source>
        <comment>no changes since approval</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="94"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="95"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="96"/>
        <source>Asked by</source>
        <translation>Кто подал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="97"/>
        <source>Approved by</source>
        <comment>who approved a leave or a swap</comment>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="100"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="101"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="102"/>
        <source>{name}, {day}: {before} → {after}</source>
        <comment>a roster&apos;s cell changed</comment>
        <translation>{name}, {day}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="105"/>
        <source>{name}: {month}</source>
        <comment>a person&apos;s own roster: name and month</comment>
        <translation>{name}: {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="108"/>
        <source>{shifts} shifts, {hours} h</source>
        <translation>Смен: {shifts}, часов: {hours}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="109"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="110"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="111"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="112"/>
        <source>Roster</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="113"/>
        <source>Legend</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="114"/>
        <source>Changes</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="115"/>
        <source>Code</source>
        <comment>a shift&apos;s letter</comment>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="116"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="117"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="118"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
</context>
<context>
    <name>RosterPrintDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="45"/>
        <source>Print the roster — {month}</source>
        <translation>Печать графика — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="49"/>
        <source>{station}: {state}</source>
        <translation>{station}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="58"/>
        <source>The whole month (the desk&apos;s roster)</source>
        <translation>Весь месяц (график стойки)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="60"/>
        <source>{name}&apos;s own month</source>
        <translation>График сотрудника: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="62"/>
        <source>&amp;Print:</source>
        <translation>&amp;Что печатать:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="66"/>
        <source>This month is not approved: the printout says so on every page.</source>
        <translation>График этого месяца не утверждён: это будет указано на каждой странице распечатки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="100"/>
        <source>roster-{year}-{month}</source>
        <translation>график-{year}-{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="111"/>
        <source>{name}: roster {month}</source>
        <translation>{name}: график дежурств, {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="112"/>
        <source>Roster {month}</source>
        <translation>График дежурств, {month}</translation>
    </message>
</context>
<context>
    <name>RosterRequests</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="281"/>
        <source>Request {num}: {asker} asks for leave, {days}.</source>
        <translation>Заявка № {num}: {asker} просит отпуск, {days}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="285"/>
        <source>Request {num}: {colleague} takes {asker}&apos;s shift on {day} (confirmed by PIN).</source>
        <translation>Заявка № {num}: {asker} отдаёт смену {day}, её берёт {colleague} (подтверждено PIN-кодом).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="294"/>
        <source>Request {num}: {asker} gives their shift on {mine} to {colleague} and takes theirs on {theirs} (confirmed by PIN).</source>
        <translation>Заявка № {num}: обмен сменами — {asker} отдаёт смену {mine}, {colleague} отдаёт смену {theirs} (подтверждено PIN-кодом).</translation>
    </message>
</context>
<context>
    <name>RosterSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="81"/>
        <source>Roster settings</source>
        <translation>Настройки графика</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="84"/>
        <source>The shifts come from the start times in Handover settings; give each a letter to type in the month&apos;s grid and a colour. O is a day off and L is leave. A month already approved keeps the shifts it was approved with.</source>
        <translation>Смены берутся из времени начала в настройках передачи смены; задайте каждой букву для ввода в таблицу месяца и цвет. Буквы O и L (латинские) заняты: это выходной и отпуск. Уже утверждённый месяц сохраняет смены, с которыми был утверждён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="108"/>
        <location filename="../../desk_app/ui/roster/settings.py" line="110"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="113"/>
        <location filename="../../desk_app/ui/roster/settings.py" line="115"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="118"/>
        <source>&amp;Shifts:</source>
        <translation>&amp;Смены:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="119"/>
        <source>&amp;Clerks needed per shift:</source>
        <translation>&amp;Администраторов на смену:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="120"/>
        <source>Least &amp;rest between shifts:</source>
        <translation>Минимальный &amp;отдых между сменами:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="121"/>
        <source>Most &amp;hours in a month:</source>
        <translation>&amp;Максимум часов в месяц:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="123"/>
        <source>Handover &amp;reminder before the change:</source>
        <translation>&amp;Напоминание о передаче смены за:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="125"/>
        <source>&amp;Grace after the change:</source>
        <translation>&amp;Допуск после начала смены:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="127"/>
        <source>Ask for next month&apos;s roster &amp;from day:</source>
        <translation>&amp;Запрашивать график на следующий месяц с числа:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="129"/>
        <source>Next month&apos;s roster &amp;due by day:</source>
        <translation>Утвердить график на следующий месяц до &amp;числа:</translation>
    </message>
</context>
<context>
    <name>RosterWarnings</name>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="115"/>
        <source>{day}: shift {code} has {have} of {need} clerks</source>
        <translation>{day}: смена {code} — администраторов {have} из {need}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="119"/>
        <source>{day}: {person} is in two shifts at once ({code})</source>
        <translation>{day}: {person} стоит в двух сменах одновременно ({code})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="123"/>
        <source>{day}: {person} rests {hours} h before shift {code} (at least {need} h)</source>
        <translation>{day}: {person} — отдых {hours} ч перед сменой {code} (нужно не меньше {need} ч)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="134"/>
        <source>{day}: {person} has shift {code} on a day of leave</source>
        <translation>{day}: {person} — смена {code} в день отпуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="137"/>
        <source>{person}: {hours} h in the month (at most {most} h)</source>
        <translation>{person}: {hours} ч за месяц (не более {most} ч)</translation>
    </message>
</context>
<context>
    <name>RotationBox</name>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="43"/>
        <source>Backups kept</source>
        <translation>Какие копии хранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="46"/>
        <source>Every backup of the last days:</source>
        <translation>Все копии за последние дни:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="47"/>
        <source>Then one a day, for days:</source>
        <translation>Затем по одной в день, дней:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="48"/>
        <source>One a week, for weeks:</source>
        <translation>По одной в неделю, недель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="49"/>
        <source>One a month, for months:</source>
        <translation>По одной в месяц, месяцев:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="61"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="67"/>
        <source>The newest backup is always kept, and so is a backup holding entries the book no longer has. Older ones are removed as the next backup is made.</source>
        <translation>Самая новая копия хранится всегда, как и копия с записями, которых в журнале уже нет. Более старые удаляются при следующем копировании.</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="93"/>
        <source>Repeat a rotation</source>
        <translation>Повтор чередования</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="98"/>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="102"/>
        <source>Shift codes in order ({codes}; O is a day off), repeated over the days</source>
        <translation>Коды смен по порядку ({codes}; O — выходной, латинская буква), повторяются по дням</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="105"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Чередование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="106"/>
        <source>&amp;From day</source>
        <translation>&amp;С числа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="107"/>
        <source>&amp;To day</source>
        <translation>&amp;По число</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="109"/>
        <source>&amp;People</source>
        <translation>Со&amp;трудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="111"/>
        <source>Each next person starts one day further in the rotation</source>
        <translation>Каждый следующий сотрудник начинает чередование со сдвигом на один день</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../../desk_app/ui/common/save_as.py" line="66"/>
        <source>Save as Excel</source>
        <translation>Сохранить в Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/save_as.py" line="68"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SecondFolderBox</name>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="49"/>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="103"/>
        <source>Second backup folder</source>
        <translation>Вторая папка для резервных копий</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="53"/>
        <source>Each backup is copied there too: another disk, a USB stick or a network folder. A disk that fails takes the book and the folder beside it together.</source>
        <translation>Каждая копия копируется и туда: на другой диск, флешку или в сетевую папку. Отказавший диск уносит и журнал, и папку рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="61"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="66"/>
        <source>No second folder</source>
        <translation>Без второй папки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="91"/>
        <source>Backups are kept beside the book only.</source>
        <translation>Резервные копии хранятся только рядом с журналом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="93"/>
        <source>No copy there yet: the next backup makes one.</source>
        <translation>Там ещё нет копии: она появится при следующем резервном копировании.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="96"/>
        <source>Newest copy there: {when}</source>
        <translation>Самая новая копия там: {when}</translation>
    </message>
</context>
<context>
    <name>SectionRows</name>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="44"/>
        <source>{text}

Double-click or Enter: open the complaint.</source>
        <translation>{text}

Двойной щелчок или Enter: открыть жалобу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="48"/>
        <source>{text}

Double-click or Enter: open the key&apos;s page.</source>
        <translation>{text}

Двойной щелчок или Enter: открыть страницу ключа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="52"/>
        <source>{text}

Double-click or Enter: open the handover sheet.</source>
        <translation>{text}

Двойной щелчок или Enter: открыть лист передачи смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="56"/>
        <source>{text}

Double-click or Enter: open the inspection.</source>
        <translation>{text}

Двойной щелчок или Enter: открыть проверку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="59"/>
        <source>{text}

Double-click or Enter: open the entry.</source>
        <translation>{text}

Двойной щелчок или Enter: открыть запись.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="37"/>
        <source>Send the roster back</source>
        <translation>Возврат графика на доработку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="39"/>
        <source>{month}: say what the supervisor should change.</source>
        <translation>{month}: укажите, что старшему администратору нужно исправить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="46"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="47"/>
        <source>Send &amp;back</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="53"/>
        <source>Lock after idle (minutes)</source>
        <translation>Блокировка при бездействии (мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="60"/>
        <source>Compensation a clerk may settle alone</source>
        <translation>Лимит компенсации для администратора</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="65"/>
        <source>Above this amount, or for a high-severity complaint, a supervisor settles.</source>
        <translation>Компенсацию больше этой суммы, а также по жалобам высокой серьёзности назначает старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="70"/>
        <source>Remind before a promised reply (minutes)</source>
        <translation>Напоминать до обещанного ответа (мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="79"/>
        <source>Yesterday&apos;s review due at</source>
        <translation>Проверить вчерашний день до</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="91"/>
        <source>Keep records before archiving (years)</source>
        <translation>Срок хранения записей до архивирования (лет)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="101"/>
        <source>Only a manager can change the desk-wide settings.</source>
        <translation>Общие настройки стойки может менять только менеджер.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="44"/>
        <source>Set up DutyDesk</source>
        <translation>Настройка DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="47"/>
        <source>This is a new duty book. Create the manager&apos;s account: the manager adds the other people later. Name this station (this counter), as it will appear on every record.</source>
        <translation>Это новый журнал дежурств. Создайте учётную запись менеджера: остальных сотрудников менеджер добавит позже. Назовите это рабочее место (эту стойку) — название будет указываться в каждой записи.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="51"/>
        <source>Station name</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="53"/>
        <source>Manager&apos;s name</source>
        <translation>Имя менеджера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="57"/>
        <source>PIN ({min}-{max} digits)</source>
        <translation>PIN-код ({min}–{max} цифр)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="63"/>
        <source>PIN again</source>
        <translation>Повторите PIN-код</translation>
    </message>
</context>
<context>
    <name>ShiftBox</name>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="42"/>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="43"/>
        <source>Rostered:</source>
        <translation>По графику:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="44"/>
        <source>Supervisor to call:</source>
        <translation>Старший администратор на связи:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="48"/>
        <source>No approved roster for this time</source>
        <translation>На это время нет утверждённого графика</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="53"/>
        <source>Nobody</source>
        <translation>Никого</translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <location filename="../../desk_app/ui/handover/signature_block.py" line="65"/>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="427"/>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="427"/>
        <source>Erase the whole signature</source>
        <translation>Стереть всю подпись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="429"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="429"/>
        <source>Take back the last stroke ({keys})</source>
        <translation>Отменить последний штрих ({keys})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="432"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="433"/>
        <source>Put back the stroke taken back ({keys})</source>
        <translation>Вернуть отменённый штрих ({keys})</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="82"/>
        <source>Signature pad</source>
        <translation>Поле для подписи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="84"/>
        <source>Sign with the mouse, a finger or a pen. Ctrl+Z undoes the last stroke.</source>
        <translation>Распишитесь мышью, пальцем или пером. Ctrl+Z отменяет последний штрих.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="338"/>
        <source>No signature</source>
        <translation>Нет подписи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="338"/>
        <source>Sign here</source>
        <translation>Распишитесь здесь</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="17"/>
        <source>Housekeeping</source>
        <translation>Служба номерного фонда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="18"/>
        <source>Engineering</source>
        <comment>maintenance department</comment>
        <translation>Инженерная служба</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="21"/>
        <source>Security</source>
        <translation>Служба безопасности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="22"/>
        <source>Front office</source>
        <translation>Служба приёма и размещения</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="23"/>
        <source>Food and beverage</source>
        <translation>Служба питания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="24"/>
        <source>Laundry</source>
        <translation>Прачечная</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="25"/>
        <source>Spa and fitness</source>
        <translation>Спа и фитнес</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="26"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="27"/>
        <source>Other department</source>
        <translation>Другой отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="35"/>
        <source>{name} — {department}, badge {badge}</source>
        <translation>{name} — {department}, пропуск {badge}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="38"/>
        <source>{name} — {department}</source>
        <translation>{name} — {department}</translation>
    </message>
</context>
<context>
    <name>StaffDirectoryDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="145"/>
        <source>Staff directory</source>
        <translation>Справочник сотрудников</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="150"/>
        <source>Search by name, department, phone or badge</source>
        <translation>Поиск по имени, отделу, телефону или номеру пропуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="151"/>
        <source>Show members who left</source>
        <translation>Показать уволившихся</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="161"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="361"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="162"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="362"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="163"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="364"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="164"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="365"/>
        <source>Badge</source>
        <translation>№ пропуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="165"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="366"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>By</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="206"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="208"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="210"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="321"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="212"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="280"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="378"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="280"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="378"/>
        <source>Left (inactive)</source>
        <translation>Не работает (отключён)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="295"/>
        <source>Members: {count}</source>
        <translation>Сотрудников: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="297"/>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="321"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Включить снова</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="329"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="331"/>
        <source>History of {name}</source>
        <translation>История: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="341"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="353"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="354"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="355"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="356"/>
        <source>Reactivated</source>
        <translation>Включён снова</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="363"/>
        <source>Which department</source>
        <translation>Какой отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="388"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="394"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="66"/>
        <source>Add a member of staff</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="68"/>
        <source>Change {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="71"/>
        <source>People who work here without signing in to the desk. They are offered wherever a member of staff is chosen, for example when a key is issued.</source>
        <translation>Люди, которые работают здесь, но не входят в программу стойки. Их можно выбрать везде, где выбирают сотрудника, например при выдаче ключа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="75"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="78"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="83"/>
        <source>Choose the department</source>
        <translation>Выберите отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="85"/>
        <source>Which department</source>
        <translation>Какой отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="89"/>
        <source>e.g. Gardening</source>
        <translation>напр. Озеленение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="92"/>
        <source>Extension or mobile, if any</source>
        <translation>Внутренний или мобильный, если есть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="93"/>
        <source>Badge number</source>
        <translation>Номер пропуска</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="95"/>
        <source>As on the staff card, if any</source>
        <translation>Как в служебном удостоверении, если есть</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="99"/>
        <source>Name this station</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="101"/>
        <source>Give this counter a name; it is recorded on every entry written here.</source>
        <translation>Назовите эту стойку; название сохраняется в каждой записи, сделанной здесь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="103"/>
        <source>Station name</source>
        <translation>Название рабочего места</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="16"/>
        <source>Appearance, grooming and conduct</source>
        <comment>checklist item</comment>
        <translation>Внешний вид, опрятность и поведение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="19"/>
        <source>The duty log</source>
        <comment>checklist item</comment>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="20"/>
        <source>The front desk area</source>
        <comment>checklist item</comment>
        <translation>Зона стойки регистрации</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="23"/>
        <source>Service attitude and skills</source>
        <comment>checklist item</comment>
        <translation>Отношение к гостям и навыки обслуживания</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="26"/>
        <source>The shift handover</source>
        <comment>checklist item</comment>
        <translation>Передача смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="29"/>
        <source>Handling of guests&apos; information</source>
        <comment>checklist item</comment>
        <translation>Работа с данными гостей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="32"/>
        <source>Guests&apos; requests, complaints and opinions</source>
        <comment>checklist item</comment>
        <translation>Просьбы, жалобы и отзывы гостей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="35"/>
        <source>Open items followed up</source>
        <comment>checklist item</comment>
        <translation>Исполнение задач на контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="38"/>
        <source>Paid and courtesy services</source>
        <comment>checklist item</comment>
        <translation>Платные услуги и услуги для удобства гостей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="41"/>
        <source>Other matters of the day</source>
        <comment>checklist item</comment>
        <translation>Прочие текущие вопросы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="55"/>
        <source>Morning check (before 09:30)</source>
        <translation>Утренняя проверка (до 09:30)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="57"/>
        <source>Handover check</source>
        <translation>Проверка при передаче смены</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="58"/>
        <source>Spot check</source>
        <translation>Внеплановая проверка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="63"/>
        <source>Pass</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="65"/>
        <source>Fail</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="66"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="71"/>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="73"/>
        <source>Declined</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="74"/>
        <source>Waiting for the clerk</source>
        <translation>Ожидает подтверждения сотрудника</translation>
    </message>
</context>
<context>
    <name>SupervisionLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="54"/>
        <source>Inspection #{num}, item {number} failed ({cause}); correction: {correction}</source>
        <translation>Проверка № {num}, пункт {number} не соответствует ({cause}); мера по исправлению: {correction}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="169"/>
        <source>Ask for a swap</source>
        <translation>Заявка на обмен сменами</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="172"/>
        <source>Give one of your shifts to a colleague, or change it for one of theirs. Your colleague types their PIN here to agree; a supervisor then decides.</source>
        <translation>Отдайте одну из своих смен коллеге или обменяйте её на одну из его смен. Коллега вводит здесь свой PIN-код в знак согласия; затем решение принимает старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="189"/>
        <source>{day}, shift {code}</source>
        <translation>{day}, смена {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="193"/>
        <source>You have no shift ahead on a saved roster</source>
        <translation>В сохранённом графике у вас нет предстоящих смен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="194"/>
        <source>&amp;My shift</source>
        <translation>&amp;Моя смена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="201"/>
        <source>&amp;Colleague</source>
        <translation>Ко&amp;ллега</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="206"/>
        <source>The same day as yours when your colleague is off then and takes your shift</source>
        <translation>Тот же день, что и ваш, если у коллеги в этот день выходной и он берёт вашу смену</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="208"/>
        <source>&amp;Their day</source>
        <translation>&amp;День коллеги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="216"/>
        <source>Typed by your colleague</source>
        <translation>Вводит коллега</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="220"/>
        <source>Their &amp;PIN</source>
        <translation>PIN-&amp;код коллеги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="222"/>
        <source>&amp;Reason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="223"/>
        <source>&amp;Ask</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="249"/>
        <source>{name} is off that day.</source>
        <translation>{name}: в этот день выходной.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="251"/>
        <source>{name} is on leave that day.</source>
        <translation>{name}: в этот день в отпуске.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="253"/>
        <source>{name} works shift {code} that day.</source>
        <translation>{name}: в этот день смена {code}.</translation>
    </message>
</context>
<context>
    <name>TagPrintDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="117"/>
        <source>Print tag {number}</source>
        <translation>Печать бирки {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="121"/>
        <source>Label size</source>
        <translation>Размер этикетки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="125"/>
        <source>Label printer, 62 × 29 mm</source>
        <translation>Принтер этикеток, 62 × 29 мм</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="126"/>
        <source>Label printer, 50 × 30 mm</source>
        <translation>Принтер этикеток, 50 × 30 мм</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="127"/>
        <source>A4 sheet of stickers, 3 × 8 (70 × 37 mm)</source>
        <translation>Лист наклеек A4, 3 × 8 (70 × 37 мм)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="139"/>
        <source>Stickers already used on the sheet</source>
        <translation>Уже использовано наклеек на листе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="147"/>
        <source>Printout language:</source>
        <translation>Язык печати:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="160"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="164"/>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="167"/>
        <source>See the tag as it will print; print from there</source>
        <translation>Посмотреть бирку такой, какой она будет напечатана, и напечатать оттуда</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="169"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="202"/>
        <source>Tag {number}</source>
        <translation>Бирка {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="232"/>
        <source>{number} tag</source>
        <translation>Бирка {number}</translation>
    </message>
</context>
<context>
    <name>TakeoverBox</name>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="31"/>
        <source>Why someone else than the rostered clerk takes over</source>
        <translation>Почему смену принимает не тот, кто стоит в графике</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="35"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="38"/>
        <source>Rostered:</source>
        <translation>По графику:</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="37"/>
        <source>DutyDesk {version} upgraded this book from schema {old} to {new}. Everything in it was kept; nothing needs to be done.</source>
        <translation>DutyDesk {version} обновил схему журнала с версии {old} до {new}. Всё содержимое сохранено, делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="46"/>
        <source>A backup of the book as it was before is at:
{path}</source>
        <translation>Резервная копия журнала до обновления находится здесь:
{path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="53"/>
        <source>The book is on a database server: its own backups keep the book as it was before.</source>
        <translation>Журнал хранится на сервере базы данных: прежний вид сохраняют собственные резервные копии сервера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="69"/>
        <source>The book was upgraded</source>
        <translation>Журнал обновлён</translation>
    </message>
</context>
<context>
    <name>WaitingSheet</name>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="56"/>
        <source>Handover sheet no. {num} from {name} waits to be accepted</source>
        <translation>Лист передачи смены № {num} ждёт приёма; сдающий смену: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="59"/>
        <source>Sheet {num}: to accept</source>
        <translation>Лист {num}: принять</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="61"/>
        <source>{name} signed handover sheet no. {num}; the incoming clerk accepts it here. Click to open it.</source>
        <translation>Лист передачи смены № {num} подписал сдающий смену ({name}); принимающий смену принимает его здесь. Щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="85"/>
        <source>Handover sheet no. {num} is signed by {name} but not yet accepted: the incoming clerk must accept it at this station. Close DutyDesk anyway?</source>
        <translation>Лист передачи смены № {num} подписал сдающий смену ({name}), но он ещё не принят: принимающий смену должен принять его на этом рабочем месте. Всё равно закрыть DutyDesk?</translation>
    </message>
</context>
<context>
    <name>_ShiftRow</name>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="46"/>
        <source>Code of the shift {hours}</source>
        <translation>Код смены {hours}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="47"/>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="59"/>
        <source>Colour of the shift</source>
        <translation>Цвет смены</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/ui/shell/app.py" line="195"/>
        <source>Front desk</source>
        <translation>Стойка регистрации</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="8"/>
        <source>A built-in category cannot be removed; retire it instead.</source>
        <translation>Встроенную категорию нельзя удалить; выведите её из использования.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="9"/>
        <source>A category name is longer than {limit} characters.</source>
        <translation>Название категории длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="8"/>
        <source>A complaint that is {status} cannot be given the step “{action}”.</source>
        <translation>Для жалобы в статусе «{status}» шаг «{action}» недоступен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="8"/>
        <source>A count is a whole number from 0 to {limit}.</source>
        <translation>Количество — целое число от 0 до {limit}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="10"/>
        <source>A disposal of this item is already waiting for approval.</source>
        <translation>Списание этой находки уже ожидает согласования.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="9"/>
        <source>A duty report covers at most {days} days; choose a shorter period.</source>
        <translation>Отчёт охватывает не больше {days} дней; выберите период короче.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="11"/>
        <source>A high-severity complaint is settled by a supervisor: escalate it first.</source>
        <translation>Жалобу высокой серьёзности решает старший администратор: сначала передайте её ему.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="8"/>
        <source>A hook&apos;s row and column are between 1 and {limit}.</source>
        <translation>Ряд и столбец крючка — от 1 до {limit}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="9"/>
        <source>A key code is 1 to 30 letters, digits, dots, dashes or slashes.</source>
        <translation>Код ключа — от 1 до 30 символов: буквы, цифры, точки, дефисы или косые черты.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="10"/>
        <source>A key is lent for {days} days at most.</source>
        <translation>Ключ выдаётся не более чем на {days} дн.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="11"/>
        <source>A key with the code {code} is already registered.</source>
        <translation>Ключ с кодом {code} уже есть в реестре.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="12"/>
        <source>A line may have at most {limit} characters: {item}</source>
        <translation>В строке может быть не больше {limit} символов: {item}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="13"/>
        <source>A name may have at most {limit} characters.</source>
        <translation>Название может быть не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="12"/>
        <source>A restricted key comes back within 1 to {limit} hours.</source>
        <translation>Срок возврата ключа ограниченного доступа — от 1 до {limit} ч.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="13"/>
        <source>A restricted key must come back within {hours} hours.</source>
        <translation>Ключ ограниченного доступа нужно вернуть в течение {hours} ч.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="14"/>
        <source>A seal is 64 characters 0-9 and a-f (printed in groups of four); this has {count}.</source>
        <translation>Печать — это 64 символа 0–9 и a–f (напечатаны группами по четыре); здесь их {count}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="18"/>
        <source>A signature is required: ask them to sign on the pad.</source>
        <translation>Нужна подпись: попросите получателя расписаться в поле для подписи.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="8"/>
        <source>An active person named {name} already exists.</source>
        <translation>Активный сотрудник с именем {name} уже есть.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="19"/>
        <source>An in-memory database cannot keep a duty log; give a file.</source>
        <translation>База данных в памяти не может хранить журнал дежурств; укажите файл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="11"/>
        <source>An item can have at most {limit} photos.</source>
        <translation>У находки может быть не более {limit} фото.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="12"/>
        <source>Another station changed this item a moment ago. Look at it again and retry.</source>
        <translation>Эту находку только что изменили на другом рабочем месте. Проверьте её ещё раз и повторите действие.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="15"/>
        <source>Another station changed this report a moment ago. Look at it again and retry.</source>
        <translation>Это заявление только что изменили на другом рабочем месте. Проверьте его ещё раз и повторите действие.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="15"/>
        <source>At most {limit} lines, please.</source>
        <translation>Не больше {limit} строк.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="24"/>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk.</source>
        <translation>Резервные копии базы PostgreSQL делаются на сервере (pg_dump), а не в DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="29"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation>Не удалось создать папку для резервных копий {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="30"/>
        <source>Cannot create the database {path}: {error}</source>
        <translation>Не удалось создать базу данных {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="31"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>Не удалось открыть базу данных {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="14"/>
        <source>Check an identity document of someone from outside: choose which.</source>
        <translation>Проверьте документ, удостоверяющий личность стороннего человека, и выберите, какой именно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="18"/>
        <source>Check the claimant&apos;s identity document before returning the item.</source>
        <translation>Перед выдачей вещи проверьте документ, удостоверяющий личность получателя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="14"/>
        <source>Choose a person.</source>
        <translation>Выберите сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="21"/>
        <source>Choose how the item is to be disposed of.</source>
        <translation>Выберите способ списания.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="22"/>
        <source>Choose the identity document you checked.</source>
        <translation>Выберите проверенный документ, удостоверяющий личность.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="23"/>
        <source>Choose the member of staff who found it.</source>
        <translation>Выберите сотрудника, который нашёл вещь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="17"/>
        <source>Choose the member of staff who takes the key.</source>
        <translation>Выберите сотрудника, который берёт ключ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="8"/>
        <source>Choose when the follow-up is due.</source>
        <translation>Укажите срок исполнения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="9"/>
        <source>Choose who owns the follow-up.</source>
        <translation>Укажите ответственного.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="15"/>
        <source>Compensation above {limit} is settled by a supervisor: escalate it first.</source>
        <translation>Компенсацию больше {limit} назначает старший администратор: сначала передайте жалобу ему.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="21"/>
        <source>Complaint #{num} was changed at another station meanwhile; it is shown as it is now. Look again before acting.</source>
        <translation>Жалобу № {num} тем временем изменили на другом рабочем месте; она показана в текущем виде. Прежде чем действовать, проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="25"/>
        <source>Complaint analysis is for supervisors and managers.</source>
        <translation>Анализ жалоб доступен только старшим администраторам и менеджерам.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="8"/>
        <source>A badge number has Latin letters, digits, &apos;.&apos;, &apos;/&apos; and &apos;-&apos; only.</source>
        <translation>Номер пропуска может содержать только латинские буквы, цифры и знаки «.», «/» и «-».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="8"/>
        <source>A handover check names its handover sheet.</source>
        <translation>Для проверки при передаче смены укажите лист передачи смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="9"/>
        <source>A morning check is made before {time}: choose a spot check.</source>
        <translation>Утренняя проверка проводится до {time}: выберите внеплановую проверку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="9"/>
        <source>A phone number has digits, spaces, + - ( ) and an extension only.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, + - ( ) и добавочный номер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="14"/>
        <source>A reason may have at most {limit} characters.</source>
        <translation>Причина может быть не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="8"/>
        <source>A shift already past cannot be swapped.</source>
        <translation>Прошедшую смену обменять нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="9"/>
        <source>A swap stays within one month: ask for one in each month.</source>
        <translation>Обмен возможен только в пределах одного месяца: подайте отдельную заявку на каждый месяц.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="10"/>
        <source>An item&apos;s code is 1 to 40 letters a-z, digits or _: {code}.</source>
        <translation>Недопустимый код пункта {code}: нужно от 1 до 40 символов — латинские буквы a–z, цифры или _.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="11"/>
        <source>An item&apos;s words are at most {most} characters.</source>
        <translation>Текст пункта: не более {most} симв.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="10"/>
        <source>Another supervisor or the manager decides your own request.</source>
        <translation>Решение по вашей собственной заявке принимает другой старший администратор или менеджер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="11"/>
        <source>Approved leave on {day} stays on the roster: it is not typed over nor taken off.</source>
        <translation>Утверждённый отпуск на {day} остаётся в графике: его нельзя перезаписать или убрать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="14"/>
        <source>Ask for at most {days} days at a time.</source>
        <translation>За один раз можно запросить не больше {days} дней.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="12"/>
        <source>Badge {badge} already belongs to {name}.</source>
        <translation>Номер пропуска {badge} уже закреплён за сотрудником {name}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="15"/>
        <source>Choose a colleague to swap with.</source>
        <translation>Выберите коллегу для обмена сменами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="9"/>
        <source>Choose a role other than the present one.</source>
        <translation>Выберите должность, отличную от текущей.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="12"/>
        <source>Choose active people as the clerks inspected.</source>
        <translation>Проверяемыми могут быть только сотрудники с активной учётной записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="16"/>
        <source>Choose at least one person.</source>
        <translation>Выберите хотя бы одного сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="10"/>
        <source>Choose someone else to take them over.</source>
        <translation>Выберите другого сотрудника, которому всё передать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="11"/>
        <source>Choose someone whose account is active to take them over.</source>
        <translation>Передать можно только сотруднику с активной учётной записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="13"/>
        <source>Choose the clerk or clerks inspected.</source>
        <translation>Выберите проверяемых сотрудников.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="13"/>
        <source>Choose the department.</source>
        <translation>Выберите отдел.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="17"/>
        <source>Choose the shift you want to swap.</source>
        <translation>Выберите смену, которую хотите обменять.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="12"/>
        <source>Choose who takes them over.</source>
        <translation>Выберите, кому передать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="18"/>
        <source>Compensation above {limit}: confirm the settlement with your PIN.</source>
        <translation>Компенсация больше {limit}: подтвердите решение своим PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="13"/>
        <source>Complaint #{num} is escalated: hand it to a supervisor or a manager.</source>
        <translation>Жалоба № {num} передана старшему: передайте её старшему администратору или менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="18"/>
        <source>Copy the week to another day.</source>
        <translation>Укажите другое число, куда копировать неделю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="16"/>
        <source>Count {item}, or say why it is not counted.</source>
        <translation>Пересчитайте «{item}» или укажите, почему это не пересчитано.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="32"/>
        <source>DutyDesk opened {path} while it was being checked. Check it again (the result could be wrong), or check a backup.</source>
        <translation>Во время проверки DutyDesk открыл {path}. Проверьте ещё раз (результат может быть неверным) или проверьте резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="19"/>
        <source>Each of you must be off on the day you take over.</source>
        <translation>Каждый из вас должен быть свободен в день, который берёт на себя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="20"/>
        <source>Each shift needs its own one-letter code (O and L mean off and leave).</source>
        <translation>У каждой смены должен быть свой однобуквенный код (O — выходной, L — отпуск).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="36"/>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="16"/>
        <source>Enter a name for this station (this counter).</source>
        <translation>Введите название рабочего места (этой стойки).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="24"/>
        <source>Enter a phone, e-mail or room so the guest can be told.</source>
        <translation>Укажите телефон, эл. почту или номер, чтобы можно было сообщить гостю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="37"/>
        <source>Enter a time.</source>
        <translation>Введите время.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="18"/>
        <source>Enter the last four characters of the document number, no more.</source>
        <translation>Введите последние четыре символа номера документа, не больше.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="14"/>
        <source>Enter the member of staff&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="25"/>
        <source>Enter the name of the guest who found it.</source>
        <translation>Введите имя гостя, который нашёл вещь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="19"/>
        <source>Enter the name of the person who takes the key.</source>
        <translation>Введите имя человека, который берёт ключ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="17"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="26"/>
        <source>Enter when the item was found.</source>
        <translation>Укажите, когда найдена вещь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="27"/>
        <source>Enter when the item was lost.</source>
        <translation>Укажите, когда потеряна вещь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="20"/>
        <source>Enter your PIN to issue a restricted key.</source>
        <translation>Чтобы выдать ключ ограниченного доступа, введите свой PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="10"/>
        <source>Entry #{num} was already amended by #{later}; amend the newer one.</source>
        <translation>Запись № {num} уже исправлена записью № {later}; исправляйте более новую.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="26"/>
        <source>Escalate to a supervisor or a manager.</source>
        <translation>Передать жалобу можно только старшему администратору или менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="17"/>
        <source>Give one to six different shift start times.</source>
        <translation>Укажите от одного до шести разных времён начала смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="27"/>
        <source>Give the guest&apos;s satisfaction from 1 to 5.</source>
        <translation>Укажите оценку гостя от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="21"/>
        <source>Give the key a label people recognise.</source>
        <translation>Дайте ключу понятное название.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="28"/>
        <source>Give the new category a name.</source>
        <translation>Введите название новой категории.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="23"/>
        <source>Give the rotation to repeat, e.g. D N O O.</source>
        <translation>Укажите чередование для повтора, например D N O O.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="22"/>
        <source>Hook {hook} already holds key {code}.</source>
        <translation>На крючке {hook} уже висит ключ {code}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="18"/>
        <source>Important entries of the shift not marked read by you: {count}. Read them on the sheet (in red) and say so.</source>
        <translation>Важных записей смены, не отмеченных вами как прочитанные: {count}. Прочитайте их на листе (красным) и подтвердите это.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="14"/>
        <source>Item {number} failed: name who makes the correction.</source>
        <translation>Пункт {number} не соответствует: укажите, кто исправит.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="15"/>
        <source>Item {number} failed: say what is to be corrected.</source>
        <translation>Пункт {number} не соответствует: укажите, что нужно исправить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="16"/>
        <source>Item {number} failed: say why (the cause).</source>
        <translation>Пункт {number} не соответствует: укажите причину.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="17"/>
        <source>Item {number} failed: the correction is due at a time still to come.</source>
        <translation>Пункт {number} не соответствует: срок исправления должен быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="20"/>
        <source>Item {number} is answered pass, fail or not applicable.</source>
        <translation>Пункт {number}: ответ — «Соответствует», «Не соответствует» или «Неприменимо».</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="21"/>
        <source>Item {number} is not answered.</source>
        <translation>Пункт {number}: нет ответа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="22"/>
        <source>Item {number} is scored 1 to 5 (or not applicable).</source>
        <translation>Пункт {number} оценивается от 1 до 5 (или «Неприменимо»).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="23"/>
        <source>Item {number}: the correction&apos;s owner is not an active person.</source>
        <translation>Пункт {number}: исполнитель меры по исправлению не является активным сотрудником.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="29"/>
        <source>Keep at least one category in use.</source>
        <translation>Хотя бы одна категория должна использоваться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="24"/>
        <source>Leave cannot start on a day already past.</source>
        <translation>Отпуск не может начинаться с прошедшего дня.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="25"/>
        <source>Leave is set by approving a request, not typed into the grid.</source>
        <translation>Отпуск появляется при утверждении заявки, а не вводится в таблицу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="26"/>
        <source>Leave on some of these days is already asked for (request {num}).</source>
        <translation>На некоторые из этих дней отпуск уже запрошен (заявка № {num}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="23"/>
        <source>Managers must always be allowed to issue restricted keys.</source>
        <translation>Менеджеру всегда должно быть разрешено выдавать ключи ограниченного доступа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="29"/>
        <source>Name who covers the {code} shift on {day}: without a cover fewer than {need} would work it.</source>
        <translation>Укажите, кто заменит смену {code} {day}: без замены на ней будет меньше {need} чел.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="40"/>
        <source>No database driver for {url}: {error}</source>
        <translation>Нет драйвера базы данных для {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="30"/>
        <source>No disposal of this item is waiting for approval.</source>
        <translation>Списание этой находки не ожидает согласования.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="24"/>
        <source>No key has the code {code}.</source>
        <translation>Ключа с кодом {code} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="28"/>
        <source>No such complaint.</source>
        <translation>Жалоба не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="13"/>
        <source>No such entry.</source>
        <translation>Запись не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="14"/>
        <source>No such follow-up.</source>
        <translation>Задача на контроле не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="31"/>
        <source>No such found item.</source>
        <translation>Находка не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="22"/>
        <source>No such handover sheet.</source>
        <translation>Такого листа передачи смены нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="32"/>
        <source>No such lost-item report.</source>
        <translation>Заявление о потере не найдено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="15"/>
        <source>No such member of staff.</source>
        <translation>Сотрудник не найден.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="18"/>
        <source>No such person.</source>
        <translation>Сотрудник не найден.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="33"/>
        <source>No such photo.</source>
        <translation>Фото не найдено.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="33"/>
        <source>No such request.</source>
        <translation>Такой заявки нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="24"/>
        <source>Nobody inspects themselves: another supervisor inspects you.</source>
        <translation>Проверять самого себя нельзя: вас проверяет другой старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="25"/>
        <source>Notes are written on a book&apos;s record.</source>
        <translation>Примечание пишется к записи одного из журналов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="26"/>
        <source>Only a clerk who was inspected acknowledges the inspection.</source>
        <translation>Подтвердить проверку может только проверенный сотрудник.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="27"/>
        <source>Only a handover check is linked to a sheet.</source>
        <translation>С листом передачи смены связывается только проверка при передаче смены.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="25"/>
        <source>Only a key reported lost or damaged can be put back.</source>
        <translation>Вернуть на щит можно только утерянный или повреждённый ключ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="28"/>
        <source>Only a sealed sheet is countersigned: it is not accepted yet.</source>
        <translation>Заверить можно только опечатанный лист: этот лист ещё не принят.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="34"/>
        <source>Only a supervisor asks for leave for someone else.</source>
        <translation>Подать заявку на отпуск за другого сотрудника может только старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="35"/>
        <source>Only active clerks and supervisors can ask for leave.</source>
        <translation>Запросить отпуск могут только администраторы и старшие администраторы с действующей учётной записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="36"/>
        <source>Only active clerks and supervisors can be on the roster.</source>
        <translation>В графике могут быть только администраторы и старшие администраторы с действующей учётной записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="37"/>
        <source>Only people on {month}&apos;s roster can swap.</source>
        <translation>Меняться сменами могут только те, кто есть в графике на {month}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="38"/>
        <source>Only the one who asked may withdraw a request.</source>
        <translation>Отозвать заявку может только тот, кто её подал.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="23"/>
        <source>Only the outgoing clerk signs the sheet as handed over.</source>
        <translation>Подпись «смену сдал» ставит только сдающий смену.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="29"/>
        <source>Promise the guest a reply time: it is mandatory.</source>
        <translation>Обещайте гостю время ответа: это обязательно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="34"/>
        <source>Retention must be between 1 and {limit} days.</source>
        <translation>Срок хранения должен быть от 1 до {limit} дн.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="24"/>
        <source>Say what each discrepancy is about.</source>
        <translation>Укажите, к чему относится каждое расхождение.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="26"/>
        <source>Say what happened, in a few words.</source>
        <translation>Опишите в нескольких словах, что случилось.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="30"/>
        <source>Say what the compensation is (refund, discount, voucher…).</source>
        <translation>Укажите вид компенсации (возврат денег, скидка, ваучер…).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="29"/>
        <source>Say what the item {code} checks.</source>
        <translation>Укажите, что проверяет пункт {code}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="27"/>
        <source>Say when the key comes back.</source>
        <translation>Укажите, когда ключ вернут.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="28"/>
        <source>Say whether the key is lost or damaged.</source>
        <translation>Укажите, утерян ключ или повреждён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="16"/>
        <source>Say which department: it is not in the list.</source>
        <translation>Укажите отдел: его нет в списке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="35"/>
        <source>Say who found the item.</source>
        <translation>Укажите, кто нашёл вещь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="29"/>
        <source>Say who takes the key.</source>
        <translation>Укажите, кто берёт ключ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="30"/>
        <source>Say why the key is retired.</source>
        <translation>Укажите, почему ключ выводится из учёта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="39"/>
        <source>Say why the request is turned down.</source>
        <translation>Укажите причину отказа.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="40"/>
        <source>Say why the roster goes back to the supervisor.</source>
        <translation>Укажите, почему график возвращается старшему администратору.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="41"/>
        <source>Say why you ask.</source>
        <translation>Укажите причину заявки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="30"/>
        <source>Say why you do not acknowledge the inspection.</source>
        <translation>Укажите, почему вы не подтверждаете проверку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="36"/>
        <source>Say why, in a few words.</source>
        <translation>Укажите причину в нескольких словах.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="19"/>
        <source>Say why, in a few words: it goes into the duty log.</source>
        <translation>Коротко укажите причину: это попадёт в журнал дежурств.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="17"/>
        <source>Someone changed this member of staff a moment ago. Look at them again and retry.</source>
        <translation>Данные этого сотрудника только что изменили. Проверьте их ещё раз и повторите действие.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="42"/>
        <source>Someone else changed this month&apos;s roster meanwhile. Open it again to see their changes.</source>
        <translation>Тем временем кто-то другой изменил график этого месяца. Откройте его снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="46"/>
        <source>Someone else changed this request meanwhile. Look at it again before deciding.</source>
        <translation>Тем временем кто-то другой изменил эту заявку. Просмотрите её ещё раз, прежде чем принимать решение.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="49"/>
        <source>Someone else started this month&apos;s roster meanwhile. Open it again.</source>
        <translation>Тем временем кто-то другой начал составлять график этого месяца. Откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="25"/>
        <source>Someone else than the rostered clerk takes over: say why.</source>
        <translation>Смену принимает не тот, кто стоит в графике: укажите причину.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="52"/>
        <source>Someone here is not on this month&apos;s roster.</source>
        <translation>Кого-то из указанных нет в графике этого месяца.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="53"/>
        <source>Someone is in two shifts at once ({count}): correct the month first.</source>
        <translation>Кто-то стоит в двух сменах одновременно ({count}): сначала исправьте график месяца.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="56"/>
        <source>Someone is on the month twice.</source>
        <translation>Кто-то указан в графике месяца дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="57"/>
        <source>That day is not in this month.</source>
        <translation>Этого дня нет в этом месяце.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="31"/>
        <source>That handover sheet does not exist.</source>
        <translation>Такого листа передачи смены нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="32"/>
        <source>That inspection does not exist.</source>
        <translation>Такой проверки нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="31"/>
        <source>That person does not exist.</source>
        <translation>Такого сотрудника нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="20"/>
        <source>The PIN is too long: use at most {max} digits.</source>
        <translation>PIN-код слишком длинный: не более {max} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="21"/>
        <source>The PIN is too short: supervisors and managers use at least {min} digits.</source>
        <translation>PIN-код слишком короткий: старшие администраторы и менеджеры используют не меньше {min} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="24"/>
        <source>The PIN is too short: use at least {min} digits.</source>
        <translation>PIN-код слишком короткий: не менее {min} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="25"/>
        <source>The PIN may contain digits only.</source>
        <translation>PIN-код может содержать только цифры.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="33"/>
        <source>The answer for {code} is not an item of this checklist.</source>
        <translation>Пункта {code} нет в этом перечне проверки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="32"/>
        <source>The authority limit must be more than zero.</source>
        <translation>Лимит компенсации должен быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="53"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>Не удалось создать резервную копию в {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="55"/>
        <source>The backup {path} failed its integrity check: {detail}</source>
        <translation>Резервная копия {path} не прошла проверку целостности: {detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="20"/>
        <source>The badge number is longer than {limit} characters.</source>
        <translation>Номер пропуска длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="34"/>
        <source>The checklist holds at most {most} items.</source>
        <translation>Максимум пунктов в перечне проверки: {most}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="35"/>
        <source>The checklist needs at least one item.</source>
        <translation>В перечне проверки должен быть хотя бы один пункт.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="36"/>
        <source>The checklist was changed meanwhile: open the inspection again on the new list.</source>
        <translation>Перечень проверки тем временем изменился: откройте проверку заново по новому перечню.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="39"/>
        <source>The comment is at most {most} characters.</source>
        <translation>Комментарий: не более {most} симв.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="33"/>
        <source>The compensation cannot be negative.</source>
        <translation>Компенсация не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="34"/>
        <source>The compensation is implausibly large.</source>
        <translation>Сумма компенсации неправдоподобно велика.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="35"/>
        <source>The compensation must be a number, such as 150 or 99.50.</source>
        <translation>Компенсация должна быть числом, например 150 или 99,50.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="63"/>
        <source>The connection to the database server {where} was lost or could not be made ({error}). Nothing was saved; what you typed is still in the form. Check the network cable or Wi-Fi, then save again.</source>
        <translation>Связь с сервером базы данных {where} потеряна или не устанавливается ({error}). Ничего не сохранено; введённое осталось в форме. Проверьте сетевой кабель или Wi-Fi и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="58"/>
        <source>The cover you named is not free that day.</source>
        <translation>Названный вами сменщик в этот день не свободен.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="59"/>
        <source>The cover you named would have too little rest between shifts.</source>
        <translation>У названного вами сменщика будет слишком мало отдыха между сменами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="8"/>
        <source>A backup opened to be read cannot be restored over.</source>
        <translation>Поверх копии, открытой для просмотра, восстанавливать нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="9"/>
        <source>A book opened to be read cannot be archived.</source>
        <translation>Журнал, открытый только для чтения, архивировать нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="10"/>
        <source>A record of {year} was written to, or referred to, while the year was being archived ({table} {id}). Nothing was taken out of the book; archive the year again.</source>
        <translation>Пока {year} год архивировался, в запись этого года писали или на неё сослались ({table} {id}). Из журнала ничего не вынесено; архивируйте год снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="20"/>
        <source>Another DutyDesk still has the book open (its file {wal} is there). Close DutyDesk on every station that uses this book, then restore again.</source>
        <translation>Другой DutyDesk ещё держит журнал открытым (его файл {wal} на месте). Закройте DutyDesk на всех рабочих местах, где работают с этим журналом, и восстановите снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="28"/>
        <source>Cannot create the archive folder {folder}: {error}</source>
        <translation>Не удалось создать папку архива {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="38"/>
        <source>Give a whole number from 0 to {limit}.</source>
        <translation>Укажите целое число от 0 до {limit}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="39"/>
        <source>Give the second backup folder&apos;s full path.</source>
        <translation>Укажите полный путь ко второй папке для резервных копий.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="41"/>
        <source>Records are kept at least {least} years (保存期三年): the retention cannot be shorter.</source>
        <translation>Записи хранятся не меньше {least} лет (保存期三年): срок хранения не может быть короче.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="45"/>
        <source>The archive could not be written to {folder}: {error}. Nothing was taken out of the book, and what was written of the archive was removed.</source>
        <translation>Архив не удалось записать в {folder}: {error}. Из журнала ничего не вынесено, а записанная часть архива удалена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="49"/>
        <source>The archive written did not pass its check ({problem}).</source>
        <translation>Записанный архив не прошёл проверку ({problem}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="50"/>
        <source>The archive {path} could not be written: {error}</source>
        <translation>Не удалось записать архив {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="51"/>
        <source>The backup could not be put in the book&apos;s place: {error}</source>
        <translation>Не удалось поставить копию на место журнала: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="52"/>
        <source>The backup could not be written to {path}: {error}</source>
        <translation>Не удалось записать резервную копию в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="54"/>
        <source>The backup {path} could not be decompressed to {folder}: {error}</source>
        <translation>Не удалось распаковать резервную копию {path} в {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="56"/>
        <source>The backup {path} is damaged ({detail}): it cannot be used.</source>
        <translation>Резервная копия {path} повреждена ({detail}): ею нельзя воспользоваться.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="57"/>
        <source>The book holds exactly what this backup holds: there is nothing to restore.</source>
        <translation>В журнале ровно то же, что в этой копии: восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="60"/>
        <source>The book holds nothing from {year} to archive.</source>
        <translation>В журнале нет ничего за {year} год для архивирования.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="61"/>
        <source>The book holds nothing from {year}: its oldest year is {oldest}.</source>
        <translation>В журнале нет ничего за {year} год: самый ранний год — {oldest}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="62"/>
        <source>The book holds nothing to archive.</source>
        <translation>В журнале нечего архивировать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="67"/>
        <source>The database file {path} cannot be read: {error}</source>
        <translation>Файл базы данных {path} не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="68"/>
        <source>The database file {path} is read-only. DutyDesk needs to write to it.</source>
        <translation>Файл базы данных {path} доступен только для чтения. DutyDesk нужна возможность записи в него.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="71"/>
        <source>The database {where} can only be read now (its file, its disk or the server refuses writes). Nothing was saved; what you typed is still in the form. Ask whoever looks after this computer.</source>
        <translation>База данных {where} сейчас доступна только для чтения (файл, диск или сервер не принимают запись). Ничего не сохранено; введённое осталось в форме. Обратитесь к тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="75"/>
        <source>The database {where} is busy: another station or program has held it for too long. Nothing was saved; what you typed is still in the form. Save again in a moment.</source>
        <translation>База данных {where} занята: другая стойка или программа слишком долго её удерживает. Ничего не сохранено; введённое осталось в форме. Сохраните снова чуть позже.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="79"/>
        <source>The database {where} was opened only to be read.</source>
        <translation>База данных {where} открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="80"/>
        <source>The demo covers between a few days and 10 years.</source>
        <translation>Демоданные охватывают период от нескольких дней до 10 лет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="98"/>
        <source>The monthly duty reports were not all written: {names}.</source>
        <translation>Не все месячные отчёты о дежурствах записаны: {names}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="100"/>
        <source>The retention is a whole number of years.</source>
        <translation>Срок хранения — целое число лет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="101"/>
        <source>The retention is at most {most} years.</source>
        <translation>Срок хранения — не больше {most} лет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="102"/>
        <source>The second backup folder must be another place than the book&apos;s own folders.</source>
        <translation>Вторая папка для резервных копий должна отличаться от папок самого журнала.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="112"/>
        <source>There is no archive at {path}.</source>
        <translation>Архива {path} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="114"/>
        <source>There is no folder {folder}. Plug in the disk or create the folder first.</source>
        <translation>Папки {folder} нет. Сначала подключите диск или создайте папку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="119"/>
        <source>This book is on a PostgreSQL server: archiving it is the server administrator&apos;s job (with every station closed), not one station&apos;s.</source>
        <translation>Этот журнал на сервере PostgreSQL: архивировать его — работа администратора сервера (при закрытых рабочих местах), а не одного рабочего места.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="123"/>
        <source>This book is on a PostgreSQL server: restoring it is the server administrator&apos;s job (pg_restore, with every station closed), not DutyDesk&apos;s.</source>
        <translation>Этот журнал на сервере PostgreSQL: восстанавливать его — работа администратора сервера (pg_restore, при закрытых рабочих местах), а не DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="143"/>
        <source>Years are archived oldest first: archive {oldest} before {year}.</source>
        <translation>Годы архивируются начиная с самого раннего: сначала {oldest}, потом {year}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="145"/>
        <source>You were not a supervisor or manager in the book when this backup was made, so it cannot be opened in your name.</source>
        <translation>Когда делалась эта копия, вы не были в журнале старшим администратором или менеджером, поэтому открыть её от вашего имени нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="149"/>
        <source>{error} Nothing was taken out of the book, and what was written of the archive was removed.</source>
        <translation>{error} Из журнала ничего не вынесено, а записанная часть архива удалена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="153"/>
        <source>{path} is a backup of another database.</source>
        <translation>{path} — резервная копия другой базы данных.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="154"/>
        <source>{path} is an archive of another book.</source>
        <translation>{path} — архив другого журнала.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="155"/>
        <source>{path} is an archive of the years {years}: it is only read (Desk → Open archive… in the book&apos;s window, or desk-app verify --archive).</source>
        <translation>{path} — архив за {years}: его только читают (в окне журнала через «Стойка → Открыть архив…» или desk-app verify --archive).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="176"/>
        <source>{table} {id} holds another picture or sealed text than at the end of the year archived: its state then cannot be written into the archive.</source>
        <translation>У {table} {id} другое изображение или опечатанный текст, чем в конце архивируемого года: его тогдашнее состояние нельзя записать в архив.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="184"/>
        <source>{year} is not past the retention of {retention} years yet: the newest year that may be archived is {last}.</source>
        <translation>{year} год ещё не вышел за срок хранения в {retention} лет: самый поздний год, который можно архивировать, — {last}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="21"/>
        <source>The department is longer than {limit} characters.</source>
        <translation>Название отдела длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="37"/>
        <source>The description is longer than {limit} characters.</source>
        <translation>Описание длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="81"/>
        <source>The disk is full: nothing was saved. What you typed is still in the form. Free some space on the disk that holds {where} (or ask whoever looks after this computer), then save again.</source>
        <translation>Диск заполнен: ничего не сохранено. Введённое осталось в форме. Освободите место на диске, где лежит {where} (или обратитесь к тому, кто обслуживает этот компьютер), и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="85"/>
        <source>The disk reported an error with the database {where} ({error}). Nothing was saved; what you typed is still in the form. Save again; if it happens again, stop and call whoever looks after this computer: the disk may be failing.</source>
        <translation>Диск сообщил об ошибке базы данных {where} ({error}). Ничего не сохранено; введённое осталось в форме. Сохраните снова; если ошибка повторится, остановитесь и позовите того, кто обслуживает этот компьютер: диск может выходить из строя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="38"/>
        <source>The end of the time it was lost is before its start.</source>
        <translation>Конец периода потери раньше его начала.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="15"/>
        <source>The entry to amend does not exist.</source>
        <translation>Исправляемая запись не существует.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="89"/>
        <source>The export to {path} failed: {error}</source>
        <translation>Не удалось экспортировать в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="90"/>
        <source>The folder {folder} does not exist. Choose another folder for the export.</source>
        <translation>Папки {folder} нет. Выберите другую папку для экспорта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="93"/>
        <source>The folder {folder} does not exist. Create it or choose another place for the database.</source>
        <translation>Папка {folder} не существует. Создайте её или выберите для базы данных другое место.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="97"/>
        <source>The folder {folder} is read-only. DutyDesk needs to write there.</source>
        <translation>Папка {folder} доступна только для чтения. DutyDesk нужна возможность записи в неё.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="16"/>
        <source>The follow-up due time is in the past.</source>
        <translation>Срок исполнения уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="17"/>
        <source>The follow-up owner does not exist.</source>
        <translation>Ответственный не найден.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="18"/>
        <source>The follow-up owner is no longer active.</source>
        <translation>Учётная запись ответственного отключена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="26"/>
        <source>The idle lock time must be between {min} and {max} minutes.</source>
        <translation>Время блокировки при бездействии должно быть от {min} до {max} мин.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="40"/>
        <source>The inspection was already acknowledged or declined.</source>
        <translation>Эту проверку уже подтвердили или отказались подтвердить.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="41"/>
        <source>The inspection&apos;s time is still to come.</source>
        <translation>Время проверки ещё не наступило.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="31"/>
        <source>The label is longer than {limit} characters.</source>
        <translation>Название длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="27"/>
        <source>The last active manager cannot be deactivated.</source>
        <translation>Нельзя отключить последнего активного менеджера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="60"/>
        <source>The last day comes before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="61"/>
        <source>The last day of leave comes before the first.</source>
        <translation>Последний день отпуска раньше первого.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="62"/>
        <source>The month has {count} warnings. Look at them, then submit it as it is.</source>
        <translation>Предупреждений в графике месяца: {count}. Просмотрите их, затем отправьте график как есть.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="28"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>Имя длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="42"/>
        <source>The note is at most {most} characters.</source>
        <translation>Примечание: не более {most} симв.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="32"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>Примечание длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="26"/>
        <source>The outgoing clerk has already signed.</source>
        <translation>Сдающий смену уже расписался.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="27"/>
        <source>The outgoing clerk signs first; then the incoming clerk accepts.</source>
        <translation>Сначала расписывается сдающий смену, затем принимающий.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="19"/>
        <source>The party concerned is longer than {limit} characters.</source>
        <translation>Поле «Кого касается» длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="28"/>
        <source>The period must end after it starts.</source>
        <translation>Окончание периода должно быть позже его начала.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="65"/>
        <source>The person asking for leave is not on the roster for {month}.</source>
        <translation>Сотрудника, просящего отпуск, нет в графике на {month}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="22"/>
        <source>The phone number is longer than {limit} characters.</source>
        <translation>Номер телефона длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="43"/>
        <source>The photo is larger than 5 MB.</source>
        <translation>Фото больше 5 МБ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="39"/>
        <source>The photo is larger than {limit} MB: take a smaller one.</source>
        <translation>Фото больше {limit} МБ: выберите файл меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="36"/>
        <source>The promised reply time must be after the time received.</source>
        <translation>Обещанное время ответа должно быть позже времени получения жалобы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="37"/>
        <source>The promised reply time must be in the future.</source>
        <translation>Обещанное время ответа должно быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="29"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Причина длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="30"/>
        <source>The remarks are longer than {limit} characters.</source>
        <translation>Примечания длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="99"/>
        <source>The reminder lead time must be between 1 minute and 24 hours.</source>
        <translation>Напоминание — не раньше чем за 24 часа и не позже чем за 1 минуту.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="20"/>
        <source>The room or place is longer than {limit} characters.</source>
        <translation>Поле «Номер / место» длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="66"/>
        <source>The roster for {month} is with the manager: decide once it is approved or sent back.</source>
        <translation>График на {month} на утверждении у менеджера: решение можно принять, когда его утвердят или вернут на доработку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="31"/>
        <source>The same person cannot both hand over and accept a shift.</source>
        <translation>Один и тот же человек не может и сдать, и принять смену.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="32"/>
        <source>The sheet changed while you were signing: look at it again.</source>
        <translation>Пока вы расписывались, лист изменился: просмотрите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="105"/>
        <source>The signature has too many points to keep: clear the pad and sign again.</source>
        <translation>В подписи слишком много точек: очистите поле и распишитесь снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="108"/>
        <source>The signature is too small: ask them to sign again, larger.</source>
        <translation>Подпись слишком мелкая: попросите расписаться ещё раз, крупнее.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="109"/>
        <source>The signature picture is larger than {limit} KiB.</source>
        <translation>Изображение подписи больше {limit} КиБ.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="110"/>
        <source>The signature picture is not a PNG image.</source>
        <translation>Изображение подписи не в формате PNG.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="29"/>
        <source>The station name is longer than 60 characters.</source>
        <translation>Название рабочего места длиннее 60 символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="111"/>
        <source>The stored signature cannot be read.</source>
        <translation>Не удаётся прочитать сохранённую подпись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="38"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>Текст длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="40"/>
        <source>The time found is in the future.</source>
        <translation>Время находки указано в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="41"/>
        <source>The time lost is in the future.</source>
        <translation>Время потери указано в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="39"/>
        <source>The time received is in the future.</source>
        <translation>Время получения жалобы указано в будущем.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="33"/>
        <source>The time the key comes back is in the past.</source>
        <translation>Время возврата ключа уже прошло.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="30"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="40"/>
        <source>There is no complaint no. {num}.</source>
        <translation>Жалобы № {num} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="113"/>
        <source>There is no database at {path}.</source>
        <translation>Базы данных по пути {path} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="21"/>
        <source>There is no entry #{num}.</source>
        <translation>Записи № {num} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="33"/>
        <source>There is no handover sheet no. {num}.</source>
        <translation>Листа передачи смены № {num} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="34"/>
        <source>There is no key {code} in the register.</source>
        <translation>Ключа {code} в реестре нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="70"/>
        <source>There is no roster for {month} yet.</source>
        <translation>Графика на {month} ещё нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="71"/>
        <source>There is no roster for {month} yet: save its draft first, then decide the leave.</source>
        <translation>Графика на {month} ещё нет: сначала сохраните его черновик, затем принимайте решение по отпуску.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="117"/>
        <source>There is no such day: {text}</source>
        <translation>Такой даты нет: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="118"/>
        <source>There is no such time: {text}</source>
        <translation>Такого времени нет: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="31"/>
        <source>This database already has a manager; sign in instead.</source>
        <translation>В этой базе уже есть менеджер; войдите в систему.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="127"/>
        <source>This database already has people. Demo data goes into a new, empty database.</source>
        <translation>В этой базе уже есть сотрудники. Демоданные загружаются только в новую пустую базу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="130"/>
        <source>This database was written by a newer DutyDesk (schema {revision}). Install the newer version to open it.</source>
        <translation>Эта база данных создана более новой версией DutyDesk (схема {revision}). Чтобы открыть её, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="41"/>
        <source>This field is longer than {limit} characters.</source>
        <translation>Поле длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="42"/>
        <source>This file is not a picture (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation>Этот файл — не изображение (JPEG, PNG, GIF, BMP или WebP).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="22"/>
        <source>This follow-up was already closed.</source>
        <translation>Эта задача уже снята с контроля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="23"/>
        <source>This follow-up was changed at another station; look again.</source>
        <translation>Эту задачу изменили на другом рабочем месте; проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="34"/>
        <source>This handover is already sealed.</source>
        <translation>Этот лист передачи смены уже опечатан.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="134"/>
        <source>This is not a seal&apos;s QR code: it should read DUTYDESK-SEAL:number:seal.</source>
        <translation>Это не QR-код печати: он должен читаться как DUTYDESK-SEAL:номер:печать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="43"/>
        <source>This item is no longer held (now: {state}).</source>
        <translation>Эта находка больше не на хранении (сейчас: {state}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="44"/>
        <source>This item&apos;s retention period has not ended yet.</source>
        <translation>Срок хранения этой находки ещё не истёк.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="35"/>
        <source>This key is already off the board.</source>
        <translation>Этот ключ уже снят со щита.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="36"/>
        <source>This key is already out: {holder} has it.</source>
        <translation>Этот ключ уже выдан: {holder}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="37"/>
        <source>This key is off the board (lost or damaged) and cannot be issued.</source>
        <translation>Этот ключ снят со щита (утерян или повреждён), выдать его нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="40"/>
        <source>This key is on the board: it was not issued.</source>
        <translation>Этот ключ на щите: он не выдавался.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="41"/>
        <source>This key is out: take it back before retiring it.</source>
        <translation>Этот ключ выдан: примите его, прежде чем выводить из учёта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="42"/>
        <source>This key is retired and cannot be issued.</source>
        <translation>Этот ключ выведен из учёта, выдать его нельзя.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="43"/>
        <source>This key is retired.</source>
        <translation>Этот ключ выведен из учёта.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="74"/>
        <source>This month has no roster yet: fill it in and save it first.</source>
        <translation>Для этого месяца ещё нет графика: сначала заполните и сохраните его.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="75"/>
        <source>This month&apos;s roster cannot take that step now.</source>
        <translation>С графиком этого месяца сейчас нельзя сделать этот шаг.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="76"/>
        <source>This month&apos;s roster is approved: change it through leave or a swap.</source>
        <translation>График этого месяца утверждён: меняйте его через отпуск или обмен сменами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="79"/>
        <source>This month&apos;s roster is no longer there. Open it again.</source>
        <translation>Графика этого месяца больше нет. Откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="80"/>
        <source>This month&apos;s roster is with the manager: it changes only if sent back.</source>
        <translation>График этого месяца на утверждении у управляющего: изменить его можно, только если его вернут.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="45"/>
        <source>This report is closed.</source>
        <translation>Это заявление закрыто.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="46"/>
        <source>This report is not linked to a found item.</source>
        <translation>Это заявление не связано с находкой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="83"/>
        <source>This request is already decided or withdrawn.</source>
        <translation>По этой заявке уже принято решение, или она отозвана.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="84"/>
        <source>This swap would leave one of you too little rest between shifts.</source>
        <translation>После такого обмена у одного из вас будет слишком мало отдыха между сменами.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="137"/>
        <source>This text contains a character that cannot be stored (a NUL or a broken character). Type it again.</source>
        <translation>В тексте есть символ, который нельзя сохранить (NUL или повреждённый символ). Введите текст заново.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="32"/>
        <source>Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.</source>
        <translation>Слишком много неверных PIN-кодов. Учётная запись заблокирована ещё на {minutes} мин {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="47"/>
        <source>Two categories are both called {name}.</source>
        <translation>Две категории называются одинаково: {name}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="44"/>
        <source>Two items have the code {code}.</source>
        <translation>Код {code} есть у двух пунктов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="141"/>
        <source>Type the time as hours and minutes, e.g. 09:30 or 21:30: {text}</source>
        <translation>Введите время в часах и минутах, например 09:30 или 21:30: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="45"/>
        <source>Type your PIN to countersign.</source>
        <translation>Чтобы заверить, введите свой PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="24"/>
        <source>Unknown category: {category}.</source>
        <translation>Неизвестная категория: {category}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="44"/>
        <source>Unknown key type: {value}.</source>
        <translation>Неизвестный тип ключа: {value}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="36"/>
        <source>Unknown role: {role}.</source>
        <translation>Неизвестная должность: {role}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="35"/>
        <source>Unknown signature meaning.</source>
        <translation>Неизвестное значение подписи.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="42"/>
        <source>Unknown step: {action}.</source>
        <translation>Неизвестный шаг: {action}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="43"/>
        <source>Use at most two decimals for the compensation.</source>
        <translation>В сумме компенсации — не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="36"/>
        <source>Write shift start times as HH:MM, for example 07:00, 15:00, 23:00.</source>
        <translation>Укажите начало смен в виде ЧЧ:ММ, например 07:00, 15:00, 23:00.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="46"/>
        <source>Write the note.</source>
        <translation>Напишите примечание.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="142"/>
        <source>Write the year with four digits, or two for this century: {text}</source>
        <translation>Укажите год четырьмя цифрами или двумя для текущего века: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="25"/>
        <source>Write what happened: the text is empty.</source>
        <translation>Опишите, что произошло: текст пуст.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="44"/>
        <source>Write what the guest complains about.</source>
        <translation>Опишите, на что жалуется гость.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="37"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="38"/>
        <source>Wrong name or PIN.</source>
        <translation>Неверное имя или PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="144"/>
        <source>You are not signed in here. Sign in and try again.</source>
        <translation>Вы здесь не вошли в систему. Войдите и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="39"/>
        <source>You cannot change your own role.</source>
        <translation>Нельзя изменить собственную должность.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="40"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="85"/>
        <source>You have no shift that day to swap.</source>
        <translation>У вас в этот день нет смены для обмена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="48"/>
        <source>You proposed this disposal: another supervisor must approve it.</source>
        <translation>Списание предложили вы: согласовать его должен другой старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="47"/>
        <source>You signed this sheet: another supervisor countersigns it.</source>
        <translation>Вы подписали этот лист: заверить его должен другой старший администратор.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="41"/>
        <source>Your account is no longer active. Ask a manager.</source>
        <translation>Ваша учётная запись отключена. Обратитесь к менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="86"/>
        <source>Your colleague already works that day: a swap on one day needs them off.</source>
        <translation>Ваш коллега уже работает в этот день: для обмена в один день он должен быть выходным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="89"/>
        <source>Your colleague has no shift that day to give back.</source>
        <translation>У коллеги в этот день нет смены, которую он мог бы отдать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="90"/>
        <source>Your colleague is on leave then: choose someone else.</source>
        <translation>Ваш коллега в это время в отпуске: выберите другого.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="91"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>Для вашей должности ({role}) это действие недоступно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="45"/>
        <source>Your role ({role}) may not issue restricted keys.</source>
        <translation>Для вашей должности ({role}) выдача ключей ограниченного доступа недоступна.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="92"/>
        <source>{code} is not a shift of this desk&apos;s pattern.</source>
        <translation>{code} — не смена из графика смен этой стойки.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="93"/>
        <source>{colour} is not a colour (write it as #RRGGBB).</source>
        <translation>{colour} — не цвет (укажите в виде #RRGGBB).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="48"/>
        <source>{day} has not come yet: a day is reviewed once it has been worked.</source>
        <translation>День {day} ещё не наступил: проверить день можно только после того, как он отработан.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="51"/>
        <source>{day} is already reviewed: add a note to a row instead.</source>
        <translation>День {day} уже проверен: вместо этого добавьте примечание к строке.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="39"/>
        <source>{item} is listed twice.</source>
        <translation>«{item}» указано дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="23"/>
        <source>{name} already works in this department: give each a badge number to tell them apart.</source>
        <translation>{name} уже работает в этом отделе: укажите каждому номер пропуска, чтобы их различать.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="42"/>
        <source>{name} is no longer active: reactivate the account first.</source>
        <translation>Учётная запись {name} отключена: сначала включите её снова.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="45"/>
        <source>{name} is no longer active; choose someone on the staff.</source>
        <translation>Учётная запись {name} отключена; выберите другого сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="43"/>
        <source>{name} is the last active manager: make someone else a manager first.</source>
        <translation>{name} — последний активный менеджер: сначала назначьте менеджером кого-то другого.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="46"/>
        <source>{name} still has shifts on the roster: {shifts}. Give them to others first.</source>
        <translation>У сотрудника {name} ещё есть смены в графике: {shifts}. Сначала передайте их другим.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="49"/>
        <source>{name} still holds keys ({keys}), open follow-ups ({follow_ups}) and open complaints ({complaints}). Hand them to someone else first.</source>
        <translation>За сотрудником {name} ещё числятся ключи ({keys}), задачи на контроле ({follow_ups}) и открытые жалобы ({complaints}). Сначала передайте их другому сотруднику.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="159"/>
        <source>{path} is empty: it is not a DutyDesk database.</source>
        <translation>{path} пуст: это не база данных DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="160"/>
        <source>{path} is not a DutyDesk archive.</source>
        <translation>{path} — не архив DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="161"/>
        <source>{path} is not a DutyDesk backup.</source>
        <translation>{path} — не резервная копия DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="162"/>
        <source>{path} is not a DutyDesk database (it is not an SQLite file at all).</source>
        <translation>{path} — не база данных DutyDesk (это вообще не файл SQLite).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="165"/>
        <source>{path} is not a DutyDesk database.</source>
        <translation>{path} — не база данных DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="166"/>
        <source>{path} is not a DutyDesk database: it holds other tables.</source>
        <translation>{path} — не база данных DutyDesk: в нём другие таблицы.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="167"/>
        <source>{path} is not a file.</source>
        <translation>{path} — не файл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="168"/>
        <source>{path} is there already and is not this book&apos;s archive: choose another folder.</source>
        <translation>{path} уже существует и не является архивом этого журнала: выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="171"/>
        <source>{path} is this book&apos;s archive already.</source>
        <translation>{path} уже является архивом этого журнала.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="172"/>
        <source>{path} still has pages in its WAL file and lies where nothing can be written, so it cannot be read whole. Copy it together with its -wal file to a folder that can be written, and check the copy.</source>
        <translation>В WAL-файле {path} ещё остались страницы, а лежит он там, куда ничего нельзя записать, поэтому прочитать его целиком нельзя. Скопируйте его вместе с файлом -wal в папку, доступную для записи, и проверьте копию.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="94"/>
        <source>{person} is not on the roster for {month}: add them to that month first, or turn the leave down.</source>
        <translation>{person} нет в графике на {month}: сначала добавьте его в этот месяц или отклоните отпуск.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="180"/>
        <source>{text} is not a date.</source>
        <translation>{text} — не дата.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="181"/>
        <source>{url} is not a DutyDesk database: it holds other tables ({tables}).</source>
        <translation>{url} — не база данных DutyDesk: в ней есть посторонние таблицы ({tables}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="40"/>
        <source>{value} is not a time of day.</source>
        <translation>{value} — не время суток.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="52"/>
        <source>{what} is at most {most} characters.</source>
        <translation>{what}: не более {most} симв.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/errors.py" line="56"/>
        <location filename="../../desk_app/ui/common/errors.py" line="65"/>
        <location filename="../../desk_app/ui/common/errors.py" line="69"/>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/errors.py" line="106"/>
        <source>Something went wrong inside DutyDesk. Nothing was saved by this action. Details:</source>
        <translation>В DutyDesk произошла внутренняя ошибка. Это действие ничего не сохранило. Подробности:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/crash.py" line="62"/>
        <source>Something went wrong inside DutyDesk. Please pass on the details below; they are also kept in {path}.</source>
        <translation>В DutyDesk произошла ошибка. Передайте, пожалуйста, подробности ниже; они также сохранены в {path}.</translation>
    </message>
</context>
</TS>
