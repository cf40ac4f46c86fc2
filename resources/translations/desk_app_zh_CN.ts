<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="37"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="40"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="44"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN码（4–12位数字）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="46"/>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="41"/>
        <source>Amend entry #{num}</source>
        <translation>更正记录 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="56"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="44"/>
        <source>The original entry stays in the book, marked as amended. Write the corrected entry in full.</source>
        <translation>原记录仍保留在值班记录中，并标记为“已更正”。请完整填写更正后的记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="48"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="52"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="53"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="54"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="59"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="40"/>
        <source>Close follow-up of entry #{num}</source>
        <translation>关闭记录 #{num} 的跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="45"/>
        <source>What was done? This is written to the log as a new entry.</source>
        <translation>做了哪些处理？此内容将作为一条新记录写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="47"/>
        <source>Close follow-up</source>
        <translation>关闭跟进</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="111"/>
        <source>Log entry #{num}</source>
        <translation>值班记录 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="113"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="114"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="115"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="116"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="118"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="119"/>
        <source>{name} at {station}</source>
        <translation>{name}（{station}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="125"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="127"/>
        <source>★ Important: everyone on duty must read it.</source>
        <translation>★ 重要：所有值班人员必须阅读。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="130"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="132"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}：{owner}，期限 {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="141"/>
        <source>Amends entry #{num}: {text}</source>
        <translation>更正记录 #{num}：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="142"/>
        <source>Amended by entry #{num}: {text}</source>
        <translation>已由记录 #{num} 更正：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="143"/>
        <source>Closes the follow-up of entry #{num}: {text}</source>
        <translation>关闭记录 #{num} 的跟进：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="144"/>
        <source>Follow-up closed by entry #{num}: {text}</source>
        <translation>跟进已由记录 #{num} 关闭：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="150"/>
        <source>Open #{num}</source>
        <translation>打开 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="156"/>
        <source>{name} ({time})</source>
        <translation>{name}（{time}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="160"/>
        <source>Read by: {names}</source>
        <translation>已阅：{names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="160"/>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="165"/>
        <source>Not yet read by (on duty since): {names}</source>
        <translation>尚未阅读（此后在岗人员）：{names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="173"/>
        <source>Mark read</source>
        <translation>标记为已阅</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="183"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="188"/>
        <source>Write a correcting entry; this one stays as written.</source>
        <translation>另写一条更正记录；本记录保持原样。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_dialog.py" line="190"/>
        <source>Already amended: amend the newer entry.</source>
        <translation>已被更正：请更正较新的那条记录。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="16"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="17"/>
        <source>Request / help</source>
        <translation>求助 / 请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="18"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="19"/>
        <source>Incident / emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="20"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="21"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="23"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="29"/>
        <source>Clerk</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="30"/>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="31"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="39"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="40"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="71"/>
        <source>DutyDesk is locked</source>
        <translation>DutyDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="76"/>
        <source>Signed in: {name}. Enter your PIN to continue.</source>
        <translation>当前登录：{name}。请输入PIN码继续。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="86"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/idle_lock.py" line="89"/>
        <source>Sign in as someone else…</source>
        <translation>以其他人员身份登录…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="50"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="51"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="52"/>
        <source>Last 12 hours</source>
        <translation>最近12小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="53"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="54"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="55"/>
        <source>Dates…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="65"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="70"/>
        <source>Open follow-ups only</source>
        <translation>仅显示未结跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="75"/>
        <source>Search text, room, party (Ctrl+F)</source>
        <translation>搜索内容、房间、当事人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_dock.py" line="143"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="42"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="43"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="44"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="45"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="46"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="47"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="48"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="142"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}：{owner}，期限 {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="154"/>
        <source>[amended by #{num}] {text}</source>
        <translation>[已由 #{num} 更正] {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log_model.py" line="156"/>
        <source>[amends #{num}] {text}</source>
        <translation>[更正 #{num}] {text}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="105"/>
        <source>Sign in — {station}</source>
        <translation>登录 — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="106"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="113"/>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="114"/>
        <source>Sign in</source>
        <translation>登录</translation>
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
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="62"/>
        <source>Open items</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="74"/>
        <source>Station: {station}</source>
        <translation>工作站：{station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="76"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="145"/>
        <source>&amp;Desk</source>
        <translation>值班台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="147"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="151"/>
        <source>Sign in as someone &amp;else…</source>
        <translation>以其他人员身份登录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="156"/>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="158"/>
        <source>&amp;New entry</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="161"/>
        <source>&amp;Open selected entry</source>
        <translation>打开所选记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="163"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="169"/>
        <source>&amp;New entry	Ctrl+L</source>
        <translation>新建记录(&amp;N)	Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="175"/>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="177"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="186"/>
        <source>&amp;About DutyDesk</source>
        <translation>关于 DutyDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="219"/>
        <source>Overdue follow-ups: {count}</source>
        <translation>逾期跟进：{count} 项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="264"/>
        <source>DutyDesk {version}
The front-desk duty book.
Database: {url}</source>
        <translation>DutyDesk {version}
前台值班记录簿。
数据库：{url}</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="78"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="79"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="80"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="81"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="82"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="83"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="97"/>
        <source>Close follow-up…</source>
        <translation>关闭跟进…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/open_items.py" line="136"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>未结 {open} 项，逾期 {overdue} 项</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="105"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="107"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="116"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="118"/>
        <location filename="../../desk_app/ui/people_dialog.py" line="167"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="120"/>
        <source>New PIN…</source>
        <translation>重设PIN码…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="121"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="144"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="146"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="148"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="167"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
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
        <translation>类别：Alt+1 … Alt+8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="55"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="59"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="63"/>
        <source>What happened? Enter saves (Ctrl+L comes back here)</source>
        <translation>发生了什么？按 Enter 保存（Ctrl+L 回到此处）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="64"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="66"/>
        <source>Ctrl+I: the next shift must read it</source>
        <translation>Ctrl+I：下一班必须阅读</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="67"/>
        <source>Follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/quick_entry.py" line="74"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="74"/>
        <source>New PIN for {name}</source>
        <translation>为 {name} 设置新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="75"/>
        <source>New PIN</source>
        <translation>新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/people_dialog.py" line="77"/>
        <source>New PIN again</source>
        <translation>再次输入新PIN码</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="24"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="33"/>
        <source>Lock after idle (minutes)</source>
        <translation>闲置自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="40"/>
        <source>Only a manager can change the idle lock time.</source>
        <translation>只有经理可以修改闲置锁定时间。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="37"/>
        <source>Set up DutyDesk</source>
        <translation>初始化 DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="40"/>
        <source>This is a new duty book. Create the manager&apos;s account: the manager adds the other people later. Name this station (this counter), as it will appear on every record.</source>
        <translation>这是一本新的值班记录簿。请先创建经理账户，其他人员由经理稍后添加。再为本工作站（本前台）命名，该名称将显示在每条记录上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="44"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="46"/>
        <source>Manager&apos;s name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="48"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN码（4–12位数字）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="50"/>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="77"/>
        <source>Name this station</source>
        <translation>为工作站命名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="79"/>
        <source>Give this counter a name; it is recorded on every entry written here.</source>
        <translation>请为本前台命名；在此写入的每条记录都会记下该名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/account_dialogs.py" line="81"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/ui/app.py" line="101"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="8"/>
        <source>An active person named {name} already exists.</source>
        <translation>已有名为 {name} 的在用人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="9"/>
        <source>An in-memory database cannot keep a duty log; give a file.</source>
        <translation>内存数据库无法保存值班记录，请指定一个文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="10"/>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk.</source>
        <translation>PostgreSQL 数据库的备份须在服务器上进行（pg_dump），不由 DutyDesk 完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="14"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation>无法创建备份文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="15"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="16"/>
        <source>Choose when the follow-up is due.</source>
        <translation>请选择跟进期限。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="17"/>
        <source>Choose who owns the follow-up.</source>
        <translation>请选择跟进负责人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="18"/>
        <source>Enter a name for this station (this counter).</source>
        <translation>请输入本工作站（本前台）的名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="19"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="20"/>
        <source>Entry #{num} was already amended by #{later}; amend the newer one.</source>
        <translation>记录 #{num} 已由 #{later} 更正，请更正较新的记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="23"/>
        <source>No database driver for {url}: {error}</source>
        <translation>没有适用于 {url} 的数据库驱动：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="24"/>
        <source>No such entry.</source>
        <translation>记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="25"/>
        <source>No such follow-up.</source>
        <translation>跟进事项不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="26"/>
        <source>No such person.</source>
        <translation>人员不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="27"/>
        <source>The PIN is too long: use at most {max} digits.</source>
        <translation>PIN码过长：最多 {max} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="28"/>
        <source>The PIN is too short: use at least {min} digits.</source>
        <translation>PIN码过短：至少 {min} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="29"/>
        <source>The PIN may contain digits only.</source>
        <translation>PIN码只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="30"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>备份到 {folder} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="31"/>
        <source>The backup {path} failed its integrity check: {detail}</source>
        <translation>备份 {path} 未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="32"/>
        <source>The database file {path} is read-only. DutyDesk needs to write to it.</source>
        <translation>数据库文件 {path} 为只读。DutyDesk 需要写入该文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="35"/>
        <source>The demo covers between a few days and 10 years.</source>
        <translation>演示数据的时间跨度为几天到10年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="36"/>
        <source>The entry to amend does not exist.</source>
        <translation>要更正的记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="37"/>
        <source>The folder {folder} does not exist. Create it or choose another place for the database.</source>
        <translation>文件夹 {folder} 不存在。请创建该文件夹，或为数据库另选位置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="41"/>
        <source>The folder {folder} is read-only. DutyDesk needs to write there.</source>
        <translation>文件夹 {folder} 为只读。DutyDesk 需要在其中写入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="42"/>
        <source>The follow-up due time is in the past.</source>
        <translation>跟进期限不能早于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="43"/>
        <source>The follow-up owner does not exist.</source>
        <translation>跟进负责人不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="44"/>
        <source>The follow-up owner is no longer active.</source>
        <translation>跟进负责人已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="45"/>
        <source>The idle lock time must be between {min} and {max} minutes.</source>
        <translation>闲置锁定时间须在 {min} 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="46"/>
        <source>The last active manager cannot be deactivated.</source>
        <translation>不能停用最后一位在用的经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="47"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="48"/>
        <source>The party concerned is longer than {limit} characters.</source>
        <translation>当事人超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="49"/>
        <source>The room or place is longer than {limit} characters.</source>
        <translation>房间/地点超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="50"/>
        <source>The station name is longer than 60 characters.</source>
        <translation>工作站名称超过 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="51"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="52"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的PIN码不一致，请输入相同的PIN码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="53"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="54"/>
        <source>This database already has a manager; sign in instead.</source>
        <translation>此数据库已有经理账户，请直接登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="55"/>
        <source>This database already has people. Demo data goes into a new, empty database.</source>
        <translation>此数据库已有人员。演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="58"/>
        <source>This database was written by a newer DutyDesk (schema {revision}). Install the newer version to open it.</source>
        <translation>此数据库由较新版本的 DutyDesk 写入（架构版本 {revision}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="62"/>
        <source>This follow-up was already closed.</source>
        <translation>该跟进已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="63"/>
        <source>This follow-up was changed at another station; look again.</source>
        <translation>该跟进已在其他工作站被修改，请重新查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="64"/>
        <source>Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.</source>
        <translation>PIN码错误次数过多。账户还将锁定 {minutes} 分 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="68"/>
        <source>Unknown category: {category}.</source>
        <translation>未知类别：{category}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="69"/>
        <source>Unknown or inactive person.</source>
        <translation>人员不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="70"/>
        <source>Unknown role: {role}.</source>
        <translation>未知岗位：{role}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="71"/>
        <source>Write what happened: the text is empty.</source>
        <translation>内容为空：请填写发生的情况。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="72"/>
        <source>Wrong PIN.</source>
        <translation>PIN码错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="73"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="74"/>
        <source>Your account is no longer active. Ask a manager.</source>
        <translation>您的账户已停用，请联系经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="75"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的岗位（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="76"/>
        <source>{path} is not a DutyDesk database (it is not an SQLite file at all).</source>
        <translation>{path} 不是 DutyDesk 数据库（根本不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="79"/>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_texts.py" line="80"/>
        <source>{url} is not a DutyDesk database: it holds other tables ({tables}).</source>
        <translation>{url} 不是 DutyDesk 数据库：其中包含其他数据表（{tables}）。</translation>
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
        <translation>DutyDesk 内部出错。此次操作未保存任何内容。详细信息：</translation>
    </message>
</context>
</TS>
