<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="37"/>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="38"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="40"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="44"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN-код (4–12 цифр)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="46"/>
        <source>PIN again</source>
        <translation>Повторите PIN-код</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="41"/>
        <source>Amend entry #{num}</source>
        <translation>Исправление записи № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="56"/>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="44"/>
        <source>The original entry stays in the book, marked as amended. Write the corrected entry in full.</source>
        <translation>Исходная запись остаётся в журнале с пометкой «исправлена». Напишите исправленную запись полностью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="48"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="52"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="53"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="54"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="59"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="40"/>
        <source>Close follow-up of entry #{num}</source>
        <translation>Снять с контроля запись № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="45"/>
        <source>What was done? This is written to the log as a new entry.</source>
        <translation>Что сделано? Это будет внесено в журнал новой записью.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="47"/>
        <source>Close follow-up</source>
        <translation>Снять с контроля</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="111"/>
        <source>Log entry #{num}</source>
        <translation>Запись № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="113"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="114"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="115"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="116"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="118"/>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="119"/>
        <source>{name} at {station}</source>
        <translation>{name} ({station})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="125"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="127"/>
        <source>★ Important: everyone on duty must read it.</source>
        <translation>★ Важно: обязательно для прочтения всем дежурным.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="130"/>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="132"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}: {owner}, срок {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="141"/>
        <source>Amends entry #{num}: {text}</source>
        <translation>Исправляет запись № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="142"/>
        <source>Amended by entry #{num}: {text}</source>
        <translation>Исправлена записью № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="143"/>
        <source>Closes the follow-up of entry #{num}: {text}</source>
        <translation>Снимает с контроля запись № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="144"/>
        <source>Follow-up closed by entry #{num}: {text}</source>
        <translation>Снята с контроля записью № {num}: {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="150"/>
        <source>Open #{num}</source>
        <translation>Открыть № {num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="156"/>
        <source>{name} ({time})</source>
        <translation>{name} ({time})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="160"/>
        <source>Read by: {names}</source>
        <translation>Прочитали: {names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="160"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="165"/>
        <source>Not yet read by (on duty since): {names}</source>
        <translation>Ещё не прочитали (из дежуривших после записи): {names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="173"/>
        <source>Mark read</source>
        <translation>Отметить как прочитанную</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="183"/>
        <source>Amend…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="188"/>
        <source>Write a correcting entry; this one stays as written.</source>
        <translation>Написать исправляющую запись; эта останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="190"/>
        <source>Already amended: amend the newer entry.</source>
        <translation>Уже исправлена: исправляйте более новую запись.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="16"/>
        <source>Inquiry</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="17"/>
        <source>Request / help</source>
        <translation>Просьба / помощь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="18"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="19"/>
        <source>Incident / emergency</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="20"/>
        <source>Repair</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="21"/>
        <source>Security</source>
        <translation>Охрана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="23"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="29"/>
        <source>Clerk</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="30"/>
        <source>Supervisor</source>
        <translation>Старший администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="31"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="39"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="40"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="71"/>
        <source>DutyDesk is locked</source>
        <translation>DutyDesk заблокирован</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="76"/>
        <source>Signed in: {name}. Enter your PIN to continue.</source>
        <translation>Вход выполнен: {name}. Чтобы продолжить, введите PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="86"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="89"/>
        <source>Sign in as someone else…</source>
        <translation>Войти под другим сотрудником…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="50"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="51"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="52"/>
        <source>Last 12 hours</source>
        <translation>Последние 12 часов</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="53"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="54"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="55"/>
        <source>Dates…</source>
        <translation>Период…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="65"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="70"/>
        <source>Open follow-ups only</source>
        <translation>Только на контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="75"/>
        <source>Search text, room, party (Ctrl+F)</source>
        <translation>Поиск по тексту, номеру, лицу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="143"/>
        <source>Anyone</source>
        <translation>Все сотрудники</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="42"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="43"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="44"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="45"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="46"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="47"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="48"/>
        <source>Follow-up</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="142"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}: {owner}, срок {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="154"/>
        <source>[amended by #{num}] {text}</source>
        <translation>[исправлена записью № {num}] {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="156"/>
        <source>[amends #{num}] {text}</source>
        <translation>[исправляет № {num}] {text}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="105"/>
        <source>Sign in — {station}</source>
        <translation>Вход — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="106"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="113"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="114"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="53"/>
        <source>DutyDesk — {station}</source>
        <translation>DutyDesk — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="57"/>
        <source>Duty log</source>
        <translation>Журнал дежурств</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Open items</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="74"/>
        <source>Station: {station}</source>
        <translation>Рабочее место: {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="76"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="145"/>
        <source>&amp;Desk</source>
        <translation>С&amp;тойка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="147"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="151"/>
        <source>Sign in as someone &amp;else…</source>
        <translation>Войти под другим &amp;сотрудником…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="156"/>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="158"/>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="161"/>
        <source>&amp;Open selected entry</source>
        <translation>&amp;Открыть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="163"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="169"/>
        <source>&amp;New entry	Ctrl+L</source>
        <translation>&amp;Новая запись	Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="175"/>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="177"/>
        <source>&amp;People…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="186"/>
        <source>&amp;About DutyDesk</source>
        <translation>&amp;О программе DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="219"/>
        <source>Overdue follow-ups: {count}</source>
        <translation>Просрочено на контроле: {count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="264"/>
        <source>DutyDesk {version}
The front-desk duty book.
Database: {url}</source>
        <translation>DutyDesk {version}
Журнал дежурств стойки регистрации.
База данных: {url}</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="78"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="79"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="80"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="81"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="82"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="83"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="97"/>
        <source>Close follow-up…</source>
        <translation>Снять с контроля…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="136"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>На контроле: {open}, просрочено: {overdue}</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="105"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="116"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="118"/>
        <location filename="../../desk_app/ui/people_dialog.py" line="167"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="120"/>
        <source>New PIN…</source>
        <translation>Новый PIN-код…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="121"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="144"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="146"/>
        <source>Locked until {time}</source>
        <translation>Заблокирован до {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="148"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="167"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="50"/>
        <source>{n} {label}</source>
        <translation>{n} {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="52"/>
        <source>Category: Alt+1 … Alt+8</source>
        <translation>Категория: Alt+1 … Alt+8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="55"/>
        <source>Room / place</source>
        <translation>Номер / место</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="59"/>
        <source>Party concerned</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="63"/>
        <source>What happened? Enter saves (Ctrl+L comes back here)</source>
        <translation>Что произошло? Enter — сохранить (Ctrl+L — вернуться сюда)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="64"/>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="66"/>
        <source>Ctrl+I: the next shift must read it</source>
        <translation>Ctrl+I: обязательно прочитать следующей смене</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="67"/>
        <source>Follow-up</source>
        <translation>На контроль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="74"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="74"/>
        <source>New PIN for {name}</source>
        <translation>Новый PIN-код для: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="75"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="77"/>
        <source>New PIN again</source>
        <translation>Повторите новый PIN-код</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="24"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="33"/>
        <source>Lock after idle (minutes)</source>
        <translation>Блокировка при бездействии (мин)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="40"/>
        <source>Only a manager can change the idle lock time.</source>
        <translation>Время блокировки при бездействии может изменить только менеджер.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="37"/>
        <source>Set up DutyDesk</source>
        <translation>Настройка DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="40"/>
        <source>This is a new duty book. Create the manager&apos;s account: the manager adds the other people later. Name this station (this counter), as it will appear on every record.</source>
        <translation>Это новый журнал дежурств. Создайте учётную запись менеджера: остальных сотрудников менеджер добавит позже. Назовите это рабочее место (эту стойку) — название будет указываться в каждой записи.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="44"/>
        <source>Station name</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="46"/>
        <source>Manager&apos;s name</source>
        <translation>Имя менеджера</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="48"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN-код (4–12 цифр)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="50"/>
        <source>PIN again</source>
        <translation>Повторите PIN-код</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="77"/>
        <source>Name this station</source>
        <translation>Название рабочего места</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="79"/>
        <source>Give this counter a name; it is recorded on every entry written here.</source>
        <translation>Назовите эту стойку; название сохраняется в каждой записи, сделанной здесь.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="81"/>
        <source>Station name</source>
        <translation>Название рабочего места</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="101"/>
        <source>Front desk</source>
        <translation>Стойка регистрации</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="8"/>
        <source>An active person named {name} already exists.</source>
        <translation>Активный сотрудник с именем {name} уже есть.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="9"/>
        <source>An in-memory database cannot keep a duty log; give a file.</source>
        <translation>База данных в памяти не может хранить журнал дежурств; укажите файл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="10"/>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk.</source>
        <translation>Резервные копии базы PostgreSQL делаются на сервере (pg_dump), а не в DutyDesk.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="14"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation>Не удалось создать папку для резервных копий {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="15"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>Не удалось открыть базу данных {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="16"/>
        <source>Choose when the follow-up is due.</source>
        <translation>Укажите срок исполнения.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="17"/>
        <source>Choose who owns the follow-up.</source>
        <translation>Укажите ответственного.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="18"/>
        <source>Enter a name for this station (this counter).</source>
        <translation>Введите название рабочего места (этой стойки).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="19"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="20"/>
        <source>Entry #{num} was already amended by #{later}; amend the newer one.</source>
        <translation>Запись № {num} уже исправлена записью № {later}; исправляйте более новую.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="23"/>
        <source>No database driver for {url}: {error}</source>
        <translation>Нет драйвера базы данных для {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="24"/>
        <source>No such entry.</source>
        <translation>Запись не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="25"/>
        <source>No such follow-up.</source>
        <translation>Задача на контроле не найдена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="26"/>
        <source>No such person.</source>
        <translation>Сотрудник не найден.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="27"/>
        <source>The PIN is too long: use at most {max} digits.</source>
        <translation>PIN-код слишком длинный: не более {max} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="28"/>
        <source>The PIN is too short: use at least {min} digits.</source>
        <translation>PIN-код слишком короткий: не менее {min} цифр.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="29"/>
        <source>The PIN may contain digits only.</source>
        <translation>PIN-код может содержать только цифры.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="30"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>Не удалось создать резервную копию в {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="31"/>
        <source>The backup {path} failed its integrity check: {detail}</source>
        <translation>Резервная копия {path} не прошла проверку целостности: {detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="32"/>
        <source>The database file {path} is read-only. DutyDesk needs to write to it.</source>
        <translation>Файл базы данных {path} доступен только для чтения. DutyDesk нужна возможность записи в него.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="35"/>
        <source>The demo covers between a few days and 10 years.</source>
        <translation>Демоданные охватывают период от нескольких дней до 10 лет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="36"/>
        <source>The entry to amend does not exist.</source>
        <translation>Исправляемая запись не существует.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="37"/>
        <source>The folder {folder} does not exist. Create it or choose another place for the database.</source>
        <translation>Папка {folder} не существует. Создайте её или выберите для базы данных другое место.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="41"/>
        <source>The folder {folder} is read-only. DutyDesk needs to write there.</source>
        <translation>Папка {folder} доступна только для чтения. DutyDesk нужна возможность записи в неё.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="42"/>
        <source>The follow-up due time is in the past.</source>
        <translation>Срок исполнения уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="43"/>
        <source>The follow-up owner does not exist.</source>
        <translation>Ответственный не найден.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="44"/>
        <source>The follow-up owner is no longer active.</source>
        <translation>Учётная запись ответственного отключена.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="45"/>
        <source>The idle lock time must be between {min} and {max} minutes.</source>
        <translation>Время блокировки при бездействии должно быть от {min} до {max} мин.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="46"/>
        <source>The last active manager cannot be deactivated.</source>
        <translation>Нельзя отключить последнего активного менеджера.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="47"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>Имя длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="48"/>
        <source>The party concerned is longer than {limit} characters.</source>
        <translation>Поле «Кого касается» длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="49"/>
        <source>The room or place is longer than {limit} characters.</source>
        <translation>Поле «Номер / место» длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="50"/>
        <source>The station name is longer than 60 characters.</source>
        <translation>Название рабочего места длиннее 60 символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="51"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>Текст длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="52"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="53"/>
        <source>There is no database at {path}.</source>
        <translation>Базы данных по пути {path} нет.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="54"/>
        <source>This database already has a manager; sign in instead.</source>
        <translation>В этой базе уже есть менеджер; войдите в систему.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="55"/>
        <source>This database already has people. Demo data goes into a new, empty database.</source>
        <translation>В этой базе уже есть сотрудники. Демоданные загружаются только в новую пустую базу.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="58"/>
        <source>This database was written by a newer DutyDesk (schema {revision}). Install the newer version to open it.</source>
        <translation>Эта база данных создана более новой версией DutyDesk (схема {revision}). Чтобы открыть её, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="62"/>
        <source>This follow-up was already closed.</source>
        <translation>Эта задача уже снята с контроля.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="63"/>
        <source>This follow-up was changed at another station; look again.</source>
        <translation>Эту задачу изменили на другом рабочем месте; проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="64"/>
        <source>Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.</source>
        <translation>Слишком много неверных PIN-кодов. Учётная запись заблокирована ещё на {minutes} мин {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="68"/>
        <source>Unknown category: {category}.</source>
        <translation>Неизвестная категория: {category}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="69"/>
        <source>Unknown or inactive person.</source>
        <translation>Сотрудник не найден или отключён.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="70"/>
        <source>Unknown role: {role}.</source>
        <translation>Неизвестная должность: {role}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="71"/>
        <source>Write what happened: the text is empty.</source>
        <translation>Опишите, что произошло: текст пуст.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="72"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="73"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="74"/>
        <source>Your account is no longer active. Ask a manager.</source>
        <translation>Ваша учётная запись отключена. Обратитесь к менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="75"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>Для вашей должности ({role}) это действие недоступно.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="76"/>
        <source>{path} is not a DutyDesk database (it is not an SQLite file at all).</source>
        <translation>{path} — не база данных DutyDesk (это вообще не файл SQLite).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="79"/>
        <source>{path} is not a file.</source>
        <translation>{path} — не файл.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="80"/>
        <source>{url} is not a DutyDesk database: it holds other tables ({tables}).</source>
        <translation>{url} — не база данных DutyDesk: в ней есть посторонние таблицы ({tables}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="43"/>
        <location filename="../../desk_app/ui/errors.py" line="52"/>
        <location filename="../../desk_app/ui/errors.py" line="56"/>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="71"/>
        <source>Something went wrong inside DutyDesk. Nothing was saved by this action. Details:</source>
        <translation>В DutyDesk произошла внутренняя ошибка. Это действие ничего не сохранило. Подробности:</translation>
    </message>
</context>
</TS>
