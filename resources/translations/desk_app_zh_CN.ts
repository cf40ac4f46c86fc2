<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="47"/>
        <source>About DutyDesk</source>
        <translation>关于 DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="59"/>
        <source>The front-desk duty book.</source>
        <translation>前台值班记录本。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="66"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="72"/>
        <source>Where the book is kept</source>
        <translation>记录存放位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="76"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="80"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="81"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="84"/>
        <source>Licences of what is shipped</source>
        <translation>随附组件的许可证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Part</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="89"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="104"/>
        <source>Show licence…</source>
        <translation>查看许可证…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="115"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="125"/>
        <source>Anchor beside the database</source>
        <translation>数据库旁的锚点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="126"/>
        <source>Anchor in this account&apos;s data folder</source>
        <translation>本账户数据文件夹中的锚点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="150"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="104"/>
        <source>Acknowledge complaint #{num}</source>
        <translation>受理投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="107"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="108"/>
        <source>The guest was told that we are dealing with the complaint.</source>
        <translation>已告知客人我们正在处理此投诉。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="24"/>
        <source>No. {num}, {kind}, {at}, by {inspector}.</source>
        <translation>第 {num} 号，{kind}，{at}，检查人：{inspector}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="37"/>
        <source>Every item passed.</source>
        <translation>所有项目均合格。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="40"/>
        <source>{number}. {item}: {cause} → {correction}</source>
        <translation>{number}. {item}：{cause} → {correction}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="60"/>
        <source>Acknowledge the inspection</source>
        <translation>确认检查结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="63"/>
        <source>{summary}

The clerk inspected acknowledges with their own PIN, or declines saying why.</source>
        <translation>{summary}

被检查的员工用本人PIN码确认，或说明原因后不予确认。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="77"/>
        <source>Only to decline: why</source>
        <translation>仅在不予确认时填写原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="78"/>
        <source>&amp;Clerk:</source>
        <translation>员工(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="79"/>
        <source>Their &amp;PIN:</source>
        <translation>本人PIN码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="80"/>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="82"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="85"/>
        <source>&amp;Decline…</source>
        <translation>不予确认(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/acknowledge.py" line="87"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="41"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="44"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="59"/>
        <source>PIN ({min}-{max} digits)</source>
        <translation>PIN码（{min}-{max} 位数字）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="50"/>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="46"/>
        <source>Amend entry #{num}</source>
        <translation>更正记录 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="61"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="49"/>
        <source>The original entry stays in the book, marked as amended. Write the corrected entry in full.</source>
        <translation>原记录仍保留在值班记录中，并标记为“已更正”。请完整填写更正后的记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="57"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="58"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="59"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="64"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>AnchorStatus</name>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="40"/>
        <source>Journal anchor not written</source>
        <translation>日志锚点未能写入</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="43"/>
        <source>The journal&apos;s anchor could not be written ({error}). The book is saved; tell whoever looks after this computer.</source>
        <translation>日志锚点未能写入（{error}）。值班记录已保存；请告知本电脑的维护人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="48"/>
        <source>Book shorter than its anchor</source>
        <translation>记录比锚点短</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="51"/>
        <source>The anchor in {place} says the book had reached journal row {seq} ({at}); the book no longer matches it: entries were removed, or an older copy was put in its place. Run Admin → Verify the book and tell the manager.</source>
        <translation>{place} 中的锚点表明值班记录曾达到日志第 {seq} 行（{at}）；现在的记录与之不符：有记录被删除，或被换成了较旧的副本。请运行“管理 → 校验值班记录”，并告知经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="57"/>
        <source>Anchor does not fit the book</source>
        <translation>锚点与记录不符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/anchor_status.py" line="60"/>
        <source>The anchor in {place} is damaged or belongs to another database. Run Admin → Verify the book and tell the manager.</source>
        <translation>{place} 中的锚点已损坏，或属于另一个数据库。请运行“管理 → 校验值班记录”，并告知经理。</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="320"/>
        <source>Approve leave</source>
        <translation>批准请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="322"/>
        <source>Approve swap</source>
        <translation>批准调班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="325"/>
        <source>{request}
Reason: {reason}</source>
        <translation>{request}
理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="341"/>
        <source>The leave takes away no shift.</source>
        <translation>此次请假不涉及任何班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="343"/>
        <source>Choose who covers each shift the leave takes away.</source>
        <translation>请为请假空出的每个班次选择顶班人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="350"/>
        <source>Choose who covers</source>
        <translation>选择顶班人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="352"/>
        <source>Nobody is free and rested</source>
        <translation>没有有空且休息充足的人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="355"/>
        <source>No cover (others work this shift)</source>
        <translation>无需顶班（该班次另有人值班）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="359"/>
        <source>{day}, shift {code}</source>
        <translation>{day}，{code} 班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="363"/>
        <source>{shift} (needs a cover)</source>
        <translation>{shift}（需要顶班）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="366"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="50"/>
        <source>Backing up the book…</source>
        <translation>正在备份记录…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="51"/>
        <source>Exporting the monthly duty reports…</source>
        <translation>正在导出每月值班报告…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="52"/>
        <source>Writing the archive…</source>
        <translation>正在写入归档…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="53"/>
        <source>Checking the archive…</source>
        <translation>正在校验归档…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="54"/>
        <source>Finishing the monthly duty reports…</source>
        <translation>正在完成每月值班报告…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="55"/>
        <source>Taking the year out of the book…</source>
        <translation>正在从记录中移出该年度…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="56"/>
        <source>Making the book&apos;s file smaller…</source>
        <translation>正在缩小记录文件…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="232"/>
        <source>The book&apos;s file went from {before} MB to {after} MB.</source>
        <translation>记录文件从 {before} MB 缩小到 {after} MB。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="239"/>
        <source>The book&apos;s file could not be made smaller now (DutyDesk is open on another station); it is made smaller at the next archiving.</source>
        <translation>现在无法缩小记录文件（另一个工作站正打开着 DutyDesk）；下次归档时会缩小。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="247"/>
        <source>{year} is archived in {path}: {records} records left the book; {open} open items of {year} stay in it. The twelve monthly duty reports are beside the archive.</source>
        <translation>{year} 年已归档到 {path}：{records} 条记录移出了值班记录；{year} 年的 {open} 个未结事项仍留在其中。十二份每月值班报告在归档旁。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="259"/>
        <source>The book as it was is in the backup {path}.</source>
        <translation>原来的记录保存在备份 {path} 中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="74"/>
        <source>Open an archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="76"/>
        <source>DutyDesk archives (*-archive-*.sqlite);;All files (*)</source>
        <translation>DutyDesk 归档 (*-archive-*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="76"/>
        <source>Archive a year</source>
        <translation>归档一个年度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="98"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="102"/>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="158"/>
        <source>Archive folder</source>
        <translation>归档文件夹</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="103"/>
        <source>Reports in</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="104"/>
        <source>Your PIN</source>
        <translation>您的 PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="118"/>
        <source>This book is on a PostgreSQL server. Its years are archived on the server by whoever looks after it, with every station closed, not from one station.</source>
        <translation>本记录在 PostgreSQL 服务器上。其年度由服务器的维护人员在所有工作站关闭时在服务器上归档，而不是从某个工作站归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="121"/>
        <source>Records are kept {years} years (Admin → Settings).</source>
        <translation>记录保存 {years} 年（管理 → 设置）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="129"/>
        <source>No year can be archived yet: the oldest year in the book is {year}.</source>
        <translation>尚无可归档的年度：记录中最早的年度是 {year} 年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="132"/>
        <source>The book holds nothing to archive.</source>
        <translation>记录中没有可归档的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="139"/>
        <source>{year} is the oldest year in the book and past the retention: it can be archived now. Years go one at a time, oldest first.</source>
        <translation>{year} 年是记录中最早的年度，已超过保存期限：现在可以归档。年度按从早到晚逐年归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="143"/>
        <source>The book is backed up first. The twelve monthly duty reports of {year} are saved as PDF beside the archive; the archive is written and checked; only then does {year} leave the book, and its file is made smaller. Open follow-ups, complaints, requests and key loans stay in the book whatever their age. Desk → Open archive… reads an archive later.</source>
        <translation>先备份记录。{year} 年的十二份每月值班报告以 PDF 保存在归档旁；归档写入并校验之后，{year} 年才会移出记录，记录文件随后缩小。未结的跟进事项、投诉、申请和借出的钥匙无论多久都留在记录中。之后可用“值班台 → 打开归档…”查阅归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_dialog.py" line="150"/>
        <source>It takes a few minutes on a busy book. DutyDesk should be closed on the other stations, or the file cannot be made smaller.</source>
        <translation>记录较多时需要几分钟。其他工作站应关闭 DutyDesk，否则无法缩小文件。</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="59"/>
        <source>DutyDesk — archive {years}: {file} (read-only)</source>
        <translation>DutyDesk — {years} 年归档：{file}（只读）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/archive_window.py" line="62"/>
        <source>Archive: {years}. Read-only: nothing can be written here.</source>
        <translation>归档：{years}。只读：此处不能写入任何内容。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="140"/>
        <source>Assign complaint #{num}</source>
        <translation>指派投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="141"/>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="145"/>
        <source>What should they do, and by when?</source>
        <translation>需要做什么？何时之前完成？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="156"/>
        <source>Complaint given to {name}.</source>
        <translation>投诉已交给 {name} 处理。</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="84"/>
        <source>Attendance</source>
        <translation>出勤情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="96"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="100"/>
        <source>Station: {station}</source>
        <translation>工作站：{station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="110"/>
        <source>The month per person</source>
        <translation>本月按人员汇总</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="115"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="116"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ 前一天(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="120"/>
        <source>&amp;Next day ▶</source>
        <translation>后一天(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="126"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="127"/>
        <source>No-show</source>
        <translation>未到岗</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="128"/>
        <source>Extra shift</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="129"/>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="145"/>
        <source>Printout language:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="147"/>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="150"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="213"/>
        <source>Late: arrived (signed in or accepted the handover) more than {minutes} min after the shift&apos;s start. No-show: rostered, neither signed in nor accepted the handover.</source>
        <translation>迟到：在班次开始 {minutes} 分钟之后才到岗（登录或确认接班）。未到岗：已排班，但既未登录也未确认接班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="222"/>
        <source>{month}&apos;s roster is not approved: there is nothing to compare with, and every shift worked shows as an extra shift.</source>
        <translation>{month}值班表尚未批准：没有可对照的排班，所有实际出勤的班次均显示为加班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="231"/>
        <source>{weekday} {date}</source>
        <comment>a day in the attendance&apos;s list</comment>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="254"/>
        <source>No shift on this day.</source>
        <translation>当天没有班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_page.py" line="271"/>
        <source>attendance-{year}-{month}.xlsx</source>
        <comment>a file&apos;s suggested name</comment>
        <translation>出勤-{year}-{month}.xlsx</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="149"/>
        <source>Backing up… {percent}%</source>
        <translation>正在备份… {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="150"/>
        <source>Backup {percent}%</source>
        <translation>备份 {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="152"/>
        <source>A backup of the book is being made beside the window (after the handover was sealed): go on working.</source>
        <translation>交接班封存后，正在窗口后台备份记录：请继续工作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="163"/>
        <source>Backup made {time}</source>
        <translation>已备份 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="164"/>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="165"/>
        <source>Backup made at {time}: {path}</source>
        <translation>{time} 已备份：{path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="172"/>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="173"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="175"/>
        <source>The backup could not be made: {error}. The book itself is as it was; make one with Admin → Backups… → Back up now, and tell the manager if it fails again.</source>
        <translation>未能备份：{error}。记录本身保持原样；请用“管理 → 备份… → 立即备份”手动备份，若再次失败请告知经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="194"/>
        <source>the folder {folder} is not there</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="199"/>
        <source>Second backup folder missing</source>
        <translation>缺少第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="200"/>
        <source>2nd folder missing</source>
        <translation>第二文件夹缺失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/background_backup.py" line="202"/>
        <source>The backups are made beside the book, but cannot be copied to the second backup folder: {why}. Plug in the disk or reach the share before the next backup (Admin → Backups… shows the folder).</source>
        <translation>备份已保存在记录旁，但无法复制到第二备份文件夹：{why}。请在下次备份前插入磁盘或连接共享文件夹（“管理 → 备份…”中显示该文件夹）。</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../../desk_app/ui/shell/backup_window.py" line="50"/>
        <source>DutyDesk — backup of {made} (read-only)</source>
        <translation>DutyDesk — {made} 的备份（只读）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backup_window.py" line="53"/>
        <source>Read-only: the book as it was {made}. Nothing can be written here.</source>
        <translation>只读：这是 {made} 时的记录，此处不能写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="56"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="57"/>
        <source>Handover sealed</source>
        <translation>交接班封存时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="58"/>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="59"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="60"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="61"/>
        <source>Before archiving a year</source>
        <translation>归档年度前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="438"/>
        <source>The book was restored from the backup made {made}: it had reached journal row {before} and now ends at row {after}. The book as it was before, its anchors and the newer backups are kept in {folder}. Verify the book holds the restored book to its own anchors from now on.</source>
        <translation>值班记录已从 {made} 的备份恢复：原记录写到日志第 {before} 行，现在止于第 {after} 行。恢复前的记录、其锚点和较新的备份保存在 {folder}。从现在起，“校验值班记录”以恢复后记录自己的锚点为准。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="88"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="91"/>
        <source>Backups are made every day at closing, at every sealed handover and before an upgrade, into the backups folder beside the book. A backup is this book&apos;s by what is inside it; one that holds entries the book no longer has is kept.</source>
        <translation>每天收班时、每次交接班封存时以及升级前都会自动备份，存放在记录旁的 backups 文件夹中。备份是否属于本记录，以其中内容为准；含有本记录已没有的内容的备份会被保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="105"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="106"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="107"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="108"/>
        <source>Journal head</source>
        <translation>日志末行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="109"/>
        <source>In this book</source>
        <translation>属于本记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="110"/>
        <source>Checked</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="123"/>
        <source>&amp;Check</source>
        <translation>校验(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="126"/>
        <source>Check the backup whole, as Verify the book does (seconds on a big book)</source>
        <translation>像“校验值班记录”一样完整校验该备份（记录很大时需要几秒钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="129"/>
        <source>&amp;Open read-only…</source>
        <translation>只读打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="132"/>
        <source>The book as it was then, in a window of its own where nothing can be written</source>
        <translation>当时的记录，在单独的窗口中打开，不能写入</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="135"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="138"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="186"/>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="199"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="201"/>
        <source>No — set aside at a restore</source>
        <translation>否 — 恢复时已移开</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="203"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="205"/>
        <source>No — holds entries the book no longer has</source>
        <translation>否 — 含有本记录已没有的内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="210"/>
        <source>row {seq} · {hash}</source>
        <translation>第 {seq} 行 · {hash}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="224"/>
        <source>Compressed (zstd)</source>
        <translation>已压缩（zstd）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="226"/>
        <source>Not compressed (made by an earlier version)</source>
        <translation>未压缩（由较早版本制作）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="236"/>
        <source>not yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="238"/>
        <source>whole</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="239"/>
        <source>{count} problems</source>
        <translation>{count} 个问题</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="249"/>
        <source>Restored on {when} by {who} from the backup of {made}: the book had reached journal row {before}, the restored book ended at row {after}. The book as it was, its anchors and the newer backups are kept in {folder}.</source>
        <translation>{when} 由 {who} 从 {made} 的备份恢复：原记录写到日志第 {before} 行，恢复后的记录止于第 {after} 行。原来的记录、其锚点和较新的备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="266"/>
        <source>This book is on a PostgreSQL server. Its backups are made, kept and restored on the server (pg_dump, pg_restore) by whoever looks after it: restoring a server database is the database administrator&apos;s job, with every station closed, not this window&apos;s.</source>
        <translation>本记录存放在 PostgreSQL 服务器上。其备份由服务器的维护人员在服务器上制作、保管和恢复（pg_dump、pg_restore）：恢复服务器数据库是数据库管理员的工作，须在所有工作站关闭时进行，而不是在本窗口中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="303"/>
        <source>Put this backup in the book&apos;s place (a manager&apos;s, with the PIN)</source>
        <translation>用此备份替换当前记录（仅经理，需 PIN）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="305"/>
        <source>Only a manager can restore a backup.</source>
        <translation>只有经理可以恢复备份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="341"/>
        <source>The backup is whole: {rows} journal rows match.</source>
        <translation>备份完整：{rows} 行日志全部一致。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="348"/>
        <source>The backup has {count} problems. Open it read-only and use Admin → Verify the book there to see them.</source>
        <translation>该备份有 {count} 个问题。请只读打开它，并在那里使用“管理 → 校验值班记录”查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="391"/>
        <source>Backup made: {path}. It could not be copied to the second folder: {error}</source>
        <translation>已备份：{path}。未能复制到第二备份文件夹：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/backups_dialog.py" line="396"/>
        <source>Backup made: {path}</source>
        <translation>已备份：{path}</translation>
    </message>
</context>
<context>
    <name>BoardCountDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="51"/>
        <source>Count the key board</source>
        <translation>盘点钥匙板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="58"/>
        <source>Tick each key you see on its hook, or scan it. Keys that are out or off the board are not listed; a key found on the board though it is out is added when scanned.</source>
        <translation>请勾选您在挂钩上看到的每把钥匙，或扫描钥匙。已借出或已撤下的钥匙不会列出；如发现已借出的钥匙却挂在板上，扫描后会将其加入列表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="67"/>
        <source>Scan or type a code, then Enter</source>
        <translation>扫描或输入编号后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="74"/>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="86"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="90"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="117"/>
        <source>Record count</source>
        <translation>记录盘点结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="148"/>
        <source>{hook}  {code} — {label}</source>
        <translation>{hook}  {code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="185"/>
        <source>{ticked} of {total} ticked</source>
        <translation>已勾选 {ticked}/{total}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="199"/>
        <source>{code} ticked.</source>
        <translation>已勾选 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="202"/>
        <source>{code} — not in the register</source>
        <translation>{code} — 不在登记簿中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="203"/>
        <source>{code} is not in the register: it is counted as unknown.</source>
        <translation>{code} 不在登记簿中：计为未知钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="207"/>
        <source>{line} ({state})</source>
        <translation>{line}（{state}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="210"/>
        <source>{code} is not expected on the board ({state}).</source>
        <translation>{code} 本不应在钥匙板上（{state}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="243"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="244"/>
        <source>on the board though out</source>
        <translation>借出却在板上</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="245"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="257"/>
        <source>{text} — {mark}</source>
        <translation>{text} — {mark}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="260"/>
        <source>Recorded at {time}: all {present} keys are on the board.</source>
        <translation>已于 {time} 记录：全部 {present} 把钥匙都在板上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="268"/>
        <source>Recorded at {time}; written to the duty log.
Missing ({n_missing}): {missing}
On the board though out ({n_unexpected}): {unexpected}
Unknown ({n_unknown}): {unknown}</source>
        <translation>已于 {time} 记录，并已写入值班记录。
缺失（{n_missing}）：{missing}
借出却在板上（{n_unexpected}）：{unexpected}
未知（{n_unknown}）：{unknown}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="288"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/count_dialog.py" line="289"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="138"/>
        <source>Hook {hook}: no key</source>
        <translation>挂钩 {hook}：无钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="154"/>
        <source>Hook {hook}: {code}, {label}, {state}</source>
        <translation>挂钩 {hook}：{code}，{label}，{state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="171"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="172"/>
        <source>Hook {hook} · {type}</source>
        <translation>挂钩 {hook} · {type}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="178"/>
        <source>Restricted: only allowed roles may issue it, with their PIN</source>
        <translation>受限钥匙：仅限授权岗位凭本人PIN码借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="180"/>
        <source>Holder: {name}</source>
        <translation>持有人：{name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="181"/>
        <source>Out since: {time}</source>
        <translation>借出时间：{time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="183"/>
        <source>Expected back: {time}</source>
        <translation>预计归还时间：{time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/board_model.py" line="187"/>
        <source>Purpose: {purpose}</source>
        <translation>用途：{purpose}</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="181"/>
        <source>Choose a new PIN</source>
        <translation>设置新的PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="184"/>
        <source>Your PIN is shorter than your role now needs. Choose a new PIN of at least {min} digits to sign in.</source>
        <translation>您的PIN码短于您的岗位现在的要求。请设置至少 {min} 位数字的新PIN码后登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="188"/>
        <source>New PIN</source>
        <translation>新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="190"/>
        <source>New PIN again</source>
        <translation>再次输入新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="193"/>
        <source>Change PIN and sign in</source>
        <translation>更改PIN码并登录</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="50"/>
        <source>Change the role of {name}</source>
        <translation>更改 {name} 的岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="53"/>
        <source>{name} is now: {role}. The new role applies from their next action; a longer PIN is asked at their next sign-in if the new role needs one.</source>
        <translation>{name} 当前岗位：{role}。新岗位从其下一次操作起生效；如新岗位要求更长的PIN码，将在其下次登录时要求设置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="57"/>
        <source>New role</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="65"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="66"/>
        <source>Why: it goes into the duty log.</source>
        <translation>说明原因：将写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="68"/>
        <source>Change role</source>
        <translation>更改岗位</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="39"/>
        <source>Inspection checklist</source>
        <translation>检查项目表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="43"/>
        <source>The items a supervisor checks, in order (seed 004). An item of the seed reads in each reader&apos;s language unless you write words of your own. Saved, the list is a new version ({version} now): inspections already made keep theirs.</source>
        <translation>客服主管检查的项目及顺序（见制度文件004）。制度中的项目按各读者的语言显示，除非您自行填写文字。保存后即成为新版本（当前为第{version}版）：已完成的检查仍保留其原有项目表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="50"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="50"/>
        <source>Scored</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="62"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="63"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="64"/>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="65"/>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="78"/>
        <source>&amp;Items:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="96"/>
        <source>Pass / fail</source>
        <translation>合格／不合格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/checklist_editor.py" line="97"/>
        <source>1 to 5</source>
        <translation>1至5分</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="426"/>
        <source>Close complaint #{num}</source>
        <translation>关闭投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="429"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="430"/>
        <source>Closed after the follow-up call; nothing remains to do.</source>
        <translation>回访后结案，无其他待办事项。</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="49"/>
        <source>Close follow-up of entry #{num}</source>
        <translation>关闭记录 #{num} 的跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="54"/>
        <source>What was done? This is written to the log as a new entry.</source>
        <translation>做了哪些处理？此内容将作为一条新记录写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="56"/>
        <source>Close follow-up</source>
        <translation>关闭跟进</translation>
    </message>
</context>
<context>
    <name>CloseReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="336"/>
        <source>Close report #{num}: {guest}</source>
        <translation>关闭报失登记 #{num}：{guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="338"/>
        <source>Close report</source>
        <translation>关闭登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="341"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="342"/>
        <source>e.g. the guest found it themselves; the guest gave up</source>
        <translation>例如：客人已自行找到；客人放弃寻找</translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysisDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="389"/>
        <location filename="../../desk_app/ui/complaints/analysis_model.py" line="88"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="61"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="391"/>
        <source>Complaint analysis</source>
        <translation>投诉分析</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="70"/>
        <source>the one who took it</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="71"/>
        <source>the one who settled it</source>
        <translation>解决人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="78"/>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="79"/>
        <source>Counts &amp;against:</source>
        <translation>计入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="80"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="81"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="129"/>
        <source>Export &amp;analysis…</source>
        <translation>导出分析(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="132"/>
        <source>Export &amp;register…</source>
        <translation>导出登记簿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="135"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="141"/>
        <source>Printout language:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="167"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="404"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="168"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="169"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="170"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="171"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="271"/>
        <source>Settled by</source>
        <translation>解决人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="277"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="332"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="458"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="278"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="333"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="279"/>
        <source>Overdue
rate</source>
        <translation>逾期
比例</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="280"/>
        <source>First reply,
median (min)</source>
        <translation>首次答复
中位数(分钟)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="281"/>
        <source>Resolution,
median (h)</source>
        <translation>解决用时
中位数(小时)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="282"/>
        <source>Compensation</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="283"/>
        <source>Satisfaction
(1-5)</source>
        <translation>满意度
(1-5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="298"/>
        <source>W{week}</source>
        <comment>a week under a chart&apos;s bar</comment>
        <translation>第{week}周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="300"/>
        <source>W{week} {year}</source>
        <comment>a week under a chart&apos;s bar</comment>
        <translation>{year}年第{week}周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="303"/>
        <source>Week {week}, {year}</source>
        <translation>{year}年第{week}周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="305"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="390"/>
        <source>Not settled yet</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="309"/>
        <source>{month} {year}</source>
        <comment>month and year</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="344"/>
        <source>The chart shows the {count} people with the most complaints; the table has everyone.</source>
        <translation>图表显示投诉最多的 {count} 人；表格列出全部人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="351"/>
        <source>The chart shows the last {count} periods; the table has all of them. Group by a longer period to see more in the chart.</source>
        <translation>图表显示最近 {count} 个时段；表格列出全部时段。按更长的时段分组，可在图表中看到更多。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="366"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="376"/>
        <source>Complaint analysis, {first} – {last}</source>
        <translation>投诉分析，{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="378"/>
        <source>Complaint analysis by who settled each complaint, {first} – {last}</source>
        <translation>投诉分析（按解决人），{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="379"/>
        <source>Complaint analysis by who took each complaint in, {first} – {last}</source>
        <translation>投诉分析（按登记人），{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="397"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="398"/>
        <source>Record id</source>
        <translation>记录ID</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="399"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="400"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="401"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="402"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="403"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="405"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="406"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="407"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="408"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="409"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="410"/>
        <source>Escalated to</source>
        <translation>上报给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="411"/>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="412"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="413"/>
        <source>Resolved by</source>
        <translation>解决人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="414"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="416"/>
        <source>Kind of compensation</source>
        <translation>补偿方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="417"/>
        <source>Guest reached on follow-up call</source>
        <translation>回访时联系上客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="419"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="273"/>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="420"/>
        <source>Taken in by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="421"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="432"/>
        <source>Export analysis</source>
        <translation>导出分析</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="450"/>
        <source>Export register</source>
        <translation>导出投诉登记簿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="459"/>
        <source>Complaint register</source>
        <translation>投诉登记簿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/analysis_dialog.py" line="477"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="74"/>
        <source>Acknowledge…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="75"/>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="76"/>
        <source>Escalate…</source>
        <translation>上报主管…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="77"/>
        <source>Reply…</source>
        <translation>答复客人…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="78"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="79"/>
        <source>Follow-up call…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="80"/>
        <source>Close complaint…</source>
        <translation>关闭投诉…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="81"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="102"/>
        <source>Complaint #{num}: {guest}</source>
        <translation>投诉 #{num}：{guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="106"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="107"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="108"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="109"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="110"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="111"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="112"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="114"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="116"/>
        <source>{name} at {station}</source>
        <translation>{name}（{station}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="123"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="130"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="131"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="133"/>
        <source>Escalated to</source>
        <translation>上报给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="138"/>
        <source>Settlement proposed</source>
        <translation>拟定处理方案</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="140"/>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="142"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="144"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="147"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="149"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="229"/>
        <source>{amount} ({kind})</source>
        <translation>{amount}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="156"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="158"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="270"/>
        <source>Reached; satisfaction {score} of 5</source>
        <translation>已联系上；满意度 {score}/5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="160"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="273"/>
        <source>Guest not reached</source>
        <translation>未联系上客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="164"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="175"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="181"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="233"/>
        <source>{settlement}: {outcome}</source>
        <translation>{settlement}：{outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="244"/>
        <source>Reply promised by {time}</source>
        <translation>承诺 {time} 前答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="246"/>
        <location filename="../../desk_app/ui/complaints/page.py" line="256"/>
        <source>To {name}</source>
        <translation>交给 {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="251"/>
        <source>To {name}; proposed {amount} ({kind})</source>
        <translation>交给 {name}；拟补偿 {amount}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="260"/>
        <source>No compensation</source>
        <translation>无补偿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="262"/>
        <source>Compensation {amount} ({kind}), confirmed with a PIN</source>
        <translation>补偿 {amount}（{kind}），已凭PIN码确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="265"/>
        <source>Compensation {amount} ({kind})</source>
        <translation>补偿 {amount}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/page.py" line="279"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ComplaintLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="36"/>
        <source>Complaint #{num} received: {note}</source>
        <translation>收到投诉 #{num}：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="37"/>
        <source>Complaint #{num} acknowledged: {note}</source>
        <translation>投诉 #{num} 已受理：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="38"/>
        <source>Complaint #{num} assigned: {note}</source>
        <translation>投诉 #{num} 已指派：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="39"/>
        <source>Complaint #{num} escalated: {note}</source>
        <translation>投诉 #{num} 已上报主管：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="40"/>
        <source>Complaint #{num}, reply to the guest: {note}</source>
        <translation>投诉 #{num}，答复客人：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="41"/>
        <source>Complaint #{num} resolved: {note}</source>
        <translation>投诉 #{num} 已解决：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="42"/>
        <source>Complaint #{num}, follow-up call: {note}</source>
        <translation>投诉 #{num}，回访：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="43"/>
        <source>Complaint #{num} closed: {note}</source>
        <translation>投诉 #{num} 已关闭：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="44"/>
        <source>Complaint #{num} reopened: {note}</source>
        <translation>投诉 #{num} 已重新打开：{note}</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="66"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="67"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="69"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="70"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="71"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="72"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="74"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="75"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/model.py" line="130"/>
        <location filename="../../desk_app/ui/complaints/model.py" line="139"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="80"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="82"/>
        <source>Take a complaint (Ctrl+Shift+C)</source>
        <translation>登记一条投诉（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="87"/>
        <source>Search guest, room, contact, text</source>
        <translation>搜索客人、房间、联系方式、内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="91"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="92"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="93"/>
        <source>Awaiting a reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="96"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="100"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="105"/>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="125"/>
        <source>Hide these reminders</source>
        <translation>隐藏这些提醒</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="108"/>
        <source>Anyone assigned</source>
        <translation>全部处理人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/dock.py" line="268"/>
        <source>Reply promised by {time}: complaint #{num}, {guest}</source>
        <translation>承诺 {time} 前答复：投诉 #{num}，{guest}</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="144"/>
        <source>Copy a week</source>
        <translation>复制一周</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="146"/>
        <source>The seven days from the first day are typed again from the second.</source>
        <translation>将自第一个日期起七天的排班，从第二个日期起重新填入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="148"/>
        <source>&amp;Week from day</source>
        <translation>源周起始日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="149"/>
        <source>&amp;Copy to day</source>
        <translation>复制到(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="151"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="25"/>
        <source>Countersign sheet No. {num}</source>
        <translation>会签交接班表 第{num}号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="31"/>
        <source>You checked the sealed sheet: your note, confirmed by your PIN, is kept beside it and printed with it; the sheet and its seal stay as they are.</source>
        <translation>您已检查该封存的交接班表：您的意见经PIN码确认后附于其旁，并随表打印；交接班表及其封签保持不变。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="37"/>
        <source>Countersigned by {name}, {at}: {note}</source>
        <translation>{name} 于 {at} 会签：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="49"/>
        <source>&amp;Note:</source>
        <translation>意见(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="50"/>
        <source>Your &amp;PIN:</source>
        <translation>您的PIN码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/countersign.py" line="51"/>
        <source>&amp;Countersign</source>
        <translation>会签(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CountsBox</name>
    <message>
        <location filename="../../desk_app/ui/handover/counts.py" line="124"/>
        <source>Not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/counts.py" line="125"/>
        <source>Why not?</source>
        <translation>未清点原因</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desk_app/ui/common/date_field.py" line="79"/>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/date_field.py" line="133"/>
        <source>Type the day, e.g. {example} or {day}, or pick it from the calendar.</source>
        <translation>输入日期，例如 {example} 或 {day}，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../desk_app/ui/common/datetime_field.py" line="54"/>
        <source>The time on the 24-hour clock, e.g. 09:30 or 21:30</source>
        <translation>24 小时制时间，例如 09:30 或 21:30</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/datetime_field.py" line="55"/>
        <source>hh:mm</source>
        <translation>时:分</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="116"/>
        <source>{weekday} {date}</source>
        <comment>the log&apos;s day header</comment>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="127"/>
        <source>Reviewed by {name}, {at}</source>
        <translation>审阅人：{name}，{at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/day_header.py" line="132"/>
        <source>Comment: {comment}</source>
        <translation>意见：{comment}</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="108"/>
        <source>Deactivate {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="111"/>
        <source>{name} still holds what is listed below. Choose who takes it all over: the keys are recorded as issued to them, the follow-ups and complaints become theirs. Then the account is deactivated; {name} can no longer sign in, and their records keep their name.</source>
        <translation>{name} 名下仍有下列事项。请选择由谁全部接手：钥匙将记为借给接手人，待跟进事项和投诉改由其负责。随后停用该账户；{name} 将无法再登录，其记录仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="122"/>
        <source>Held</source>
        <translation>名下事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="123"/>
        <source>Hand over to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="131"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="135"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="136"/>
        <source>Why: it goes into the duty log.</source>
        <translation>说明原因：将写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="139"/>
        <source>Hand over and deactivate</source>
        <translation>移交并停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="152"/>
        <source>Key {code} ({label}), back by {back}</source>
        <translation>钥匙 {code}（{label}），应于 {back} 前归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="158"/>
        <source>Follow-up of entry #{num}, due {due}: {text}</source>
        <translation>记录 #{num} 的待跟进事项，期限 {due}：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="164"/>
        <source>Complaint #{num}, escalated to them: {guest}</source>
        <translation>投诉 #{num}，已上报给其处理：{guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/person_dialogs.py" line="168"/>
        <source>Complaint #{num} ({status}): {guest}</source>
        <translation>投诉 #{num}（{status}）：{guest}</translation>
    </message>
</context>
<context>
    <name>DecideDisposalDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="290"/>
        <source>Approve disposal of {number}</source>
        <translation>批准处置 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="292"/>
        <source>Reject disposal of {number}</source>
        <translation>驳回处置 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="296"/>
        <source>{name} proposed on {time}: {method}. {note}</source>
        <translation>{name} 于 {time} 申请处置：{method}。{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="304"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="304"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="308"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="308"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="309"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="309"/>
        <source>Why the item is to be kept</source>
        <translation>为什么要继续保管该物品</translation>
    </message>
</context>
<context>
    <name>DutyReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="59"/>
        <source>Duty report</source>
        <translation>值班报告</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="69"/>
        <source>&amp;Make report</source>
        <translation>生成报告(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="72"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="74"/>
        <source>&amp;To (included):</source>
        <translation>至（含）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="160"/>
        <source>Choose the days and make the report.</source>
        <translation>请选择日期并生成报告。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="163"/>
        <source>{property} · {station} · {start} – {end} · made {at} by {who}</source>
        <translation>{property} · {station} · {start} – {end} · 由 {who} 于 {at} 生成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/report_tabs.py" line="37"/>
        <source>{section} ({rows})</source>
        <translation>{section}（{rows}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports/duty_report_dialog.py" line="190"/>
        <source>duty-report-{first}-{last}</source>
        <translation>值班报告-{first}-{last}</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="75"/>
        <source>Incoming clerk not arrived</source>
        <translation>接班人员未到岗</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="146"/>
        <location filename="../../desk_app/ui/roster/status.py" line="149"/>
        <location filename="../../desk_app/ui/roster/status.py" line="161"/>
        <source>nobody rostered</source>
        <translation>无人排班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="147"/>
        <source>On duty: {people}</source>
        <translation>当班：{people}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="154"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="154"/>
        <source>Next</source>
        <translation>下一班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="158"/>
        <source>{caption}: {shift}: {people}</source>
        <translation>{caption}：{shift}：{people}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="166"/>
        <source>Supervisor to call: {who}</source>
        <translation>联系主管：{who}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="184"/>
        <source>not started</source>
        <comment>roster</comment>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="197"/>
        <source>Roster for {month} overdue: not approved</source>
        <translation>{month}值班表已逾期：尚未批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="190"/>
        <location filename="../../desk_app/ui/roster/status.py" line="198"/>
        <source>Roster overdue</source>
        <comment>status bar, short</comment>
        <translation>值班表逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="150"/>
        <source>On duty: {people} · next at {time}: {later}</source>
        <translation>当班：{people} · {time} 接班：{later}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="187"/>
        <source>Roster for {month} not approved: the month has begun</source>
        <translation>{month}值班表未批准：本月已开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="192"/>
        <source>This month&apos;s roster ({month}) is not approved: no shift counts as rostered until it is. It is now: {state}. Click to open it.</source>
        <translation>本月值班表（{month}）尚未批准：批准前任何班次都不算已排班。当前状态：{state}。点击打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="200"/>
        <source>Roster for {month} not approved yet (due by {due})</source>
        <translation>{month}值班表尚未批准（截止 {due}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="203"/>
        <source>Roster due</source>
        <comment>status bar, short</comment>
        <translation>值班表待批</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="205"/>
        <source>Next month&apos;s roster ({month}) is to be approved by {due}; it is now: {state}. Click to open it.</source>
        <translation>下月值班表（{month}）须于 {due} 前批准；当前状态：{state}。点击打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="219"/>
        <source>Handover due at {time}</source>
        <translation>须于 {time} 交接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="220"/>
        <source>Handover {time}</source>
        <comment>status bar, short</comment>
        <translation>交接班 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="222"/>
        <source>The shift changes at {time}: the incoming clerk comes {minutes} min early and takes over. Click to start the handover.</source>
        <translation>{time} 交接班：接班人员提前 {minutes} 分钟到岗接班。点击开始交接。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="236"/>
        <source>Incoming clerk {incoming} has not arrived: you may not leave your post (值班人不得离岗). Call: supervisor {call}</source>
        <translation>接班人员 {incoming} 尚未到岗，值班人不得离岗。请联系主管 {call}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/status.py" line="241"/>
        <source>Incoming clerk {incoming} has not arrived: you may not leave your post (值班人不得离岗). Call a supervisor or the manager.</source>
        <translation>接班人员 {incoming} 尚未到岗，值班人不得离岗。请联系主管或经理。</translation>
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
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="221"/>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="222"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="223"/>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="224"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="225"/>
        <source>Handovers</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="226"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="227"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="228"/>
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="229"/>
        <source>Settled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="230"/>
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="231"/>
        <source>Guest satisfaction</source>
        <translation>客人满意度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="232"/>
        <source>{average} of 5 ({count} rated)</source>
        <translation>{average}/5（{count} 个评分）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="235"/>
        <source>No rating</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="236"/>
        <source>Found items in</source>
        <translation>收到拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="237"/>
        <source>Returned to owners</source>
        <translation>已归还失主</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="238"/>
        <source>Disposed of</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="239"/>
        <source>Movements</source>
        <translation>借还次数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="240"/>
        <source>Keys overdue now</source>
        <translation>当前逾期钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="241"/>
        <source>Sheets sealed</source>
        <translation>已封存交接班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="242"/>
        <source>Discrepancies noted</source>
        <translation>记录的差异</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="243"/>
        <source>Reviewed by the supervisor</source>
        <translation>主管审核</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="244"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="245"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="246"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="64"/>
        <source>On duty now</source>
        <translation>当前班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="65"/>
        <source>Next shift</source>
        <translation>下一班次</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="127"/>
        <source>Log entry #{num}</source>
        <translation>值班记录 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="129"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="130"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="131"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="132"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="134"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="135"/>
        <source>{name} at {station}</source>
        <translation>{name}（{station}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="141"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="143"/>
        <source>★ Important: everyone on duty must read it.</source>
        <translation>★ 重要：所有值班人员必须阅读。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="146"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="148"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}：{owner}，期限 {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="157"/>
        <source>Amends entry #{num}: {text}</source>
        <translation>更正记录 #{num}：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="158"/>
        <source>Amended by entry #{num}: {text}</source>
        <translation>已由记录 #{num} 更正：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="159"/>
        <source>Closes the follow-up of entry #{num}: {text}</source>
        <translation>关闭记录 #{num} 的跟进：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="160"/>
        <source>Follow-up closed by entry #{num}: {text}</source>
        <translation>跟进已由记录 #{num} 关闭：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="166"/>
        <source>Open #{num}</source>
        <translation>打开 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="172"/>
        <source>{name} ({time})</source>
        <translation>{name}（{time}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="176"/>
        <source>Read by: {names}</source>
        <translation>已阅：{names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="176"/>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="181"/>
        <source>Not yet read by (on duty since): {names}</source>
        <translation>尚未阅读（此后在岗人员）：{names}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="195"/>
        <source>Mark read</source>
        <translation>标记为已阅</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="205"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="210"/>
        <source>Write a correcting entry; this one stays as written.</source>
        <translation>另写一条更正记录；本记录保持原样。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="212"/>
        <source>Already amended: amend the newer entry.</source>
        <translation>已被更正：请更正较新的那条记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="217"/>
        <source>Open complaint…</source>
        <translation>打开投诉…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="223"/>
        <source>Open found item…</source>
        <translation>打开拾获物品…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="229"/>
        <source>Open key…</source>
        <translation>打开钥匙…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/entry_dialog.py" line="232"/>
        <source>The key&apos;s page: who has it, and its history</source>
        <translation>钥匙页面：持有人及历史记录</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="173"/>
        <source>Escalate complaint #{num}</source>
        <translation>上报投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="174"/>
        <source>Escalate to</source>
        <translation>上报给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="177"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="178"/>
        <source>Why a supervisor must take it (amount, severity, guest…)</source>
        <translation>为什么须由主管处理（金额、严重程度、客人…）</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="31"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="32"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="33"/>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="34"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/export_bar.py" line="47"/>
        <source>Printout language:</source>
        <translation>打印语言：</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="54"/>
        <source>First steps</source>
        <translation>入门步骤</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="59"/>
        <source>A new duty book. Set up these few things before the desk starts work: each line opens where it is done and is ticked once it is. This list opens again from Help → First steps…</source>
        <translation>这是一本新的值班记录。前台开始工作之前，请先完成以下几项：每一行都会打开对应的设置，完成后自动打勾。之后可从“帮助 → 入门步骤…”再次打开此列表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="68"/>
        <source>Only a manager can set up the greyed lines.</source>
        <translation>灰色的项目只能由经理设置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="101"/>
        <source>Don&apos;t show again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="105"/>
        <source>Not shown by itself at sign-in any more; Help → First steps… still opens it</source>
        <translation>登录时不再自动显示；仍可从“帮助 → 入门步骤…”打开</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="123"/>
        <source>Name the property</source>
        <translation>填写物业名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="124"/>
        <source>The hotel&apos;s name, printed at the top of every handover sheet.</source>
        <translation>酒店名称，打印在每张交接班表的顶部。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="127"/>
        <source>Add clerks and supervisors</source>
        <translation>添加前台员工和主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="128"/>
        <source>Everyone who works at the desk signs in with their own name and PIN.</source>
        <translation>在前台工作的每个人都用自己的姓名和 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="131"/>
        <source>Shift starts and counted items</source>
        <translation>班次时间和清点物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="132"/>
        <source>When the shifts change, and what is counted at each handover.</source>
        <translation>何时交接班，以及每次交接班清点哪些物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="135"/>
        <source>Lost-and-found categories</source>
        <translation>失物类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="136"/>
        <source>The kinds of found items, and how long each is kept.</source>
        <translation>拾获物品的种类，以及每类保管多久。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="139"/>
        <source>The key register</source>
        <translation>钥匙登记簿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="140"/>
        <source>The keys the desk lends, each with its hook on the board.</source>
        <translation>前台出借的钥匙，每把钥匙在钥匙板上的挂钩。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="143"/>
        <source>The label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="144"/>
        <source>The printer and labels this station prints found items&apos; tags on.</source>
        <translation>本工作站打印拾获物品标签所用的打印机和标签。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="147"/>
        <source>A second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="148"/>
        <source>Another disk or a USB stick every backup is copied to.</source>
        <translation>另一块磁盘或 U 盘，每次备份都会复制一份到那里。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="174"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/first_steps.py" line="174"/>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="388"/>
        <source>Follow-up call, complaint #{num}</source>
        <translation>回访：投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="389"/>
        <source>Guest reached</source>
        <translation>联系上客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="391"/>
        <source>Yes, we spoke with the guest</source>
        <translation>是，已与客人通话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="392"/>
        <source>No, the guest could not be reached</source>
        <translation>否，未能联系上客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="393"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="395"/>
        <source>— ask the guest —</source>
        <translation>— 请询问客人 —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="397"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="398"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="399"/>
        <source>3 — neither</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="400"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="401"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="405"/>
        <source>Comment</source>
        <translation>客人意见</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="405"/>
        <source>What the guest said</source>
        <translation>客人说了什么</translation>
    </message>
</context>
<context>
    <name>FoundItemDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="131"/>
        <source>Register found item</source>
        <translation>登记拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="135"/>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="137"/>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="139"/>
        <source>Room, lobby, restaurant…</source>
        <translation>客房、大堂、餐厅…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="153"/>
        <source>The guest&apos;s name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="163"/>
        <source>Found by</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="169"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="172"/>
        <source>What is it? Colour, brand, contents, marks. Ctrl+Enter saves.</source>
        <translation>是什么物品？颜色、品牌、内含物品、标记。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="176"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="180"/>
        <source>Money or valuables (kept at least {days} days)</source>
        <translation>现金或贵重物品（至少保留 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="186"/>
        <source>Stored at</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="188"/>
        <source>Shelf, locker, safe</source>
        <translation>货架、储物柜、保险箱</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="199"/>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="221"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="201"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="205"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="208"/>
        <source>Remove the selected photo (Delete)</source>
        <translation>移除所选照片（Delete）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="224"/>
        <source>Register item</source>
        <translation>登记物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="244"/>
        <source>Add photos of the item</source>
        <translation>添加物品照片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="246"/>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="264"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="274"/>
        <source>{file}: {error}</source>
        <translation>{file}：{error}</translation>
    </message>
</context>
<context>
    <name>HandoverColumns</name>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="139"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="140"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="141"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="142"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="143"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="144"/>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="145"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="146"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="147"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="148"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="149"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="151"/>
        <source>Promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="152"/>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="153"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="154"/>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="155"/>
        <source>Out since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="156"/>
        <source>Expected back</source>
        <translation>预计归还时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="157"/>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="158"/>
        <source>Present</source>
        <translation>在板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="159"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="160"/>
        <source>Unexpected</source>
        <translation>借出却在板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="161"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="162"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="163"/>
        <source>Counted</source>
        <translation>清点数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="164"/>
        <source>Not counted: why</source>
        <translation>未清点原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="165"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="166"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="167"/>
        <source>Found</source>
        <translation>实有</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="168"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="179"/>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="180"/>
        <source>Noted by</source>
        <translation>备注人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="181"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="182"/>
        <source>Reviewed by</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="183"/>
        <source>Reviewed at</source>
        <translation>审阅时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="184"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="185"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="186"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="187"/>
        <source>Clerks</source>
        <translation>被检查员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="188"/>
        <source>Inspected by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="189"/>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="190"/>
        <source>Acknowledgement</source>
        <translation>确认情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="193"/>
        <source>Corrections open</source>
        <translation>未完成整改</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="83"/>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="107"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="108"/>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="109"/>
        <source>Outgoing:</source>
        <translation>交班人：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="110"/>
        <source>Incoming:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/discrepancies.py" line="38"/>
        <source>&amp;Add discrepancy</source>
        <translation>添加差异(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/discrepancies.py" line="41"/>
        <source>Re&amp;move selected</source>
        <translation>删除所选(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="157"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="352"/>
        <source>Outgoing clerk: handed over</source>
        <translation>交班人：已交班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="166"/>
        <source>&amp;Hand over</source>
        <translation>交班(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="352"/>
        <source>Incoming clerk: accepted</source>
        <translation>接班人：已接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="170"/>
        <source>Accept and s&amp;eal</source>
        <translation>接班并封存(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="171"/>
        <source>I have &amp;read the shift&apos;s important entries (in red in the log above).</source>
        <translation>我已阅读本班的重要记录（上方日志中红色显示）(&amp;R)。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="239"/>
        <location filename="../../desk_app/ui/handover/dialog.py" line="485"/>
        <source>Shift handover no. {number}</source>
        <translation>交接班表 第 {number} 号</translation>
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
        <translation>封签（SHA-256），封存于 {at}：
{seal}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="280"/>
        <source>(choose who takes over)</source>
        <translation>（请选择接班人）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="355"/>
        <source>{meaning}: {name}, {at}</source>
        <translation>{meaning}：{name}，{at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="439"/>
        <source>Choose who takes over the shift.</source>
        <translation>请选择接班人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/dialog.py" line="473"/>
        <source>handover-{number}</source>
        <translation>交接班-{number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/messages.py" line="93"/>
        <source>Not sealed: {reason}</source>
        <translation>未封存：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/messages.py" line="96"/>
        <source>Not handed over: {reason}</source>
        <translation>未交班：{reason}</translation>
    </message>
</context>
<context>
    <name>HandoverHistoryPanel</name>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="50"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="51"/>
        <source>Shift start</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="52"/>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="53"/>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="54"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="55"/>
        <source>Sealed at</source>
        <translation>封存时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="66"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="68"/>
        <source>Show &amp;older</source>
        <translation>显示更早的(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/history.py" line="73"/>
        <source>&amp;Countersign…</source>
        <translation>会签(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>HandoverLabels</name>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="34"/>
        <source>Shift handover log</source>
        <comment>paper form title: 交接班记录</comment>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="37"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="59"/>
        <source>Property</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="38"/>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="62"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="60"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="39"/>
        <source>Sheet no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="40"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="41"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="173"/>
        <source>Shift start</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="42"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="174"/>
        <source>Shift end</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="43"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="175"/>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="44"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="176"/>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="45"/>
        <source>{outgoing} → {incoming}</source>
        <translation>{outgoing} → {incoming}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="46"/>
        <source>Incoming clerk changed</source>
        <translation>接班人员变更</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="47"/>
        <source>Rostered: {rostered}; taken over by {incoming} because: {reason}</source>
        <translation>排班人员：{rostered}；由 {incoming} 接班，原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="50"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="61"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="52"/>
        <source>Handed over, not yet accepted</source>
        <translation>已交班，尚未接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="55"/>
        <source>Signed and sealed</source>
        <translation>已签名并封存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="56"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="57"/>
        <source>DRAFT: not signed by both clerks and not sealed. It may still change.</source>
        <translation>草稿：交接双方尚未签名，且未封存，内容仍可能变动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="61"/>
        <source>Shift log</source>
        <translation>本班值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="62"/>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="63"/>
        <source>Open follow-ups</source>
        <translation>未结跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="64"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="65"/>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="66"/>
        <source>Keys out</source>
        <translation>已借出钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="67"/>
        <source>Keys on the board</source>
        <translation>钥匙板盘点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="68"/>
        <source>Counts</source>
        <translation>清点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="69"/>
        <source>Desk checklist</source>
        <translation>前台检查清单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="70"/>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="71"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="72"/>
        <source>Key movements</source>
        <translation>钥匙借还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="73"/>
        <source>Handovers sealed</source>
        <translation>已封存的交接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="74"/>
        <source>Days reviewed</source>
        <translation>每日审阅</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="75"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="76"/>
        <source>Checked by a supervisor</source>
        <comment>countersigned after the seal: 交接班检查</comment>
        <translation>交接班检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="79"/>
        <source>Handover checks</source>
        <comment>a supervisor&apos;s inspection at a shift change</comment>
        <translation>交接班检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="82"/>
        <source>Review notes</source>
        <translation>审阅备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="83"/>
        <source>Added by supervisors, not covered by the seal</source>
        <translation>主管追加的内容，不在封存范围内</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="86"/>
        <source>Nothing to hand over</source>
        <translation>无交接事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="88"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="89"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="90"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="91"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="92"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="93"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="94"/>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="95"/>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="96"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="97"/>
        <source>Handed over</source>
        <translation>已交班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="98"/>
        <source>Accepted</source>
        <translation>已接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="100"/>
        <source>Outgoing clerk&apos;s signature</source>
        <comment>a place to sign: 交班人签名</comment>
        <translation>交班人签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="103"/>
        <source>Incoming clerk&apos;s signature</source>
        <comment>a place to sign: 接班人签名</comment>
        <translation>接班人签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="106"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="107"/>
        <location filename="../../desk_app/ui/handover/labels.py" line="177"/>
        <source>Seal</source>
        <translation>封签</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="108"/>
        <source>SHA-256 of this sheet and of the record journal when it was sealed</source>
        <translation>封存时本表及记录日志的 SHA-256 值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="112"/>
        <source>Not sealed</source>
        <translation>未封存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="113"/>
        <source>Journal entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="114"/>
        <source>Journal hash</source>
        <translation>日志哈希值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="115"/>
        <source>Sealed at</source>
        <translation>封存时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="116"/>
        <source>Duty report</source>
        <comment>paper form title: 值班记录表</comment>
        <translation>值班记录表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="119"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="120"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="121"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="122"/>
        <source>Made by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="123"/>
        <source>desk-app (command line)</source>
        <comment>who made a report printed by the command</comment>
        <translation>desk-app（命令行）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="126"/>
        <source>Made at</source>
        <translation>制表时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="127"/>
        <source>Nothing recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="128"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="129"/>
        <source>Signers</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="130"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="119"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>HandoverSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="31"/>
        <source>Handover settings</source>
        <translation>交接班设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="34"/>
        <source>What every handover sheet of this desk shows and asks. Shifts start at the times given (a night shift runs past midnight to the first start of the next day). One item a row, with its name in each language if you wish; a sheet already sealed keeps what it was sealed with.</source>
        <translation>本前台每张交接班表显示和要求填写的内容。班次在所列时间开始（夜班跨过午夜，持续到次日第一个班次开始）。每行一项，可按需填写其各语言名称；已封存的交接班表保留封存时的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="44"/>
        <source>printed at the top of every sheet</source>
        <translation>打印在每张交接表顶部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="48"/>
        <source>Item</source>
        <translation>清点项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="51"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="56"/>
        <source>&amp;Property:</source>
        <translation>物业名称(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="57"/>
        <source>&amp;Shifts start at:</source>
        <translation>班次开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="58"/>
        <source>&amp;Counted at each handover:</source>
        <translation>每次交接清点(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/settings.py" line="59"/>
        <source>Desk c&amp;hecklist:</source>
        <translation>前台检查清单(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="87"/>
        <source>DutyDesk — User guide</source>
        <translation>DutyDesk — 用户指南</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="91"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="94"/>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="98"/>
        <source>Search the guide (Ctrl+F)</source>
        <translation>搜索指南（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/help/window.py" line="204"/>
        <source>Nothing found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="96"/>
        <source>Roster history — {month}</source>
        <translation>值班表历史 — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="102"/>
        <source>Reason / change</source>
        <translation>原因/变更</translation>
    </message>
</context>
<context>
    <name>InspectionAnalysis</name>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="34"/>
        <source>Inspection analysis, {first} – {last}</source>
        <translation>检查分析，{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="56"/>
        <source>Days reviewed on time: no day due for review yet</source>
        <translation>按时审阅的天数：尚无应审阅的日子</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="59"/>
        <source>Days reviewed on time: {on_time} of {due} ({share})</source>
        <translation>按时审阅的天数：{due} 天中 {on_time} 天（{share}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="69"/>
        <source>Inspections: {count}</source>
        <translation>检查次数：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="75"/>
        <source>Corrections open: {count}</source>
        <translation>未完成整改：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="81"/>
        <source>Overdue: {count}</source>
        <comment>corrections past their time</comment>
        <translation>已逾期：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="89"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="127"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="184"/>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="92"/>
        <source>Days due for review</source>
        <translation>应审阅的天数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="96"/>
        <source>Days reviewed on time</source>
        <translation>按时审阅的天数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="100"/>
        <source>Share of days reviewed on time</source>
        <translation>按时审阅的比例</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="105"/>
        <source>Corrections open</source>
        <translation>未完成整改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="109"/>
        <source>Corrections overdue</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="117"/>
        <source>No inspection in this period.</source>
        <translation>此期间没有检查。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="123"/>
        <source>Per clerk and month</source>
        <translation>按员工和月份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="125"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="160"/>
        <source>Clerk</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="126"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="128"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="192"/>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="142"/>
        <source>Fail rate by item</source>
        <translation>按检查项目的不合格率</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="144"/>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="145"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="161"/>
        <source>Answered</source>
        <translation>已评项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="146"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="162"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="191"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="147"/>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="163"/>
        <source>Fail rate</source>
        <translation>不合格率</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="158"/>
        <source>Fail rate by clerk</source>
        <translation>按员工的不合格率</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="186"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="187"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="188"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="189"/>
        <source>Clerks</source>
        <translation>当班员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="190"/>
        <source>Inspected by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="193"/>
        <source>Acknowledgement</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="194"/>
        <source>Seal</source>
        <translation>封存值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_words.py" line="226"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>InspectionAnalysisDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="136"/>
        <source>Inspection analysis</source>
        <translation>检查分析</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="144"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="144"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="184"/>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="188"/>
        <source>Printout language:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="190"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="261"/>
        <source>The chart shows the first {count}; the table has all of them.</source>
        <translation>图表只显示前 {count} 项；表格中列出全部。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="294"/>
        <source>Fail rate</source>
        <translation>不合格率</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="299"/>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="300"/>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="331"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="333"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/analysis_dialog.py" line="349"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>InspectionDetailDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_detail.py" line="97"/>
        <source>inspection-{num}.pdf</source>
        <comment>a file&apos;s suggested name</comment>
        <translation>检查记录-{num}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="17"/>
        <source>Inspection No. {num}</source>
        <translation>检查 第{num}号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="23"/>
        <source>{kind}, {at}, at {station}. Inspected by {inspector}; clerks: {clerks}.</source>
        <translation>{kind}，{at}，工作站：{station}。检查人：{inspector}；被检查员工：{clerks}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="37"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="38"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="39"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="40"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="41"/>
        <source>Correction</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="47"/>
        <source>{score} of 5</source>
        <translation>{score}分（满分5分）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="58"/>
        <source>{text} ({owner}, by {due}; done {at})</source>
        <translation>{text}（{owner}，期限 {due}；已于 {at} 完成）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="66"/>
        <source>{text} ({owner}, by {due}; open)</source>
        <translation>{text}（{owner}，期限 {due}；未完成）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="83"/>
        <source>Comment: {text}</source>
        <translation>意见：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="91"/>
        <source>{state} by {name}, {at}.</source>
        <translation>{state}：{name}，{at}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="95"/>
        <source>{text} Remark: {remark}</source>
        <translation>{text} 说明：{remark}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="99"/>
        <location filename="../../desk_app/ui/supervision/inspection_words.py" line="122"/>
        <source>{text}
Seal: {seal}</source>
        <translation>{text}
封签：{seal}</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="86"/>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="87"/>
        <source>Correction:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="92"/>
        <source>Who:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="94"/>
        <source>By:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="136"/>
        <source>Inspect the desk</source>
        <translation>检查前台</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="155"/>
        <source>No. {num}: {outgoing}, shift from {start}</source>
        <translation>第 {num} 号表：{outgoing}，{start} 开始的班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="187"/>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="188"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="189"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="203"/>
        <source>&amp;Photo…</source>
        <translation>照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="213"/>
        <source>&amp;Kind:</source>
        <translation>检查类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="214"/>
        <source>&amp;When:</source>
        <translation>检查时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="215"/>
        <source>&amp;Sheet:</source>
        <translation>交接班表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="216"/>
        <source>C&amp;lerks inspected:</source>
        <translation>被检查员工(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="217"/>
        <source>Checklist:</source>
        <translation>检查项目：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="218"/>
        <source>Co&amp;mment:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="219"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="225"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="226"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="256"/>
        <source>A photo of the desk</source>
        <translation>前台照片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspection_form.py" line="256"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="54"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="64"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="70"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="71"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="73"/>
        <source>Clerks</source>
        <translation>被检查员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="74"/>
        <source>Inspected by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="75"/>
        <source>Failed</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="76"/>
        <source>Acknowledgement</source>
        <translation>确认情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="88"/>
        <source>No inspection in this month.</source>
        <translation>本月没有检查记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="89"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/inspections_page.py" line="91"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="64"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="71"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="74"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="78"/>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="80"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="82"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="84"/>
        <source>Phone, e-mail or messenger</source>
        <translation>电话、邮箱或微信等</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="85"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="89"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="94"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="98"/>
        <source>What does the guest complain about? Ctrl+Enter saves.</source>
        <translation>客人投诉什么？按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="104"/>
        <source>— choose a time —</source>
        <translation>— 请选择时间 —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="110"/>
        <source>+&amp;30 min</source>
        <translation>+&amp;30 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="110"/>
        <source>In half an hour (Alt+3)</source>
        <translation>半小时后（Alt+3）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="111"/>
        <source>+&amp;2 h</source>
        <translation>+&amp;2 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="111"/>
        <source>In two hours (Alt+2)</source>
        <translation>两小时后（Alt+2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="114"/>
        <source>&amp;End of shift ({time})</source>
        <translation>本班结束（{time}）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="117"/>
        <source>When this shift ends (Alt+E)</source>
        <translation>本班结束时（Alt+E）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="121"/>
        <source>To&amp;morrow {time}</source>
        <translation>明天 {time}(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="122"/>
        <source>Tomorrow at 10:00 (Alt+M)</source>
        <translation>明天 10:00（Alt+M）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="128"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/intake.py" line="131"/>
        <source>Save complaint</source>
        <translation>保存投诉</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="47"/>
        <source>Verify the book</source>
        <translation>校验值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="56"/>
        <source>DutyDesk recomputes the journal&apos;s chain, compares every record with it and holds it to every anchor kept outside the database: beside the file, in this computer&apos;s data folder and inside each backup. Nothing is changed.</source>
        <translation>DutyDesk 重新计算日志的哈希链，将每条记录与之核对，并与保存在数据库之外的每个锚点比对：数据库文件旁、本电脑的数据文件夹中以及每个备份内。不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="63"/>
        <source>Check the whole book</source>
        <translation>校验全部记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="80"/>
        <source>A printed handover sheet</source>
        <translation>已打印的交接班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="83"/>
        <source>Scan the seal&apos;s QR code into the field, or type the seal&apos;s 64 characters as printed: DutyDesk says whether the book still holds that sheet and the journal as it was when the sheet was sealed.</source>
        <translation>将封签的二维码扫入输入框，或按打印内容输入封签的 64 个字符：DutyDesk 会告诉您记录中是否仍保留该表，以及日志是否仍与封存时一致。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="92"/>
        <source>DUTYDESK-SEAL:… or the seal&apos;s characters</source>
        <translation>DUTYDESK-SEAL:… 或封签字符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="95"/>
        <source>Check the sheet</source>
        <translation>校验此表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="182"/>
        <source>The book is whole: {rows} journal rows and {records} records match, held to {anchors} anchors.</source>
        <translation>记录完整：{rows} 行日志与 {records} 条记录一致，已与 {anchors} 个锚点核对。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="195"/>
        <source>Problems found: {count}. Do not write in the book; keep this list and tell the manager.</source>
        <translation>发现问题：{count} 个。请勿继续记录；保留此列表并告知经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="210"/>
        <source>{table} {id}: changed behind the program&apos;s back</source>
        <translation>{table} {id}：被绕过程序修改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="211"/>
        <source>{table} {id}: added behind the program&apos;s back</source>
        <translation>{table} {id}：被绕过程序添加</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="212"/>
        <source>{table} {id}: deleted behind the program&apos;s back</source>
        <translation>{table} {id}：被绕过程序删除</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="213"/>
        <source>Journal row {id}: altered</source>
        <translation>日志第 {id} 行：已被篡改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="214"/>
        <source>Journal row {id}: missing</source>
        <translation>日志第 {id} 行：缺失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="216"/>
        <source>The end of the journal is missing ({id}): the book had reached it, says the anchor in {detail}</source>
        <translation>日志末尾缺失（{id}）：据 {detail} 中的锚点，记录曾写到此处</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="219"/>
        <source>Journal row {id}: differs from the anchor in {detail}</source>
        <translation>日志第 {id} 行：与 {detail} 中的锚点不符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="220"/>
        <source>The anchor in {detail} belongs to another database</source>
        <translation>{detail} 中的锚点属于另一个数据库</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="222"/>
        <source>The journal has rows but no anchor was found (looked in {detail})</source>
        <translation>日志中已有记录，但未找到任何锚点（已查找：{detail}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="224"/>
        <source>The anchor file is damaged: {detail}</source>
        <translation>锚点文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="225"/>
        <source>Handover sheet {id}: no longer matches its seal</source>
        <translation>交接班表 {id}：与其封签不再一致</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="226"/>
        <source>Inspection {id}: no longer matches its seal</source>
        <translation>检查 {id}：与其封签不再一致</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="227"/>
        <source>The database&apos;s own mark {id} was changed ({detail})</source>
        <translation>数据库自身的标记 {id} 已被更改（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="238"/>
        <source>row {first}</source>
        <translation>第 {first} 行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="240"/>
        <source>rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="246"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="247"/>
        <source>not DutyDesk&apos;s mark</source>
        <translation>不是 DutyDesk 的标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="248"/>
        <source>not a schema version</source>
        <translation>不是有效的结构版本</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="249"/>
        <source>not a database id</source>
        <translation>不是有效的数据库标识</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="250"/>
        <source>a backup&apos;s mark without the others</source>
        <translation>只有部分备份标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="251"/>
        <source>not a journal row number</source>
        <translation>不是有效的日志行号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="252"/>
        <source>not a journal hash</source>
        <translation>不是有效的日志哈希值</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="253"/>
        <source>not a mark DutyDesk writes</source>
        <translation>不是 DutyDesk 写入的标记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="272"/>
        <source>Sheet no. {number} is in the book as it was sealed, and the journal still holds its head: row {seq}, hash {hash}.</source>
        <translation>第 {number} 号表仍按封存时的内容保留在记录中，日志仍包含其日志头：第 {seq} 行，哈希值 {hash}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="280"/>
        <source>The book does not match sheet no. {number}:</source>
        <translation>记录与第 {number} 号表不符：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="282"/>
        <source>The book does not match this sheet:</source>
        <translation>记录与此表不符：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="290"/>
        <source>no sealed sheet with this seal is in this book</source>
        <translation>本记录中没有带此封签的已封存表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="291"/>
        <source>the sheet with this seal has another number</source>
        <translation>带此封签的表编号不同</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="292"/>
        <source>the sheet was changed after it was sealed</source>
        <translation>此表在封存后被更改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="294"/>
        <source>a signature kept with the sheet is not the one it was sealed with</source>
        <translation>与此表一同保存的签名不是封存时的签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="296"/>
        <source>the journal is broken before the sheet&apos;s moment</source>
        <translation>在此表封存之前，日志已断裂</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="298"/>
        <source>the journal no longer reaches the sheet&apos;s moment: entries were removed</source>
        <translation>日志已不再到达此表封存的时刻：有记录被删除</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="300"/>
        <source>the journal at the sheet&apos;s moment differs from the sheet</source>
        <translation>此表封存时刻的日志与表上所印不符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="301"/>
        <source>the journal row that sealed the sheet is gone</source>
        <translation>封存此表的日志行已不存在</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/integrity_dialog.py" line="303"/>
        <source>the journal row that sealed the sheet differs from the sheet</source>
        <translation>封存此表的日志行与表不符</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="65"/>
        <source>Issue key {code}</source>
        <translation>借出钥匙 {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="67"/>
        <source>{code} — {label}. Hook {hook}, {type}.</source>
        <translation>{code} — {label}。挂钩 {hook}，{type}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="74"/>
        <source>{key} Restricted key.</source>
        <translation>{key} 受限钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="77"/>
        <source>{key} Restricted key: confirm with your PIN; it must be back within {hours} hours.</source>
        <translation>{key} 受限钥匙：请输入您的PIN码确认；须在 {hours} 小时内归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="90"/>
        <source>Choose who takes the key</source>
        <translation>请选择领用人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="97"/>
        <source>Name of the person who takes the key</source>
        <translation>领用人姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="108"/>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="113"/>
        <source>Company</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="115"/>
        <source>Contractor&apos;s firm, if any</source>
        <translation>外包单位（如有）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="116"/>
        <source>Identity checked</source>
        <translation>核验证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="118"/>
        <source>Which document did you see?</source>
        <translation>核验的是哪种证件？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="123"/>
        <source>Last four characters</source>
        <translation>证件号后四位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="136"/>
        <source>Cleaning</source>
        <translation>清洁</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="137"/>
        <source>Repair / maintenance</source>
        <translation>维修/保养</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="138"/>
        <source>Room check</source>
        <translation>查房</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="139"/>
        <source>Guest locked out</source>
        <translation>客人被锁门外</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="140"/>
        <source>Delivery</source>
        <translation>送物</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="141"/>
        <source>Contractor&apos;s work</source>
        <translation>外包单位施工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="145"/>
        <source>What is the key for? Type or choose</source>
        <translation>钥匙用途？可输入或选择</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="146"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="155"/>
        <source>+&amp;1 h</source>
        <translation>+&amp;1 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="155"/>
        <source>In an hour (Alt+1)</source>
        <translation>一小时后（Alt+1）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="156"/>
        <source>+&amp;2 h</source>
        <translation>+&amp;2 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="156"/>
        <source>In two hours (Alt+2)</source>
        <translation>两小时后（Alt+2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="159"/>
        <source>&amp;End of shift ({time})</source>
        <translation>本班结束（{time}）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="162"/>
        <source>When this shift ends (Alt+E)</source>
        <translation>本班结束时（Alt+E）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="166"/>
        <source>To&amp;morrow {time}</source>
        <translation>明天 {time}(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="167"/>
        <source>Tomorrow at 10:00 (Alt+M)</source>
        <translation>明天 10:00（Alt+M）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="173"/>
        <source>Back by</source>
        <translation>预计归还时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="181"/>
        <source>A restricted key must come back within {hours} hours.</source>
        <translation>受限钥匙须在 {hours} 小时内归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="191"/>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="193"/>
        <source>Your PIN</source>
        <translation>您的PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="205"/>
        <source>Issue key</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="209"/>
        <source>Your role ({role}) may not issue restricted keys. Ask a supervisor or the manager to issue {code}.</source>
        <translation>您的岗位（{role}）无权借出受限钥匙。请由主管或经理借出 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="241"/>
        <source>Type a name, department or badge</source>
        <translation>输入姓名、部门或工牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/issue_dialog.py" line="243"/>
        <source>The staff directory is empty: add people in Admin → Staff directory</source>
        <translation>员工名录为空：请在“管理 → 员工名录”中添加人员</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="110"/>
        <source>Found item {number}: {category}</source>
        <translation>拾获物品 {number}：{category}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="144"/>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="195"/>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="152"/>
        <source>Retention ended on {date}</source>
        <translation>保留期限已于 {date} 届满</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="154"/>
        <source>Due for disposal since {date}</source>
        <translation>自 {date} 起待处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="157"/>
        <source>Keep until {date}</source>
        <translation>保留至 {date}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="165"/>
        <source>Return to owner…</source>
        <translation>归还失主…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="168"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="171"/>
        <source>Print tag…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="173"/>
        <source>Propose disposal…</source>
        <translation>申请处置…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="191"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="196"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="196"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="198"/>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="199"/>
        <source>Found at</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="200"/>
        <source>Found by</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="201"/>
        <source>Stored at</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="203"/>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="205"/>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="50"/>
        <source>{name} at {station}, {time}</source>
        <translation>{name}（{station}），{time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="215"/>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="89"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="226"/>
        <source>Photos ({count})</source>
        <translation>照片（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="234"/>
        <source>Photo {n} of {count}, added by {name} on {time}</source>
        <translation>第 {n} 张，共 {count} 张，由 {name} 于 {time} 添加</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="245"/>
        <source>No photos.</source>
        <translation>无照片。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="260"/>
        <source>Returned to its owner</source>
        <translation>已归还失主</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="264"/>
        <source>The item was returned to {name}. Print the return slip for them to keep, or save it as a PDF.</source>
        <translation>物品已归还给 {name}。请打印领取单交其留存，或另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="36"/>
        <source>Claimant</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="41"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="44"/>
        <source>Identity checked</source>
        <translation>核验证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="48"/>
        <source>Returned by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="78"/>
        <source>The claimant&apos;s signature</source>
        <translation>领取人签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="278"/>
        <source>Print return slip…</source>
        <translation>打印领取单…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="280"/>
        <source>Save return slip as PDF…</source>
        <translation>将领取单另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="293"/>
        <source>Guests&apos; reports linked to this item</source>
        <translation>与此物品关联的客人报失登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="85"/>
        <source>Report</source>
        <translation>报失登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="86"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="87"/>
        <source>Lost</source>
        <translation>遗失时间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="88"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="301"/>
        <source>Open reports that may be this item ({count})</source>
        <translation>可能与此物品相符的未结报失登记（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="309"/>
        <source>No open report of a lost item matches this one.</source>
        <translation>没有与此物品相符的未结报失登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="317"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="319"/>
        <source>This is probably what {guest} lost: link it, then tell the guest.</source>
        <translation>这可能是 {guest} 遗失的物品：请关联后通知客人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="328"/>
        <source>Lost {time}, {place}</source>
        <translation>遗失于 {time}，{place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="330"/>
        <source>Lost {time}</source>
        <translation>遗失于 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="357"/>
        <source>Disposal</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="23"/>
        <source>{name} proposed on {time}: {method}. {note}</source>
        <translation>{name} 于 {time} 申请处置：{method}。{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="55"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/decision_box.py" line="58"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="113"/>
        <source>Proposed</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="114"/>
        <source>Method</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="115"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="116"/>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="117"/>
        <source>Decision note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="126"/>
        <source>{name}, {time}</source>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="148"/>
        <source>You proposed this disposal: another supervisor or a manager must approve it.</source>
        <translation>此处置由您申请：须由另一位主管或经理审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="152"/>
        <source>You proposed this disposal: a supervisor or a manager must approve it.</source>
        <translation>此处置由您申请：须由主管或经理审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="156"/>
        <source>A supervisor or a manager approves or rejects this disposal.</source>
        <translation>此处置由主管或经理批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_sections.py" line="171"/>
        <source>Open reports of a lost item that may be this one: {count}. A guest may still come for it: look at the reports before approving its disposal.</source>
        <translation>可能与此物品相符的未结报失登记：{count} 条。客人可能仍会来认领：批准处置前请先查看这些登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="404"/>
        <source>Add a photo of {number}</source>
        <translation>为 {number} 添加照片</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="406"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="416"/>
        <source>The file {path} cannot be read: {error}</source>
        <translation>无法读取文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="434"/>
        <source>{number}: photo {n} of {count}</source>
        <translation>{number}：第 {n} 张，共 {count} 张</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="468"/>
        <source>Return slip {number}</source>
        <translation>领取单 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/item_page.py" line="475"/>
        <source>{number} return slip</source>
        <translation>{number} 领取单</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="98"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="99"/>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="100"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="101"/>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="102"/>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="103"/>
        <source>Stored at</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="105"/>
        <source>Disposal</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="106"/>
        <source>Proposed by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="107"/>
        <source>Method</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="108"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="144"/>
        <source>Due since {date}</source>
        <translation>自 {date} 起待处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="148"/>
        <source>After {date}</source>
        <translation>{date} 后可处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="187"/>
        <source>Money or valuables: kept longer, returned with extra care</source>
        <translation>现金或贵重物品：保留期更长，归还时须格外谨慎</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="189"/>
        <source>Held past its retention: propose a disposal</source>
        <translation>已超过保留期限：请申请处置</translation>
    </message>
</context>
<context>
    <name>KeyBoard</name>
    <message>
        <location filename="../../desk_app/ui/keys/board.py" line="272"/>
        <source>Key board: one cell per hook</source>
        <translation>钥匙板：每格一个挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="40"/>
        <source>LATE</source>
        <comment>a key not back in time; short</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="42"/>
        <source>IN</source>
        <comment>a key on its hook; short</comment>
        <translation>在板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="43"/>
        <source>OUT</source>
        <comment>a key issued; short</comment>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="44"/>
        <source>OFF</source>
        <comment>a key lost or damaged; short</comment>
        <translation>撤下</translation>
    </message>
</context>
<context>
    <name>KeyEditDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="103"/>
        <source>Change key {code}</source>
        <translation>修改钥匙 {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="103"/>
        <source>Add a key</source>
        <translation>添加钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="105"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="107"/>
        <source>As engraved or on its tag, e.g. MK-01</source>
        <translation>与钥匙刻印或标牌一致，例如 MK-01</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="110"/>
        <source>The code is what is engraved and scanned: it stays.</source>
        <translation>编号即钥匙上刻印并用于扫描的编号，不可更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="111"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="114"/>
        <source>What it opens, e.g. Master key, floors 1–5</source>
        <translation>可开启的范围，例如：万能钥匙，1–5层</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="115"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="136"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="138"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="145"/>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="151"/>
        <source>Restricted: only allowed roles issue it, with a PIN</source>
        <translation>受限钥匙：仅限授权岗位凭PIN码借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="159"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="159"/>
        <source>Add key</source>
        <translation>添加钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="168"/>
        <source>= hook {hook}</source>
        <translation>= 挂钩 {hook}</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="109"/>
        <source>Issue…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="110"/>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="112"/>
        <source>Report lost/damaged…</source>
        <translation>报告遗失/损坏…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="114"/>
        <source>Put back…</source>
        <translation>恢复上板…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="120"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="170"/>
        <source>Key {code}</source>
        <translation>钥匙 {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="171"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="179"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="180"/>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="183"/>
        <source>Restricted</source>
        <translation>受限钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="184"/>
        <source>Yes: only allowed roles may issue it, with their PIN</source>
        <translation>是：仅限授权岗位凭本人PIN码借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="187"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="187"/>
        <source>No: retired from the register</source>
        <translation>否：已在登记簿中停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="189"/>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="194"/>
        <source>{department}, badge {badge}</source>
        <translation>{department}，工牌号 {badge}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="197"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="199"/>
        <source>Company</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="202"/>
        <source>Identity checked</source>
        <translation>核验证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="172"/>
        <location filename="../../desk_app/ui/keys/page.py" line="203"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="205"/>
        <source>Issued by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="206"/>
        <source>{name} at {station}</source>
        <translation>{name}（{station}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="210"/>
        <source>Out since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="211"/>
        <source>Expected back</source>
        <translation>预计归还时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="214"/>
        <source>{time} — overdue</source>
        <translation>{time} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="225"/>
        <source>Only a supervisor or the manager can put a key back.</source>
        <translation>只有主管或经理可以将钥匙恢复上板。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="232"/>
        <source>Your role ({role}) may not issue restricted keys.</source>
        <translation>您的岗位（{role}）无权借出受限钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/page.py" line="308"/>
        <source>Back on hook {hook}; {holder} returned it.</source>
        <translation>已挂回挂钩 {hook}；由 {holder} 归还。</translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="223"/>
        <source>Key register</source>
        <translation>钥匙登记簿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="227"/>
        <source>Keys and other countable assets, by hook. A key is saved as soon as you add or change it; a key no longer used is retired, never deleted (its history stays). The rules for restricted keys are saved with Save.</source>
        <translation>按挂钩列出的钥匙及其他需清点的物品。钥匙一经添加或修改即保存；不再使用的钥匙会被停用，而不会被删除（其历史记录保留）。受限钥匙的规则须点击“保存”才会保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="236"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="237"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="238"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="239"/>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="240"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="241"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="257"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="259"/>
        <source>Add key…</source>
        <translation>添加钥匙…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="261"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="263"/>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="374"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="282"/>
        <source>Restricted keys (master keys)</source>
        <translation>受限钥匙（万能钥匙）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="295"/>
        <source>Managers may always issue restricted keys.</source>
        <translation>经理始终可以借出受限钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="299"/>
        <source>May issue them</source>
        <translation>可借出的岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="304"/>
        <source> h</source>
        <comment>hours, after a number</comment>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="306"/>
        <source>Must be back within</source>
        <translation>归还时限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="314"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="315"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="317"/>
        <source>Only a manager can change the key register.</source>
        <translation>只有经理可以更改钥匙登记簿。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="337"/>
        <source>Retired</source>
        <comment>a key no longer in use</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="344"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/register_dialog.py" line="374"/>
        <source>Bring back</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>KeysLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="24"/>
        <source>Restricted key {code} ({label}) issued to {holder} for: {purpose}. Back by {back}.</source>
        <translation>受限钥匙 {code}（{label}）已借给 {holder}，用途：{purpose}。预计 {back} 前归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="28"/>
        <source>Restricted key {code} ({label}) returned by {holder}.</source>
        <translation>受限钥匙 {code}（{label}）已由 {holder} 归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="29"/>
        <source>Key {code} ({label}) reported lost: {reason}</source>
        <translation>钥匙 {code}（{label}）报告遗失：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="30"/>
        <source>Key {code} ({label}) reported damaged: {reason}</source>
        <translation>钥匙 {code}（{label}）报告损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="31"/>
        <source>Key {code} ({label}) is back on the board: {reason}</source>
        <translation>钥匙 {code}（{label}）已恢复上板：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="32"/>
        <source>Key board counted: {missing} missing, {unexpected} on the board though out, {unknown} unknown.</source>
        <translation>钥匙板已盘点：缺失 {missing} 把，借出却在板上 {unexpected} 把，未知 {unknown} 把。</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="53"/>
        <source>{name} ({department})</source>
        <translation>{name}（{department}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="57"/>
        <source>{name} ({company})</source>
        <translation>{name}（{company}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="66"/>
        <source>{document} ···{tail}</source>
        <translation>{document} ···{tail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="83"/>
        <source>Scan or type, then Enter</source>
        <translation>扫描或输入后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="86"/>
        <source>Enter on a key on the board issues it; Enter on a key that is out takes it back (Ctrl+Shift+K comes back here)</source>
        <translation>对在板钥匙按 Enter 即借出；对已借出的钥匙按 Enter 即归还（Ctrl+Shift+K 回到此处）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="97"/>
        <source>&amp;Key code</source>
        <translation>钥匙编号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="120"/>
        <source>Issue…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="120"/>
        <source>Issue the selected key (or scan its code)</source>
        <translation>借出所选钥匙（或扫描其编号）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="124"/>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="124"/>
        <source>Take the selected key back onto its hook</source>
        <translation>收回所选钥匙并挂回挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="128"/>
        <source>Report lost/damaged…</source>
        <translation>报告遗失/损坏…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="130"/>
        <source>The selected key is lost or damaged: off the board, with the reason</source>
        <translation>所选钥匙遗失或损坏：从钥匙板撤下，并注明原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="134"/>
        <source>Put back…</source>
        <translation>恢复上板…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="136"/>
        <source>A lost key found or a damaged one repaired: back on its hook</source>
        <translation>遗失的钥匙已找到或损坏的钥匙已修好：挂回挂钩</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="141"/>
        <source>Count the board…</source>
        <translation>盘点钥匙板…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="143"/>
        <source>Tick every key on the board; what is missing is recorded (Ctrl+Shift+B)</source>
        <translation>勾选板上的每把钥匙；缺失的钥匙将被记录（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="147"/>
        <source>Key register…</source>
        <translation>钥匙登记簿…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="149"/>
        <source>Add, change and retire keys; who may issue restricted keys</source>
        <translation>添加、修改、停用钥匙；设置谁可以借出受限钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="168"/>
        <source>Board</source>
        <translation>钥匙板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="169"/>
        <location filename="../../desk_app/ui/keys/dock.py" line="270"/>
        <source>Out now</source>
        <translation>当前借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="170"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="198"/>
        <source>No keys are registered yet. A manager adds them in the key register.</source>
        <translation>尚未登记任何钥匙。请由经理在钥匙登记簿中添加。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="45"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="52"/>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="54"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="261"/>
        <source>{out} out, {overdue} overdue</source>
        <translation>借出 {out} 把，逾期 {overdue} 把</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="268"/>
        <source>Out now ({count})</source>
        <translation>当前借出（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="103"/>
        <source>All keys</source>
        <translation>全部钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/history_tab.py" line="106"/>
        <source>{code} — {label}</source>
        <translation>{code} — {label}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="19"/>
        <source>The board has not been counted yet.</source>
        <translation>钥匙板尚未盘点过。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="21"/>
        <source>Last count: {time} by {name}, all {present} keys present.</source>
        <translation>上次盘点：{time}，{name}，全部 {present} 把钥匙在板。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="24"/>
        <source>Last count: {time} by {name}: missing {missing}; on the board though out {unexpected}; unknown {unknown}.</source>
        <translation>上次盘点：{time}，{name}：缺失 {missing} 把；借出却在板上 {unexpected} 把；未知 {unknown} 把。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="395"/>
        <source>No key has the code {code}.</source>
        <translation>没有编号为 {code} 的钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="400"/>
        <source>Key {code} is retired: it is no longer on the board.</source>
        <translation>钥匙 {code} 已停用，不再挂在钥匙板上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="409"/>
        <source>Key {code} is off the board (reported lost or damaged); a supervisor can put it back from its page.</source>
        <translation>钥匙 {code} 已从钥匙板撤下（已报告遗失或损坏）；主管可在其页面将其恢复上板。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="420"/>
        <source>Key {code} is restricted: your role ({role}) may not issue it. Ask a supervisor.</source>
        <translation>钥匙 {code} 为受限钥匙：您的岗位（{role}）无权借出。请联系主管。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="440"/>
        <source>{code} ({label}) is back on hook {hook}; {holder} returned it.</source>
        <translation>{code}（{label}）已挂回挂钩 {hook}；由 {holder} 归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="40"/>
        <source>{code} ({label}) issued to {holder}, back by {time}.</source>
        <translation>{code}（{label}）已借给 {holder}，预计 {time} 前归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="49"/>
        <source>{code} ({label}) is off the board; the duty log has it.</source>
        <translation>{code}（{label}）已从钥匙板撤下，并已写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/notices.py" line="52"/>
        <source>{code} ({label}) is back on hook {hook}.</source>
        <translation>{code}（{label}）已恢复上板，挂钩 {hook}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/dock.py" line="463"/>
        <source>Select a key on the board, or scan or type its code.</source>
        <translation>请在钥匙板上选择一把钥匙，或扫描/输入其编号。</translation>
    </message>
</context>
<context>
    <name>LabelPrinterDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="65"/>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="70"/>
        <source>The printer this station prints found items&apos; tags on, and its labels. Kept on this computer: each station chooses its own.</source>
        <translation>本工作站打印拾获物品标签所用的打印机及其标签。此设置保存在本电脑上：每个工作站各自选择。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="77"/>
        <source>Choose in the print dialog each time</source>
        <translation>每次在打印对话框中选择</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="88"/>
        <source>Label printer, 62 × 29 mm</source>
        <translation>标签打印机，62 × 29 mm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="89"/>
        <source>Label printer, 50 × 30 mm</source>
        <translation>标签打印机，50 × 30 mm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="90"/>
        <source>A4 sheet of stickers, 3 × 8 (70 × 37 mm)</source>
        <translation>A4 不干胶标签纸，3 × 8（70 × 37 mm）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="99"/>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/label_printer.py" line="100"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="13"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="14"/>
        <source>Request / help</source>
        <translation>求助 / 请求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="15"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="16"/>
        <source>Incident / emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="17"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="18"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="19"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="20"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="68"/>
        <location filename="../../desk_app/ui/common/labels.py" line="18"/>
        <source>Clerk</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="69"/>
        <location filename="../../desk_app/ui/common/labels.py" line="19"/>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="70"/>
        <location filename="../../desk_app/ui/common/labels.py" line="20"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="27"/>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/labels.py" line="28"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="52"/>
        <location filename="../../desk_app/ui/log/labels.py" line="29"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="12"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="13"/>
        <source>Walk-in</source>
        <translation>前台面诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="14"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="15"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="16"/>
        <source>Other</source>
        <comment>complaint channel</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="22"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="23"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="24"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="30"/>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="31"/>
        <source>Cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="32"/>
        <source>Maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="33"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="34"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="35"/>
        <source>Food and drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="36"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="37"/>
        <source>Other</source>
        <comment>complaint category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="45"/>
        <source>Received</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="46"/>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="47"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="48"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="49"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="50"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="51"/>
        <source>Follow-up call made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="59"/>
        <source>Taken in</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="60"/>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="61"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="62"/>
        <source>Escalate</source>
        <translation>上报主管</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="63"/>
        <source>Reply to the guest</source>
        <translation>答复客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="64"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="65"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/labels.py" line="67"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="27"/>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="28"/>
        <source>Electronics</source>
        <translation>电子产品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="29"/>
        <source>Money and valuables</source>
        <translation>现金及贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="30"/>
        <source>Clothing</source>
        <translation>衣物</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="31"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="32"/>
        <source>Other</source>
        <comment>lost-and-found category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="62"/>
        <source>Held</source>
        <translation>保管中</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="63"/>
        <source>Disposal proposed</source>
        <translation>已申请处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="64"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="65"/>
        <source>Disposed of</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="71"/>
        <source>Open</source>
        <comment>lost-item report</comment>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="72"/>
        <source>Possible match</source>
        <translation>可能相符</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="73"/>
        <source>Closed</source>
        <comment>lost-item report</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="79"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="80"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="58"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="86"/>
        <source>Returned to owner</source>
        <translation>归还失主</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="59"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="87"/>
        <source>Donated</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="60"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="88"/>
        <source>Destroyed</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="61"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="89"/>
        <source>Handed to police</source>
        <translation>移交警方</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="95"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="97"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="98"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="99"/>
        <source>Withdrawn: the owner took the item</source>
        <translation>已撤销：失主已领回物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="16"/>
        <source>Master key</source>
        <translation>万能钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="17"/>
        <source>Floor key</source>
        <translation>楼层钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="18"/>
        <source>Room key</source>
        <translation>房间钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="19"/>
        <source>Service key</source>
        <translation>工作区钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="20"/>
        <source>Radio</source>
        <translation>对讲机</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="21"/>
        <source>Vehicle key</source>
        <translation>车钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="22"/>
        <source>Other</source>
        <comment>key or asset type</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="29"/>
        <source>Overdue</source>
        <comment>a key not back in time</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="31"/>
        <source>On the board</source>
        <translation>在板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="32"/>
        <source>Out</source>
        <comment>a key issued to someone</comment>
        <translation>已借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="33"/>
        <source>Off the board (lost or damaged)</source>
        <translation>已撤下（遗失或损坏）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="50"/>
        <source>Issued</source>
        <comment>key movement</comment>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="51"/>
        <source>Returned</source>
        <comment>key movement</comment>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="52"/>
        <source>Reported lost</source>
        <comment>key movement</comment>
        <translation>报告遗失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="53"/>
        <source>Reported damaged</source>
        <comment>key movement</comment>
        <translation>报告损坏</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="54"/>
        <source>Back on the board</source>
        <comment>key movement</comment>
        <translation>恢复上板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="55"/>
        <source>Retired</source>
        <comment>key movement</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="56"/>
        <source>Brought back</source>
        <comment>key movement</comment>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="62"/>
        <source>Desk account</source>
        <comment>a member of staff who signs in to the desk, taking a key</comment>
        <translation>前台账户</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="65"/>
        <source>Staff directory</source>
        <comment>housekeeping, engineering, security... taking a key</comment>
        <translation>员工名录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="68"/>
        <source>Someone from outside</source>
        <comment>contractor, guest or visitor taking a key</comment>
        <translation>外来人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="62"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="76"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="107"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="63"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="77"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="108"/>
        <source>National identity card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="64"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="78"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="109"/>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/labels.py" line="79"/>
        <source>Company ID card</source>
        <translation>单位工作证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="65"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="110"/>
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="66"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="111"/>
        <source>Staff card</source>
        <translation>工作证</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="67"/>
        <location filename="../../desk_app/ui/keys/labels.py" line="80"/>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="112"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="60"/>
        <location filename="../../desk_app/ui/roster/labels.py" line="67"/>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="35"/>
        <source>{month} {year}</source>
        <comment>a roster&apos;s month</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="18"/>
        <source>Draft</source>
        <comment>a month&apos;s roster</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="19"/>
        <source>Submitted to the manager</source>
        <comment>a month&apos;s roster</comment>
        <translation>已提交经理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="22"/>
        <source>Approved</source>
        <comment>a month&apos;s roster, published and locked</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="30"/>
        <source>Drafted</source>
        <comment>a roster&apos;s month</comment>
        <translation>起草</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="31"/>
        <source>Submitted</source>
        <comment>a roster</comment>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="32"/>
        <source>Sent back</source>
        <comment>a roster</comment>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="33"/>
        <source>Approved</source>
        <comment>a roster</comment>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="42"/>
        <source>Leave approved</source>
        <comment>a roster&apos;s change</comment>
        <translation>批准请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="43"/>
        <source>Swap approved</source>
        <comment>a roster&apos;s change</comment>
        <translation>批准调班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="50"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="51"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="52"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="53"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="54"/>
        <source>May</source>
        <comment>the month</comment>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="55"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="56"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="57"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="58"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="59"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="60"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="61"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="75"/>
        <source>M</source>
        <comment>Monday, in one letter</comment>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="76"/>
        <source>T</source>
        <comment>Tuesday, in one letter</comment>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="77"/>
        <source>W</source>
        <comment>Wednesday, in one letter</comment>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="78"/>
        <source>T</source>
        <comment>Thursday, in one letter</comment>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="79"/>
        <source>F</source>
        <comment>Friday, in one letter</comment>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="80"/>
        <source>S</source>
        <comment>Saturday, in one letter</comment>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="81"/>
        <source>S</source>
        <comment>Sunday, in one letter</comment>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="89"/>
        <source>O</source>
        <comment>a day off, one letter in the roster</comment>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="91"/>
        <source>L</source>
        <comment>leave, one letter in the roster</comment>
        <translation>假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="100"/>
        <source>Off</source>
        <comment>a day off in the roster</comment>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="102"/>
        <source>Leave</source>
        <comment>approved leave in the roster</comment>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="144"/>
        <source>Gap</source>
        <comment>a roster&apos;s warning</comment>
        <translation>缺员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="145"/>
        <source>Double shift</source>
        <comment>a roster&apos;s warning</comment>
        <translation>一人两班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="146"/>
        <source>Short rest</source>
        <comment>a roster&apos;s warning</comment>
        <translation>休息不足</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="147"/>
        <source>On leave</source>
        <comment>a roster&apos;s warning</comment>
        <translation>请假日排班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="148"/>
        <source>Too many hours</source>
        <comment>a roster&apos;s warning</comment>
        <translation>工时超限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="47"/>
        <source>Leave</source>
        <comment>a roster request</comment>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="48"/>
        <source>Swap</source>
        <comment>a roster request</comment>
        <translation>调班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="54"/>
        <source>Waiting</source>
        <comment>a roster request</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="55"/>
        <source>Approved</source>
        <comment>a roster request</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="56"/>
        <source>Rejected</source>
        <comment>a roster request</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="57"/>
        <source>Withdrawn</source>
        <comment>a roster request</comment>
        <translation>已撤回</translation>
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
        <translation>申请请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="109"/>
        <source>A supervisor approves the leave and names who covers your shifts. Until then the roster does not change.</source>
        <translation>由主管批准请假并指定顶班人员。批准之前，值班表不会变动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="117"/>
        <source>Myself ({name})</source>
        <translation>本人（{name}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="122"/>
        <source>&amp;For</source>
        <translation>请假人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="129"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="130"/>
        <source>&amp;To (included)</source>
        <translation>至（含）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="132"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="133"/>
        <source>&amp;Ask</source>
        <translation>提交申请(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/about_dialog.py" line="171"/>
        <source>Licence: {part}</source>
        <translation>许可证：{part}</translation>
    </message>
</context>
<context>
    <name>LocalNameTable</name>
    <message>
        <location filename="../../desk_app/ui/common/local_name_table.py" line="31"/>
        <source>The name a reader of {language} sees; empty: the name given</source>
        <translation>界面语言为 {language} 的使用者看到的名称；留空则使用原名称</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="72"/>
        <source>DutyDesk is locked</source>
        <translation>DutyDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="77"/>
        <source>Signed in: {name}. Enter your PIN to continue.</source>
        <translation>当前登录：{name}。请输入PIN码继续。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="87"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/idle_lock.py" line="90"/>
        <source>Sign in as someone else…</source>
        <translation>以其他人员身份登录…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="47"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="52"/>
        <source>Open follow-ups only</source>
        <translation>仅显示未结跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="57"/>
        <source>Search text, room, party (Ctrl+F)</source>
        <translation>搜索内容、房间、当事人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/dock.py" line="50"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="37"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="38"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="39"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="40"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="41"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="85"/>
        <source>{state}: {owner}, due {due}</source>
        <translation>{state}：{owner}，期限 {due}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="97"/>
        <source>[amended by #{num}] {text}</source>
        <translation>[已由 #{num} 更正] {text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/model.py" line="99"/>
        <source>[amends #{num}] {text}</source>
        <translation>[更正 #{num}] {text}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="129"/>
        <source>Sign in — {station}</source>
        <translation>登录 — {station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="130"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="137"/>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="138"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>LostFoundLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="8"/>
        <source>Found item {number} registered: {description}. Stored at: {storage}.</source>
        <translation>拾获物品 {number} 已登记：{description}。保管位置：{storage}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="11"/>
        <source>Photo added to found item {number}.</source>
        <translation>已为拾获物品 {number} 添加照片。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="12"/>
        <source>Guest {guest} reports a lost item: {description}.</source>
        <translation>客人 {guest} 报失物品：{description}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="13"/>
        <source>Found item {number} may be what {guest} lost; the guest is to be told.</source>
        <translation>拾获物品 {number} 可能是 {guest} 遗失的物品，需通知客人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="16"/>
        <source>Found item {number} is not what {guest} lost.</source>
        <translation>拾获物品 {number} 不是 {guest} 遗失的物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="17"/>
        <source>Report of {guest}&apos;s lost item closed: {note}</source>
        <translation>{guest} 的报失登记已关闭：{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="18"/>
        <source>Found item {number} returned to {claimant} ({document} ···{tail}).</source>
        <translation>拾获物品 {number} 已归还给 {claimant}（{document} ···{tail}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="21"/>
        <source>Disposal of found item {number} proposed: {method}. {note}</source>
        <translation>已申请处置拾获物品 {number}：{method}。{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="22"/>
        <source>Disposal of found item {number} approved: {method}. {note}</source>
        <translation>拾获物品 {number} 的处置已批准：{method}。{note}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="23"/>
        <source>Disposal of found item {number} rejected. {note}</source>
        <translation>拾获物品 {number} 的处置已驳回。{note}</translation>
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
        <translation>类别相同</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="69"/>
        <source>in time</source>
        <comment>found while the guest says it was lost</comment>
        <translation>时间吻合</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="75"/>
        <source>time {percent}%</source>
        <translation>时间 {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="81"/>
        <source>place {percent}%</source>
        <translation>地点 {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="87"/>
        <source>words {percent}%</source>
        <translation>描述 {percent}%</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="92"/>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="94"/>
        <source>little in common</source>
        <translation>相似之处很少</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="100"/>
        <source>Category: {category}%. Time: {time}%. Place: {place}%. Description: {text}%.</source>
        <translation>类别：{category}%。时间：{time}%。地点：{place}%。描述：{text}%。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="297"/>
        <source>{contact}, room {room}</source>
        <translation>{contact}，房间 {room}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/widgets.py" line="301"/>
        <source>Room {room}</source>
        <translation>房间 {room}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="48"/>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
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
        <translation>拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="90"/>
        <source>Lost reports</source>
        <translation>客人报失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="98"/>
        <source>Register found item…</source>
        <translation>登记拾获物品…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="100"/>
        <source>Register an item found on the premises</source>
        <translation>登记在店内拾获的物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="106"/>
        <source>Search description, place, finder — or scan a tag (LF-2026-00042)</source>
        <translation>搜索描述、地点、拾获人，或扫描标签（LF-2026-00042）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="110"/>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="210"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="120"/>
        <source>Valuables only</source>
        <translation>仅贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="122"/>
        <source>Due for disposal</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="124"/>
        <source>Held past the retention period, no disposal proposed</source>
        <translation>已超过保留期限，尚未申请处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="125"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="127"/>
        <source>Disposals a supervisor has still to approve</source>
        <translation>尚待主管审批的处置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="200"/>
        <source>Guest reports a loss…</source>
        <translation>客人报失…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="202"/>
        <source>Record what a guest has lost</source>
        <translation>登记客人遗失的物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="207"/>
        <source>Search guest, room, contact, description</source>
        <translation>搜索客人、房间、联系方式、描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="212"/>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="274"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="279"/>
        <source>{category} (retired)</source>
        <translation>{category}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/dock.py" line="370"/>
        <source>No found item has the number {number}.</source>
        <translation>没有编号为 {number} 的拾获物品。</translation>
    </message>
</context>
<context>
    <name>LostFoundPdf</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="117"/>
        <source>Found {time}</source>
        <translation>拾获：{time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="118"/>
        <source>Stored: {place}</source>
        <translation>保管位置：{place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="119"/>
        <source>VALUABLES</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="120"/>
        <source>Lost property return slip</source>
        <translation>失物领取单</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="121"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="122"/>
        <source>Claimant</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="123"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="124"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="125"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="126"/>
        <source>Valuables</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="127"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="128"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="129"/>
        <source>Time found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="130"/>
        <source>Place found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="131"/>
        <source>Found by</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="132"/>
        <source>Storage place</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="133"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="134"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="135"/>
        <source>Identity checked</source>
        <translation>核验证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="136"/>
        <source>Returned by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="137"/>
        <source>Time returned</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="138"/>
        <source>I confirm I have received the item described above.</source>
        <translation>本人确认已领取上述物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="141"/>
        <source>Claimant&apos;s signature</source>
        <translation>领取人签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="142"/>
        <source>Handed over by</source>
        <translation>交付人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="143"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="144"/>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/labels.py" line="145"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>LostFoundSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="72"/>
        <source>Lost and found settings</source>
        <translation>失物招领设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="75"/>
        <source>How long found items are kept before a disposal may be proposed. A built-in category shows in each reader&apos;s language unless you give it a name of your own; a category no longer used is taken out of use, never deleted.</source>
        <translation>拾获物品在可申请处置之前的保留天数。内置类别会以每位使用者的界面语言显示，除非您为其另起名称；不再使用的类别会被停用，而不会被删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="90"/>
        <source>Kept (days)</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="91"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="96"/>
        <source>The name a reader of {language} sees; empty: the name given</source>
        <translation>界面语言为 {language} 的使用者看到的名称；留空则使用原名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="123"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="127"/>
        <source>Add category…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="131"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="134"/>
        <source>Rename the selected category (F2)</source>
        <translation>重命名所选类别（F2）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="147"/>
        <source>Money and valuables kept at least (days)</source>
        <translation>现金及贵重物品至少保留（天）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="159"/>
        <source>Only a manager can change the lost-and-found settings.</source>
        <translation>只有经理可以更改失物招领设置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="162"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="176"/>
        <source>Built-in: shown in each reader&apos;s language unless you rename it</source>
        <translation>内置类别：以每位使用者的界面语言显示，除非您将其重命名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="218"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="218"/>
        <source>Name of the new category:</source>
        <translation>新类别名称：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="235"/>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/settings.py" line="235"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>LostReportDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="361"/>
        <source>Guest reports a loss</source>
        <translation>客人报失</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="364"/>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="366"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="368"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="370"/>
        <source>Phone, e-mail or messenger</source>
        <translation>电话、邮箱或微信等</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="373"/>
        <source>Lost from</source>
        <translation>遗失时间（起）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="377"/>
        <source>Lost until</source>
        <translation>遗失时间（止）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="379"/>
        <source>Lost where</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="381"/>
        <source>Room, lobby, taxi… if the guest knows</source>
        <translation>客房、大堂、出租车…（如客人知道）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="384"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="387"/>
        <source>What was lost? Colour, brand, contents, marks. Ctrl+Enter saves.</source>
        <translation>遗失了什么？颜色、品牌、内含物品、标记。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="391"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/forms.py" line="393"/>
        <source>Save report</source>
        <translation>保存登记</translation>
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
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="42"/>
        <location filename="../../desk_app/ui/shell/main_window.py" line="291"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="36"/>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="38"/>
        <location filename="../../desk_app/ui/shell/main_window.py" line="296"/>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="39"/>
        <source>Handover history</source>
        <translation>交接班历史</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="128"/>
        <source>Open items</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="109"/>
        <source>Station: {station}</source>
        <translation>工作站：{station}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="113"/>
        <source>This counter: {station}. Every record written here carries its name.</source>
        <translation>本前台：{station}。在此写入的每条记录都带有此名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="119"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="123"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="195"/>
        <source>Complaints: {count}</source>
        <comment>status bar, short: overdue complaints</comment>
        <translation>投诉：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="198"/>
        <source>Complaints whose promised reply time has passed: {count}</source>
        <translation>已过承诺答复时间的投诉：{count} 件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="205"/>
        <source>Keys: {count}</source>
        <comment>status bar, short: overdue keys</comment>
        <translation>钥匙：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="208"/>
        <source>Keys out past their return time: {count}</source>
        <translation>超过归还时间仍未归还的钥匙：{count} 把</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="217"/>
        <source>Found: {due} due, {pending} to approve</source>
        <comment>status bar, short</comment>
        <translation>拾获：待处置 {due}，待批 {pending}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="220"/>
        <source>Found items past their keeping time: {due}; disposals awaiting a supervisor&apos;s approval: {pending}</source>
        <translation>超过保管期限的拾获物品：{due} 件；待主管审批的处置：{pending} 件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="59"/>
        <source>&amp;Desk</source>
        <translation>值班台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="62"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="71"/>
        <source>Sign in as someone &amp;else…</source>
        <translation>以其他人员身份登录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="79"/>
        <source>Open &amp;archive…</source>
        <translation>打开归档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="47"/>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="50"/>
        <source>&amp;New entry</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="59"/>
        <source>&amp;Open selected entry</source>
        <translation>打开所选记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="67"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/controller.py" line="54"/>
        <source>&amp;New entry	Ctrl+L</source>
        <translation>新建记录(&amp;N)	Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="91"/>
        <source>&amp;Complaints</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="94"/>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="103"/>
        <source>&amp;Open selected complaint</source>
        <translation>打开所选投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="111"/>
        <source>&amp;Search complaints</source>
        <translation>搜索投诉(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="118"/>
        <source>Complaint &amp;analysis…</source>
        <translation>投诉分析(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="91"/>
        <source>Lost and &amp;found</source>
        <translation>失物招领(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="94"/>
        <source>&amp;Register found item…</source>
        <translation>登记拾获物品(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="103"/>
        <source>&amp;Guest reports a loss…</source>
        <translation>客人报失(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="112"/>
        <source>&amp;Open selected found item</source>
        <translation>打开所选拾获物品(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="120"/>
        <source>&amp;Find a found item or scan its tag</source>
        <translation>查找拾获物品或扫描标签(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="130"/>
        <source>&amp;Search lost reports</source>
        <translation>搜索报失登记(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/controller.py" line="46"/>
        <source>Lost and found se&amp;ttings…</source>
        <translation>失物招领设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="94"/>
        <source>&amp;Keys</source>
        <translation>钥匙(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="98"/>
        <source>&amp;Issue or return a key (scan or type its code)</source>
        <translation>借出或归还钥匙（扫描或输入编号）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="109"/>
        <source>&amp;Open selected key</source>
        <translation>打开所选钥匙(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="117"/>
        <source>Keys &amp;out now</source>
        <translation>当前借出的钥匙(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="125"/>
        <source>&amp;Count the board…</source>
        <translation>盘点钥匙板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/controller.py" line="46"/>
        <source>Key &amp;register…</source>
        <translation>钥匙登记簿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="72"/>
        <source>Hand&amp;over</source>
        <translation>交接班(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="75"/>
        <source>&amp;Start or resume handover…</source>
        <translation>开始或继续交接班(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="84"/>
        <source>Handover &amp;history</source>
        <translation>交接班历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="92"/>
        <source>&amp;Duty report…</source>
        <translation>值班报告(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/controller.py" line="101"/>
        <source>Handover se&amp;ttings…</source>
        <translation>交接班设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="94"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="104"/>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="107"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="115"/>
        <source>S&amp;taff directory…</source>
        <translation>员工名录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="133"/>
        <source>&amp;Label printer…</source>
        <translation>标签打印机(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="141"/>
        <source>&amp;Verify the book…</source>
        <translation>校验值班记录(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="149"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="157"/>
        <source>A&amp;rchive…</source>
        <translation>归档(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="205"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="211"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="220"/>
        <source>&amp;First steps…</source>
        <translation>入门步骤(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/menus.py" line="229"/>
        <source>&amp;About DutyDesk</source>
        <translation>关于 DutyDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="184"/>
        <source>Overdue follow-ups: {count}</source>
        <translation>逾期跟进：{count} 项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="185"/>
        <source>Follow-ups: {count}</source>
        <comment>status bar, short: overdue follow-ups</comment>
        <translation>跟进：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="188"/>
        <source>Follow-ups past their due time: {count} (see Open items)</source>
        <translation>已过期限的跟进：{count} 项（见“待跟进事项”）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="194"/>
        <source>Overdue complaints: {count}</source>
        <translation>逾期投诉：{count} 件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="289"/>
        <source>Complaints ({count} overdue)</source>
        <translation>投诉（逾期 {count} 件）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="204"/>
        <source>Keys overdue: {count}</source>
        <translation>逾期钥匙：{count} 把</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/main_window.py" line="294"/>
        <source>Keys ({count} overdue)</source>
        <translation>钥匙（逾期 {count} 把）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/status_bar.py" line="214"/>
        <source>Lost and found: {due} due for disposal, {pending} awaiting approval</source>
        <translation>失物招领：待处置 {due} 件，待审批 {pending} 件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="188"/>
        <source>Reminder: a reply to {guest} (complaint #{num}) is promised by {time}.</source>
        <translation>提醒：已承诺在 {time} 前答复 {guest}（投诉 #{num}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/controller.py" line="193"/>
        <source>Reminder: {count} promised replies are due soon; the first, to {guest} (complaint #{num}), by {time}.</source>
        <translation>提醒：{count} 个承诺答复即将到期；最早的是 {guest}（投诉 #{num}），须在 {time} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="38"/>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="92"/>
        <source>On duty</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="94"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="46"/>
        <source>Ask for &amp;leave…</source>
        <translation>申请请假(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="52"/>
        <source>Ask for a s&amp;wap…</source>
        <translation>申请调班(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="59"/>
        <source>&amp;Month…</source>
        <translation>月份(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="66"/>
        <source>&amp;Next month&apos;s roster</source>
        <translation>下月值班表(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="73"/>
        <source>Roster se&amp;ttings…</source>
        <translation>值班表设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="80"/>
        <source>&amp;Attendance…</source>
        <translation>出勤情况(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/controller.py" line="114"/>
        <source>Ro&amp;ster</source>
        <translation>值班表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="31"/>
        <source>&amp;Review a day…</source>
        <translation>审阅某日(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="40"/>
        <source>&amp;Inspect the desk…</source>
        <translation>检查前台(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="49"/>
        <source>Inspection&amp;s…</source>
        <translation>检查记录(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="56"/>
        <source>Inspection &amp;analysis…</source>
        <translation>检查分析(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="64"/>
        <source>&amp;Checklist…</source>
        <translation>检查项目表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/controller.py" line="71"/>
        <source>S&amp;upervision</source>
        <translation>督导(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MarkReviewedDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="77"/>
        <source>Day reviewed</source>
        <translation>当日已审阅</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="80"/>
        <source>Mark {day} reviewed: every book of every station read. It stays reviewed; a later word is a note on a row. Notes written: {notes}.</source>
        <translation>将 {day} 标记为已审阅：表示各工作站的全部记录均已阅读。标记后保持已审阅状态；之后如需补充，请在相应行上添加批注。已写批注：{notes} 条。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="85"/>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>MonthChooser</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="126"/>
        <source>Open a month&apos;s roster</source>
        <translation>打开某月值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="137"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="80"/>
        <location filename="../../desk_app/ui/roster/month_page.py" line="336"/>
        <source>Roster — {month}</source>
        <translation>值班表 — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="179"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="182"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="185"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="237"/>
        <source>This month changed elsewhere; save to find out, or close without.</source>
        <translation>本月值班表已在别处被修改；请保存以查看结果，或不保存直接关闭。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="258"/>
        <source>Only a supervisor or the manager drafts the roster.</source>
        <translation>只有主管或经理可以编制值班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="272"/>
        <source>Drafted by {name}, {at}.</source>
        <translation>由{name}拟定，{at}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="273"/>
        <source>Submitted by {name}, {at}.</source>
        <translation>由{name}提交，{at}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="274"/>
        <source>Approved by {name}, {at}.</source>
        <translation>由{name}批准，{at}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="279"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="282"/>
        <source>{facts} {fact}</source>
        <comment>one fact after another</comment>
        <translation>{facts}{fact}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="330"/>
        <source>Warnings: {count}</source>
        <translation>警告：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="286"/>
        <source>Sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="294"/>
        <source>{code} {start}–{end}</source>
        <translation>{code} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="300"/>
        <source>{letter} off</source>
        <translation>{letter} 休息</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="303"/>
        <source>{letter} leave</source>
        <translation>{letter} 请假</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="332"/>
        <source>No warnings</source>
        <translation>无警告</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="344"/>
        <source>Type a shift&apos;s letter ({codes}) or number ({numbers}) and the next day is ready; {off}, 0 or Delete for a day off; select several cells to fill them at once; Ctrl+Z undoes.</source>
        <translation>输入班次字母（{codes}）或序号（{numbers}），即自动跳到下一天；输入 {off}、0 或按 Delete 表示休息；选中多个单元格可一次填入；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_page.py" line="390"/>
        <source>The roster of {month} has changes not saved. Close without saving them?</source>
        <translation>{month}值班表有未保存的修改。是否不保存就关闭？</translation>
    </message>
</context>
<context>
    <name>MonthPeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="180"/>
        <source>People on the month</source>
        <translation>本月排班人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="182"/>
        <source>Tick who is on this month&apos;s roster. Someone taken off loses their shifts.</source>
        <translation>请勾选列入本月值班表的人员。被移出的人员，其班次将被清除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="192"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="194"/>
        <source>{name} (no longer active)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="202"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MonthSteps</name>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="39"/>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="40"/>
        <source>Hand the month to the manager for approval</source>
        <translation>将本月值班表提交经理审批</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="41"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="42"/>
        <source>Publish the month: it is then locked</source>
        <translation>发布本月值班表，发布后即锁定</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="43"/>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="44"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="46"/>
        <source>The month as the paper roster, or one person&apos;s</source>
        <translation>打印本月纸质值班表，或某人的个人排班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="47"/>
        <source>Sav&amp;e as…</source>
        <translation>另存为(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="48"/>
        <source>The month as a PDF or an Excel workbook</source>
        <translation>将本月值班表另存为 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="49"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="50"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="51"/>
        <source>&amp;Rotation…</source>
        <translation>轮班(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="53"/>
        <source>Repeat a rotation such as D N O O over days, for the selected people</source>
        <translation>为所选人员按天重复一个轮班顺序，例如 D N O O</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="55"/>
        <source>&amp;Copy week…</source>
        <translation>复制一周(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="56"/>
        <source>Peop&amp;le…</source>
        <translation>人员(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="57"/>
        <source>Add someone to the month or take them off</source>
        <translation>将人员加入本月值班表或从中移出</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="131"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="146"/>
        <source>Warnings: {count} (listed under the grid). Submit the month anyway?</source>
        <translation>警告：{count} 条（列于表格下方）。仍要提交本月值班表吗？</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="169"/>
        <source>Approve the roster of {month}? It is published and then changes only by approved leave or swaps.</source>
        <translation>批准{month}值班表吗？批准后即发布，此后只能通过已批准的请假或调班更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="225"/>
        <source>This month has no roster saved yet: nothing to print.</source>
        <translation>本月尚未保存值班表，没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/month_steps.py" line="230"/>
        <source>The printout shows the month as last saved, without the changes typed since. Go on?</source>
        <translation>打印件显示的是最后一次保存的值班表，不含此后输入的修改。是否继续？</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="89"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="91"/>
        <source>Drafted by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="92"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="93"/>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
</context>
<context>
    <name>MonthsTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="121"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="124"/>
        <source>&amp;Next month</source>
        <translation>下月(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="126"/>
        <source>Open next month&apos;s roster, to draft it or to read it</source>
        <translation>打开下月值班表，进行编制或查看</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="128"/>
        <source>No month&apos;s roster yet: start with next month.</source>
        <translation>还没有任何月份的值班表：请从下月开始。</translation>
    </message>
</context>
<context>
    <name>MovementTableModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="176"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="177"/>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/labels.py" line="171"/>
        <location filename="../../desk_app/ui/keys/models.py" line="178"/>
        <source>Movement</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="179"/>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="180"/>
        <source>Expected back</source>
        <translation>预计归还时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="181"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="182"/>
        <source>Purpose / note</source>
        <translation>用途/备注</translation>
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
        <translation>{name}（{station}）</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="39"/>
        <source>Review note</source>
        <translation>审阅批注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="50"/>
        <source>On {what}. Everyone who opens the record reads the note; it changes nothing in it.</source>
        <translation>针对：{what}。打开该记录的人都会看到此批注；批注不会改动记录内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_forms.py" line="54"/>
        <source>&amp;Note:</source>
        <translation>批注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="85"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="86"/>
        <location filename="../../desk_app/ui/shell/open_items.py" line="120"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="87"/>
        <location filename="../../desk_app/ui/shell/open_items.py" line="123"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="88"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="89"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="90"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="104"/>
        <source>Close follow-up…</source>
        <translation>关闭跟进…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="119"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="121"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="122"/>
        <source>Room / unit</source>
        <translation>房间/单元</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="124"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="213"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>未结 {open} 项，逾期 {overdue} 项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="232"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/open_items.py" line="250"/>
        <source>Complaints awaiting a reply: {open}, overdue: {overdue}</source>
        <translation>待答复投诉：{open} 件，逾期：{overdue} 件</translation>
    </message>
</context>
<context>
    <name>OutNowModel</name>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="83"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="84"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="85"/>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="86"/>
        <source>Out since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="87"/>
        <source>Expected back</source>
        <translation>预计归还时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="144"/>
        <source>{time} — overdue</source>
        <translation>{time} — 已逾期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/models.py" line="152"/>
        <source>Hook {hook}: {state}</source>
        <translation>挂钩 {hook}：{state}</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="182"/>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="212"/>
        <source>Print — {title}</source>
        <translation>打印 — {title}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="228"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/pdf_print.py" line="230"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="109"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="111"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="120"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="122"/>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="177"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="124"/>
        <source>New PIN…</source>
        <translation>重设PIN码…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="125"/>
        <source>Change role…</source>
        <translation>更改岗位…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="127"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="151"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="153"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="155"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="177"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="208"/>
        <source>Deactivate {name}? They can no longer sign in; their records keep their name.</source>
        <translation>停用 {name}？停用后将无法登录；其记录仍保留其姓名。</translation>
    </message>
</context>
<context>
    <name>PeopleLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="49"/>
        <source>{name}&apos;s role changed from {old} to {new}: {reason}</source>
        <translation>{name} 的岗位由 {old} 改为 {new}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="50"/>
        <source>What {name} held ({count} in all: keys, follow-ups, complaints) was handed over to {to}: {reason}</source>
        <translation>{name} 名下事项（钥匙、待跟进事项、投诉共 {count} 项）已移交给 {to}：{reason}</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="26"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="27"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="28"/>
        <source>Last 12 hours</source>
        <translation>最近12小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="29"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="30"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/period_filter.py" line="31"/>
        <source>Dates…</source>
        <translation>指定日期…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/photos.py" line="92"/>
        <source>This photo cannot be shown.</source>
        <translation>无法显示此照片。</translation>
    </message>
</context>
<context>
    <name>PrintLanguageBox</name>
    <message>
        <location filename="../../desk_app/ui/common/print_language.py" line="62"/>
        <source>The language the printout is made in: its words, dates and numbers. The window keeps its own language.</source>
        <translation>打印件所用的语言，包括文字、日期和数字。窗口仍使用其自身的语言。</translation>
    </message>
</context>
<context>
    <name>ProposeDisposalDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="241"/>
        <source>Propose disposal of {number}</source>
        <translation>申请处置 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="244"/>
        <source>Kept since {found}; its retention ended on {date}. A supervisor or a manager approves the disposal before the item leaves the store.</source>
        <translation>自 {found} 起保管，保留期限已于 {date} 届满。物品移出保管处之前，须由主管或经理批准处置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="248"/>
        <source>Propose</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="249"/>
        <source>Dispose of it by</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="251"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="256"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="257"/>
        <source>Where it goes, to whom, any reference number</source>
        <translation>去向、接收方及相关编号</translation>
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
        <translation>类别：Alt+1 … Alt+8</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="59"/>
        <source>Room / place</source>
        <translation>房间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="60"/>
        <source>Ctrl+L comes back here</source>
        <translation>Ctrl+L：回到这里</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="64"/>
        <source>Party concerned</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="68"/>
        <source>What happened? Enter saves</source>
        <translation>发生了什么？按 Enter 保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="81"/>
        <source>Enter in the line saves too</source>
        <translation>在输入行中按 Enter 也可保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="69"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="71"/>
        <source>Ctrl+I: the next shift must read it</source>
        <translation>Ctrl+I：下一班必须阅读</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="72"/>
        <source>Follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="74"/>
        <source>Ctrl+J: someone must act on it by a given time</source>
        <translation>Ctrl+J：须有人在指定时间前处理</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/log/quick_entry.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="414"/>
        <source>Reject request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="416"/>
        <source>{request}
Reason: {reason}</source>
        <translation>{request}
理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="421"/>
        <source>&amp;Why not</source>
        <translation>驳回原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="422"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="439"/>
        <source>Reopen complaint #{num}</source>
        <translation>重新打开投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="441"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="441"/>
        <source>Why the complaint is opened again</source>
        <translation>为什么重新打开此投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="446"/>
        <source>New reply promised by</source>
        <translation>新的承诺答复时间</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="191"/>
        <source>Reply to the guest, complaint #{num}</source>
        <translation>答复客人：投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="195"/>
        <source>What the guest was told</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="196"/>
        <source>The answer given to the guest, and how (call, visit, e-mail)</source>
        <translation>给客人的答复及方式（电话、当面、电子邮件）</translation>
    </message>
</context>
<context>
    <name>ReportKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="44"/>
        <source>Report key {code}</source>
        <translation>报告钥匙 {code} 遗失或损坏</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="46"/>
        <source>{code} — {label}, hook {hook}.</source>
        <translation>{code} — {label}，挂钩 {hook}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="50"/>
        <source>{key} Out with {holder}.</source>
        <translation>{key} 目前由 {holder} 持有。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="54"/>
        <source>&amp;Lost</source>
        <translation>遗失(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="56"/>
        <source>&amp;Damaged</source>
        <translation>损坏(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="68"/>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="72"/>
        <source>Where, when, how. Ctrl+Enter saves.</source>
        <translation>在何处、何时、如何发生。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="75"/>
        <source>Take off the board</source>
        <translation>从钥匙板撤下</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="61"/>
        <source>Close report…</source>
        <translation>关闭登记…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="96"/>
        <source>Lost-item report #{num}: {guest}</source>
        <translation>报失登记 #{num}：{guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="114"/>
        <source>#{num} {guest}</source>
        <translation>#{num} {guest}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="136"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="137"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="138"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="140"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="145"/>
        <source>Lost</source>
        <translation>遗失时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="148"/>
        <source>Where</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="150"/>
        <source>Reported</source>
        <translation>报失时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="152"/>
        <source>{time}, taken by {name} at {station}</source>
        <translation>{time}，由 {name}（{station}）登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="162"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="165"/>
        <source>Why</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="170"/>
        <source>What the guest lost</source>
        <translation>客人遗失的物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="174"/>
        <source>Linked found item</source>
        <translation>已关联的拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="177"/>
        <source>The linked item cannot be shown.</source>
        <translation>无法显示已关联的物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="181"/>
        <source>Found item {number} may be what the guest lost. Tell the guest; when they have seen it, return it from the item&apos;s page, or choose “Not theirs”.</source>
        <translation>拾获物品 {number} 可能是客人遗失的物品。请通知客人；客人看过后，请在物品页面办理归还，或选择“不是其物品”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="189"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="190"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="192"/>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="196"/>
        <source>Found</source>
        <translation>拾获时间/地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="198"/>
        <source>{time}, {place}</source>
        <translation>{time}，{place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="203"/>
        <source>Stored at</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="206"/>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="239"/>
        <source>Open item</source>
        <translation>打开物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="208"/>
        <source>Not theirs</source>
        <translation>不是其物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="210"/>
        <source>The guest saw the item and it is not theirs: the report is open again.</source>
        <translation>客人看过物品，不是其物品：报失登记重新变为未结。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="221"/>
        <source>Found items that may be it ({count})</source>
        <translation>可能相符的拾获物品（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="228"/>
        <source>No found item held now matches this report. Look again later.</source>
        <translation>目前保管的拾获物品中没有与此登记相符的。请稍后再查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="236"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="237"/>
        <source>This is probably what the guest lost: link it.</source>
        <translation>这可能是客人遗失的物品：请关联。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="245"/>
        <source>Stored at {place}</source>
        <translation>保管位置：{place}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/report_page.py" line="246"/>
        <source>Found {time}, {place}</source>
        <translation>拾获于 {time}，{place}</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="210"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="211"/>
        <source>Reported</source>
        <translation>报失时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="212"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="213"/>
        <source>Room / contact</source>
        <translation>房间/联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="214"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="215"/>
        <source>Found item</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="216"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="217"/>
        <source>Lost when</source>
        <translation>遗失时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="218"/>
        <source>Lost where</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="219"/>
        <source>Description</source>
        <translation>物品描述</translation>
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
        <translation>{room}，{contact}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/models.py" line="303"/>
        <source>{description}
Closed: {note}</source>
        <translation>{description}
已关闭：{note}</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="92"/>
        <source>{name} on {day}</source>
        <translation>{name}（{day}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="101"/>
        <source>{by}, {at}: {reason}</source>
        <translation>{by}，{at}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="104"/>
        <source>{by}, {at}</source>
        <translation>{by}，{at}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="144"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="145"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="146"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="147"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="148"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="149"/>
        <source>Colleague / covers</source>
        <translation>同事/顶班人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="150"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="151"/>
        <source>Decided</source>
        <translation>审批</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="191"/>
        <source>Ask for &amp;leave…</source>
        <translation>申请请假(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="193"/>
        <source>Ask for a s&amp;wap…</source>
        <translation>申请调班(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="195"/>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="197"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="199"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="200"/>
        <source>Take back your request while it waits</source>
        <translation>在申请待审批期间将其撤回</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="202"/>
        <source>&amp;Mine only</source>
        <translation>仅显示我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="209"/>
        <source>No requests yet.</source>
        <translation>暂无申请。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="254"/>
        <source>Waiting: {count}</source>
        <translation>待处理：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/requests_tab.py" line="313"/>
        <source>Withdraw request {num}?</source>
        <translation>是否撤回第 {num} 号申请？</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="85"/>
        <source>New PIN for {name}</source>
        <translation>为 {name} 设置新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="86"/>
        <source>New PIN</source>
        <translation>新PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/people_dialog.py" line="88"/>
        <source>New PIN again</source>
        <translation>再次输入新PIN码</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="209"/>
        <source>Resolve complaint #{num}</source>
        <translation>解决投诉 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="217"/>
        <source>You may settle compensation up to {limit}. Above it, or for a high-severity complaint, escalate to a supervisor first.</source>
        <translation>您可自行决定不超过 {limit} 的补偿。超出此额度，或严重程度为“高”的投诉，请先上报主管。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="223"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="224"/>
        <source>How the complaint was resolved; this goes into the duty log</source>
        <translation>投诉是如何解决的；此内容将写入值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="229"/>
        <source>Compensation</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="231"/>
        <source>Amount, e.g. 150 or 99.50; empty if none</source>
        <translation>金额，如 150 或 99.50；无补偿则留空</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="233"/>
        <source>Kind of compensation</source>
        <translation>补偿方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="239"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="240"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="241"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="242"/>
        <source>Free service</source>
        <translation>免费服务</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="243"/>
        <source>Room upgrade</source>
        <translation>房型升级</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="244"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="247"/>
        <source>Your PIN</source>
        <translation>您的PIN码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="251"/>
        <source>Above {limit}: confirm with your PIN</source>
        <translation>超过 {limit}：请用您的PIN码确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="280"/>
        <source>Escalate with this amount</source>
        <translation>按此金额上报</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="286"/>
        <source>Escalate to</source>
        <translation>上报给</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="312"/>
        <source>Escalated with the settlement proposed: {amount} ({kind}). Outcome: {outcome}</source>
        <translation>已上报，拟定补偿：{amount}（{kind}）。处理结果：{outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="315"/>
        <source>Escalated with the settlement proposed: {amount} ({kind}).</source>
        <translation>已上报，拟定补偿：{amount}（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="320"/>
        <source>Escalated for a supervisor to settle. Outcome proposed: {outcome}</source>
        <translation>已上报，由主管解决。拟定处理结果：{outcome}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints/steps.py" line="322"/>
        <source>Escalated for a supervisor to settle.</source>
        <translation>已上报，由主管解决。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="37"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="39"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="42"/>
        <source>The book has reached journal row {head}: what was written after row {seq} will no longer be in it.</source>
        <translation>记录已写到日志第 {head} 行：第 {seq} 行之后写入的内容将不再在记录中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="46"/>
        <source>The backup holds entries the book does not hold now.</source>
        <translation>该备份含有当前记录中没有的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="49"/>
        <source>It has not been checked in this session: Check it first if in doubt.</source>
        <translation>本次尚未校验该备份：如有疑问，请先校验。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="51"/>
        <source>It was checked whole.</source>
        <translation>已校验，备份完整。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="53"/>
        <source>It was checked and has problems: think twice.</source>
        <translation>已校验，但发现问题：请慎重考虑。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="59"/>
        <source>The book will be replaced by the backup made {made} (journal row {seq}).</source>
        <translation>当前记录将被 {made} 的备份（日志第 {seq} 行）替换。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="64"/>
        <source>The book as it is now is backed up first. That backup, and the anchors and newer backups the restored book no longer reaches, are kept together in a folder beside the backups, as evidence of what was. DutyDesk must be closed on every other station. The window then starts again on the restored book.</source>
        <translation>先为当前记录做一次备份。该备份，以及恢复后的记录不再涉及的锚点和较新的备份，会一起保存在备份旁的一个文件夹中，作为原状的证据。其他所有工作站必须先关闭 DutyDesk。之后窗口将在恢复后的记录上重新启动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="73"/>
        <source>Your PIN</source>
        <translation>您的 PIN</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/restore_dialog.py" line="74"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>RestoreKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="105"/>
        <source>Put key {code} back</source>
        <translation>将钥匙 {code} 恢复上板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="108"/>
        <source>{code} — {label} goes back on hook {hook}.</source>
        <translation>{code} — {label} 将挂回挂钩 {hook}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="114"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="116"/>
        <source>Found where, or repaired how. Ctrl+Enter saves.</source>
        <translation>在何处找到，或如何修复。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="120"/>
        <source>Put back on the board</source>
        <translation>恢复上板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="123"/>
        <source>Only a supervisor or the manager can put a key back.</source>
        <translation>只有主管或经理可以将钥匙恢复上板。</translation>
    </message>
</context>
<context>
    <name>RetireKeyDialog</name>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="151"/>
        <source>Retire key {code}</source>
        <translation>停用钥匙 {code}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="155"/>
        <source>{code} — {label} leaves the register and hook {hook} is freed. It cannot be issued again unless it is brought back; its history stays.</source>
        <translation>{code} — {label} 将从登记簿中移除，挂钩 {hook} 随之空出。除非重新启用，否则不能再借出；其历史记录保留。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="161"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="164"/>
        <source>Worn out, replaced, the lock changed… Ctrl+Enter saves.</source>
        <translation>磨损、已换新、门锁已更换… 按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/keys/loss_dialogs.py" line="167"/>
        <source>Retire the key</source>
        <translation>停用钥匙</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="144"/>
        <source>Return {number} to its owner</source>
        <translation>将 {number} 归还失主</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="146"/>
        <source>{number}: {description}</source>
        <translation>{number}：{description}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="150"/>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="155"/>
        <source>Guest&apos;s report</source>
        <translation>客人报失登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="159"/>
        <source>{guest}, report #{num}</source>
        <translation>{guest}，报失登记 #{num}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="161"/>
        <source>None: someone else claims it</source>
        <translation>无：由他人认领</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="162"/>
        <source>Claimant&apos;s name</source>
        <translation>领取人姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="164"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="166"/>
        <source>Phone or e-mail</source>
        <translation>电话或电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="167"/>
        <source>Identity document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="169"/>
        <source>— choose the document checked —</source>
        <translation>— 请选择已核验的证件 —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="173"/>
        <source>Last four characters</source>
        <translation>证件号后四位</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="176"/>
        <source>e.g. 4821</source>
        <translation>例如 4821</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="178"/>
        <source>Only the last four characters of the document number are kept.</source>
        <translation>仅保存证件号码的后四位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="182"/>
        <source>I have checked the identity document</source>
        <translation>我已核验证件</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="186"/>
        <source>Claimant&apos;s signature</source>
        <translation>领取人签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/steps.py" line="214"/>
        <source>Signed by {name} on receiving the item</source>
        <translation>{name} 领取物品时签名</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_notes.py" line="57"/>
        <source>Review note by {name}, {at}: {text}</source>
        <translation>{name} 的审阅备注，{at}：{text}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="67"/>
        <source>Review a day</source>
        <translation>审阅当日记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="76"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="100"/>
        <source>Notes on the day&apos;s rows</source>
        <translation>当日各行的批注</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="108"/>
        <source>&amp;Note on the row…</source>
        <translation>为此行添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="110"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="112"/>
        <source>&amp;Mark the day reviewed…</source>
        <translation>标记当日已审阅(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="114"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="129"/>
        <source>Not reviewed yet:</source>
        <translation>尚未审阅：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="185"/>
        <source>{at} · {by} · {record}: {text}</source>
        <translation>{at} · {by} · {record}：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="196"/>
        <source>log entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="197"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="198"/>
        <source>key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="199"/>
        <source>handover sheet</source>
        <translation>交接班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="200"/>
        <source>found item</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="201"/>
        <source>lost item report</source>
        <translation>报失登记</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="233"/>
        <source>Rows read: {read} of {rows}</source>
        <translation>已阅行数：{rows} 行中 {read} 行</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="240"/>
        <source>{day}: not reviewed yet.</source>
        <translation>{day}：尚未审阅。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="245"/>
        <source>{day}: reviewed by {name}, {at} (on time).</source>
        <translation>{day}：已由 {name} 于 {at} 审阅（按时）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="247"/>
        <source>{day}: reviewed by {name}, {at} (late).</source>
        <translation>{day}：已由 {name} 于 {at} 审阅（逾时）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/review_page.py" line="254"/>
        <source>{state} Comment: {comment}</source>
        <translation>{state} 意见：{comment}</translation>
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
        <translation>{day} 待审阅</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="65"/>
        <source>Days to review: {count} (from {day})</source>
        <translation>待审阅天数：{count}（自 {day} 起）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="68"/>
        <source>Review: {count}</source>
        <comment>status bar, short</comment>
        <translation>审阅：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/status.py" line="70"/>
        <source>Read each day&apos;s books and mark the day reviewed (每日查阅当日值班记录). Click to open the oldest.</source>
        <translation>请阅读每日的全部记录并标记当日已审阅（每日查阅当日值班记录）。点击打开最早的一天。</translation>
    </message>
</context>
<context>
    <name>RosterAttendance</name>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="18"/>
        <source>On time</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="21"/>
        <source>Late</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="24"/>
        <source>No-show</source>
        <comment>a shift&apos;s attendance: rostered, never came</comment>
        <translation>未到岗</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="27"/>
        <source>Not yet</source>
        <comment>a shift&apos;s attendance: not begun</comment>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="30"/>
        <source>Extra shift</source>
        <comment>worked without being rostered</comment>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="40"/>
        <source>Late ({minutes} min)</source>
        <translation>迟到（{minutes} 分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="44"/>
        <source>{outcome}, left early ({minutes} min)</source>
        <translation>{outcome}，早退（{minutes} 分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="54"/>
        <source>Attendance</source>
        <comment>the workbook&apos;s title: 考勤</comment>
        <translation>考勤表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="57"/>
        <source>{title}: {month}</source>
        <comment>the workbook&apos;s title and the month</comment>
        <translation>{title}：{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="63"/>
        <source>This month&apos;s roster is not approved: no shift counts as rostered.</source>
        <translation>本月值班表尚未批准：所有班次均不计为已排班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="66"/>
        <source>Late: arrived more than {minutes} min after the shift&apos;s start.</source>
        <translation>迟到：在班次开始 {minutes} 分钟之后才到岗。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="69"/>
        <source>Summary</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="72"/>
        <source>Days</source>
        <comment>a workbook&apos;s sheet: every day&apos;s shifts</comment>
        <translation>每日明细</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="75"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="83"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="151"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="76"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="84"/>
        <source>Shifts rostered</source>
        <translation>排班班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="77"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="85"/>
        <source>Shifts worked</source>
        <translation>出勤班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="78"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="86"/>
        <source>Hours rostered</source>
        <translation>排班工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="79"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="87"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="165"/>
        <source>Hours worked</source>
        <translation>出勤工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="80"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="88"/>
        <source>Late</source>
        <comment>how many times late</comment>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="81"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="89"/>
        <source>No-show</source>
        <comment>how many shifts not come to</comment>
        <translation>未到岗</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="84"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="92"/>
        <source>Left early</source>
        <comment>how many times</comment>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="87"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="93"/>
        <source>Extra shifts</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="88"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="89"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="90"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="150"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="91"/>
        <source>Start</source>
        <comment>a shift&apos;s</comment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="92"/>
        <source>End</source>
        <comment>a shift&apos;s</comment>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="93"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="152"/>
        <source>Attendance</source>
        <comment>a column: how the shift went</comment>
        <translation>出勤情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="96"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="155"/>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="97"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="156"/>
        <source>Accepted</source>
        <comment>the handover, by the incoming clerk</comment>
        <translation>接班时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="100"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="159"/>
        <source>Handed over</source>
        <comment>the handover, by the outgoing clerk</comment>
        <translation>交班时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="103"/>
        <location filename="../../desk_app/ui/roster/attendance_models.py" line="162"/>
        <source>Released</source>
        <comment>when the incoming clerk took over</comment>
        <translation>离岗时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="106"/>
        <source>Minutes late</source>
        <translation>迟到分钟数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="107"/>
        <source>Minutes early</source>
        <comment>left before the shift&apos;s end</comment>
        <translation>早退分钟数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/attendance_labels.py" line="111"/>
        <source>{outcome}, left early</source>
        <comment>a shift&apos;s attendance</comment>
        <translation>{outcome}，早退</translation>
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
        <translation>{code} {start}–{end}（{day}）</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="183"/>
        <source>There are {count} shifts: type 1 to {count}, or 0 for off.</source>
        <translation>共有 {count} 个班次：输入 1 到 {count}，或输入 0 表示休息。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="195"/>
        <source>Leave is not typed: it comes only from an approved leave request.</source>
        <translation>请假不能直接输入：只能来自已批准的请假申请。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid.py" line="233"/>
        <source>A day of approved leave stays leave: change it by a request.</source>
        <translation>已批准的请假日仍为请假：如需更改，请提交申请。</translation>
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
        <translation>{name}，{day}：{what}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="249"/>
        <source>{name}: {hours} h this month (at most {most} h)</source>
        <translation>{name}：本月 {hours} 小时（最多 {most} 小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="271"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="273"/>
        <source>Hours rostered in the month</source>
        <translation>本月排班工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="354"/>
        <source>{day}, shift {code}: {have} rostered, at least {need}</source>
        <translation>{day}，{code} 班：已排 {have} 人，至少需 {need} 人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/grid_model.py" line="376"/>
        <source>Clerks rostered on shift {code} each day, against the minimum</source>
        <translation>每天 {code} 班已排人数与最低人数的对比</translation>
    </message>
</context>
<context>
    <name>RosterHistory</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="61"/>
        <source>{by} (asked by {asked})</source>
        <translation>{by}（应 {asked} 申请）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="66"/>
        <source>{step} (request {num})</source>
        <translation>{step}（第 {num} 号申请）</translation>
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
        <translation>接班人员 {incoming} 未到岗接 {start} 开始的班次；交班人员留守前台。需联系的主管：{call}。</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../desk_app/ui/roster/dock.py" line="178"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="53"/>
        <source>Duty roster</source>
        <comment>paper form title: 排班表</comment>
        <translation>排班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="56"/>
        <source>{title}: {month}</source>
        <comment>a roster&apos;s title: the form&apos;s name and the month</comment>
        <translation>{title}：{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="63"/>
        <source>Hours</source>
        <comment>a column: hours rostered in the month</comment>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="66"/>
        <source>On duty</source>
        <translation>当班人数</translation>
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
        <translation>红色：该班次人数少于最低要求</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="75"/>
        <source>Shifts</source>
        <comment>the roster&apos;s legend</comment>
        <translation>班次</translation>
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
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="80"/>
        <source>Drafted by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="81"/>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="82"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="83"/>
        <source>NOT APPROVED</source>
        <comment>stamped across a roster printed before approval</comment>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="86"/>
        <source>This roster is not approved by the manager: it may still change.</source>
        <translation>本表尚未经经理批准，内容仍可能变动。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="89"/>
        <source>Sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="90"/>
        <source>Changes since approval</source>
        <translation>批准后的变更</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="91"/>
        <source>None</source>
        <comment>no changes since approval</comment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="94"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="95"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="96"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="97"/>
        <source>Approved by</source>
        <comment>who approved a leave or a swap</comment>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="100"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="101"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="102"/>
        <source>{name}, {day}: {before} → {after}</source>
        <comment>a roster&apos;s cell changed</comment>
        <translation>{name}，{day}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="105"/>
        <source>{name}: {month}</source>
        <comment>a person&apos;s own roster: name and month</comment>
        <translation>{name}：{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="108"/>
        <source>{shifts} shifts, {hours} h</source>
        <translation>{shifts} 个班次，{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="109"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="110"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="111"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="112"/>
        <source>Roster</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="113"/>
        <source>Legend</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="114"/>
        <source>Changes</source>
        <comment>a workbook&apos;s sheet</comment>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="115"/>
        <source>Code</source>
        <comment>a shift&apos;s letter</comment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="116"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="117"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/print_labels.py" line="118"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>RosterPrintDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="45"/>
        <source>Print the roster — {month}</source>
        <translation>打印值班表 — {month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="49"/>
        <source>{station}: {state}</source>
        <translation>{station}：{state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="58"/>
        <source>The whole month (the desk&apos;s roster)</source>
        <translation>全月（本前台值班表）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="60"/>
        <source>{name}&apos;s own month</source>
        <translation>{name} 的个人排班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="62"/>
        <source>&amp;Print:</source>
        <translation>打印(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="66"/>
        <source>This month is not approved: the printout says so on every page.</source>
        <translation>本月值班表尚未批准：打印件每页都会注明。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="100"/>
        <source>roster-{year}-{month}</source>
        <translation>值班表-{year}-{month}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="111"/>
        <source>{name}: roster {month}</source>
        <translation>{name}：{month}值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/printing.py" line="112"/>
        <source>Roster {month}</source>
        <translation>{month}值班表</translation>
    </message>
</context>
<context>
    <name>RosterRequests</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="281"/>
        <source>Request {num}: {asker} asks for leave, {days}.</source>
        <translation>第 {num} 号申请：{asker} 申请请假，{days}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="285"/>
        <source>Request {num}: {colleague} takes {asker}&apos;s shift on {day} (confirmed by PIN).</source>
        <translation>第 {num} 号申请：{colleague} 接替 {asker} {day} 的班次（已凭PIN码确认）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="294"/>
        <source>Request {num}: {asker} gives their shift on {mine} to {colleague} and takes theirs on {theirs} (confirmed by PIN).</source>
        <translation>第 {num} 号申请：{asker} 将 {mine} 的班次换给 {colleague}，并接替其 {theirs} 的班次（已凭PIN码确认）。</translation>
    </message>
</context>
<context>
    <name>RosterSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="81"/>
        <source>Roster settings</source>
        <translation>值班表设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="84"/>
        <source>The shifts come from the start times in Handover settings; give each a letter to type in the month&apos;s grid and a colour. O is a day off and L is leave. A month already approved keeps the shifts it was approved with.</source>
        <translation>班次来自“交接班设置”中的开始时间；请为每个班次指定一个在月值班表中输入的字母和一种颜色。O 表示休息，L 表示请假。已批准的月份保留批准时的班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="108"/>
        <location filename="../../desk_app/ui/roster/settings.py" line="110"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="113"/>
        <location filename="../../desk_app/ui/roster/settings.py" line="115"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="118"/>
        <source>&amp;Shifts:</source>
        <translation>班次(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="119"/>
        <source>&amp;Clerks needed per shift:</source>
        <translation>每班所需人数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="120"/>
        <source>Least &amp;rest between shifts:</source>
        <translation>两班之间最少休息(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="121"/>
        <source>Most &amp;hours in a month:</source>
        <translation>每月最多工时(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="123"/>
        <source>Handover &amp;reminder before the change:</source>
        <translation>换班前交接提醒(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="125"/>
        <source>&amp;Grace after the change:</source>
        <translation>换班后宽限时间(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="127"/>
        <source>Ask for next month&apos;s roster &amp;from day:</source>
        <translation>下月值班表提醒起始日(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="129"/>
        <source>Next month&apos;s roster &amp;due by day:</source>
        <translation>下月值班表截止日(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RosterWarnings</name>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="115"/>
        <source>{day}: shift {code} has {have} of {need} clerks</source>
        <translation>{day}：{code} 班只有 {have} 人，需要 {need} 人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="119"/>
        <source>{day}: {person} is in two shifts at once ({code})</source>
        <translation>{day}：{person} 同时排了两个班次（{code}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="123"/>
        <source>{day}: {person} rests {hours} h before shift {code} (at least {need} h)</source>
        <translation>{day}：{person} 在 {code} 班前仅休息 {hours} 小时（至少需 {need} 小时）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="134"/>
        <source>{day}: {person} has shift {code} on a day of leave</source>
        <translation>{day}：{person} 在请假日排了 {code} 班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/labels.py" line="137"/>
        <source>{person}: {hours} h in the month (at most {most} h)</source>
        <translation>{person}：本月 {hours} 小时（最多 {most} 小时）</translation>
    </message>
</context>
<context>
    <name>RotationBox</name>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="43"/>
        <source>Backups kept</source>
        <translation>保留的备份</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="46"/>
        <source>Every backup of the last days:</source>
        <translation>最近几天的所有备份：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="47"/>
        <source>Then one a day, for days:</source>
        <translation>之后每天一份，保留天数：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="48"/>
        <source>One a week, for weeks:</source>
        <translation>每周一份，保留周数：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="49"/>
        <source>One a month, for months:</source>
        <translation>每月一份，保留月数：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="61"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/rotation_box.py" line="67"/>
        <source>The newest backup is always kept, and so is a backup holding entries the book no longer has. Older ones are removed as the next backup is made.</source>
        <translation>最新的备份始终保留，含有记录中已没有内容的备份也会保留。较旧的备份在下次备份时删除。</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="93"/>
        <source>Repeat a rotation</source>
        <translation>重复轮班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="98"/>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="102"/>
        <source>Shift codes in order ({codes}; O is a day off), repeated over the days</source>
        <translation>按顺序输入班次代码（{codes}；O 表示休息），在所选日期内循环重复</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="105"/>
        <source>&amp;Rotation</source>
        <translation>轮班顺序(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="106"/>
        <source>&amp;From day</source>
        <translation>起始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="107"/>
        <source>&amp;To day</source>
        <translation>截止日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="109"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/edit_dialogs.py" line="111"/>
        <source>Each next person starts one day further in the rotation</source>
        <translation>每下一个人在轮班顺序中错后一天开始</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../../desk_app/ui/common/save_as.py" line="66"/>
        <source>Save as Excel</source>
        <translation>另存为 Excel</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/save_as.py" line="68"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SecondFolderBox</name>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="49"/>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="103"/>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="53"/>
        <source>Each backup is copied there too: another disk, a USB stick or a network folder. A disk that fails takes the book and the folder beside it together.</source>
        <translation>每次备份也会复制到那里：另一块磁盘、U 盘或网络文件夹。磁盘损坏时，记录和它旁边的文件夹会一起丢失。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="61"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="66"/>
        <source>No second folder</source>
        <translation>不使用第二文件夹</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="91"/>
        <source>Backups are kept beside the book only.</source>
        <translation>备份只保存在记录旁。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="93"/>
        <source>No copy there yet: the next backup makes one.</source>
        <translation>那里还没有副本：下一次备份时会复制。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/second_folder.py" line="96"/>
        <source>Newest copy there: {when}</source>
        <translation>那里最新的副本：{when}</translation>
    </message>
</context>
<context>
    <name>SectionRows</name>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="44"/>
        <source>{text}

Double-click or Enter: open the complaint.</source>
        <translation>{text}

双击或按 Enter：打开该投诉。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="48"/>
        <source>{text}

Double-click or Enter: open the key&apos;s page.</source>
        <translation>{text}

双击或按 Enter：打开该钥匙的页面。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="52"/>
        <source>{text}

Double-click or Enter: open the handover sheet.</source>
        <translation>{text}

双击或按 Enter：打开该交接班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="56"/>
        <source>{text}

Double-click or Enter: open the inspection.</source>
        <translation>{text}

双击或按 Enter：打开该检查。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/section_rows.py" line="59"/>
        <source>{text}

Double-click or Enter: open the entry.</source>
        <translation>{text}

双击或按 Enter：打开该记录。</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="37"/>
        <source>Send the roster back</source>
        <translation>退回值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="39"/>
        <source>{month}: say what the supervisor should change.</source>
        <translation>{month}：请说明主管应修改哪些内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="46"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/flow_dialogs.py" line="47"/>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="53"/>
        <source>Lock after idle (minutes)</source>
        <translation>闲置自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="60"/>
        <source>Compensation a clerk may settle alone</source>
        <translation>前台客服补偿授权额度</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="65"/>
        <source>Above this amount, or for a high-severity complaint, a supervisor settles.</source>
        <translation>超过此金额的补偿，或严重程度为“高”的投诉，须由主管处理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="70"/>
        <source>Remind before a promised reply (minutes)</source>
        <translation>承诺答复提前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="79"/>
        <source>Yesterday&apos;s review due at</source>
        <translation>前一日记录审阅截止时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="91"/>
        <source>Keep records before archiving (years)</source>
        <translation>归档前记录保存年限（年）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/settings_dialog.py" line="101"/>
        <source>Only a manager can change the desk-wide settings.</source>
        <translation>只有经理可以更改前台通用设置。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="44"/>
        <source>Set up DutyDesk</source>
        <translation>初始化 DutyDesk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="47"/>
        <source>This is a new duty book. Create the manager&apos;s account: the manager adds the other people later. Name this station (this counter), as it will appear on every record.</source>
        <translation>这是一本新的值班记录簿。请先创建经理账户，其他人员由经理稍后添加。再为本工作站（本前台）命名，该名称将显示在每条记录上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="51"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="53"/>
        <source>Manager&apos;s name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="57"/>
        <source>PIN ({min}-{max} digits)</source>
        <translation>PIN码（{min}-{max} 位数字）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="63"/>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
</context>
<context>
    <name>ShiftBox</name>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="42"/>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="43"/>
        <source>Rostered:</source>
        <translation>排班人员：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="44"/>
        <source>Supervisor to call:</source>
        <translation>联系主管：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="48"/>
        <source>No approved roster for this time</source>
        <translation>此时段没有已批准的值班表</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/duty_tab.py" line="53"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <location filename="../../desk_app/ui/handover/signature_block.py" line="65"/>
        <source>PIN:</source>
        <translation>PIN码：</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="427"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="427"/>
        <source>Erase the whole signature</source>
        <translation>清除全部签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="429"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="429"/>
        <source>Take back the last stroke ({keys})</source>
        <translation>撤销上一笔（{keys}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="432"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="433"/>
        <source>Put back the stroke taken back ({keys})</source>
        <translation>恢复已撤销的笔画（{keys}）</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="82"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="84"/>
        <source>Sign with the mouse, a finger or a pen. Ctrl+Z undoes the last stroke.</source>
        <translation>可用鼠标、手指或触控笔签名。按 Ctrl+Z 撤销上一笔。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="338"/>
        <source>No signature</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/signature_pad.py" line="338"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="17"/>
        <source>Housekeeping</source>
        <translation>客房部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="18"/>
        <source>Engineering</source>
        <comment>maintenance department</comment>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="21"/>
        <source>Security</source>
        <translation>保安部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="22"/>
        <source>Front office</source>
        <translation>前厅部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="23"/>
        <source>Food and beverage</source>
        <translation>餐饮部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="24"/>
        <source>Laundry</source>
        <translation>洗衣房</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="25"/>
        <source>Spa and fitness</source>
        <translation>康体部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="26"/>
        <source>Administration</source>
        <translation>行政部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="27"/>
        <source>Other department</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/staff_labels.py" line="35"/>
        <source>{name} — {department}, badge {badge}</source>
        <translation>{name} — {department}，工牌号 {badge}</translation>
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
        <translation>员工名录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="150"/>
        <source>Search by name, department, phone or badge</source>
        <translation>按姓名、部门、电话或工牌号搜索</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="151"/>
        <source>Show members who left</source>
        <translation>显示已离职人员</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="161"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="361"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="162"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="362"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="163"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="364"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="164"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="365"/>
        <source>Badge</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="165"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="366"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="179"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="206"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="208"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="210"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="321"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="212"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="280"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="378"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="280"/>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="378"/>
        <source>Left (inactive)</source>
        <translation>已离职（停用）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="295"/>
        <source>Members: {count}</source>
        <translation>人员：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="297"/>
        <source>Found: {count}</source>
        <translation>找到：{count}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="321"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="329"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="331"/>
        <source>History of {name}</source>
        <translation>{name} 的历史记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="341"/>
        <source>{name} at {station}</source>
        <translation>{name}（{station}）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="353"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="354"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="355"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="356"/>
        <source>Reactivated</source>
        <translation>已重新启用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="363"/>
        <source>Which department</source>
        <translation>具体部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="388"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="394"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="66"/>
        <source>Add a member of staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="68"/>
        <source>Change {name}</source>
        <translation>修改：{name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="71"/>
        <source>People who work here without signing in to the desk. They are offered wherever a member of staff is chosen, for example when a key is issued.</source>
        <translation>在此工作但不登录前台系统的人员。凡需选择员工之处（例如借出钥匙时）都可选择他们。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="78"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="83"/>
        <source>Choose the department</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="85"/>
        <source>Which department</source>
        <translation>具体部门</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="89"/>
        <source>e.g. Gardening</source>
        <translation>例如 园艺部</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="90"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="92"/>
        <source>Extension or mobile, if any</source>
        <translation>分机或手机（如有）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="93"/>
        <source>Badge number</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/staff_dialog.py" line="95"/>
        <source>As on the staff card, if any</source>
        <translation>与工作证上一致（如有）</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="99"/>
        <source>Name this station</source>
        <translation>为工作站命名</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="101"/>
        <source>Give this counter a name; it is recorded on every entry written here.</source>
        <translation>请为本前台命名；在此写入的每条记录都会记下该名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/account_dialogs.py" line="103"/>
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="16"/>
        <source>Appearance, grooming and conduct</source>
        <comment>checklist item</comment>
        <translation>仪容仪表行为规范</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="19"/>
        <source>The duty log</source>
        <comment>checklist item</comment>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="20"/>
        <source>The front desk area</source>
        <comment>checklist item</comment>
        <translation>前台环境</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="23"/>
        <source>Service attitude and skills</source>
        <comment>checklist item</comment>
        <translation>服务意识及服务技能</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="26"/>
        <source>The shift handover</source>
        <comment>checklist item</comment>
        <translation>交接班情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="29"/>
        <source>Handling of guests&apos; information</source>
        <comment>checklist item</comment>
        <translation>客户信息处理情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="32"/>
        <source>Guests&apos; requests, complaints and opinions</source>
        <comment>checklist item</comment>
        <translation>客户诉求、意见处理情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="35"/>
        <source>Open items followed up</source>
        <comment>checklist item</comment>
        <translation>待跟进事项处理情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="38"/>
        <source>Paid and courtesy services</source>
        <comment>checklist item</comment>
        <translation>有偿服务、便民服务情况</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="41"/>
        <source>Other matters of the day</source>
        <comment>checklist item</comment>
        <translation>其它临时性事项</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="55"/>
        <source>Morning check (before 09:30)</source>
        <translation>早间检查（09:30前）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="57"/>
        <source>Handover check</source>
        <translation>交接班检查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="58"/>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="63"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="65"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="66"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="71"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="73"/>
        <source>Declined</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/supervision/labels.py" line="74"/>
        <source>Waiting for the clerk</source>
        <translation>待员工确认</translation>
    </message>
</context>
<context>
    <name>SupervisionLog</name>
    <message>
        <location filename="../../desk_app/ui/common/book_line_texts.py" line="54"/>
        <source>Inspection #{num}, item {number} failed ({cause}); correction: {correction}</source>
        <translation>检查 #{num} 第 {number} 项不合格（{cause}）；整改措施：{correction}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="169"/>
        <source>Ask for a swap</source>
        <translation>申请调班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="172"/>
        <source>Give one of your shifts to a colleague, or change it for one of theirs. Your colleague types their PIN here to agree; a supervisor then decides.</source>
        <translation>将您的某个班次让给同事，或与同事的某个班次互换。同事须在此输入其PIN码表示同意，再由主管审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="189"/>
        <source>{day}, shift {code}</source>
        <translation>{day}，{code} 班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="193"/>
        <source>You have no shift ahead on a saved roster</source>
        <translation>已保存的值班表上您之后没有班次</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="194"/>
        <source>&amp;My shift</source>
        <translation>我的班次(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="201"/>
        <source>&amp;Colleague</source>
        <translation>同事(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="206"/>
        <source>The same day as yours when your colleague is off then and takes your shift</source>
        <translation>如同事当天休息并接替您的班次，请选择与您相同的日期</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="208"/>
        <source>&amp;Their day</source>
        <translation>对方日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="216"/>
        <source>Typed by your colleague</source>
        <translation>由同事输入</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="220"/>
        <source>Their &amp;PIN</source>
        <translation>对方PIN码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="222"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="223"/>
        <source>&amp;Ask</source>
        <translation>提交申请(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="249"/>
        <source>{name} is off that day.</source>
        <translation>{name} 当天休息。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="251"/>
        <source>{name} is on leave that day.</source>
        <translation>{name} 当天请假。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/request_dialogs.py" line="253"/>
        <source>{name} works shift {code} that day.</source>
        <translation>{name} 当天上 {code} 班。</translation>
    </message>
</context>
<context>
    <name>TagPrintDialog</name>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="117"/>
        <source>Print tag {number}</source>
        <translation>打印标签 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="121"/>
        <source>Label size</source>
        <translation>标签尺寸</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="125"/>
        <source>Label printer, 62 × 29 mm</source>
        <translation>标签打印机，62 × 29 mm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="126"/>
        <source>Label printer, 50 × 30 mm</source>
        <translation>标签打印机，50 × 30 mm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="127"/>
        <source>A4 sheet of stickers, 3 × 8 (70 × 37 mm)</source>
        <translation>A4 不干胶标签纸，3 × 8（70 × 37 mm）</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="139"/>
        <source>Stickers already used on the sheet</source>
        <translation>本页已用标签数</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="147"/>
        <source>Printout language:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="160"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="164"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="167"/>
        <source>See the tag as it will print; print from there</source>
        <translation>查看标签的打印效果，并可从预览中打印</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="169"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="202"/>
        <source>Tag {number}</source>
        <translation>标签 {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/lostfound/printing.py" line="232"/>
        <source>{number} tag</source>
        <translation>{number} 标签</translation>
    </message>
</context>
<context>
    <name>TakeoverBox</name>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="31"/>
        <source>Why someone else than the rostered clerk takes over</source>
        <translation>由非排班人员接班的原因</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="35"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/takeover.py" line="38"/>
        <source>Rostered:</source>
        <translation>排班人员：</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="37"/>
        <source>DutyDesk {version} upgraded this book from schema {old} to {new}. Everything in it was kept; nothing needs to be done.</source>
        <translation>DutyDesk {version} 已将本记录的结构从 {old} 版升级到 {new} 版。所有内容均已保留，无需任何操作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="46"/>
        <source>A backup of the book as it was before is at:
{path}</source>
        <translation>升级前记录的备份位于：
{path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="53"/>
        <source>The book is on a database server: its own backups keep the book as it was before.</source>
        <translation>本记录在数据库服务器上：由服务器自己的备份保存升级前的状态。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/upgrade_notice.py" line="69"/>
        <source>The book was upgraded</source>
        <translation>记录已升级</translation>
    </message>
</context>
<context>
    <name>WaitingSheet</name>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="56"/>
        <source>Handover sheet no. {num} from {name} waits to be accepted</source>
        <translation>{name} 交出的第 {num} 号交接班表等待接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="59"/>
        <source>Sheet {num}: to accept</source>
        <translation>第 {num} 号表待接班</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="61"/>
        <source>{name} signed handover sheet no. {num}; the incoming clerk accepts it here. Click to open it.</source>
        <translation>{name} 已签署第 {num} 号交接班表；接班人须在此确认接班。点击打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/handover/waiting.py" line="85"/>
        <source>Handover sheet no. {num} is signed by {name} but not yet accepted: the incoming clerk must accept it at this station. Close DutyDesk anyway?</source>
        <translation>第 {num} 号交接班表已由 {name} 签名，但尚未接班：接班人须在本工作站确认接班。仍要关闭 DutyDesk 吗？</translation>
    </message>
</context>
<context>
    <name>_ShiftRow</name>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="46"/>
        <source>Code of the shift {hours}</source>
        <translation>{hours} 班次代码</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="47"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roster/settings.py" line="59"/>
        <source>Colour of the shift</source>
        <translation>班次颜色</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_app/ui/shell/app.py" line="195"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="8"/>
        <source>A built-in category cannot be removed; retire it instead.</source>
        <translation>内置类别不能删除，请改为停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="9"/>
        <source>A category name is longer than {limit} characters.</source>
        <translation>类别名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="8"/>
        <source>A complaint that is {status} cannot be given the step “{action}”.</source>
        <translation>状态为“{status}”的投诉不能执行“{action}”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="8"/>
        <source>A count is a whole number from 0 to {limit}.</source>
        <translation>数量必须是 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="10"/>
        <source>A disposal of this item is already waiting for approval.</source>
        <translation>此物品已有一项处置申请在等待审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="9"/>
        <source>A duty report covers at most {days} days; choose a shorter period.</source>
        <translation>值班报告最多涵盖 {days} 天，请选择较短的时段。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="11"/>
        <source>A high-severity complaint is settled by a supervisor: escalate it first.</source>
        <translation>严重程度为“高”的投诉须由主管处理：请先上报。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="8"/>
        <source>A hook&apos;s row and column are between 1 and {limit}.</source>
        <translation>挂钩的行号和列号须在 1 到 {limit} 之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="9"/>
        <source>A key code is 1 to 30 letters, digits, dots, dashes or slashes.</source>
        <translation>钥匙编号须由 1 到 30 个字母、数字、点、短横线或斜线组成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="10"/>
        <source>A key is lent for {days} days at most.</source>
        <translation>钥匙最多借出 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="11"/>
        <source>A key with the code {code} is already registered.</source>
        <translation>编号为 {code} 的钥匙已登记。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="12"/>
        <source>A line may have at most {limit} characters: {item}</source>
        <translation>每行最多 {limit} 个字符：{item}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="13"/>
        <source>A name may have at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="12"/>
        <source>A restricted key comes back within 1 to {limit} hours.</source>
        <translation>受限钥匙的归还时限须在 1 到 {limit} 小时之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="13"/>
        <source>A restricted key must come back within {hours} hours.</source>
        <translation>受限钥匙须在 {hours} 小时内归还。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="14"/>
        <source>A seal is 64 characters 0-9 and a-f (printed in groups of four); this has {count}.</source>
        <translation>封签由 64 个字符 0-9 和 a-f 组成（每四个一组打印）；此处为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="18"/>
        <source>A signature is required: ask them to sign on the pad.</source>
        <translation>必须签名：请领取人在签名板上签名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="8"/>
        <source>An active person named {name} already exists.</source>
        <translation>已有名为 {name} 的在用人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="19"/>
        <source>An in-memory database cannot keep a duty log; give a file.</source>
        <translation>内存数据库无法保存值班记录，请指定一个文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="11"/>
        <source>An item can have at most {limit} photos.</source>
        <translation>每件物品最多 {limit} 张照片。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="12"/>
        <source>Another station changed this item a moment ago. Look at it again and retry.</source>
        <translation>其他工作站刚刚修改了此物品。请重新查看后再试。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="15"/>
        <source>Another station changed this report a moment ago. Look at it again and retry.</source>
        <translation>其他工作站刚刚修改了此报失登记。请重新查看后再试。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="15"/>
        <source>At most {limit} lines, please.</source>
        <translation>最多 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="24"/>
        <source>Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk.</source>
        <translation>PostgreSQL 数据库的备份须在服务器上进行（pg_dump），不由 DutyDesk 完成。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="29"/>
        <source>Cannot create the backup folder {folder}: {error}</source>
        <translation>无法创建备份文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="30"/>
        <source>Cannot create the database {path}: {error}</source>
        <translation>无法创建数据库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="31"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="14"/>
        <source>Check an identity document of someone from outside: choose which.</source>
        <translation>请核验外来人员的证件，并选择所核验的证件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="18"/>
        <source>Check the claimant&apos;s identity document before returning the item.</source>
        <translation>归还物品前请核验领取人的证件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="14"/>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="21"/>
        <source>Choose how the item is to be disposed of.</source>
        <translation>请选择处置方式。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="22"/>
        <source>Choose the identity document you checked.</source>
        <translation>请选择您核验的证件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="23"/>
        <source>Choose the member of staff who found it.</source>
        <translation>请选择拾获物品的员工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="17"/>
        <source>Choose the member of staff who takes the key.</source>
        <translation>请选择领用钥匙的员工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="8"/>
        <source>Choose when the follow-up is due.</source>
        <translation>请选择跟进期限。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="9"/>
        <source>Choose who owns the follow-up.</source>
        <translation>请选择跟进负责人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="15"/>
        <source>Compensation above {limit} is settled by a supervisor: escalate it first.</source>
        <translation>超过 {limit} 的补偿须由主管决定：请先上报。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="21"/>
        <source>Complaint #{num} was changed at another station meanwhile; it is shown as it is now. Look again before acting.</source>
        <translation>投诉 #{num} 已在其他工作站被修改，现显示其最新状态。请重新查看后再操作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="25"/>
        <source>Complaint analysis is for supervisors and managers.</source>
        <translation>投诉分析仅供主管和经理使用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="8"/>
        <source>A badge number has Latin letters, digits, &apos;.&apos;, &apos;/&apos; and &apos;-&apos; only.</source>
        <translation>工牌号只能包含拉丁字母、数字以及“.”、“/”和“-”。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="8"/>
        <source>A handover check names its handover sheet.</source>
        <translation>交接班检查须指明对应的交接班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="9"/>
        <source>A morning check is made before {time}: choose a spot check.</source>
        <translation>早间检查须在 {time} 前进行：请改选抽查。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="9"/>
        <source>A phone number has digits, spaces, + - ( ) and an extension only.</source>
        <translation>电话号码只能包含数字、空格、+ - ( ) 和分机号。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="14"/>
        <source>A reason may have at most {limit} characters.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="8"/>
        <source>A shift already past cannot be swapped.</source>
        <translation>已过去的班次不能调换。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="9"/>
        <source>A swap stays within one month: ask for one in each month.</source>
        <translation>调班只能在同一个月内进行：跨月请分别申请。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="10"/>
        <source>An item&apos;s code is 1 to 40 letters a-z, digits or _: {code}.</source>
        <translation>检查项目代码须为 1 到 40 个字符，只能是字母 a-z、数字或 _：{code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="11"/>
        <source>An item&apos;s words are at most {most} characters.</source>
        <translation>检查项目文字最多 {most} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="10"/>
        <source>Another supervisor or the manager decides your own request.</source>
        <translation>您本人的申请须由另一位主管或经理审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="11"/>
        <source>Approved leave on {day} stays on the roster: it is not typed over nor taken off.</source>
        <translation>{day} 已批准的请假保留在值班表上：不能改写，也不能删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="14"/>
        <source>Ask for at most {days} days at a time.</source>
        <translation>每次最多申请 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="12"/>
        <source>Badge {badge} already belongs to {name}.</source>
        <translation>工牌号 {badge} 已属于 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="15"/>
        <source>Choose a colleague to swap with.</source>
        <translation>请选择要调班的同事。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="9"/>
        <source>Choose a role other than the present one.</source>
        <translation>请选择与当前不同的岗位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="12"/>
        <source>Choose active people as the clerks inspected.</source>
        <translation>被检查员工须为启用状态的人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="16"/>
        <source>Choose at least one person.</source>
        <translation>请至少选择一名人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="10"/>
        <source>Choose someone else to take them over.</source>
        <translation>请选择其他人接手。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="11"/>
        <source>Choose someone whose account is active to take them over.</source>
        <translation>请选择账户处于启用状态的人员接手。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="13"/>
        <source>Choose the clerk or clerks inspected.</source>
        <translation>请选择被检查的员工。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="13"/>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="17"/>
        <source>Choose the shift you want to swap.</source>
        <translation>请选择要调换的班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="12"/>
        <source>Choose who takes them over.</source>
        <translation>请选择接手人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="18"/>
        <source>Compensation above {limit}: confirm the settlement with your PIN.</source>
        <translation>补偿超过 {limit}：请用您的PIN码确认处理方案。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="13"/>
        <source>Complaint #{num} is escalated: hand it to a supervisor or a manager.</source>
        <translation>投诉 #{num} 已上报：请移交给主管或经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="18"/>
        <source>Copy the week to another day.</source>
        <translation>请将这一周复制到其他日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="16"/>
        <source>Count {item}, or say why it is not counted.</source>
        <translation>请清点 {item}，或说明未清点的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="32"/>
        <source>DutyDesk opened {path} while it was being checked. Check it again (the result could be wrong), or check a backup.</source>
        <translation>校验期间 DutyDesk 打开了 {path}。请重新校验（本次结果可能有误），或校验一个备份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="19"/>
        <source>Each of you must be off on the day you take over.</source>
        <translation>你们两人在接替对方的那天都必须休息。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="20"/>
        <source>Each shift needs its own one-letter code (O and L mean off and leave).</source>
        <translation>每个班次需要一个单独的单字母代码（O 表示休息，L 表示请假）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="36"/>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="16"/>
        <source>Enter a name for this station (this counter).</source>
        <translation>请输入本工作站（本前台）的名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="24"/>
        <source>Enter a phone, e-mail or room so the guest can be told.</source>
        <translation>请填写电话、电子邮件或房间，以便通知客人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="37"/>
        <source>Enter a time.</source>
        <translation>请输入时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="18"/>
        <source>Enter the last four characters of the document number, no more.</source>
        <translation>请只填写证件号码的后四位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="14"/>
        <source>Enter the member of staff&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="25"/>
        <source>Enter the name of the guest who found it.</source>
        <translation>请填写拾获物品的客人姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="19"/>
        <source>Enter the name of the person who takes the key.</source>
        <translation>请填写领用人姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="17"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="26"/>
        <source>Enter when the item was found.</source>
        <translation>请填写拾获时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="27"/>
        <source>Enter when the item was lost.</source>
        <translation>请填写遗失时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="20"/>
        <source>Enter your PIN to issue a restricted key.</source>
        <translation>借出受限钥匙须输入您的PIN码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="10"/>
        <source>Entry #{num} was already amended by #{later}; amend the newer one.</source>
        <translation>记录 #{num} 已由 #{later} 更正，请更正较新的记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="26"/>
        <source>Escalate to a supervisor or a manager.</source>
        <translation>请上报给主管或经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="17"/>
        <source>Give one to six different shift start times.</source>
        <translation>请设置一到六个不同的班次开始时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="27"/>
        <source>Give the guest&apos;s satisfaction from 1 to 5.</source>
        <translation>请填写客人满意度（1–5）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="21"/>
        <source>Give the key a label people recognise.</source>
        <translation>请为钥匙填写一个便于辨认的名称。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="28"/>
        <source>Give the new category a name.</source>
        <translation>请为新类别命名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="23"/>
        <source>Give the rotation to repeat, e.g. D N O O.</source>
        <translation>请输入要重复的轮班顺序，例如 D N O O。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="22"/>
        <source>Hook {hook} already holds key {code}.</source>
        <translation>挂钩 {hook} 上已有钥匙 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="18"/>
        <source>Important entries of the shift not marked read by you: {count}. Read them on the sheet (in red) and say so.</source>
        <translation>本班尚有 {count} 条重要记录您未标记已读。请在交接表上阅读（红色显示）并确认。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="14"/>
        <source>Item {number} failed: name who makes the correction.</source>
        <translation>第 {number} 项不合格：请指定整改负责人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="15"/>
        <source>Item {number} failed: say what is to be corrected.</source>
        <translation>第 {number} 项不合格：请填写整改措施。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="16"/>
        <source>Item {number} failed: say why (the cause).</source>
        <translation>第 {number} 项不合格：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="17"/>
        <source>Item {number} failed: the correction is due at a time still to come.</source>
        <translation>第 {number} 项不合格：整改期限须晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="20"/>
        <source>Item {number} is answered pass, fail or not applicable.</source>
        <translation>第 {number} 项的结果须为合格、不合格或不适用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="21"/>
        <source>Item {number} is not answered.</source>
        <translation>第 {number} 项尚未填写结果。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="22"/>
        <source>Item {number} is scored 1 to 5 (or not applicable).</source>
        <translation>第 {number} 项须评 1 到 5 分（或不适用）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="23"/>
        <source>Item {number}: the correction&apos;s owner is not an active person.</source>
        <translation>第 {number} 项：整改负责人不是启用状态的人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="29"/>
        <source>Keep at least one category in use.</source>
        <translation>至少须保留一个启用的类别。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="24"/>
        <source>Leave cannot start on a day already past.</source>
        <translation>请假不能从已过去的日期开始。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="25"/>
        <source>Leave is set by approving a request, not typed into the grid.</source>
        <translation>请假须通过批准申请来设定，不能直接输入到表格中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="26"/>
        <source>Leave on some of these days is already asked for (request {num}).</source>
        <translation>其中部分日期已申请过请假（第 {num} 号申请）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="23"/>
        <source>Managers must always be allowed to issue restricted keys.</source>
        <translation>必须始终允许经理借出受限钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="29"/>
        <source>Name who covers the {code} shift on {day}: without a cover fewer than {need} would work it.</source>
        <translation>请指定 {day} {code} 班的顶班人员：没有顶班，该班将少于 {need} 人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="40"/>
        <source>No database driver for {url}: {error}</source>
        <translation>没有适用于 {url} 的数据库驱动：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="30"/>
        <source>No disposal of this item is waiting for approval.</source>
        <translation>此物品没有待审批的处置申请。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="24"/>
        <source>No key has the code {code}.</source>
        <translation>没有编号为 {code} 的钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="28"/>
        <source>No such complaint.</source>
        <translation>投诉不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="13"/>
        <source>No such entry.</source>
        <translation>记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="14"/>
        <source>No such follow-up.</source>
        <translation>跟进事项不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="31"/>
        <source>No such found item.</source>
        <translation>拾获物品不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="22"/>
        <source>No such handover sheet.</source>
        <translation>没有这张交接班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="32"/>
        <source>No such lost-item report.</source>
        <translation>报失登记不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="15"/>
        <source>No such member of staff.</source>
        <translation>员工不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="18"/>
        <source>No such person.</source>
        <translation>人员不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="33"/>
        <source>No such photo.</source>
        <translation>照片不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="33"/>
        <source>No such request.</source>
        <translation>申请不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="24"/>
        <source>Nobody inspects themselves: another supervisor inspects you.</source>
        <translation>不能检查自己：须由另一位主管检查您。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="25"/>
        <source>Notes are written on a book&apos;s record.</source>
        <translation>批注只能添加在各记录簿的记录上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="26"/>
        <source>Only a clerk who was inspected acknowledges the inspection.</source>
        <translation>只有被检查的员工才能确认检查结果。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="27"/>
        <source>Only a handover check is linked to a sheet.</source>
        <translation>只有交接班检查才能关联交接班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="25"/>
        <source>Only a key reported lost or damaged can be put back.</source>
        <translation>只有已报告遗失或损坏的钥匙才能恢复上板。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="28"/>
        <source>Only a sealed sheet is countersigned: it is not accepted yet.</source>
        <translation>只有已封存的交接班表才能会签：此表尚未接班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="34"/>
        <source>Only a supervisor asks for leave for someone else.</source>
        <translation>只有主管可以替他人申请请假。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="35"/>
        <source>Only active clerks and supervisors can ask for leave.</source>
        <translation>只有在职的前台客服和主管可以申请请假。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="36"/>
        <source>Only active clerks and supervisors can be on the roster.</source>
        <translation>只有在职的前台客服和主管可以列入值班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="37"/>
        <source>Only people on {month}&apos;s roster can swap.</source>
        <translation>只有{month}值班表上的人员可以调班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="38"/>
        <source>Only the one who asked may withdraw a request.</source>
        <translation>只有申请人本人可以撤回申请。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="23"/>
        <source>Only the outgoing clerk signs the sheet as handed over.</source>
        <translation>只有交班人以“已交班”签名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="29"/>
        <source>Promise the guest a reply time: it is mandatory.</source>
        <translation>必须向客人承诺答复时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="34"/>
        <source>Retention must be between 1 and {limit} days.</source>
        <translation>保留期限须在 1 到 {limit} 天之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="24"/>
        <source>Say what each discrepancy is about.</source>
        <translation>请写明每项差异涉及什么。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="26"/>
        <source>Say what happened, in a few words.</source>
        <translation>请简要说明发生了什么。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="30"/>
        <source>Say what the compensation is (refund, discount, voucher…).</source>
        <translation>请说明补偿方式（退款、折扣、代金券…）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="29"/>
        <source>Say what the item {code} checks.</source>
        <translation>请填写检查项目 {code} 的检查内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="27"/>
        <source>Say when the key comes back.</source>
        <translation>请填写预计归还时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="28"/>
        <source>Say whether the key is lost or damaged.</source>
        <translation>请说明钥匙是遗失还是损坏。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="16"/>
        <source>Say which department: it is not in the list.</source>
        <translation>请写明部门：它不在列表中。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="35"/>
        <source>Say who found the item.</source>
        <translation>请填写拾获人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="29"/>
        <source>Say who takes the key.</source>
        <translation>请填写领用人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="30"/>
        <source>Say why the key is retired.</source>
        <translation>请说明钥匙停用的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="39"/>
        <source>Say why the request is turned down.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="40"/>
        <source>Say why the roster goes back to the supervisor.</source>
        <translation>请说明退回给客服主管的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="41"/>
        <source>Say why you ask.</source>
        <translation>请说明申请原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="30"/>
        <source>Say why you do not acknowledge the inspection.</source>
        <translation>请说明不予确认检查结果的原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="36"/>
        <source>Say why, in a few words.</source>
        <translation>请简要说明原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="19"/>
        <source>Say why, in a few words: it goes into the duty log.</source>
        <translation>请简要说明原因：将写入值班记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="17"/>
        <source>Someone changed this member of staff a moment ago. Look at them again and retry.</source>
        <translation>有人刚刚修改了此员工的信息。请重新查看后再试。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="42"/>
        <source>Someone else changed this month&apos;s roster meanwhile. Open it again to see their changes.</source>
        <translation>在此期间已有其他人修改了本月值班表。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="46"/>
        <source>Someone else changed this request meanwhile. Look at it again before deciding.</source>
        <translation>在此期间已有其他人修改了此申请。请重新查看后再审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="49"/>
        <source>Someone else started this month&apos;s roster meanwhile. Open it again.</source>
        <translation>在此期间已有其他人开始编制本月值班表。请重新打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="25"/>
        <source>Someone else than the rostered clerk takes over: say why.</source>
        <translation>由非排班人员接班：请说明原因。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="52"/>
        <source>Someone here is not on this month&apos;s roster.</source>
        <translation>其中有人不在本月值班表上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="53"/>
        <source>Someone is in two shifts at once ({count}): correct the month first.</source>
        <translation>有人同时排了两个班次（{count} 处）：请先更正本月值班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="56"/>
        <source>Someone is on the month twice.</source>
        <translation>有人在本月值班表中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="57"/>
        <source>That day is not in this month.</source>
        <translation>该日期不在本月。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="31"/>
        <source>That handover sheet does not exist.</source>
        <translation>该交接班表不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="32"/>
        <source>That inspection does not exist.</source>
        <translation>该检查记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="31"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="20"/>
        <source>The PIN is too long: use at most {max} digits.</source>
        <translation>PIN码过长：最多 {max} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="21"/>
        <source>The PIN is too short: supervisors and managers use at least {min} digits.</source>
        <translation>PIN码太短：主管和经理须使用至少 {min} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="24"/>
        <source>The PIN is too short: use at least {min} digits.</source>
        <translation>PIN码过短：至少 {min} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="25"/>
        <source>The PIN may contain digits only.</source>
        <translation>PIN码只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="33"/>
        <source>The answer for {code} is not an item of this checklist.</source>
        <translation>{code} 的结果不属于本检查项目表中的项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="32"/>
        <source>The authority limit must be more than zero.</source>
        <translation>授权额度必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="53"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>备份到 {folder} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="55"/>
        <source>The backup {path} failed its integrity check: {detail}</source>
        <translation>备份 {path} 未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="20"/>
        <source>The badge number is longer than {limit} characters.</source>
        <translation>工牌号超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="34"/>
        <source>The checklist holds at most {most} items.</source>
        <translation>检查项目最多 {most} 项。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="35"/>
        <source>The checklist needs at least one item.</source>
        <translation>至少需要一个检查项目。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="36"/>
        <source>The checklist was changed meanwhile: open the inspection again on the new list.</source>
        <translation>检查项目已被修改：请按新的检查项目重新打开检查。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="39"/>
        <source>The comment is at most {most} characters.</source>
        <translation>意见最多 {most} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="33"/>
        <source>The compensation cannot be negative.</source>
        <translation>补偿金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="34"/>
        <source>The compensation is implausibly large.</source>
        <translation>补偿金额大得不合常理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="35"/>
        <source>The compensation must be a number, such as 150 or 99.50.</source>
        <translation>补偿金额必须是数字，如 150 或 99.50。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="63"/>
        <source>The connection to the database server {where} was lost or could not be made ({error}). Nothing was saved; what you typed is still in the form. Check the network cable or Wi-Fi, then save again.</source>
        <translation>与数据库服务器 {where} 的连接已断开或无法建立（{error}）。未保存任何内容；您输入的内容仍在表单中。请检查网线或 Wi-Fi，然后再次保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="58"/>
        <source>The cover you named is not free that day.</source>
        <translation>您指定的顶班人员那天没有空。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="59"/>
        <source>The cover you named would have too little rest between shifts.</source>
        <translation>您指定的顶班人员两班之间的休息时间不足。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="8"/>
        <source>A backup opened to be read cannot be restored over.</source>
        <translation>为查阅而打开的备份不能作为恢复目标。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="9"/>
        <source>A book opened to be read cannot be archived.</source>
        <translation>只读打开的记录不能归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="10"/>
        <source>A record of {year} was written to, or referred to, while the year was being archived ({table} {id}). Nothing was taken out of the book; archive the year again.</source>
        <translation>归档 {year} 年期间，有该年度的记录被写入或引用（{table} {id}）。未从记录中移出任何内容；请重新归档该年度。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="20"/>
        <source>Another DutyDesk still has the book open (its file {wal} is there). Close DutyDesk on every station that uses this book, then restore again.</source>
        <translation>另一个 DutyDesk 仍打开着本记录（其文件 {wal} 仍在）。请在使用本记录的所有工作站上关闭 DutyDesk，然后重新恢复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="28"/>
        <source>Cannot create the archive folder {folder}: {error}</source>
        <translation>无法创建归档文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="38"/>
        <source>Give a whole number from 0 to {limit}.</source>
        <translation>请输入 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="39"/>
        <source>Give the second backup folder&apos;s full path.</source>
        <translation>请填写第二备份文件夹的完整路径。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="41"/>
        <source>Records are kept at least {least} years (保存期三年): the retention cannot be shorter.</source>
        <translation>记录至少保存 {least} 年（保存期三年）：保存期限不能更短。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="45"/>
        <source>The archive could not be written to {folder}: {error}. Nothing was taken out of the book, and what was written of the archive was removed.</source>
        <translation>归档无法写入 {folder}：{error}。未从记录中移出任何内容，已写入的部分归档已删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="49"/>
        <source>The archive written did not pass its check ({problem}).</source>
        <translation>写入的归档未通过校验（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="50"/>
        <source>The archive {path} could not be written: {error}</source>
        <translation>无法写入归档 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="51"/>
        <source>The backup could not be put in the book&apos;s place: {error}</source>
        <translation>未能用备份替换当前记录：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="52"/>
        <source>The backup could not be written to {path}: {error}</source>
        <translation>无法将备份写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="54"/>
        <source>The backup {path} could not be decompressed to {folder}: {error}</source>
        <translation>无法将备份 {path} 解压到 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="56"/>
        <source>The backup {path} is damaged ({detail}): it cannot be used.</source>
        <translation>备份 {path} 已损坏（{detail}）：无法使用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="57"/>
        <source>The book holds exactly what this backup holds: there is nothing to restore.</source>
        <translation>当前记录与此备份内容完全相同：无需恢复。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="60"/>
        <source>The book holds nothing from {year} to archive.</source>
        <translation>记录中没有 {year} 年可归档的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="61"/>
        <source>The book holds nothing from {year}: its oldest year is {oldest}.</source>
        <translation>记录中没有 {year} 年的内容：最早的年度是 {oldest} 年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="62"/>
        <source>The book holds nothing to archive.</source>
        <translation>记录中没有可归档的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="67"/>
        <source>The database file {path} cannot be read: {error}</source>
        <translation>无法读取数据库文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="68"/>
        <source>The database file {path} is read-only. DutyDesk needs to write to it.</source>
        <translation>数据库文件 {path} 为只读。DutyDesk 需要写入该文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="71"/>
        <source>The database {where} can only be read now (its file, its disk or the server refuses writes). Nothing was saved; what you typed is still in the form. Ask whoever looks after this computer.</source>
        <translation>数据库 {where} 目前只能读取（其文件、磁盘或服务器拒绝写入）。未保存任何内容；您输入的内容仍在表单中。请联系本电脑的维护人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="75"/>
        <source>The database {where} is busy: another station or program has held it for too long. Nothing was saved; what you typed is still in the form. Save again in a moment.</source>
        <translation>数据库 {where} 正忙：另一工作站或程序占用时间过长。未保存任何内容；您输入的内容仍在表单中。请稍后再次保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="79"/>
        <source>The database {where} was opened only to be read.</source>
        <translation>数据库 {where} 仅以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="80"/>
        <source>The demo covers between a few days and 10 years.</source>
        <translation>演示数据的时间跨度为几天到10年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="98"/>
        <source>The monthly duty reports were not all written: {names}.</source>
        <translation>每月值班报告未全部写出：{names}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="100"/>
        <source>The retention is a whole number of years.</source>
        <translation>保存期限须为整数年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="101"/>
        <source>The retention is at most {most} years.</source>
        <translation>保存期限最多 {most} 年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="102"/>
        <source>The second backup folder must be another place than the book&apos;s own folders.</source>
        <translation>第二备份文件夹必须不同于记录自身的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="112"/>
        <source>There is no archive at {path}.</source>
        <translation>{path} 处没有归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="114"/>
        <source>There is no folder {folder}. Plug in the disk or create the folder first.</source>
        <translation>没有文件夹 {folder}。请先插入磁盘或创建该文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="119"/>
        <source>This book is on a PostgreSQL server: archiving it is the server administrator&apos;s job (with every station closed), not one station&apos;s.</source>
        <translation>本记录在 PostgreSQL 服务器上：归档是服务器管理员的工作（须在所有工作站关闭时进行），而不是某个工作站的。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="123"/>
        <source>This book is on a PostgreSQL server: restoring it is the server administrator&apos;s job (pg_restore, with every station closed), not DutyDesk&apos;s.</source>
        <translation>本记录在 PostgreSQL 服务器上：恢复它是服务器管理员的工作（pg_restore，且所有工作站须关闭），而不是 DutyDesk 的。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="143"/>
        <source>Years are archived oldest first: archive {oldest} before {year}.</source>
        <translation>年度须从最早的开始归档：请先归档 {oldest} 年，再归档 {year} 年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="145"/>
        <source>You were not a supervisor or manager in the book when this backup was made, so it cannot be opened in your name.</source>
        <translation>制作此备份时您不是该记录中的主管或经理，因此不能以您的名义打开它。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="149"/>
        <source>{error} Nothing was taken out of the book, and what was written of the archive was removed.</source>
        <translation>{error} 未从记录中移出任何内容，已写入的部分归档已删除。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="153"/>
        <source>{path} is a backup of another database.</source>
        <translation>{path} 是另一个数据库的备份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="154"/>
        <source>{path} is an archive of another book.</source>
        <translation>{path} 是另一本记录的归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="155"/>
        <source>{path} is an archive of the years {years}: it is only read (Desk → Open archive… in the book&apos;s window, or desk-app verify --archive).</source>
        <translation>{path} 是 {years} 年的归档：只能查阅（在记录窗口中用“值班台 → 打开归档…”，或 desk-app verify --archive）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="176"/>
        <source>{table} {id} holds another picture or sealed text than at the end of the year archived: its state then cannot be written into the archive.</source>
        <translation>{table} {id} 的图片或封存文本与所归档年度末时不同：无法把当时的状态写入归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="184"/>
        <source>{year} is not past the retention of {retention} years yet: the newest year that may be archived is {last}.</source>
        <translation>{year} 年尚未超过 {retention} 年的保存期限：目前最晚可归档的年度是 {last} 年。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="21"/>
        <source>The department is longer than {limit} characters.</source>
        <translation>部门名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="37"/>
        <source>The description is longer than {limit} characters.</source>
        <translation>物品描述超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="81"/>
        <source>The disk is full: nothing was saved. What you typed is still in the form. Free some space on the disk that holds {where} (or ask whoever looks after this computer), then save again.</source>
        <translation>磁盘已满：未保存任何内容。您输入的内容仍在表单中。请在存放 {where} 的磁盘上腾出一些空间（或联系本电脑的维护人员），然后再次保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="85"/>
        <source>The disk reported an error with the database {where} ({error}). Nothing was saved; what you typed is still in the form. Save again; if it happens again, stop and call whoever looks after this computer: the disk may be failing.</source>
        <translation>磁盘报告数据库 {where} 出错（{error}）。未保存任何内容；您输入的内容仍在表单中。请再次保存；如仍出错，请停止操作并联系本电脑的维护人员：磁盘可能正在损坏。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="38"/>
        <source>The end of the time it was lost is before its start.</source>
        <translation>遗失时间的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="15"/>
        <source>The entry to amend does not exist.</source>
        <translation>要更正的记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="89"/>
        <source>The export to {path} failed: {error}</source>
        <translation>导出到 {path} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="90"/>
        <source>The folder {folder} does not exist. Choose another folder for the export.</source>
        <translation>文件夹 {folder} 不存在。请选择其他文件夹导出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="93"/>
        <source>The folder {folder} does not exist. Create it or choose another place for the database.</source>
        <translation>文件夹 {folder} 不存在。请创建该文件夹，或为数据库另选位置。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="97"/>
        <source>The folder {folder} is read-only. DutyDesk needs to write there.</source>
        <translation>文件夹 {folder} 为只读。DutyDesk 需要在其中写入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="16"/>
        <source>The follow-up due time is in the past.</source>
        <translation>跟进期限不能早于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="17"/>
        <source>The follow-up owner does not exist.</source>
        <translation>跟进负责人不存在。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="18"/>
        <source>The follow-up owner is no longer active.</source>
        <translation>跟进负责人已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="26"/>
        <source>The idle lock time must be between {min} and {max} minutes.</source>
        <translation>闲置锁定时间须在 {min} 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="40"/>
        <source>The inspection was already acknowledged or declined.</source>
        <translation>该检查已被确认或不予确认。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="41"/>
        <source>The inspection&apos;s time is still to come.</source>
        <translation>检查时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="31"/>
        <source>The label is longer than {limit} characters.</source>
        <translation>名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="27"/>
        <source>The last active manager cannot be deactivated.</source>
        <translation>不能停用最后一位在用的经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="60"/>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="61"/>
        <source>The last day of leave comes before the first.</source>
        <translation>请假结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="62"/>
        <source>The month has {count} warnings. Look at them, then submit it as it is.</source>
        <translation>本月值班表有 {count} 条警告。请查看后再按原样提交。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="28"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="42"/>
        <source>The note is at most {most} characters.</source>
        <translation>批注最多 {most} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="32"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="26"/>
        <source>The outgoing clerk has already signed.</source>
        <translation>交班人已经签名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="27"/>
        <source>The outgoing clerk signs first; then the incoming clerk accepts.</source>
        <translation>先由交班人签名，再由接班人确认接班。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="19"/>
        <source>The party concerned is longer than {limit} characters.</source>
        <translation>当事人超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="28"/>
        <source>The period must end after it starts.</source>
        <translation>期间的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="65"/>
        <source>The person asking for leave is not on the roster for {month}.</source>
        <translation>请假人不在{month}的值班表上。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="22"/>
        <source>The phone number is longer than {limit} characters.</source>
        <translation>电话号码超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="43"/>
        <source>The photo is larger than 5 MB.</source>
        <translation>照片超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="39"/>
        <source>The photo is larger than {limit} MB: take a smaller one.</source>
        <translation>照片超过 {limit} MB：请使用较小的照片。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="36"/>
        <source>The promised reply time must be after the time received.</source>
        <translation>承诺答复时间必须晚于接收时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="37"/>
        <source>The promised reply time must be in the future.</source>
        <translation>承诺答复时间必须晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="29"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>原因超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="30"/>
        <source>The remarks are longer than {limit} characters.</source>
        <translation>备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="99"/>
        <source>The reminder lead time must be between 1 minute and 24 hours.</source>
        <translation>提前提醒时间须在 1 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="20"/>
        <source>The room or place is longer than {limit} characters.</source>
        <translation>房间/地点超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="66"/>
        <source>The roster for {month} is with the manager: decide once it is approved or sent back.</source>
        <translation>{month}值班表正在经理处审核：请待其批准或退回后再审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="31"/>
        <source>The same person cannot both hand over and accept a shift.</source>
        <translation>交班人和接班人不能是同一人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="32"/>
        <source>The sheet changed while you were signing: look at it again.</source>
        <translation>签名期间交接班表已被修改：请重新查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="105"/>
        <source>The signature has too many points to keep: clear the pad and sign again.</source>
        <translation>签名笔迹点数过多，无法保存：请清除签名板后重新签名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="108"/>
        <source>The signature is too small: ask them to sign again, larger.</source>
        <translation>签名过小：请对方重新签得大一些。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="109"/>
        <source>The signature picture is larger than {limit} KiB.</source>
        <translation>签名图片超过 {limit} KiB。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="110"/>
        <source>The signature picture is not a PNG image.</source>
        <translation>签名图片不是 PNG 图像。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="29"/>
        <source>The station name is longer than 60 characters.</source>
        <translation>工作站名称超过 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="111"/>
        <source>The stored signature cannot be read.</source>
        <translation>无法读取已保存的签名。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="38"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="40"/>
        <source>The time found is in the future.</source>
        <translation>拾获时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="41"/>
        <source>The time lost is in the future.</source>
        <translation>遗失时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="39"/>
        <source>The time received is in the future.</source>
        <translation>接收时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="33"/>
        <source>The time the key comes back is in the past.</source>
        <translation>预计归还时间不能早于当前时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="30"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的PIN码不一致，请输入相同的PIN码。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="40"/>
        <source>There is no complaint no. {num}.</source>
        <translation>没有第 {num} 号投诉。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="113"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="21"/>
        <source>There is no entry #{num}.</source>
        <translation>没有第 {num} 号记录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="33"/>
        <source>There is no handover sheet no. {num}.</source>
        <translation>没有第 {num} 号交接班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="34"/>
        <source>There is no key {code} in the register.</source>
        <translation>登记簿中没有钥匙 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="70"/>
        <source>There is no roster for {month} yet.</source>
        <translation>{month}还没有值班表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="71"/>
        <source>There is no roster for {month} yet: save its draft first, then decide the leave.</source>
        <translation>{month}还没有值班表：请先保存其草稿，再审批请假。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="117"/>
        <source>There is no such day: {text}</source>
        <translation>没有这一天：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="118"/>
        <source>There is no such time: {text}</source>
        <translation>没有这个时间：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="31"/>
        <source>This database already has a manager; sign in instead.</source>
        <translation>此数据库已有经理账户，请直接登录。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="127"/>
        <source>This database already has people. Demo data goes into a new, empty database.</source>
        <translation>此数据库已有人员。演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="130"/>
        <source>This database was written by a newer DutyDesk (schema {revision}). Install the newer version to open it.</source>
        <translation>此数据库由较新版本的 DutyDesk 写入（架构版本 {revision}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="41"/>
        <source>This field is longer than {limit} characters.</source>
        <translation>此项超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="42"/>
        <source>This file is not a picture (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation>此文件不是图片（JPEG、PNG、GIF、BMP 或 WebP）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="22"/>
        <source>This follow-up was already closed.</source>
        <translation>该跟进已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="23"/>
        <source>This follow-up was changed at another station; look again.</source>
        <translation>该跟进已在其他工作站被修改，请重新查看。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="34"/>
        <source>This handover is already sealed.</source>
        <translation>此交接班表已封存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="134"/>
        <source>This is not a seal&apos;s QR code: it should read DUTYDESK-SEAL:number:seal.</source>
        <translation>这不是封签的二维码：应为 DUTYDESK-SEAL:编号:封签。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="43"/>
        <source>This item is no longer held (now: {state}).</source>
        <translation>此物品已不在保管中（当前状态：{state}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="44"/>
        <source>This item&apos;s retention period has not ended yet.</source>
        <translation>此物品的保留期限尚未届满。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="35"/>
        <source>This key is already off the board.</source>
        <translation>此钥匙已从钥匙板撤下。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="36"/>
        <source>This key is already out: {holder} has it.</source>
        <translation>此钥匙已借出：目前由 {holder} 持有。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="37"/>
        <source>This key is off the board (lost or damaged) and cannot be issued.</source>
        <translation>此钥匙已撤下（遗失或损坏），不能借出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="40"/>
        <source>This key is on the board: it was not issued.</source>
        <translation>此钥匙在钥匙板上：并未借出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="41"/>
        <source>This key is out: take it back before retiring it.</source>
        <translation>此钥匙已借出：请先收回再停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="42"/>
        <source>This key is retired and cannot be issued.</source>
        <translation>此钥匙已停用，不能借出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="43"/>
        <source>This key is retired.</source>
        <translation>此钥匙已停用。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="74"/>
        <source>This month has no roster yet: fill it in and save it first.</source>
        <translation>本月还没有值班表：请先填写并保存。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="75"/>
        <source>This month&apos;s roster cannot take that step now.</source>
        <translation>本月值班表目前不能进行这一步。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="76"/>
        <source>This month&apos;s roster is approved: change it through leave or a swap.</source>
        <translation>本月值班表已审批：请通过请假或调班更改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="79"/>
        <source>This month&apos;s roster is no longer there. Open it again.</source>
        <translation>本月值班表已不存在。请重新打开。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="80"/>
        <source>This month&apos;s roster is with the manager: it changes only if sent back.</source>
        <translation>本月值班表正在经理处审核：只有退回后才能修改。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="45"/>
        <source>This report is closed.</source>
        <translation>此报失登记已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="46"/>
        <source>This report is not linked to a found item.</source>
        <translation>此报失登记未关联拾获物品。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="83"/>
        <source>This request is already decided or withdrawn.</source>
        <translation>此申请已审批或已撤回。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="84"/>
        <source>This swap would leave one of you too little rest between shifts.</source>
        <translation>这次调班会使你们其中一人两班之间的休息时间不足。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="137"/>
        <source>This text contains a character that cannot be stored (a NUL or a broken character). Type it again.</source>
        <translation>此文本包含无法保存的字符（NUL 或损坏的字符）。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="32"/>
        <source>Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.</source>
        <translation>PIN码错误次数过多。账户还将锁定 {minutes} 分 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="47"/>
        <source>Two categories are both called {name}.</source>
        <translation>有两个类别都叫 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="44"/>
        <source>Two items have the code {code}.</source>
        <translation>有两个检查项目的代码都是 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="141"/>
        <source>Type the time as hours and minutes, e.g. 09:30 or 21:30: {text}</source>
        <translation>请按小时和分钟输入时间，例如 09:30 或 21:30：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="45"/>
        <source>Type your PIN to countersign.</source>
        <translation>请输入您的PIN码进行会签。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="24"/>
        <source>Unknown category: {category}.</source>
        <translation>未知类别：{category}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="44"/>
        <source>Unknown key type: {value}.</source>
        <translation>未知钥匙类型：{value}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="36"/>
        <source>Unknown role: {role}.</source>
        <translation>未知岗位：{role}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="35"/>
        <source>Unknown signature meaning.</source>
        <translation>未知的签名含义。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="42"/>
        <source>Unknown step: {action}.</source>
        <translation>未知步骤：{action}。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="43"/>
        <source>Use at most two decimals for the compensation.</source>
        <translation>补偿金额最多保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="36"/>
        <source>Write shift start times as HH:MM, for example 07:00, 15:00, 23:00.</source>
        <translation>请按 时:分 填写班次开始时间，例如 07:00, 15:00, 23:00。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="46"/>
        <source>Write the note.</source>
        <translation>请填写批注。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="142"/>
        <source>Write the year with four digits, or two for this century: {text}</source>
        <translation>年份请写四位数字，本世纪的年份也可只写两位：{text}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/log.py" line="25"/>
        <source>Write what happened: the text is empty.</source>
        <translation>内容为空：请填写发生的情况。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="44"/>
        <source>Write what the guest complains about.</source>
        <translation>请填写客人投诉的内容。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="37"/>
        <source>Wrong PIN.</source>
        <translation>PIN码错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="38"/>
        <source>Wrong name or PIN.</source>
        <translation>姓名或PIN码错误。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="144"/>
        <source>You are not signed in here. Sign in and try again.</source>
        <translation>您尚未在此登录。请登录后重试。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="39"/>
        <source>You cannot change your own role.</source>
        <translation>您不能更改自己的岗位。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="40"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="85"/>
        <source>You have no shift that day to swap.</source>
        <translation>您那天没有可调换的班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/lostfound.py" line="48"/>
        <source>You proposed this disposal: another supervisor must approve it.</source>
        <translation>此处置由您申请：须由另一位主管审批。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="47"/>
        <source>You signed this sheet: another supervisor countersigns it.</source>
        <translation>您已在此表上签名：须由另一位主管会签。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="41"/>
        <source>Your account is no longer active. Ask a manager.</source>
        <translation>您的账户已停用，请联系经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="86"/>
        <source>Your colleague already works that day: a swap on one day needs them off.</source>
        <translation>您的同事那天已有班次：同一天调班需要对方休息。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="89"/>
        <source>Your colleague has no shift that day to give back.</source>
        <translation>您的同事那天没有可换给您的班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="90"/>
        <source>Your colleague is on leave then: choose someone else.</source>
        <translation>您的同事那时在请假：请选择其他人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="91"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的岗位（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/keys.py" line="45"/>
        <source>Your role ({role}) may not issue restricted keys.</source>
        <translation>您的岗位（{role}）无权借出受限钥匙。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="92"/>
        <source>{code} is not a shift of this desk&apos;s pattern.</source>
        <translation>{code} 不是本前台班次模式中的班次。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="93"/>
        <source>{colour} is not a colour (write it as #RRGGBB).</source>
        <translation>{colour} 不是有效的颜色（请按 #RRGGBB 格式填写）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="48"/>
        <source>{day} has not come yet: a day is reviewed once it has been worked.</source>
        <translation>{day} 尚未到来：须待当日值班结束后才能审阅。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="51"/>
        <source>{day} is already reviewed: add a note to a row instead.</source>
        <translation>{day} 已审阅：如需补充，请在相应行上添加批注。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="39"/>
        <source>{item} is listed twice.</source>
        <translation>“{item}”重复列出。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/staff.py" line="23"/>
        <source>{name} already works in this department: give each a badge number to tell them apart.</source>
        <translation>{name} 已在此部门工作：请为每人填写工牌号以便区分。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="42"/>
        <source>{name} is no longer active: reactivate the account first.</source>
        <translation>{name} 已停用：请先重新启用该账户。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/complaints.py" line="45"/>
        <source>{name} is no longer active; choose someone on the staff.</source>
        <translation>{name} 已停用，请选择其他在职人员。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="43"/>
        <source>{name} is the last active manager: make someone else a manager first.</source>
        <translation>{name} 是最后一位启用中的经理：请先将其他人设为经理。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="46"/>
        <source>{name} still has shifts on the roster: {shifts}. Give them to others first.</source>
        <translation>{name} 在值班表上仍有班次：{shifts}。请先将这些班次交给其他人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/people.py" line="49"/>
        <source>{name} still holds keys ({keys}), open follow-ups ({follow_ups}) and open complaints ({complaints}). Hand them to someone else first.</source>
        <translation>{name} 名下仍有钥匙（{keys}）、待跟进事项（{follow_ups}）和未结投诉（{complaints}）。请先移交给他人。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="159"/>
        <source>{path} is empty: it is not a DutyDesk database.</source>
        <translation>{path} 是空文件：不是 DutyDesk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="160"/>
        <source>{path} is not a DutyDesk archive.</source>
        <translation>{path} 不是 DutyDesk 归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="161"/>
        <source>{path} is not a DutyDesk backup.</source>
        <translation>{path} 不是 DutyDesk 的备份。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="162"/>
        <source>{path} is not a DutyDesk database (it is not an SQLite file at all).</source>
        <translation>{path} 不是 DutyDesk 数据库（根本不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="165"/>
        <source>{path} is not a DutyDesk database.</source>
        <translation>{path} 不是 DutyDesk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="166"/>
        <source>{path} is not a DutyDesk database: it holds other tables.</source>
        <translation>{path} 不是 DutyDesk 数据库：其中是其他数据表。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="167"/>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="168"/>
        <source>{path} is there already and is not this book&apos;s archive: choose another folder.</source>
        <translation>{path} 已存在，且不是本记录的归档：请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="171"/>
        <source>{path} is this book&apos;s archive already.</source>
        <translation>{path} 已经是本记录的归档。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="172"/>
        <source>{path} still has pages in its WAL file and lies where nothing can be written, so it cannot be read whole. Copy it together with its -wal file to a folder that can be written, and check the copy.</source>
        <translation>{path} 的 WAL 文件中仍有数据页，且所在位置无法写入，因此无法完整读取。请将它连同其 -wal 文件一起复制到可写入的文件夹，然后校验副本。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/roster.py" line="94"/>
        <source>{person} is not on the roster for {month}: add them to that month first, or turn the leave down.</source>
        <translation>{person}不在{month}的值班表上：请先将其加入该月，或驳回此请假。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="180"/>
        <source>{text} is not a date.</source>
        <translation>{text} 不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/desk.py" line="181"/>
        <source>{url} is not a DutyDesk database: it holds other tables ({tables}).</source>
        <translation>{url} 不是 DutyDesk 数据库：其中包含其他数据表（{tables}）。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/handover.py" line="40"/>
        <source>{value} is not a time of day.</source>
        <translation>{value} 不是有效的时间。</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/common/error_texts/supervision.py" line="52"/>
        <source>{what} is at most {most} characters.</source>
        <translation>{what} 最多 {most} 个字符。</translation>
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
        <translation>DutyDesk 内部出错。此次操作未保存任何内容。详细信息：</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shell/crash.py" line="62"/>
        <source>Something went wrong inside DutyDesk. Please pass on the details below; they are also kept in {path}.</source>
        <translation>DutyDesk 内部出错。请把下面的详细信息转交给维护人员；这些信息也保存在 {path}。</translation>
    </message>
</context>
</TS>
