<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="40"/>
        <source>Search household (e.g. C0012)</source>
        <translation>البحث عن أسرة (مثلاً C0012)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="43"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="46"/>
        <source>New case</source>
        <translation>استمارة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="79"/>
        <source>{count} cases</source>
        <translation>عدد الاستمارات: {count}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="75"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="76"/>
        <source>Cluster</source>
        <translation>العنقود</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="77"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="78"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="79"/>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="80"/>
        <source>Enumerator</source>
        <translation>الباحث</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="57"/>
        <source>Mark complete</source>
        <translation>تأكيد الاكتمال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="60"/>
        <source>Back to cases</source>
        <translation>العودة إلى الاستمارات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="62"/>
        <source>Household {key}</source>
        <translation>الأسرة {key}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="70"/>
        <source>Returned by the office: {comment}</source>
        <translation>أعاده المكتب: {comment}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="208"/>
        <source>Saved {time}</source>
        <translation>تم الحفظ الساعة {time}</translation>
    </message>
</context>
<context>
    <name>LineInput</name>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="65"/>
        <source>YYYY-MM</source>
        <translation>سنة-شهر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/inputs.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="51"/>
        <source>surveytool: JLMP labour migration module</source>
        <translation>surveytool: وحدة هجرة اليد العاملة (JLMP)</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="57"/>
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="62"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="66"/>
        <source>The AU workspace (merge countries, continental tables) comes with the merge release.</source>
        <translation>مساحة عمل الاتحاد الأفريقي (دمج البلدان، الجداول القارية) ستتوفر مع إصدار الدمج.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="70"/>
        <source>AU</source>
        <translation>الاتحاد الأفريقي</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="90"/>
        <source>Generate demo households…</source>
        <translation>إنشاء أسر تجريبية…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="92"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="93"/>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="94"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="116"/>
        <source>Generate demo households</source>
        <translation>إنشاء أسر تجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="117"/>
        <source>How many households?</source>
        <translation>كم عدد الأسر؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="167"/>
        <source>{count} demo households added</source>
        <translation>تمت إضافة {count} من الأسر التجريبية</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="182"/>
        <source>Questionnaire {id} {version} loaded</source>
        <translation>تم تحميل الاستبيان {id} {version}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="193"/>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/main_window.py" line="203"/>
        <source>The questionnaire is still loading…</source>
        <translation>لا يزال الاستبيان قيد التحميل…</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="103"/>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="126"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="127"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="128"/>
        <source>Cluster</source>
        <translation>العنقود</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="129"/>
        <source>Household number</source>
        <translation>رقم الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="130"/>
        <source>Enumerator id</source>
        <translation>رمز الباحث</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="151"/>
        <source>Enter the cluster (enumeration area).</source>
        <translation>أدخل العنقود (منطقة العد).</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="154"/>
        <source>Enter your enumerator id.</source>
        <translation>أدخل رمز الباحث الخاص بك.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_list.py" line="159"/>
        <source>This household exists already.</source>
        <translation>هذه الأسرة موجودة بالفعل.</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <location filename="../../surveytool/ui/office.py" line="77"/>
        <source>Validate the store</source>
        <translation>تدقيق قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="79"/>
        <source>Validate a folder…</source>
        <translation>التحقق من مجلد…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="82"/>
        <source>Run a validation to review the cases.</source>
        <translation>شغّل التدقيق لمراجعة الاستمارات.</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="91"/>
        <source>Check</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <location filename="../../surveytool/ui/office.py" line="92"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="85"/>
        <source>Failed</source>
        <translation>الإخفاقات</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="89"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="90"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="93"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="94"/>
        <source>Justified</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="101"/>
        <source>Open case at question</source>
        <translation>فتح الاستمارة عند السؤال</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="102"/>
        <source>Approve case</source>
        <translation>اعتماد الاستمارة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="103"/>
        <source>Reject case…</source>
        <translation>رفض الاستمارة…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="104"/>
        <source>Justify warning…</source>
        <translation>تبرير التنبيه…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="190"/>
        <source>Validating…</source>
        <translation>جارٍ التدقيق…</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="202"/>
        <source>Choose a folder with households.csv and persons.csv</source>
        <translation>اختر مجلداً يحتوي على households.csv و persons.csv</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="222"/>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>الأخطاء: {errors}، التنبيهات: {warnings}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="227"/>
        <source>{count} check(s) not fully run</source>
        <translation>{count} من الفحوص لم يُنفَّذ بالكامل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="276"/>
        <source>Household {key}: {status}</source>
        <translation>الأسرة {key}: {status}</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>Reject case</source>
        <translation>رفض الاستمارة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="282"/>
        <source>What must the enumerator fix?</source>
        <translation>ما الذي يجب أن يصحّحه الباحث؟</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Justify warning</source>
        <translation>تبرير التنبيه</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/office.py" line="300"/>
        <source>Why is this answer right?</source>
        <translation>لماذا هذه الإجابة صحيحة؟</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="253"/>
        <source>The case cannot be marked complete</source>
        <translation>لا يمكن اعتبار الاستمارة مكتملة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/form_view.py" line="269"/>
        <source>{count} problem(s) must be solved first:</source>
        <translation>يجب أولاً حل {count} من المشكلات:</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="44"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="45"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="46"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="47"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="48"/>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="96"/>
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="98"/>
        <source>Open member</source>
        <translation>فتح بيانات الفرد</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="99"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="100"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/roster.py" line="101"/>
        <source>Remove member</source>
        <translation>حذف الفرد</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="114"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="115"/>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="116"/>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="117"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../surveytool/ui/case_model.py" line="118"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
</context>
</TS>
