<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="36"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="39"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="43"/>
        <source>PIN (4-12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="45"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="41"/>
        <source>Amend entry #{num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="50"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="58"/>
        <source>The original entry stays in the book, marked as amended. Write the corrected entry in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="63"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="64"/>
        <source>Room / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="65"/>
        <source>Party concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="66"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="40"/>
        <source>Close follow-up of entry #{num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="46"/>
        <source>What was done? This is written to the log as a new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="54"/>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="132"/>
        <source>Log entry #{num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="134"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="135"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="136"/>
        <source>Room / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="137"/>
        <source>Party concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="139"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="140"/>
        <source>{name} at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="146"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="148"/>
        <source>★ Important: everyone on duty must read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="151"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="153"/>
        <source>{state}: {owner}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="162"/>
        <source>Amends entry #{num}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="163"/>
        <source>Amended by entry #{num}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="164"/>
        <source>Closes the follow-up of entry #{num}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="165"/>
        <source>Follow-up closed by entry #{num}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="171"/>
        <source>Open #{num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="177"/>
        <source>{name} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="181"/>
        <source>Read by: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="181"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="186"/>
        <source>Not yet read by (on duty since): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="194"/>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="204"/>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="209"/>
        <source>Write a correcting entry; this one stays as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="211"/>
        <source>Already amended: amend the newer entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="70"/>
        <source>DutyDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="75"/>
        <source>Signed in: {name}. Enter your PIN to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="85"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="88"/>
        <source>Sign in as someone else…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="50"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="51"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="52"/>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="53"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="54"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="55"/>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="65"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="70"/>
        <source>Open follow-ups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="75"/>
        <source>Search text, room, party (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="143"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="42"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="43"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="44"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="45"/>
        <source>Room / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="46"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="47"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="48"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="142"/>
        <source>{state}: {owner}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="154"/>
        <source>[amended by #{num}] {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="156"/>
        <source>[amends #{num}] {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="161"/>
        <source>Sign in — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="162"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="169"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="170"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="53"/>
        <source>DutyDesk — {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="57"/>
        <source>Duty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="74"/>
        <source>Station: {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="76"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="145"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="147"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="151"/>
        <source>Sign in as someone &amp;else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="156"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="158"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="161"/>
        <source>&amp;Open selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="163"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="169"/>
        <source>&amp;New entry	Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="175"/>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="177"/>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="186"/>
        <source>&amp;About DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="219"/>
        <source>Overdue follow-ups: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="264"/>
        <source>DutyDesk {version}
The front-desk duty book.
Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="97"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="98"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="99"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="100"/>
        <source>Room / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="101"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="102"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="116"/>
        <source>Close follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="155"/>
        <source>{open} open, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="104"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="106"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="106"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="115"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="117"/>
        <location filename="../../desk_app/ui/people_dialog.py" line="166"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="119"/>
        <source>New PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="143"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="145"/>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="147"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="166"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="50"/>
        <source>{n} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="52"/>
        <source>Category: Alt+1 … Alt+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="55"/>
        <source>Room / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="59"/>
        <source>Party concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="63"/>
        <source>What happened? Enter saves (Ctrl+L comes back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="64"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="66"/>
        <source>Ctrl+I: the next shift must read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="67"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="74"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="73"/>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="74"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="76"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="24"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="33"/>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="40"/>
        <source>Only a manager can change the idle lock time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="93"/>
        <source>Set up DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="96"/>
        <source>This is a new duty book. Create the manager&apos;s account: the manager adds the other people later. Name this station (this counter), as it will appear on every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="100"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="102"/>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="104"/>
        <source>PIN (4-12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="106"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="133"/>
        <source>Name this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="135"/>
        <source>Give this counter a name; it is recorded on every entry written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="137"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="93"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="8"/>
        <source>An active person named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="9"/>
        <source>An in-memory database cannot keep a duty log; give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="10"/>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="14"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="15"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="16"/>
        <source>Choose when the follow-up is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="17"/>
        <source>Choose who owns the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="18"/>
        <source>Enter a name for this station (this counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="19"/>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="20"/>
        <source>Entry #{num} was already amended by #{later}; amend the newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="23"/>
        <source>No database driver for {url}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="24"/>
        <source>No such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="25"/>
        <source>No such follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="26"/>
        <source>No such person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="27"/>
        <source>The PIN is too long: use at most {max} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="28"/>
        <source>The PIN is too short: use at least {min} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="29"/>
        <source>The PIN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="30"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="31"/>
        <source>The backup {path} failed its integrity check: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="32"/>
        <source>The database file {path} is read-only. DutyDesk needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="35"/>
        <source>The entry to amend does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="36"/>
        <source>The folder {folder} does not exist. Create it or choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="40"/>
        <source>The folder {folder} is read-only. DutyDesk needs to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="41"/>
        <source>The follow-up due time is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="42"/>
        <source>The follow-up owner does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="43"/>
        <source>The follow-up owner is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="44"/>
        <source>The idle lock time must be between {min} and {max} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="45"/>
        <source>The last active manager cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="46"/>
        <source>The name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="47"/>
        <source>The party concerned is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="48"/>
        <source>The room or place is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="49"/>
        <source>The station name is longer than 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="50"/>
        <source>The text is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="51"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="52"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="53"/>
        <source>This database already has a manager; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="54"/>
        <source>This database was written by a newer DutyDesk (schema {revision}). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="58"/>
        <source>This follow-up was already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="59"/>
        <source>This follow-up was changed at another station; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="60"/>
        <source>Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="64"/>
        <source>Unknown category: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="65"/>
        <source>Unknown or inactive person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="66"/>
        <source>Unknown role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="67"/>
        <source>Write what happened: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="68"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="69"/>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="70"/>
        <source>Your account is no longer active. Ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="71"/>
        <source>Your role ({role}) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="72"/>
        <source>{path} is not a DutyDesk database (it is not an SQLite file at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="75"/>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="76"/>
        <source>{url} is not a DutyDesk database: it holds other tables ({tables}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="35"/>
        <location filename="../../desk_app/ui/errors.py" line="44"/>
        <location filename="../../desk_app/ui/errors.py" line="48"/>
        <source>DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/errors.py" line="63"/>
        <source>Something went wrong inside DutyDesk. Nothing was saved by this action. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
