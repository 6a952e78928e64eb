<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AUWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="44"/>
        <source>merged before</source>
        <translation>دُمجت سابقاً</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="46"/>
        <source>replaced {package} ({when})</source>
        <translation>حلّت محل الحزمة {package} ({when})</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_packages.py" line="106"/>
        <source>{merged} merged, {replaced} replaced, {same} already there, {refused} refused</source>
        <translation>دُمجت: {merged}، حلّت محل حزمة أقدم: {replaced}، موجودة من قبل: {same}، رُفضت: {refused}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="139"/>
        <source>Choose merged folder…</source>
        <translation>اختيار مجلد الدمج…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="140"/>
        <source>Add packages…</source>
        <translation>إضافة حزم…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="141"/>
        <source>Exchange rates…</source>
        <translation>أسعار الصرف…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="142"/>
        <source>Export workbook…</source>
        <translation>تصدير المصنف…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="143"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="144"/>
        <source>Packages</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="145"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="278"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="159"/>
        <source>No merged folder chosen yet.</source>
        <translation>لم يُختر مجلد الدمج بعد.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="162"/>
        <source>Merged folder: {path}</source>
        <translation>مجلد الدمج: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="165"/>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="166"/>
        <source>Exchange rates: {file}</source>
        <translation>أسعار الصرف: {file}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="184"/>
        <source>Choose the merged folder (an empty folder starts a new one)</source>
        <translation>اختر مجلد الدمج (المجلد الفارغ يبدأ دمجاً جديداً)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Add harmonised packages</source>
        <translation>إضافة حزم منسّقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="209"/>
        <source>Harmonised packages (*.zip)</source>
        <translation>الحزم المنسّقة (*.zip)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="221"/>
        <source>Merging packages…</source>
        <translation>جارٍ دمج الحزم…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="230"/>
        <source>Stopped: the packages merged before you stopped stay merged.</source>
        <translation>توقّف الدمج: تبقى الحزم التي دُمجت قبل الإيقاف مدمجة.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="233"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="240"/>
        <source>Add packages</source>
        <translation>إضافة حزم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="273"/>
        <source>Computing the tables…</source>
        <translation>جارٍ حساب الجداول…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="282"/>
        <source>Exchange rates (currency,year,lcu_per_usd,source)</source>
        <translation>أسعار الصرف (currency,year,lcu_per_usd,source)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="283"/>
        <location filename="../../surveytool/ui/au_workspace.py" line="303"/>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="301"/>
        <source>Export workbook</source>
        <translation>تصدير المصنف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="301"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="303"/>
        <source>Workbook (*.xlsx)</source>
        <translation>مصنف (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="320"/>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_workspace.py" line="327"/>
        <source>Tables written to {path}</source>
        <translation>كُتبت الجداول في {path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../surveytool/ui/about.py" line="91"/>
        <source>About surveytool</source>
        <translation>حول surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="92"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: وحدة هجرة اليد العاملة (JLMP)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Questionnaire:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Store:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="95"/>
        <source>Log:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="102"/>
        <source>still loading</source>
        <translation>قيد التحميل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/about.py" line="103"/>
        <source>Open the log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
</context>
<context>
    <name>AcknowledgeInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="241"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="100"/>
        <source>Household {key}</source>
        <translation>الأسرة {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="67"/>
        <source>Back to cases</source>
        <translation>العودة إلى الاستمارات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="68"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="69"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="70"/>
        <source>Reopen the case to change answers</source>
        <translation>إعادة فتح الاستمارة لتغيير الإجابات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="71"/>
        <source>Mark complete</source>
        <translation>تأكيد الاكتمال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="72"/>
        <source>Ctrl+Enter or F10</source>
        <translation>Ctrl+Enter أو F10</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="93"/>
        <source>Returned by the office: {comment}</source>
        <translation>أعادها المكتب: {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_bar.py" line="108"/>
        <source>Saved {time}</source>
        <translation>تم الحفظ الساعة {time}</translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="105"/>
        <source>{check}, line {line}</source>
        <translation>{check}، السطر {line}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="134"/>
        <source>Household {key} approved.</source>
        <translation>تم اعتماد استمارة الأسرة {key}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="140"/>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="143"/>
        <source>Approving this case needs a justification of its warnings:</source>
        <translation>يتطلب اعتماد هذه الاستمارة تبرير تنبيهاتها:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="145"/>
        <source>Why are these answers right?</source>
        <translation>لماذا هذه الإجابات صحيحة؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="148"/>
        <source>Justify warnings</source>
        <translation>تبرير التنبيهات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>Reject case</source>
        <translation>رفض الاستمارة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="157"/>
        <source>What must the enumerator fix?</source>
        <translation>ما الذي يجب أن يصحّحه الباحث؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="165"/>
        <source>Household {key} rejected: sent back to the enumerator.</source>
        <translation>تم رفض استمارة الأسرة {key}: أُعيدت إلى الباحث.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Revoke approval</source>
        <translation>سحب الاعتماد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="173"/>
        <source>Why is the approval withdrawn?</source>
        <translation>لماذا يُسحب الاعتماد؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="181"/>
        <source>Household {key}: approval revoked, the case is under review again.</source>
        <translation>الأسرة {key}: سُحب الاعتماد، والاستمارة قيد المراجعة من جديد.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="108"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New case</source>
        <translation>استمارة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="102"/>
        <source>Search household (e.g. C0012); Down: the list</source>
        <translation>البحث عن أسرة (مثلاً C0012)؛ Down: الانتقال إلى القائمة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="104"/>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N أو Insert</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="181"/>
        <source>{count} cases</source>
        <translation>عدد الاستمارات: {count}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Cluster</source>
        <translation>العنقود</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="81"/>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="82"/>
        <source>Enumerator</source>
        <translation>الباحث</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="142"/>
        <source>Marked complete. The case is now read-only; Reopen to change it.</source>
        <translation>تم تأكيد الاكتمال. الاستمارة الآن للقراءة فقط؛ استخدم «إعادة فتح» لتغييرها.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_writes.py" line="162"/>
        <source>Reopened: the answers can be changed again.</source>
        <translation>أُعيد فتح الاستمارة: يمكن تغيير الإجابات من جديد.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="263"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="265"/>
        <source>Found</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="269"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="270"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="271"/>
        <source>Variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="272"/>
        <source>This office&apos;s value</source>
        <translation>قيمة هذا المكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="273"/>
        <source>The package&apos;s value</source>
        <translation>قيمة الحزمة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="276"/>
        <source>Keep this office&apos;s version…</source>
        <translation>الإبقاء على نسخة هذا المكتب…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="277"/>
        <source>Take the package&apos;s version…</source>
        <translation>استخدام نسخة الحزمة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="285"/>
        <source>No conflict waits for a decision.</source>
        <translation>لا يوجد تعارض بانتظار قرار.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="287"/>
        <source>Pick a conflict to see the two versions side by side.</source>
        <translation>اختر تعارضاً لعرض النسختين جنباً إلى جنب.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="289"/>
        <source>Comparing the two versions…</source>
        <translation>جارٍ مقارنة النسختين…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="291"/>
        <source>Household {key}: {reason}. {count} difference(s) between this office&apos;s version and the package&apos;s.</source>
        <translation>الأسرة {key}: {reason}. عدد الفروق بين نسخة هذا المكتب ونسخة الحزمة: {count}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="311"/>
        <source>Keep this office&apos;s version of household {key}? The package&apos;s version stays on record in the store.</source>
        <translation>الإبقاء على نسخة هذا المكتب من الأسرة {key}؟ تبقى نسخة الحزمة محفوظة في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="316"/>
        <source>Replace this office&apos;s version of household {key} by the package&apos;s? This office&apos;s version stays on record in the store.</source>
        <translation>استبدال نسخة هذا المكتب من الأسرة {key} بنسخة الحزمة؟ تبقى نسخة هذا المكتب محفوظة في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="321"/>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="333"/>
        <source>Resolve the conflict</source>
        <translation>حسم التعارض</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="89"/>
        <source>surveytool: a problem</source>
        <translation>surveytool: حدثت مشكلة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="93"/>
        <source>{count} more problem(s) were logged since.</source>
        <translation>سُجّلت منذ ذلك الحين {count} من المشكلات الأخرى.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../surveytool/ui/crash.py" line="66"/>
        <source>Something went wrong. Your answers are saved. Details were written to {path}.</source>
        <extracomment>the three doors&apos; keepers before ours: sys.excepthook, threading.excepthook, Qt&apos;s handler</extracomment>
        <translation>حدث خطأ ما. إجاباتك محفوظة. كُتبت التفاصيل في {path}.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="67"/>
        <location filename="../../surveytool/ui/demo_store.py" line="128"/>
        <location filename="../../surveytool/ui/demo_store.py" line="137"/>
        <source>Open the demo store</source>
        <translation>فتح قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="69"/>
        <source>The questionnaire is still loading…</source>
        <translation>لا يزال الاستبيان قيد التحميل…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="72"/>
        <source>Wait until the running job has finished.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/demo_store.py" line="103"/>
        <source>Writing the demo store: {done} of {total} households</source>
        <translation>جارٍ كتابة قاعدة البيانات التجريبية: {done} من أصل {total} أسرة</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="127"/>
        <source>Disclosure report</source>
        <translation>تقرير مخاطر الإفصاح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="131"/>
        <source>{cases} case(s) go into the harmonised package.</source>
        <translation>عدد الاستمارات التي تدخل الحزمة المنسّقة: {cases}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="132"/>
        <source>{records} {level} record(s) judged on the key variables: {keys}.</source>
        <translation>عدد سجلات المستوى «{level}» المُقيَّمة حسب المتغيرات المفتاحية ({keys}): {records}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="141"/>
        <source>Key variables not in the tables: {names}</source>
        <translation>متغيرات مفتاحية غير موجودة في الجداول: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="147"/>
        <source>Smallest cell: {count} record(s)</source>
        <translation>عدد السجلات في أصغر خلية: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="150"/>
        <source>Records in cells smaller than k = {k}: {records} (in {cells} cell(s))</source>
        <translation>السجلات في خلايا أصغر من k = {k}: {records} (في {cells} من الخلايا)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="161"/>
        <source>Sizes of the smallest cells (of {cells}): {sizes}</source>
        <translation>أحجام أصغر الخلايا (من أصل {cells}): {sizes}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="166"/>
        <source>Top-coded above the {percentile}th percentile:</source>
        <translation>التقييد بحد أعلى فوق المئين {percentile}:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="171"/>
        <source>Not in the tables, not top-coded: {names}</source>
        <translation>غير موجودة في الجداول، ولم تُقيَّد بحد أعلى: {names}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="178"/>
        <source>Variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="179"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="180"/>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="181"/>
        <source>Values replaced</source>
        <translation>القيم المستبدلة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="187"/>
        <source>Not derived everywhere:</source>
        <translation>متغيرات لم تُشتق في كل السجلات:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="191"/>
        <source>Nothing is written until you choose Write. Cancel if a cell is too small: the package cannot be called back once it has left.</source>
        <translation>لن يُكتب شيء حتى تختار «كتابة». ألغِ العملية إذا كانت إحدى الخلايا صغيرة جداً: لا يمكن استرجاع الحزمة بعد إرسالها.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_disclosure.py" line="195"/>
        <source>Write…</source>
        <translation>كتابة…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="95"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>The questionnaire is still loading…</source>
        <translation>لا يزال الاستبيان قيد التحميل…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="98"/>
        <source>Wait until the running job has finished.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="106"/>
        <source>{problem}

Create this workstation&apos;s key in the Keys dialog.</source>
        <translation>{problem}

أنشئ مفتاح هذا الجهاز في نافذة «المفاتيح».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="136"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="182"/>
        <source>Export batch</source>
        <translation>تصدير دفعة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="167"/>
        <source>Exporting the batch…</source>
        <translation>جارٍ تصدير الدفعة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="173"/>
        <source>Batch {sequence} written to {path}: {cases} case(s), sealed for {office}.

Give this file to the office. The cases stay on this workstation until the office&apos;s receipt is imported (Exchange ▸ Import receipt…).</source>
        <translation>كُتبت الدفعة {sequence} في {path}: عدد الاستمارات {cases}، مشفّرة بمفتاح {office}.

سلّم هذا الملف إلى المكتب. تبقى الاستمارات على هذا الجهاز حتى يُستورد إشعار الاستلام من المكتب (تبادل ◂ استيراد إشعار الاستلام…).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="180"/>
        <source>Batch {sequence} exported</source>
        <translation>صُدِّرت الدفعة {sequence}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="186"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="223"/>
        <source>Import receipt</source>
        <translation>استيراد إشعار الاستلام</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="200"/>
        <source>Importing the receipt…</source>
        <translation>جارٍ استيراد إشعار الاستلام…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="207"/>
        <source>{count} case(s) received by the office left this workstation.</source>
        <translation>حُذفت من هذا الجهاز الاستمارات التي استلمها المكتب: {count}.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="214"/>
        <source>{count} case(s) changed since they were sent stay: send them again.</source>
        <translation>بقيت على هذا الجهاز الاستمارات التي تغيّرت بعد إرسالها: {count}. أرسلها من جديد.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="219"/>
        <source>{count} case(s) of the receipt were not in that batch: ignored.</source>
        <translation>استمارات في إشعار الاستلام لم تكن في تلك الدفعة: {count}. تم تجاهلها.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="227"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="294"/>
        <location filename="../../surveytool/ui/exchange_actions.py" line="309"/>
        <source>Import packages</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="247"/>
        <source>Importing packages…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="268"/>
        <source>{added} added, {updated} updated, {same} unchanged, {conflicts} conflict(s)</source>
        <translation>استمارات مضافة: {added}، محدَّثة: {updated}، دون تغيير: {same}، تعارضات: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="278"/>
        <source>receipt: {path}</source>
        <translation>إشعار الاستلام: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="282"/>
        <source>Cancelled: {count} package(s) not imported.</source>
        <translation>أُلغيت العملية: لم تُستورد {count} من الحزم.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="288"/>
        <source>Resolve the conflicts in Exchange ▸ Conflicts…</source>
        <translation>احسم التعارضات من تبادل ◂ التعارضات…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="290"/>
        <source>{count} package(s) imported</source>
        <translation>عدد الحزم المستوردة: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="304"/>
        <source>{count} package(s) skip sequence numbers: packages of that workstation are missing. Import them anyway? The gap stays in the import log.</source>
        <translation>تتخطى {count} من الحزم أرقاماً تسلسلية: هناك حزم مفقودة من ذلك الجهاز. هل تريد استيرادها رغم ذلك؟ تبقى الفجوة مسجّلة في سجل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_actions.py" line="326"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="35"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="126"/>
        <source>Export harmonised package</source>
        <extracomment>the statuses of the cases a harmonised package takes, by the officer&apos;s choice</extracomment>
        <translation>تصدير الحزمة المنسّقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="40"/>
        <source>Approved cases</source>
        <translation>الاستمارات المعتمدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="41"/>
        <source>Approved and complete cases</source>
        <translation>الاستمارات المعتمدة والمكتملة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="46"/>
        <source>Which cases go into the package?</source>
        <translation>ما الاستمارات التي تدخل الحزمة؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="64"/>
        <source>Preparing the harmonised package…</source>
        <translation>جارٍ إعداد الحزمة المنسّقة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="72"/>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="87"/>
        <source>Harmonised package cancelled</source>
        <translation>أُلغي تصدير الحزمة المنسّقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="94"/>
        <source>Save the harmonised package as</source>
        <translation>حفظ الحزمة المنسّقة باسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="112"/>
        <source>Writing the harmonised package…</source>
        <translation>جارٍ كتابة الحزمة المنسّقة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_harmonised.py" line="122"/>
        <source>Harmonised package written to {path}: {cases} case(s), smallest key cell {smallest}.</source>
        <translation>كُتبت الحزمة المنسّقة في {path}: عدد الاستمارات {cases}، أصغر خلية للمتغيرات المفتاحية {smallest}.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="38"/>
        <source>E&amp;xchange</source>
        <translation>&amp;تبادل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="39"/>
        <source>Enumerator</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="40"/>
        <source>&amp;Export batch…</source>
        <translation>&amp;تصدير دفعة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="41"/>
        <source>Import &amp;receipt…</source>
        <translation>استيراد إ&amp;شعار الاستلام…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="42"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="43"/>
        <source>&amp;Import packages…</source>
        <translation>استيراد ال&amp;حزم…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="44"/>
        <source>Import &amp;log</source>
        <translation>&amp;سجل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="45"/>
        <source>&amp;Conflicts…</source>
        <translation>الت&amp;عارضات…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="46"/>
        <source>Export &amp;harmonised package…</source>
        <translation>تصدير الحزمة الم&amp;نسّقة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_menu.py" line="47"/>
        <source>&amp;Keys…</source>
        <translation>ال&amp;مفاتيح…</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="50"/>
        <source>changed here</source>
        <translation>عُدِّلت هنا</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="51"/>
        <source>histories differ</source>
        <translation>سجل تعديلات مختلف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="52"/>
        <source>entered here</source>
        <translation>أُدخلت هنا</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="53"/>
        <source>same household key</source>
        <translation>معرّف الأسرة نفسه</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="61"/>
        <source>changed in this office since it was imported</source>
        <translation>عُدِّلت في هذا المكتب بعد استيرادها</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="64"/>
        <source>the package&apos;s history does not continue the one imported</source>
        <translation>سجل التعديلات في الحزمة ليس استمراراً للسجل المستورد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="67"/>
        <source>entered in this office, not imported</source>
        <translation>أُدخلت في هذا المكتب، ولم تُستورد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_conflicts.py" line="70"/>
        <source>another case here has the same household key</source>
        <translation>توجد هنا استمارة أخرى بمعرّف الأسرة نفسه</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="48"/>
        <source>enumerator</source>
        <translation>باحث</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="49"/>
        <source>office</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="50"/>
        <source>African Union</source>
        <translation>الاتحاد الأفريقي</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="33"/>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="34"/>
        <source>already imported</source>
        <translation>مستوردة من قبل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="35"/>
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>ExportBatchDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="105"/>
        <source>Export batch</source>
        <translation>تصدير دفعة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="107"/>
        <source>The complete cases not sent yet: {count} case(s)</source>
        <translation>الاستمارات المكتملة التي لم تُرسل بعد: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="110"/>
        <source>Only the cases selected in the case list: {count}</source>
        <translation>الاستمارات المحددة في قائمة الاستمارات فقط: {count}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="112"/>
        <location filename="../../surveytool/ui/welcome.py" line="193"/>
        <source>Office&apos;s &amp;public key</source>
        <translation>المفتاح ال&amp;عام للمكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="113"/>
        <source>Save the &amp;batch as</source>
        <translation>حفظ ال&amp;دفعة باسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="114"/>
        <location filename="../../surveytool/ui/exchange_batch.py" line="115"/>
        <location filename="../../surveytool/ui/welcome.py" line="195"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="117"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="128"/>
        <location filename="../../surveytool/ui/welcome.py" line="247"/>
        <source>The office&apos;s public key</source>
        <translation>المفتاح العام للمكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="135"/>
        <source>Save the batch as</source>
        <translation>حفظ الدفعة باسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="144"/>
        <source>Choose the key file the office gave you (.pub).</source>
        <translation>اختر ملف المفتاح الذي سلّمه إليك المكتب (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="152"/>
        <source>Sealed for {name} ({role})
Fingerprint: {fingerprint}</source>
        <translation>مشفّرة بمفتاح {name} ({role})
البصمة: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="174"/>
        <source>No complete case waits to be sent.</source>
        <translation>لا توجد استمارة مكتملة بانتظار الإرسال.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="177"/>
        <source>Choose the office&apos;s public key.</source>
        <translation>اختر المفتاح العام للمكتب.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="186"/>
        <source>Choose the file to save the batch in.</source>
        <translation>اختر الملف الذي تُحفظ فيه الدفعة.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_batch.py" line="190"/>
        <source>{path} exists already: choose another name.</source>
        <translation>الملف {path} موجود بالفعل: اختر اسماً آخر.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="225"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="226"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="227"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="228"/>
        <source>Panel</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="230"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="183"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="80"/>
        <source>Attach a file…</source>
        <extracomment>the file chooser&apos;s filter per question type (ODK&apos;s media types: image/*, audio/*...)</extracomment>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="81"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="82"/>
        <source>no file</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="95"/>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="99"/>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="100"/>
        <source>Recordings</source>
        <translation>التسجيلات الصوتية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="101"/>
        <source>Videos</source>
        <translation>مقاطع الفيديو</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="106"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../surveytool/ui/fonts.py" line="131"/>
        <source>No font on this computer can show {script}, the script of this interface language. Install a font for it (for example Noto Sans {script}) and start surveytool again. Meanwhile the interface opens in English.</source>
        <translation>لا يوجد على هذا الحاسوب خط يمكنه عرض {script}، وهو نظام الكتابة الخاص بلغة الواجهة هذه. ثبّت خطاً له (مثلاً Noto Sans {script}) ثم أعد تشغيل surveytool. وإلى ذلك الحين تُفتح الواجهة بالإنجليزية.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="273"/>
        <source>End of the questionnaire: Ctrl+Enter or F10 marks it complete.</source>
        <translation>نهاية الاستبيان: يؤكد Ctrl+Enter أو F10 اكتمال الاستمارة.</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="104"/>
        <source>Import log</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="107"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="108"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="109"/>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="110"/>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="111"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_log.py" line="114"/>
        <source>{count} import(s)</source>
        <translation>عدد عمليات الاستيراد: {count}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="69"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_run.py" line="86"/>
        <source>Stopping after the current step…</source>
        <translation>جارٍ الإيقاف بعد الخطوة الحالية…</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="196"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="241"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="200"/>
        <source>This workstation: {name} ({role})
Fingerprint: {fingerprint}
Keys kept in {folder}</source>
        <translation>هذا الجهاز: {name} ({role})
البصمة: {fingerprint}
المفاتيح محفوظة في {folder}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="210"/>
        <source>This workstation has no key yet.</source>
        <translation>لا يوجد مفتاح لهذا الجهاز بعد.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="211"/>
        <source>Create this workstation&apos;s key…</source>
        <translation>إنشاء مفتاح هذا الجهاز…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="212"/>
        <source>Export the public key…</source>
        <translation>تصدير المفتاح العام…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="213"/>
        <source>Trust a key file…</source>
        <translation>الوثوق بملف مفتاح…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="215"/>
        <source>Trusted keys: packages and receipts signed by these are accepted</source>
        <translation>المفاتيح الموثوقة: تُقبل الحزم وإشعارات الاستلام الموقَّعة بها</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="218"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="252"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="265"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="272"/>
        <source>Export the public key</source>
        <translation>تصدير المفتاح العام</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="269"/>
        <source>Public key written to {path}. Fingerprint: {fingerprint}</source>
        <translation>كُتب المفتاح العام في {path}. البصمة: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="278"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="290"/>
        <location filename="../../surveytool/ui/exchange_keys.py" line="300"/>
        <source>Trust a key file</source>
        <translation>الوثوق بملف مفتاح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="293"/>
        <source>Trust the key of {name} ({role})?

Fingerprint: {fingerprint}

Compare it with the fingerprint its owner reads to you. Packages and receipts signed by this key will be accepted.</source>
        <translation>الوثوق بمفتاح {name} ({role})؟

البصمة: {fingerprint}

قارنها بالبصمة التي يقرؤها عليك صاحب المفتاح. ستُقبل الحزم وإشعارات الاستلام الموقَّعة بهذا المفتاح.</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="66"/>
        <source>YYYY-MM</source>
        <translation>سنة-شهر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="66"/>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="114"/>
        <source>“{text}” is not a whole number; it was not saved.</source>
        <translation>«{text}» ليس عدداً صحيحاً؛ لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="117"/>
        <source>“{text}” is not a number: write it like {example}; it was not saved.</source>
        <translation>«{text}» ليس رقماً: اكتبه مثل {example}؛ لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="121"/>
        <source>“{text}” is not a month: write it as YYYY-MM; it was not saved.</source>
        <translation>«{text}» ليس شهراً: اكتبه بالصيغة سنة-شهر (YYYY-MM)؛ لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="125"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD; it was not saved.</source>
        <translation>«{text}» ليس تاريخاً: اكتبه بالصيغة سنة-شهر-يوم (YYYY-MM-DD)؛ لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="127"/>
        <source>“{text}” cannot be an answer here; it was not saved.</source>
        <translation>«{text}» لا يصلح إجابةً هنا؛ لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="162"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: وحدة هجرة اليد العاملة (JLMP)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="149"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="124"/>
        <location filename="../../surveytool/ui/main_window.py" line="150"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="151"/>
        <source>AU</source>
        <translation>الاتحاد الأفريقي</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="168"/>
        <source>Store: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="172"/>
        <source>Enumerator: {id}</source>
        <translation>الباحث: {id}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="174"/>
        <source>Enumerator: not set</source>
        <translation>الباحث: غير محدد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="237"/>
        <source>Opened {path}</source>
        <translation>تم فتح {path}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="298"/>
        <source>Generate demo households</source>
        <translation>إنشاء أسر تجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="299"/>
        <source>How many households?</source>
        <translation>كم عدد الأسر؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="341"/>
        <source>{count} demo households added</source>
        <translation>تمت إضافة {count} من الأسر التجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="358"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>تم تحميل الاستبيان {id} {version}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="369"/>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="379"/>
        <source>The questionnaire is still loading…</source>
        <translation>لا يزال الاستبيان قيد التحميل…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="69"/>
        <source>▶ Play the sound</source>
        <translation>▶ تشغيل الصوت</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="70"/>
        <source>▶ Play the video</source>
        <translation>▶ تشغيل الفيديو</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_view.py" line="71"/>
        <source>Show the picture larger</source>
        <translation>عرض الصورة بحجم أكبر</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="108"/>
        <source>&amp;New store…</source>
        <translation>&amp;قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="109"/>
        <source>&amp;Open store…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="110"/>
        <source>Open &amp;recent</source>
        <translation>قواعد البيانات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="111"/>
        <source>&amp;Generate demo households…</source>
        <translation>&amp;إنشاء أسر تجريبية…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="113"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="114"/>
        <source>&amp;Interface</source>
        <translation>ال&amp;واجهة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="115"/>
        <source>&amp;Questionnaire</source>
        <translation>الا&amp;ستبيان</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="117"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="118"/>
        <source>&amp;Welcome page…</source>
        <translation>صفحة ال&amp;ترحيب…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="119"/>
        <source>Open the &amp;demo store</source>
        <translation>&amp;فتح قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/menus.py" line="120"/>
        <source>&amp;About surveytool</source>
        <translation>&amp;حول surveytool</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="257"/>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="259"/>
        <source>&amp;Cluster</source>
        <translation>ال&amp;عنقود</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="260"/>
        <source>&amp;Household number</source>
        <translation>&amp;رقم الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="261"/>
        <location filename="../../surveytool/ui/welcome.py" line="191"/>
        <source>&amp;Enumerator id</source>
        <translation>ر&amp;مز الباحث</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="262"/>
        <source>&amp;Year</source>
        <translation>ال&amp;سنة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="263"/>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="287"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>أدخل العنقود (منطقة العد).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="291"/>
        <location filename="../../surveytool/ui/welcome.py" line="330"/>
        <source>Enter your enumerator id.</source>
        <translation>أدخل رمز الباحث الخاص بك.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="297"/>
        <source>This household exists already.</source>
        <translation>هذه الأسرة موجودة بالفعل.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="105"/>
        <source>Create this workstation&apos;s key</source>
        <translation>إنشاء مفتاح هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="108"/>
        <source>This workstation signs what it sends with its own key. Give the key the name people will recognise: your name, or your office&apos;s.</source>
        <translation>يوقّع هذا الجهاز ما يرسله بمفتاحه. أعطِ المفتاح اسماً يعرفه الآخرون: اسمك، أو اسم مكتبك.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="112"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="113"/>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/exchange_keys.py" line="117"/>
        <source>Enter a name for the key.</source>
        <translation>أدخل اسماً للمفتاح.</translation>
    </message>
</context>
<context>
    <name>OfficeWords</name>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="95"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="96"/>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="103"/>
        <source>household</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="104"/>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_models.py" line="105"/>
        <source>absentee</source>
        <translation>غائب</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="185"/>
        <source>Validate the store</source>
        <translation>تدقيق قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="186"/>
        <source>Validate a folder…</source>
        <translation>التحقق من مجلد…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="310"/>
        <source>Run a validation to review the cases.</source>
        <translation>شغّل التدقيق لمراجعة الاستمارات.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="200"/>
        <source>Check</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <location filename="../../surveytool/ui/office.py" line="201"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="188"/>
        <source>Failed</source>
        <translation>الإخفاقات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="197"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="198"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <location filename="../../surveytool/ui/office.py" line="199"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>By check</source>
        <translation>حسب القاعدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="191"/>
        <source>By household</source>
        <translation>حسب الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="193"/>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="203"/>
        <source>Justified</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="206"/>
        <source>Open case at question</source>
        <translation>فتح الاستمارة عند السؤال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="207"/>
        <source>Approve case</source>
        <translation>اعتماد الاستمارة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="208"/>
        <source>Reject case…</source>
        <translation>رفض الاستمارة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="209"/>
        <source>Revoke approval…</source>
        <translation>سحب الاعتماد…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="210"/>
        <source>Justify warning…</source>
        <translation>تبرير التنبيه…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="271"/>
        <source>Validating…</source>
        <translation>جارٍ التدقيق…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="283"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>اختر مجلداً يحتوي على households.csv و persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="313"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>الأخطاء: {errors}، التنبيهات: {warnings}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="320"/>
        <source>{count} case(s) ({statuses}): {counts}</source>
        <translation>{count} من الاستمارات ({statuses}): {counts}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="330"/>
        <source>{count} check(s) not fully run:</source>
        <translation>{count} من الفحوص لم يُنفَّذ بالكامل:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="108"/>
        <source>Justify warning</source>
        <translation>تبرير التنبيه</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_actions.py" line="109"/>
        <source>Why is this answer right?</source>
        <translation>لماذا هذه الإجابة صحيحة؟</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="121"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="122"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="123"/>
        <source>Form version</source>
        <translation>إصدار الاستبيان</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="124"/>
        <source>Reference period</source>
        <translation>الفترة المرجعية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="125"/>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="126"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_models.py" line="127"/>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="69"/>
        <source>The case cannot be marked complete</source>
        <translation>لا يمكن اعتبار الاستمارة مكتملة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/problems_dialog.py" line="71"/>
        <source>{count} problem(s) must be solved first (Enter opens one):</source>
        <translation>يجب أولاً حل {count} من المشكلات (يفتح Enter إحداها):</translation>
    </message>
</context>
<context>
    <name>RangeInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="189"/>
        <source>from {start} to {end}, by {step}</source>
        <translation>من {start} إلى {end}، بخطوة {step}</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="157"/>
        <source>Shift+Up / Shift+Down move the highlighted entry; Space keeps this order.</source>
        <translation>ينقل Shift+Up / Shift+Down العنصر المظلَّل؛ ويُبقي Space هذا الترتيب.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyInput</name>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="243"/>
        <source>(filled by surveytool)</source>
        <translation>(يملؤه surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="245"/>
        <source>(the case&apos;s history, kept by surveytool)</source>
        <translation>(سجل الاستمارة، يحفظه surveytool)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/media_inputs.py" line="247"/>
        <source>(recorded on phones only)</source>
        <translation>(يُسجَّل على الهواتف فقط)</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../surveytool/ui/office_decisions.py" line="60"/>
        <source>Decision refused</source>
        <translation>تعذّر تنفيذ القرار</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="81"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="194"/>
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="195"/>
        <source>Insert or Ctrl+N</source>
        <translation>Insert أو Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="196"/>
        <source>Open member</source>
        <translation>فتح بيانات الفرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="197"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="198"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="199"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="200"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="201"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="202"/>
        <location filename="../../surveytool/ui/roster.py" line="327"/>
        <source>Remove member</source>
        <translation>حذف الفرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="203"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="219"/>
        <source>The rows are made from an earlier answer.</source>
        <translation>تُنشأ الصفوف من إجابة سابقة.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="221"/>
        <source>The number of rows is the answer to “{question}”.</source>
        <translation>عدد الصفوف هو الإجابة عن «{question}».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="315"/>
        <source>There is no member yet: add one with Insert or “Add member”.</source>
        <translation>لا يوجد أي فرد بعد: أضف فرداً بالمفتاح Insert أو بالزر «إضافة فرد».</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="328"/>
        <source>Remove member {line} {name} and all their answers?</source>
        <translation>حذف الفرد {line} {name} وجميع إجاباته؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="335"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="29"/>
        <source>Accept the answer and go to the next question</source>
        <translation>قبول الإجابة والانتقال إلى السؤال التالي</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="30"/>
        <source>Next question (at the end of a page: the next page)</source>
        <translation>السؤال التالي (في آخر الصفحة: الصفحة التالية)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="31"/>
        <source>Previous question (at the top: previous page)</source>
        <translation>السؤال السابق (في أعلى الصفحة: الصفحة السابقة)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="32"/>
        <source>Move between the options of a question</source>
        <translation>التنقل بين خيارات السؤال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="33"/>
        <source>Tick or untick the focused option</source>
        <translation>تحديد الخيار الحالي أو إلغاء تحديده</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="34"/>
        <source>Searchable list: open it (typing searches it)</source>
        <translation>القائمة القابلة للبحث: فتحها (الكتابة تبحث فيها)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="35"/>
        <source>Choose the n-th option of a single choice question</source>
        <translation>اختيار الخيار رقم n في سؤال الاختيار الواحد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="36"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="37"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="38"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="39"/>
        <source>Mark the case complete</source>
        <translation>تأكيد اكتمال الاستمارة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="40"/>
        <source>Back to the case list</source>
        <translation>العودة إلى قائمة الاستمارات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="41"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="42"/>
        <source>Roster: add a member and open it</source>
        <translation>جدول الأفراد: إضافة فرد وفتح بياناته</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="43"/>
        <source>Roster: open the selected member</source>
        <translation>جدول الأفراد: فتح بيانات الفرد المحدد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="44"/>
        <source>Roster: move the selected member up</source>
        <translation>جدول الأفراد: نقل الفرد المحدد لأعلى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="45"/>
        <source>Roster: move the selected member down</source>
        <translation>جدول الأفراد: نقل الفرد المحدد لأسفل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="46"/>
        <source>Roster: remove the selected member (asks first)</source>
        <translation>جدول الأفراد: حذف الفرد المحدد (بعد التأكيد)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="47"/>
        <source>Case list: from the search box into the list</source>
        <translation>قائمة الاستمارات: الانتقال من مربع البحث إلى القائمة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="48"/>
        <source>Case list: open the selected case or only match</source>
        <translation>قائمة الاستمارات: فتح الاستمارة المحددة أو النتيجة الوحيدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="49"/>
        <location filename="../../surveytool/ui/shortcuts.py" line="50"/>
        <source>Case list: new case</source>
        <translation>قائمة الاستمارات: استمارة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="51"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>عرض قائمة اختصارات لوحة المفاتيح هذه</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/shortcuts.py" line="95"/>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="48"/>
        <source>The store could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="50"/>
        <source>Open another store…</source>
        <translation>فتح قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="51"/>
        <source>New store…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/start_problems.py" line="52"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="121"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="122"/>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="123"/>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="124"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="125"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="44"/>
        <source>Which cases of the store to validate</source>
        <translation>الاستمارات المراد تدقيقها في قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="47"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="48"/>
        <source>Sent for review (complete, approved)</source>
        <translation>المرسلة للمراجعة (مكتملة، معتمدة)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="51"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office_statuses.py" line="54"/>
        <source>Cases: {statuses}</source>
        <translation>الاستمارات: {statuses}</translation>
    </message>
</context>
<context>
    <name>StoreChooser</name>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="45"/>
        <location filename="../../surveytool/ui/stores.py" line="65"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>New store</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="52"/>
        <location filename="../../surveytool/ui/stores.py" line="73"/>
        <source>Open store</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="66"/>
        <source>{path} exists already: use Open store to open it.</source>
        <translation>الملف {path} موجود بالفعل: استخدم «فتح قاعدة بيانات» لفتحه.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="75"/>
        <source>Wait until the running job has finished.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/stores.py" line="80"/>
        <source>There is no store at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="111"/>
        <source>&amp;Table:</source>
        <translation>ال&amp;جدول:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="112"/>
        <source>&amp;REC:</source>
        <translation>الجماعة الا&amp;قتصادية الإقليمية:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="113"/>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="114"/>
        <source>&amp;Sex:</source>
        <translation>الج&amp;نس:</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="169"/>
        <source>All RECs</source>
        <translation>جميع الجماعات الاقتصادية الإقليمية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="170"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="188"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="202"/>
        <source>No tables yet: choose a merged folder.</source>
        <translation>لا توجد جداول بعد: اختر مجلد الدمج.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="210"/>
        <source>Universe: {universe}</source>
        <translation>المجتمع الإحصائي: {universe}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="212"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="222"/>
        <source>{measure} by area, {sex}</source>
        <translation>{measure} حسب المنطقة، {sex}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/au_browser.py" line="230"/>
        <source>No figures for this choice.</source>
        <translation>لا توجد قيم لهذا الاختيار.</translation>
    </message>
</context>
<context>
    <name>TypedLineInput</name>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="79"/>
        <source>HH:MM</source>
        <extracomment>what may be typed into each kind (partial text included: the check comes on commit)</extracomment>
        <translation>ساعة:دقيقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="80"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سنة-شهر-يوم ساعة:دقيقة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="81"/>
        <source>latitude longitude, like 12.5 -8.25</source>
        <translation>خط العرض خط الطول، مثل 12.5 -8.25</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="82"/>
        <source>places separated by ; (at least 2)</source>
        <translation>مواقع تفصل بينها ; (اثنان على الأقل)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="83"/>
        <source>places separated by ; (the last = the first)</source>
        <translation>مواقع تفصل بينها ; (الأخير = الأول)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="84"/>
        <source>type or scan the code</source>
        <translation>اكتب الرمز أو امسحه ضوئياً</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="117"/>
        <source>“{text}” is not a time: write it as HH:MM; it was not saved.</source>
        <translation>«{text}» ليس وقتاً: اكتبه بالصيغة ساعة:دقيقة (HH:MM)؛ لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/type_inputs.py" line="119"/>
        <source>“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM; it was not saved.</source>
        <translation>«{text}» ليس تاريخاً ووقتاً: اكتبه بالصيغة سنة-شهر-يوم ساعة:دقيقة (YYYY-MM-DD HH:MM)؛ لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="170"/>
        <source>Welcome to surveytool</source>
        <translation>مرحباً بك في surveytool</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="173"/>
        <source>Choose how this computer is used. It is asked once; Help ▸ Welcome page… changes it later.</source>
        <translation>اختر طريقة استخدام هذا الحاسوب. يُطرح هذا السؤال مرة واحدة، ويمكن تغيير الاختيار لاحقاً من مساعدة ◂ صفحة الترحيب…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="177"/>
        <source>Workspace shown at start</source>
        <translation>مساحة العمل المعروضة عند البدء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="179"/>
        <source>Interviews households and sends batches to the office.</source>
        <translation>يجري المقابلات مع الأسر ويرسل الدفعات إلى المكتب.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="181"/>
        <source>The national statistics office: imports batches, reviews and validates the cases, exports the harmonised package.</source>
        <translation>المكتب الوطني للإحصاء: يستورد الدفعات، ويراجع الاستمارات ويدققها، ويصدّر الحزمة المنسّقة.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="184"/>
        <source>The African Union: merges the countries&apos; packages into tables.</source>
        <translation>الاتحاد الأفريقي: يدمج حزم البلدان في جداول.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="189"/>
        <source>Interface &amp;language</source>
        <translation>ل&amp;غة الواجهة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="196"/>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="197"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="283"/>
        <source>This is the key of {name}, {role}: choose the key of the office.</source>
        <translation>هذا مفتاح {name}، {role}: اختر مفتاح المكتب.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="292"/>
        <source>Optional now: Exchange ▸ Export batch asks for it. The office gives you its key file (.pub).</source>
        <translation>اختياري الآن: سيُطلب عند تبادل ◂ تصدير دفعة. يسلّمك المكتب ملف مفتاحه (.pub).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="297"/>
        <source>Office: {name}
Fingerprint: {fingerprint}
Read the fingerprint to the office by phone: it must be the same.</source>
        <translation>المكتب: {name}
البصمة: {fingerprint}
اقرأ البصمة على المكتب بالهاتف: يجب أن تكون مطابقة.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/welcome.py" line="343"/>
        <source>This computer&apos;s keys could not be set up: {problem}</source>
        <translation>تعذّر إعداد مفاتيح هذا الحاسوب: {problem}</translation>
    </message>
</context>
</TS>
