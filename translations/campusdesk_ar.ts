<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>The attendance session was not found.</source>
        <translation>لم يُعثر على حصة الحضور.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>الطالب غير مسجّل في هذا المقرر.</translation>
    </message>
    <message>
        <source>This session is finished. Say why you are correcting the mark.</source>
        <translation>انتهت هذه الحصة. اذكر سبب تصحيح تسجيل الحضور.</translation>
    </message>
    <message>
        <source>Your account may not see attendance registers.</source>
        <translation>لا يملك حسابك صلاحية الاطلاع على سجلات الحضور.</translation>
    </message>
    <message>
        <source>This session is already finished. Correct a mark instead.</source>
        <translation>انتهت هذه الحصة بالفعل. صحّح تسجيل الحضور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This session is finished. Correct single marks instead.</source>
        <translation>انتهت هذه الحصة. صحّح تسجيلات الحضور واحدًا تلو الآخر بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A confirmed mark belongs to another session.</source>
        <translation>أحد تسجيلات الحضور المؤكَّدة تابع لحصة أخرى.</translation>
    </message>
</context>
<context>
    <name>AttendanceRules</name>
    <message>
        <source>Choose the course for this session.</source>
        <translation>اختر المقرر الخاص بهذه الحصة.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>أدخل تاريخ الحصة.</translation>
    </message>
    <message>
        <source>Enter the time the session starts.</source>
        <translation>أدخل وقت بدء الحصة.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 12 hours.</source>
        <translation>تتراوح مدة الحصة بين دقيقة واحدة و12 ساعة.</translation>
    </message>
    <message>
        <source>The mark does not belong to a session.</source>
        <translation>تسجيل الحضور غير مرتبط بأي حصة.</translation>
    </message>
    <message>
        <source>The mark does not name a student.</source>
        <translation>لا يحدد تسجيل الحضور أي طالب.</translation>
    </message>
    <message>
        <source>A mark must record who made it.</source>
        <translation>يجب أن يتضمن تسجيل الحضور اسم من قام به.</translation>
    </message>
    <message>
        <source>A face mark needs a confidence between 0 and 1.</source>
        <translation>يتطلب تسجيل الحضور بالتعرف على الوجه درجة ثقة بين 0 و1.</translation>
    </message>
    <message>
        <source>A face mark must name the model that proposed it.</source>
        <translation>يجب أن يحدد تسجيل الحضور بالتعرف على الوجه النموذج الذي اقترحه.</translation>
    </message>
    <message>
        <source>Only face marks carry a confidence.</source>
        <translation>لا تحمل درجة الثقة إلا تسجيلات الحضور بالتعرف على الوجه.</translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الملاحظة إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>The late threshold must be between 0 minutes and 12 hours.</source>
        <translation>يجب أن يكون حدّ التأخر بين 0 دقيقة و12 ساعة.</translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول السبب إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول السبب إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول السبب إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول السبب إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول السبب إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول السبب إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceStandingNames</name>
    <message>
        <source>No sessions yet</source>
        <translation>لا توجد حصص بعد</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>مُرضٍ</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>دون الحد الأدنى</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The user name or password is not correct, or the account is disabled.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة، أو أن الحساب معطّل.</translation>
    </message>
    <message>
        <source>Your remembered sign-in has ended. Sign in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول المحفوظ. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s), or ask an administrator to unlock the account.</source>
        <translation>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقيقة، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقيقة، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقيقتين، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقائق، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقيقةً، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %n دقيقة، أو اطلب من مسؤول النظام إلغاء قفل الحساب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثانيتين ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثوانٍ ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثانيةً ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات تسجيل دخول فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system's random number source failed.</source>
        <translation>تعطّل مصدر الأرقام العشوائية في النظام.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>لم يعد هذا السجل موجودًا؛ ربما حذفه مستخدم آخر.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>غيّر مستخدم آخر هذا السجل بعد أن فتحته. لم تُحفظ تغييراتك؛ أعد تحميله لرؤية تغييراته.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened it.</source>
        <translation>غيّره مستخدم آخر بعد أن فتحته.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Seed a fresh database and measure the queries the app depends on.</source>
        <translation>ينشئ قاعدة بيانات جديدة ببيانات تجريبية ويقيس الاستعلامات التي يعتمد عليها التطبيق.</translation>
    </message>
    <message>
        <source>The benchmark to run.</source>
        <translation>اختبار الأداء المراد تشغيله.</translation>
    </message>
    <message>
        <source>Number of students (default 100000).</source>
        <translation>عدد الطلاب (الافتراضي 100000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>البذرة العشوائية (الافتراضي 1).</translation>
    </message>
    <message>
        <source>The semester's current day (default 2026-11-22, fixed so runs compare).</source>
        <translation>اليوم الحالي من الفصل الدراسي (الافتراضي 2026-11-22، وهو ثابت لتبقى نتائج التشغيلات قابلة للمقارنة).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>يطبع كائن JSON واحدًا.</translation>
    </message>
    <message>
        <source>Folder for the database (default: a temporary folder).</source>
        <translation>مجلد قاعدة البيانات (الافتراضي: مجلد مؤقت).</translation>
    </message>
    <message>
        <source>Keep the database file afterwards.</source>
        <translation>يحتفظ بملف قاعدة البيانات بعد الانتهاء.</translation>
    </message>
    <message>
        <source>Measure this database, seeding it first only if it does not exist.</source>
        <translation>يقيس قاعدة البيانات هذه، ولا ينشئها ببيانات تجريبية إلا إذا لم تكن موجودة.</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100; --today a date like 2026-11-22.</source>
        <translation>يقبل الخيار --students عددًا لا يقل عن 100، ويقبل الخيار --today تاريخًا مثل 2026-11-22.</translation>
    </message>
    <message>
        <source>Could not create a folder for the benchmark database.</source>
        <translation>تعذّر إنشاء مجلد لقاعدة بيانات اختبار الأداء.</translation>
    </message>
    <message>
        <source>Database kept at %1</source>
        <translation>احتُفظ بقاعدة البيانات في %1</translation>
    </message>
    <message>
        <source>Print where CampusDesk keeps its files.</source>
        <translation>يطبع مكان حفظ ملفات CampusDesk.</translation>
    </message>
    <message>
        <source>Only the demo school's database.</source>
        <translation>قاعدة بيانات المدرسة التجريبية فقط.</translation>
    </message>
    <message>
        <source>Only the default school database.</source>
        <translation>قاعدة بيانات المدرسة الافتراضية فقط.</translation>
    </message>
    <message>
        <source>Only the data folder.</source>
        <translation>مجلد البيانات فقط.</translation>
    </message>
    <message>
        <source>Creating the demo school… %1 %</source>
        <translation>جارٍ إنشاء المدرسة التجريبية… %1٪</translation>
    </message>
    <message>
        <source>Create a deterministic demo school in a new database file.</source>
        <translation>ينشئ مدرسة تجريبية ثابتة المحتوى في ملف قاعدة بيانات جديد.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>ملف قاعدة البيانات المراد إنشاؤه.</translation>
    </message>
    <message>
        <source>Number of students (default 2000).</source>
        <translation>عدد الطلاب (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>The day the semester has reached (default: today).</source>
        <translation>اليوم الذي بلغه الفصل الدراسي (الافتراضي: اليوم).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>يستبدل الملف إن كان موجودًا.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>لا يعرض التقدم.</translation>
    </message>
    <message>
        <source>Name the database file to create with --db FILE.</source>
        <translation>حدّد ملف قاعدة البيانات المراد إنشاؤه باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>--students takes a whole number from 1 to 1000000.</source>
        <translation>يقبل الخيار --students عددًا صحيحًا من 1 إلى 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>يقبل الخيار --seed عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-11-22.</source>
        <translation>يقبل الخيار --today تاريخًا مثل 2026-11-22.</translation>
    </message>
    <message>
        <source>Created %1 in %2 s: %3 students, %4 teachers, %5 courses, %6 attendance marks, %7 marks, %8 invoices.</source>
        <translation>أُنشئ الملف %1 في %2 ث: الطلاب %3، المعلمون %4، المقررات %5، تسجيلات الحضور %6، الدرجات %7، الفواتير %8.</translation>
    </message>
    <message>
        <source>Demo sign-ins (user name / password):</source>
        <translation>حسابات الدخول التجريبية (اسم المستخدم / كلمة المرور):</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>Seed a demo school and measure the attendance statistics report.</source>
        <translation>ينشئ مدرسة تجريبية ويقيس تقرير إحصاءات الحضور.</translation>
    </message>
    <message>
        <source>Number of students (default 10000).</source>
        <translation>عدد الطلاب (الافتراضي 10000).</translation>
    </message>
    <message>
        <source>Runs of each query (default 5).</source>
        <translation>عدد مرات تشغيل كل استعلام (الافتراضي 5).</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100; --today a date like 2026-11-22; --runs a number of at least 1.</source>
        <translation>يقبل الخيار --students عددًا لا يقل عن 100، ويقبل الخيار --today تاريخًا مثل 2026-11-22، ويقبل الخيار --runs عددًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>The database has no course with a teacher in this semester.</source>
        <translation>لا تحتوي قاعدة البيانات على أي مقرر له معلّم في هذا الفصل الدراسي.</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli bench db|ui [--students N] [--json]</source>
        <translation>الاستخدام: campusdesk-cli bench db|ui [--students N] [--json]</translation>
    </message>
    <message>
        <source>Import a generated intake CSV into a new database and time each step.</source>
        <translation>يستورد ملف CSV مُولَّدًا للطلاب المستجدين إلى قاعدة بيانات جديدة ويقيس زمن كل خطوة.</translation>
    </message>
    <message>
        <source>Rows in the file (default 20000).</source>
        <translation>عدد الصفوف في الملف (الافتراضي 20000).</translation>
    </message>
    <message>
        <source>Folder for the files (default: temporary).</source>
        <translation>مجلد الملفات (الافتراضي: مجلد مؤقت).</translation>
    </message>
    <message>
        <source>--rows needs a positive number.</source>
        <translation>يتطلب الخيار --rows عددًا موجبًا.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>%1 rows (%2 MB): read %3 s, dry run %4 s, import %5 s</source>
        <translation>عدد الصفوف %1 (%2 ميغابايت): القراءة %3 ث، التشغيل التجريبي %4 ث، الاستيراد %5 ث</translation>
    </message>
    <message>
        <source>Show the real students page offscreen over a large school and time opening it, typing names into its search field and jumping through the list.</source>
        <translation>يعرض صفحة الطلاب الفعلية خارج الشاشة لمدرسة كبيرة، ويقيس زمن فتحها وكتابة الأسماء في حقل البحث فيها والتنقل السريع في القائمة.</translation>
    </message>
    <message>
        <source>How many names to type (default 50).</source>
        <translation>عدد الأسماء المراد كتابتها (الافتراضي 50).</translation>
    </message>
    <message>
        <source>Milliseconds between keystrokes (default 100).</source>
        <translation>المدة بين ضغطات المفاتيح بالمللي ثانية (الافتراضي 100).</translation>
    </message>
    <message>
        <source>Print each step's timings on the error output.</source>
        <translation>يطبع توقيتات كل خطوة على مخرج الأخطاء.</translation>
    </message>
    <message>
        <source>--students takes a number of at least 100, --terms a positive number and --key-interval a number of milliseconds.</source>
        <translation>يقبل الخيار --students عددًا لا يقل عن 100، ويقبل الخيار --terms عددًا موجبًا، ويقبل الخيار --key-interval عددًا من المللي ثانية.</translation>
    </message>
    <message>
        <source>Could not create a folder for the report cards.</source>
        <translation>تعذّر إنشاء مجلد لكشوف الدرجات.</translation>
    </message>
    <message>
        <source>The report cards could not be started.</source>
        <translation>تعذّر بدء إنشاء كشوف الدرجات.</translation>
    </message>
    <message>
        <source>Generate a fee's invoices for every student of a school and read the outstanding balances.</source>
        <translation>ينشئ فواتير رسوم لكل طلاب مدرسة ويقرأ الأرصدة المستحقة.</translation>
    </message>
    <message>
        <source>The semester's current day (default 2026-11-22).</source>
        <translation>اليوم الحالي من الفصل الدراسي (الافتراضي 2026-11-22).</translation>
    </message>
    <message>
        <source>Runs of the outstanding-balances read (default 3).</source>
        <translation>عدد مرات تشغيل قراءة الأرصدة المستحقة (الافتراضي 3).</translation>
    </message>
    <message>
        <source>Use this database, seeding it (students only) first if it does not exist. Each run adds one fee's invoices to it.</source>
        <translation>يستخدم قاعدة البيانات هذه، وينشئها أولًا ببيانات تجريبية (الطلاب فقط) إن لم تكن موجودة. يضيف كل تشغيل إليها فواتير رسوم واحدة.</translation>
    </message>
    <message>
        <source>Report cards to write, from a school of that many students (default 2000; 0 skips them).</source>
        <translation>عدد كشوف الدرجات المراد كتابتها، من مدرسة بهذا العدد من الطلاب (الافتراضي 2000؛ والقيمة 0 تتخطاها).</translation>
    </message>
    <message>
        <source>--students takes a number of at least 1; --today a date like 2026-11-22; --runs a number of at least 1; --report-cards a number of at least 0.</source>
        <translation>يقبل الخيار --students عددًا لا يقل عن 1، ويقبل الخيار --today تاريخًا مثل 2026-11-22، ويقبل الخيار --runs عددًا لا يقل عن 1، ويقبل الخيار --report-cards عددًا لا يقل عن 0.</translation>
    </message>
    <message>
        <source>Measure face identification on a folder of people (one folder per person).</source>
        <translation>يقيس دقة التعرف على هوية الوجوه في مجلد أشخاص (مجلد واحد لكل شخص).</translation>
    </message>
    <message>
        <source>The face command to run.</source>
        <translation>أمر التعرف على الوجه المراد تشغيله.</translation>
    </message>
    <message>
        <source>The folder of people.</source>
        <translation>مجلد الأشخاص.</translation>
    </message>
    <message>
        <source>Images enrolled per person (default 5).</source>
        <translation>عدد الصور المسجّلة لكل شخص (الافتراضي 5).</translation>
    </message>
    <message>
        <source>Fraction of people left out of the gallery as strangers (default 0.3).</source>
        <translation>نسبة الأشخاص المستبعدين من مجموعة الوجوه المسجّلة بوصفهم غرباء (الافتراضي 0.3).</translation>
    </message>
    <message>
        <source>Seed of the shuffle (default 7).</source>
        <translation>بذرة الخلط العشوائي (الافتراضي 7).</translation>
    </message>
    <message>
        <source>yunet (default) or haar.</source>
        <translation>yunet (الافتراضي) أو haar.</translation>
    </message>
    <message>
        <source>resnet (default) or lbph.</source>
        <translation>resnet (الافتراضي) أو lbph.</translation>
    </message>
    <message>
        <source>Accept scores from this value (default: the shipped one).</source>
        <translation>يقبل درجات التطابق ابتداءً من هذه القيمة (الافتراضي: القيمة المرفقة بالتطبيق).</translation>
    </message>
    <message>
        <source>Required lead over the best other person (default: shipped).</source>
        <translation>الفارق المطلوب عن أفضل شخص آخر (الافتراضي: القيمة المرفقة بالتطبيق).</translation>
    </message>
    <message>
        <source>Write every probe's scores as CSV.</source>
        <translation>يكتب درجات التطابق لكل صورة اختبار بتنسيق CSV.</translation>
    </message>
    <message>
        <source>--enroll needs a positive number.</source>
        <translation>يتطلب الخيار --enroll عددًا موجبًا.</translation>
    </message>
    <message>
        <source>--unknown-fraction needs a number from 0 to below 1.</source>
        <translation>يتطلب الخيار --unknown-fraction عددًا من 0 إلى ما دون 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>يتطلب الخيار --seed عددًا صحيحًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>--detector must be yunet or haar.</source>
        <translation>يجب أن تكون قيمة الخيار --detector هي yunet أو haar.</translation>
    </message>
    <message>
        <source>--descriptor must be resnet or lbph.</source>
        <translation>يجب أن تكون قيمة الخيار --descriptor هي resnet أو lbph.</translation>
    </message>
    <message>
        <source>--%1 needs a number.</source>
        <translation>يتطلب الخيار --%1 عددًا.</translation>
    </message>
    <message>
        <source>--dataset is required.</source>
        <translation>الخيار --dataset مطلوب.</translation>
    </message>
    <message>
        <source>Using LBPH instead of the ResNet descriptor: %1</source>
        <translation>يُستخدم LBPH بدلًا من واصف ResNet: %1</translation>
    </message>
    <message>
        <source>Using the Haar detector: the YuNet model is not installed.</source>
        <translation>يُستخدم كاشف Haar: نموذج YuNet غير مثبّت.</translation>
    </message>
    <message>
        <source>%1 people, %2 enrolled (%3 faces); %4 known and %5 unknown probes (%6 without a face)
rank-1 %7, TPIR %8 at FPIR %9 (threshold %10, margin %11)
%12 + %13, %14 ms per image</source>
        <translation>الأشخاص %1، المسجّلون %2 (الوجوه %3)؛ صور الاختبار المعروفة %4 وغير المعروفة %5 (بلا وجه %6)
rank-1 %7، TPIR %8 عند FPIR %9 (العتبة %10، الهامش %11)
%12 + %13، %14 مللي ثانية لكل صورة</translation>
    </message>
    <message>
        <source>Run the live face pipeline over a video as fast as it can.</source>
        <translation>يشغّل سلسلة معالجة الوجوه المباشرة على مقطع فيديو بأقصى سرعة ممكنة.</translation>
    </message>
    <message>
        <source>The video file.</source>
        <translation>ملف الفيديو.</translation>
    </message>
    <message>
        <source>Synthetic students to match against (default 1000).</source>
        <translation>عدد الطلاب الاصطناعيين المراد المطابقة معهم (الافتراضي 1000).</translation>
    </message>
    <message>
        <source>Templates of each student (default 1).</source>
        <translation>عدد قوالب الوجه لكل طالب (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Times through the video, tracks reset each time (default 3).</source>
        <translation>عدد مرات المرور على الفيديو، مع إعادة تعيين التتبّع في كل مرة (الافتراضي 3).</translation>
    </message>
    <message>
        <source>Use only the first N frames (default all).</source>
        <translation>يستخدم أول N من الإطارات فقط (الافتراضي: جميعها).</translation>
    </message>
    <message>
        <source>--video is required.</source>
        <translation>الخيار --video مطلوب.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>يتطلب الخيار --%1 عددًا صحيحًا لا يقل عن %2.</translation>
    </message>
    <message>
        <source>%1 frames at %2 fps, %3 faces per frame (%4 + %5)
detection %6 ms per frame, description %7 ms per face (%8 faces), matching %9 ms among %10 templates</source>
        <translation>الإطارات %1 بمعدل %2 إطار/ث، الوجوه لكل إطار %3 (%4 + %5)
الكشف %6 مللي ثانية لكل إطار، استخراج السمات %7 مللي ثانية لكل وجه (الوجوه %8)، المطابقة %9 مللي ثانية (القوالب %10)</translation>
    </message>
    <message>
        <source>Run the live attendance panel offscreen on a session made from a face dataset: students enrolled from their first photos, then every other photo shown in real time.</source>
        <translation>يشغّل لوحة الحضور المباشر خارج الشاشة على حصة منشأة من مجموعة بيانات وجوه: يُسجَّل الطلاب من صورهم الأولى، ثم تُعرض كل الصور الأخرى في الوقت الفعلي.</translation>
    </message>
    <message>
        <source>One folder of photos per person.</source>
        <translation>مجلد صور واحد لكل شخص.</translation>
    </message>
    <message>
        <source>Shuffle seed (default 7).</source>
        <translation>بذرة الخلط العشوائي (الافتراضي 7).</translation>
    </message>
    <message>
        <source>Photos enrolled per person (default 5).</source>
        <translation>عدد الصور المسجّلة لكل شخص (الافتراضي 5).</translation>
    </message>
    <message>
        <source>Share of people kept as strangers (default 0.3).</source>
        <translation>نسبة الأشخاص الذين يُعامَلون كغرباء (الافتراضي 0.3).</translation>
    </message>
    <message>
        <source>Show only the first N people (default all).</source>
        <translation>عرض أول N من الأشخاص فقط (الافتراضي: الجميع).</translation>
    </message>
    <message>
        <source>--seed, --enroll and --max-identities need whole numbers (--enroll at least 1), --unknown-fraction a number from 0 up to 1.</source>
        <translation>تتطلب الخيارات --seed و--enroll و--max-identities أعدادًا صحيحة (على ألا يقل --enroll عن 1)، ويتطلب الخيار --unknown-fraction عددًا من 0 إلى 1.</translation>
    </message>
    <message>
        <source>%1 of %2 enrolled people shown were marked present; %3 wrong marks, %4 marks for strangers (%5 shown).
GUI event-loop delay: median %6 ms, 95th percentile %7 ms. Face to register: median %8 ms.
%9 frames in %10 s, %11 processed, %12 dropped; %13 templates (%14).
</source>
        <translation>سُجّل حضور %1 من أصل %2 من الأشخاص المسجّلين المعروضين؛ التسجيلات الخاطئة %3، وتسجيلات الغرباء %4 (المعروضون %5).
تأخر حلقة أحداث الواجهة الرسومية: الوسيط %6 مللي ثانية، المئين 95 %7 مللي ثانية. من ظهور الوجه إلى التسجيل: الوسيط %8 مللي ثانية.
الإطارات %9 خلال %10 ث، المعالَجة %11، المُسقَطة %12؛ القوالب %13 (%14).
</translation>
    </message>
    <message>
        <source>installed in %1</source>
        <translation>مثبّت في %1</translation>
    </message>
    <message>
        <source>damaged in %1: %2</source>
        <translation>تالف في %1: %2</translation>
    </message>
    <message>
        <source>being installed</source>
        <translation>قيد التثبيت</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <source>%1  %2, version %3, licence %4, %5 kB: %6</source>
        <translation>%1  %2، الإصدار %3، الترخيص %4، %5 كيلوبايت: %6</translation>
    </message>
    <message>
        <source>Unknown model: %1 (see `campusdesk-cli models list`).</source>
        <translation>نموذج غير معروف: %1 (راجع `campusdesk-cli models list`).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kB</source>
        <translation>%1: %2 من أصل %3 كيلوبايت</translation>
    </message>
    <message>
        <source>Installed %1 (%2) in %3.</source>
        <translation>ثُبّت %1 (%2) في %3.</translation>
    </message>
    <message>
        <source>List, download or import the optional face models (checked against their pinned SHA-256).</source>
        <translation>يعرض نماذج الوجوه الاختيارية أو ينزّلها أو يستوردها (مع التحقق منها مقابل قيم SHA-256 المحددة لها مسبقًا).</translation>
    </message>
    <message>
        <source>list, download ID or import ID PATH...</source>
        <translation>list أو download ID أو import ID PATH...</translation>
    </message>
    <message>
        <source>Install into DIR, and look there first (default: %1).</source>
        <translation>التثبيت في DIR والبحث فيه أولًا (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>إخراج بتنسيق JSON.</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli models list | download ID | import ID PATH... [--dir DIR] [--json]</source>
        <translation>الاستخدام: campusdesk-cli models list | download ID | import ID PATH... [--dir DIR] [--json]</translation>
    </message>
    <message>
        <source>Usage: campusdesk-cli &lt;command&gt; [options]

Commands:
  seed --db FILE [--students N] [--seed S] [--today YYYY-MM-DD] [--force]
      Create a demo school in a new database file.
  bench db [--students N] [--seed S] [--json] [--dir DIR]
      Seed a fresh database and measure search, paging and summaries.
  bench attendance [--students N] [--json] [--reuse FILE]
      Seed a demo school and measure the attendance statistics report.
  bench import [--rows N] [--json] [--dir DIR]
      Import a generated intake CSV and time reading, dry run and import.
  bench ledger [--students N] [--db FILE] [--report-cards N] [--json]
      Generate a fee's invoices for every student, read the balances and
      write report cards.
  bench ui [--students N] [--seed S] [--reuse FILE] [--json]
      Time the real students page, shown offscreen, over a seeded database.
  bench live --dataset DIR [--seed S] [--enroll K] [--unknown-fraction F]
      [--max-identities N] [--json]
      Run the live attendance panel offscreen on a session made from photos.
  face eval --dataset DIR [--enroll K] [--unknown-fraction F] [--seed S]
      [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Measure face identification on a folder of people.
  face bench --video FILE [--gallery N] [--templates-per-student T]
      [--passes P] [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      Run the live face pipeline over a video as fast as it can.
  models list | download ID | import ID PATH... [--dir DIR] [--json]
      Show, download or import the optional face models.
  paths [--demo-db | --default-db | --data-dir]
      Print where CampusDesk keeps its files.

Run a command with --help for its options.
</source>
        <translation>الاستخدام: campusdesk-cli &lt;command&gt; [options]

الأوامر:
  seed --db FILE [--students N] [--seed S] [--today YYYY-MM-DD] [--force]
      ينشئ مدرسة تجريبية في ملف قاعدة بيانات جديد.
  bench db [--students N] [--seed S] [--json] [--dir DIR]
      ينشئ قاعدة بيانات جديدة ببيانات تجريبية ويقيس البحث والتنقل بين الصفحات والملخصات.
  bench attendance [--students N] [--json] [--reuse FILE]
      ينشئ مدرسة تجريبية ويقيس تقرير إحصاءات الحضور.
  bench import [--rows N] [--json] [--dir DIR]
      يستورد ملف CSV مُولَّدًا للطلاب المستجدين ويقيس زمن القراءة والتشغيل التجريبي والاستيراد.
  bench ledger [--students N] [--db FILE] [--report-cards N] [--json]
      ينشئ فواتير رسوم لكل طالب، ويقرأ الأرصدة
      ويكتب كشوف الدرجات.
  bench ui [--students N] [--seed S] [--reuse FILE] [--json]
      يقيس زمن صفحة الطلاب الفعلية، معروضةً خارج الشاشة، على قاعدة بيانات تجريبية.
  bench live --dataset DIR [--seed S] [--enroll K] [--unknown-fraction F]
      [--max-identities N] [--json]
      يشغّل لوحة الحضور المباشر خارج الشاشة على حصة منشأة من صور.
  face eval --dataset DIR [--enroll K] [--unknown-fraction F] [--seed S]
      [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      يقيس دقة التعرف على هوية الوجوه في مجلد أشخاص.
  face bench --video FILE [--gallery N] [--templates-per-student T]
      [--passes P] [--detector yunet|haar] [--descriptor resnet|lbph] [--json]
      يشغّل سلسلة معالجة الوجوه المباشرة على مقطع فيديو بأقصى سرعة ممكنة.
  models list | download ID | import ID PATH... [--dir DIR] [--json]
      يعرض نماذج الوجوه الاختيارية أو ينزّلها أو يستوردها.
  paths [--demo-db | --default-db | --data-dir]
      يطبع مكان حفظ ملفات CampusDesk.

شغّل أي أمر مع الخيار --help لعرض خياراته.
</translation>
    </message>
</context>
<context>
    <name>CourseRepository</name>
    <message>
        <source>The semester was not found.</source>
        <translation>لم يُعثر على الفصل الدراسي.</translation>
    </message>
    <message>
        <source>No semester has started yet.</source>
        <translation>لم يبدأ أي فصل دراسي بعد.</translation>
    </message>
    <message>
        <source>A course with the code %1 already exists in this semester.</source>
        <translation>يوجد بالفعل مقرر بالرمز %1 في هذا الفصل الدراسي.</translation>
    </message>
    <message>
        <source>The course was not found; it may have been deleted.</source>
        <translation>لم يُعثر على المقرر؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>The student or the course no longer exists.</source>
        <translation>لم يعد الطالب أو المقرر موجودًا.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>الطالب غير مسجّل في هذا المقرر.</translation>
    </message>
    <message>
        <source>Someone else changed this course's teachers since you opened it. Your changes were not saved; reload it to see theirs.</source>
        <translation>غيّر مستخدم آخر معلّمي هذا المقرر بعد أن فتحته. لم تُحفظ تغييراتك؛ أعد تحميله لرؤية تغييراته.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened it.</source>
        <translation>غيّره مستخدم آخر بعد أن فتحته.</translation>
    </message>
    <message>
        <source>A chosen teacher's account or the semester no longer exists.</source>
        <translation>لم يعد حساب أحد المعلّمين المختارين أو الفصل الدراسي موجودًا.</translation>
    </message>
</context>
<context>
    <name>CourseRules</name>
    <message>
        <source>Enter the course code.</source>
        <translation>أدخل رمز المقرر.</translation>
    </message>
    <message>
        <source>A course code has up to 20 letters, digits, spaces, '.', '_', '/' or '-'.</source>
        <translation>يتكون رمز المقرر من 20 خانة على الأكثر من الحروف أو الأرقام أو المسافات أو الرموز '.' أو '_' أو '/' أو '-'.</translation>
    </message>
    <message>
        <source>Enter the course title.</source>
        <translation>أدخل عنوان المقرر.</translation>
    </message>
    <message numerus="yes">
        <source>The course title can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول عنوان المقرر إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the semester the course runs in.</source>
        <translation>اختر الفصل الدراسي الذي يُدرَّس فيه المقرر.</translation>
    </message>
    <message>
        <source>Credits must be between 0 and 30, in steps of 0.5.</source>
        <translation>يجب أن تكون الساعات المعتمدة بين 0 و30، بزيادات قدرها 0.5.</translation>
    </message>
    <message>
        <source>Enter the semester's name, such as Autumn 2026.</source>
        <translation>أدخل اسم الفصل الدراسي، مثل خريف 2026.</translation>
    </message>
    <message>
        <source>Enter the first day of the semester.</source>
        <translation>أدخل أول يوم في الفصل الدراسي.</translation>
    </message>
    <message>
        <source>Enter the last day of the semester.</source>
        <translation>أدخل آخر يوم في الفصل الدراسي.</translation>
    </message>
    <message>
        <source>The semester cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي الفصل الدراسي قبل أن يبدأ.</translation>
    </message>
</context>
<context>
    <name>CsvFileExport</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>صُدّر %n صف إلى %1.</numerusform>
            <numerusform>صُدّر %n صف إلى %1.</numerusform>
            <numerusform>صُدّر %n صفّان إلى %1.</numerusform>
            <numerusform>صُدّر %n صفوف إلى %1.</numerusform>
            <numerusform>صُدّر %n صفًا إلى %1.</numerusform>
            <numerusform>صُدّر %n صف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was exported; choose another file or folder.</source>
        <translation>تعذّرت كتابة %1: %2. لم يُصدَّر أي شيء؛ اختر ملفًا أو مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 contains a NUL byte: the file is binary, or UTF-16 text without a byte-order mark. Save it from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>يحتوي السطر %1 على بايت NUL: الملف ثنائي، أو نص UTF-16 بلا علامة ترتيب البايتات (BOM). احفظه من برنامج جداول البيانات بتنسيق «CSV UTF-8» وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed: a quote (") is missing.</source>
        <translation>القيمة المحاطة بعلامات اقتباس التي تبدأ في السطر %1 غير مغلقة: تنقصها علامة اقتباس (").</translation>
    </message>
    <message>
        <source>The file is empty: it has no column names and no rows.</source>
        <translation>الملف فارغ: لا يحتوي على أسماء أعمدة ولا على صفوف.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>السطر %1 ليس نصًا بترميز UTF-8. احفظ الملف من برنامج جداول البيانات بتنسيق «CSV UTF-8» وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-16 text. Save the file from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>السطر %1 ليس نصًا صالحًا بترميز UTF-16. احفظ الملف من برنامج جداول البيانات بتنسيق «CSV UTF-8» وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is an Excel or OpenDocument workbook, not a CSV file. Open it in your spreadsheet, save it as "CSV UTF-8" and try again.</source>
        <translation>هذا مصنّف Excel أو OpenDocument، وليس ملف CSV. افتحه في برنامج جداول البيانات، واحفظه بتنسيق «CSV UTF-8»، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is an older Excel workbook (.xls), not a CSV file. Open it in your spreadsheet, save it as "CSV UTF-8" and try again.</source>
        <translation>هذا مصنّف Excel قديم (.xls)، وليس ملف CSV. افتحه في برنامج جداول البيانات، واحفظه بتنسيق «CSV UTF-8»، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported at once. Split it into smaller files.</source>
        <translation>حجم الملف %1 ميغابايت، ولا يمكن استيراد أكثر من %2 ميغابايت في المرة الواحدة. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>أُلغيت قراءة الملف.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>تعذّر فتح الملف %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الملف %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>This row has %1 fields but the header has %2: a value or a delimiter is missing.</source>
        <translation>عدد الحقول في هذا الصف %1، بينما عددها في صف العناوين %2: تنقص قيمة أو فاصل.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2: a value may contain an unquoted delimiter.</source>
        <translation>عدد الحقول في هذا الصف %1، بينما عددها في صف العناوين %2: ربما تحتوي إحدى القيم على فاصل غير محاط بعلامات اقتباس.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>%1 is not a CampusDesk database, or it is damaged beyond repair. It was not changed.</source>
        <translation>الملف %1 ليس قاعدة بيانات CampusDesk، أو أنه تالف بحيث يتعذر إصلاحه. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>الملف %1 تالف ولا يمكن فتحه. لم يُغيَّر الملف؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of CampusDesk. It was not changed.</source>
        <translation>الملف %1 قاعدة بيانات لبرنامج آخر وليس لـ CampusDesk. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CampusDesk (database version %2; this version understands up to %3). Update CampusDesk to open it. The file was not changed.</source>
        <translation>كُتب الملف %1 بإصدار أحدث من CampusDesk (إصدار قاعدة البيانات %2، وهذا الإصدار يدعم حتى الإصدار %3). حدّث CampusDesk لفتحه. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد الخاص بـ %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>تعذّر فتح %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name so that nothing is overwritten.</source>
        <translation>الملف %1 موجود بالفعل. اختر اسم ملف جديدًا حتى لا يُستبدل أي شيء.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The database could not be copied to %1.</source>
        <translation>تعذّر نسخ قاعدة البيانات إلى %1.</translation>
    </message>
    <message>
        <source>The copy could not be renamed to %1.</source>
        <translation>تعذّرت إعادة تسمية النسخة إلى %1.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>Passwords could not be hashed (out of memory?).</source>
        <translation>تعذّرت تجزئة كلمات المرور (ربما نفدت الذاكرة؟).</translation>
    </message>
    <message>
        <source>The demo school's data files are missing from this build.</source>
        <translation>ملفات بيانات المدرسة التجريبية غير موجودة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>A demo school needs at least one student.</source>
        <translation>تحتاج المدرسة التجريبية إلى طالب واحد على الأقل.</translation>
    </message>
    <message>
        <source>This database already has people in it. Create the demo school in a new file.</source>
        <translation>تحتوي قاعدة البيانات هذه على أشخاص بالفعل. أنشئ المدرسة التجريبية في ملف جديد.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file, or replace it.</source>
        <translation>الملف %1 موجود بالفعل. اختر ملفًا آخر، أو استبدله.</translation>
    </message>
    <message>
        <source>The demo school could not be saved as %1.</source>
        <translation>تعذّر حفظ المدرسة التجريبية باسم %1.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPhotos</name>
    <message>
        <source>No student with the number “%1” in this class.</source>
        <translation>لا يوجد في هذا الصف طالب بالرقم «%1».</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded for this student.</source>
        <translation>لم تُسجَّل موافقة هذا الطالب على التعرف على الوجه.</translation>
    </message>
    <message>
        <source>Not a picture file.</source>
        <translation>ليس ملف صورة.</translation>
    </message>
</context>
<context>
    <name>FaceApiWeights</name>
    <message>
        <source>The face model manifest %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام ملف بيان نموذج الوجه %1: %2</translation>
    </message>
    <message>
        <source>The face model manifest %1 cannot be read. Install the face recognition model again.</source>
        <translation>تعذّرت قراءة ملف بيان نموذج الوجه %1. ثبّت نموذج التعرف على الوجه من جديد.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>ليس بتنسيق JSON صالح (%1).</translation>
    </message>
    <message>
        <source>it does not list any weight groups.</source>
        <translation>لا يسرد أي مجموعة أوزان.</translation>
    </message>
    <message>
        <source>a weight group has no files or no weights.</source>
        <translation>إحدى مجموعات الأوزان لا تحتوي على ملفات أو أوزان.</translation>
    </message>
    <message>
        <source>the tensor %1 has a bad shape.</source>
        <translation>شكل الموتر %1 غير صحيح.</translation>
    </message>
    <message>
        <source>a tensor has no name or is not float32.</source>
        <translation>أحد الموترات بلا اسم أو ليس من النوع float32.</translation>
    </message>
    <message>
        <source>the tensor %1 uses the unsupported quantisation %2.</source>
        <translation>يستخدم الموتر %1 نوع التكميم %2 غير المدعوم.</translation>
    </message>
    <message>
        <source>The face model weights file %1 cannot be read. Install the face recognition model again.</source>
        <translation>تعذّرت قراءة ملف أوزان نموذج الوجه %1. ثبّت نموذج التعرف على الوجه من جديد.</translation>
    </message>
    <message>
        <source>The face model weights have %1 bytes but the manifest describes %2: the file is truncated or does not belong to this manifest. Install the face recognition model again.</source>
        <translation>حجم أوزان نموذج الوجه %1 بايت، بينما يصف ملف البيان %2: الملف مقتطع أو لا يخص ملف البيان هذا. ثبّت نموذج التعرف على الوجه من جديد.</translation>
    </message>
</context>
<context>
    <name>FaceBenchmark</name>
    <message>
        <source>The gallery, templates per student and passes must be at least 1.</source>
        <translation>يجب ألا يقل حجم مجموعة الوجوه المسجّلة وعدد القوالب لكل طالب وعدد مرات المرور عن 1.</translation>
    </message>
    <message>
        <source>The video %1 has no frames.</source>
        <translation>لا يحتوي الفيديو %1 على أي إطار.</translation>
    </message>
</context>
<context>
    <name>FaceDescriptorNet</name>
    <message>
        <source>The face recognition model does not have the expected layout. Install it again.</source>
        <translation>لا يحتوي نموذج التعرف على الوجه على البنية المتوقعة. ثبّته من جديد.</translation>
    </message>
    <message>
        <source>The face recognition model is not installed (searched %1).</source>
        <translation>نموذج التعرف على الوجه غير مثبّت (جرى البحث في %1).</translation>
    </message>
    <message>
        <source>The face image is empty or not an 8-bit grey or colour image.</source>
        <translation>صورة الوجه فارغة أو ليست صورة رمادية أو ملونة بعمق 8 بت.</translation>
    </message>
    <message>
        <source>The face could not be described.</source>
        <translation>تعذّر استخراج سمات الوجه.</translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>No face detector is available: the YuNet model is not installed and the Haar cascade %1 cannot be read (install opencv-data).</source>
        <translation>لا يتوفر أي كاشف للوجوه: نموذج YuNet غير مثبّت، وتعذّرت قراءة مصنّف Haar المتتالي %1 (ثبّت الحزمة opencv-data).</translation>
    </message>
</context>
<context>
    <name>FaceEnroller</name>
    <message>
        <source>Good: this picture can be used.</source>
        <translation>جيدة: يمكن استخدام هذه الصورة.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>هذا الملف ليس صورة قابلة للقراءة.</translation>
    </message>
    <message>
        <source>No face found: face the camera in good light.</source>
        <translation>لم يُعثر على أي وجه: واجه الكاميرا في إضاءة جيدة.</translation>
    </message>
    <message>
        <source>More than one face: only the student should be in the picture.</source>
        <translation>أكثر من وجه: يجب أن يظهر الطالب وحده في الصورة.</translation>
    </message>
    <message>
        <source>Move into the middle of the picture.</source>
        <translation>تحرّك إلى وسط الصورة.</translation>
    </message>
    <message>
        <source>Move closer to the camera: the face is too small.</source>
        <translation>اقترب من الكاميرا: الوجه صغير جدًا.</translation>
    </message>
    <message>
        <source>Look straight at the camera.</source>
        <translation>انظر مباشرة إلى الكاميرا.</translation>
    </message>
    <message>
        <source>Hold still: the picture is blurred.</source>
        <translation>اثبت في مكانك: الصورة ضبابية.</translation>
    </message>
</context>
<context>
    <name>FaceEvaluation</name>
    <message>
        <source>Enrol at least one image per identity.</source>
        <translation>يجب تسجيل صورة واحدة على الأقل لكل هوية.</translation>
    </message>
    <message>
        <source>The unknown fraction must be at least 0 and below 1.</source>
        <translation>يجب أن تكون نسبة الأشخاص غير المعروفين 0 على الأقل وأقل من 1.</translation>
    </message>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>مجلد مجموعة البيانات %1 غير موجود.</translation>
    </message>
    <message>
        <source>The dataset %1 needs at least two folders of images, one per person.</source>
        <translation>تحتاج مجموعة البيانات %1 إلى مجلدين من الصور على الأقل، مجلد لكل شخص.</translation>
    </message>
</context>
<context>
    <name>FaceQuality</name>
    <message>
        <source>Move into the middle of the picture.</source>
        <translation>تحرّك إلى وسط الصورة.</translation>
    </message>
    <message>
        <source>Come closer to the camera.</source>
        <translation>اقترب من الكاميرا.</translation>
    </message>
    <message>
        <source>Look straight at the camera.</source>
        <translation>انظر مباشرة إلى الكاميرا.</translation>
    </message>
    <message>
        <source>Hold still: the picture is blurred.</source>
        <translation>اثبت في مكانك: الصورة غير واضحة.</translation>
    </message>
</context>
<context>
    <name>FaceRecogniser</name>
    <message>
        <source>Face recognition: ResNet face descriptor (face-api 1.7.15).</source>
        <translation>التعرف على الوجه: واصف الوجوه ResNet (face-api 1.7.15).</translation>
    </message>
    <message>
        <source>Face recognition: LBPH (less accurate than the ResNet descriptor).</source>
        <translation>التعرف على الوجه: LBPH (أقل دقة من واصف ResNet).</translation>
    </message>
    <message>
        <source>Face recognition: LBPH fallback, because the descriptor model cannot be used: %1</source>
        <translation>التعرف على الوجه: LBPH بديلًا احتياطيًا، لأنه لا يمكن استخدام نموذج الواصف: %1</translation>
    </message>
    <message>
        <source>The face image is empty.</source>
        <translation>صورة الوجه فارغة.</translation>
    </message>
    <message>
        <source>This face cannot be enrolled.</source>
        <translation>لا يمكن تسجيل هذا الوجه.</translation>
    </message>
</context>
<context>
    <name>FaceTemplateRepository</name>
    <message>
        <source>The face model must be named, in at most %1 characters without surrounding spaces.</source>
        <translation>يجب تحديد اسم لنموذج الوجه لا يتجاوز %1 حرفًا، ومن دون مسافات في بدايته أو نهايته.</translation>
    </message>
    <message>
        <source>A face template must have between 1 and %1 bytes.</source>
        <translation>يجب أن يتراوح حجم قالب الوجه بين 1 و%1 بايت.</translation>
    </message>
    <message>
        <source>The face quality must be a number of at least 0.</source>
        <translation>يجب أن تكون جودة الوجه عددًا لا يقل عن 0.</translation>
    </message>
    <message>
        <source>This student no longer exists; someone may have deleted the record.</source>
        <translation>لم يعد هذا الطالب موجودًا؛ ربما حذف أحدهم سجله.</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded for this student, so their face cannot be enrolled. Record the consent first.</source>
        <translation>لم تُسجَّل موافقة هذا الطالب على التعرف على الوجه، لذا لا يمكن تسجيل وجهه. سجّل الموافقة أولًا.</translation>
    </message>
    <message>
        <source>Templates of the model %1 are %2 bytes long, not %3; they cannot be mixed.</source>
        <translation>حجم قوالب النموذج %1 هو %2 بايت وليس %3؛ ولا يمكن الخلط بينها.</translation>
    </message>
    <message>
        <source>This face template is damaged and cannot be read; enrol the student's face again.</source>
        <translation>قالب الوجه هذا تالف ولا يمكن قراءته؛ أعد تسجيل وجه الطالب.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n stored face template(s) could be opened with this computer's key. The key may have been replaced; enrol the faces again or restore the key.</source>
        <translation>
            <numerusform>تعذّر فتح جميع قوالب الوجه المخزّنة، وعددها %n، بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
            <numerusform>تعذّر فتح قالب الوجه المخزّن (%n) بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
            <numerusform>تعذّر فتح قالبَي الوجه المخزّنين (%n) بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
            <numerusform>تعذّر فتح جميع قوالب الوجه المخزّنة، وعددها %n، بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
            <numerusform>تعذّر فتح جميع قوالب الوجه المخزّنة، وعددها %n، بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
            <numerusform>تعذّر فتح جميع قوالب الوجه المخزّنة، وعددها %n، بمفتاح هذا الحاسوب. ربما استُبدل المفتاح؛ أعد تسجيل الوجوه أو استعد المفتاح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeDocuments</name>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>The invoice was not found.</source>
        <translation>لم يُعثر على الفاتورة.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what was paid and not yet refunded (%1).</source>
        <translation>لا يمكن أن يتجاوز المبلغ المسترد ما دُفع ولم يُسترد بعد (%1).</translation>
    </message>
    <message>
        <source>The receipt number %1 is already used.</source>
        <translation>رقم الإيصال %1 مستخدم بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Late fee: %1, %n day(s) after the due date %2</source>
        <translation>
            <numerusform>رسوم تأخير: %1، بعد %n يوم من تاريخ الاستحقاق %2</numerusform>
            <numerusform>رسوم تأخير: %1، بعد %n يوم من تاريخ الاستحقاق %2</numerusform>
            <numerusform>رسوم تأخير: %1، بعد %n يومين من تاريخ الاستحقاق %2</numerusform>
            <numerusform>رسوم تأخير: %1، بعد %n أيام من تاريخ الاستحقاق %2</numerusform>
            <numerusform>رسوم تأخير: %1، بعد %n يومًا من تاريخ الاستحقاق %2</numerusform>
            <numerusform>رسوم تأخير: %1، بعد %n يوم من تاريخ الاستحقاق %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeRules</name>
    <message>
        <source>Choose the student to invoice.</source>
        <translation>اختر الطالب المراد إصدار الفاتورة له.</translation>
    </message>
    <message>
        <source>Describe what the invoice is for.</source>
        <translation>صِف الغرض من الفاتورة.</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول الوصف إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الوصف إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الوصف إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الوصف إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الوصف إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الوصف إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD.</source>
        <translation>يجب أن تكون العملة رمز ISO من ثلاثة أحرف، مثل USD.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>Enter the date the invoice is issued.</source>
        <translation>أدخل تاريخ إصدار الفاتورة.</translation>
    </message>
    <message>
        <source>Enter the date the invoice is due.</source>
        <translation>أدخل تاريخ استحقاق الفاتورة.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>لا يمكن أن يكون تاريخ الاستحقاق قبل تاريخ الإصدار.</translation>
    </message>
    <message>
        <source>The amount must be in the invoice's currency (%1).</source>
        <translation>يجب أن يكون المبلغ بعملة الفاتورة (%1).</translation>
    </message>
    <message>
        <source>Choose how the money was paid: cash, bank transfer, card or other.</source>
        <translation>اختر طريقة الدفع: نقدًا أو تحويل مصرفي أو بطاقة أو غير ذلك.</translation>
    </message>
    <message>
        <source>Only payments and refunds have a payment method.</source>
        <translation>طريقة الدفع خاصة بالمدفوعات والمبالغ المستردة فقط.</translation>
    </message>
    <message>
        <source>A payment needs a receipt number.</source>
        <translation>تتطلب الدفعة رقم إيصال.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>اذكر سبب الاسترداد.</translation>
    </message>
    <message>
        <source>Give a reason for the waiver.</source>
        <translation>اذكر سبب الإعفاء.</translation>
    </message>
    <message>
        <source>Give a reason for the late fee.</source>
        <translation>اذكر سبب رسوم التأخير.</translation>
    </message>
    <message>
        <source>Enter the date of the transaction.</source>
        <translation>أدخل تاريخ المعاملة.</translation>
    </message>
    <message>
        <source>A ledger entry must record who entered it.</source>
        <translation>يجب أن يتضمن القيد المحاسبي اسم من أدخله.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>إعفاء</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>رسوم تأخير</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل مصرفي</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Choose the semester the fee is for.</source>
        <translation>اختر الفصل الدراسي الذي تخصه الرسوم.</translation>
    </message>
    <message>
        <source>Describe what the fee is for.</source>
        <translation>صِف الغرض من الرسوم.</translation>
    </message>
    <message numerus="yes">
        <source>The program can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول البرنامج إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the fee is due.</source>
        <translation>أدخل تاريخ استحقاق الرسوم.</translation>
    </message>
    <message>
        <source>The late fee cannot be negative.</source>
        <translation>لا يمكن أن تكون رسوم التأخير سالبة.</translation>
    </message>
    <message>
        <source>The late fee must be in the same currency as the amount.</source>
        <translation>يجب أن تكون رسوم التأخير بعملة المبلغ نفسها.</translation>
    </message>
    <message>
        <source>The late fee must start between 0 and 365 days after the due date.</source>
        <translation>يجب أن تبدأ رسوم التأخير بعد تاريخ الاستحقاق بمدة تتراوح بين 0 و365 يومًا.</translation>
    </message>
</context>
<context>
    <name>FeeStructureRepository</name>
    <message>
        <source>The fee structure was not found.</source>
        <translation>لم يُعثر على هيكل الرسوم.</translation>
    </message>
    <message>
        <source>The semester was not found.</source>
        <translation>لم يُعثر على الفصل الدراسي.</translation>
    </message>
    <message>
        <source>This semester already has a fee with this description for this program.</source>
        <translation>توجد بالفعل في هذا الفصل الدراسي رسوم بهذا الوصف لهذا البرنامج.</translation>
    </message>
</context>
<context>
    <name>GradeScale</name>
    <message>
        <source>Standard (4.0)</source>
        <translation>قياسي (4.0)</translation>
    </message>
</context>
<context>
    <name>GradebookRepository</name>
    <message>
        <source>The assessment was not found.</source>
        <translation>لم يُعثر على التقييم.</translation>
    </message>
    <message>
        <source>Someone else entered a mark for this student meanwhile. Reload to see it.</source>
        <translation>أدخل مستخدم آخر درجة لهذا الطالب في هذه الأثناء. أعد التحميل لرؤيتها.</translation>
    </message>
    <message>
        <source>Choose one of the course's categories: %1.</source>
        <translation>اختر إحدى فئات المقرر: %1.</translation>
    </message>
    <message>
        <source>The results of this course are published. Say why the mark changes.</source>
        <translation>نتائج هذا المقرر منشورة. اذكر سبب تغيير الدرجة.</translation>
    </message>
    <message>
        <source>The results of this course are not published yet.</source>
        <translation>لم تُنشر نتائج هذا المقرر بعد.</translation>
    </message>
    <message>
        <source>The results of this course are published, so its assessments and categories can no longer be changed.</source>
        <translation>نتائج هذا المقرر منشورة، لذا لم يعد بالإمكان تغيير تقييماته وفئاته.</translation>
    </message>
    <message>
        <source>The course already has a category named %1.</source>
        <translation>يحتوي المقرر بالفعل على فئة باسم %1.</translation>
    </message>
    <message>
        <source>The category was not found.</source>
        <translation>لم يُعثر على الفئة.</translation>
    </message>
    <message>
        <source>The category %1 still has assessments. Move them to another category or remove them first.</source>
        <translation>لا تزال الفئة %1 تحتوي على تقييمات. انقلها إلى فئة أخرى أو احذفها أولًا.</translation>
    </message>
    <message>
        <source>A student already scored %1, more than the new maximum.</source>
        <translation>حصل أحد الطلاب بالفعل على %1، وهي أكثر من الدرجة القصوى الجديدة.</translation>
    </message>
    <message>
        <source>%1 already has marks, so it cannot be removed. Set its weight to 0 to leave it out of the totals.</source>
        <translation>توجد درجات مسجّلة في %1، لذا لا يمكن حذفه. اجعل وزنه 0 لاستبعاده من المجاميع.</translation>
    </message>
    <message>
        <source>The student is not enrolled in this course.</source>
        <translation>الطالب غير مسجّل في هذا المقرر.</translation>
    </message>
    <message>
        <source>Someone else changed this mark meanwhile. Reload to see it.</source>
        <translation>غيّر مستخدم آخر هذه الدرجة في هذه الأثناء. أعد التحميل لرؤيتها.</translation>
    </message>
    <message>
        <source>The course was not found.</source>
        <translation>لم يُعثر على المقرر.</translation>
    </message>
    <message>
        <source>The results of this course are already published.</source>
        <translation>نتائج هذا المقرر منشورة بالفعل.</translation>
    </message>
</context>
<context>
    <name>GradebookRules</name>
    <message>
        <source>The assessment does not belong to a course.</source>
        <translation>التقييم غير مرتبط بأي مقرر.</translation>
    </message>
    <message>
        <source>Enter the assessment's title.</source>
        <translation>أدخل عنوان التقييم.</translation>
    </message>
    <message numerus="yes">
        <source>The title can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول العنوان إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول العنوان إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول العنوان إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول العنوان إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول العنوان إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول العنوان إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the assessment's category, such as Coursework or Exam.</source>
        <translation>أدخل فئة التقييم، مثل أعمال الفصل أو الامتحان.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100 %.</source>
        <translation>يجب أن يكون الوزن بين 0 و100٪.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0 and at most 10000.</source>
        <translation>يجب أن تكون الدرجة القصوى أكبر من 0 ولا تتجاوز 10000.</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>أدخل تاريخ التقييم.</translation>
    </message>
    <message>
        <source>The mark does not name a student.</source>
        <translation>لا تحدد الدرجة أي طالب.</translation>
    </message>
    <message>
        <source>Enter a score, or mark the student absent or excused.</source>
        <translation>أدخل درجة، أو سجّل الطالب غائبًا أو غائبًا بعذر.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>يجب أن تكون الدرجة بين 0 و%1.</translation>
    </message>
    <message>
        <source>An absent or excused student has no score.</source>
        <translation>لا تُسجَّل درجة للطالب الغائب أو الغائب بعذر.</translation>
    </message>
    <message>
        <source>Enter a name for the grade scale.</source>
        <translation>أدخل اسمًا لسلّم التقديرات.</translation>
    </message>
    <message>
        <source>A grade scale needs at least one grade.</source>
        <translation>يحتاج سلّم التقديرات إلى تقدير واحد على الأقل.</translation>
    </message>
    <message>
        <source>Enter the grade's letter.</source>
        <translation>أدخل حرف التقدير.</translation>
    </message>
    <message>
        <source>The grade %1 appears more than once.</source>
        <translation>التقدير %1 مكرر أكثر من مرة.</translation>
    </message>
    <message>
        <source>A grade's lower bound must be between 0 and 100 %.</source>
        <translation>يجب أن يكون الحد الأدنى للتقدير بين 0 و100٪.</translation>
    </message>
    <message>
        <source>Two grades start at the same percentage.</source>
        <translation>يبدأ تقديران عند النسبة المئوية نفسها.</translation>
    </message>
    <message>
        <source>Grade points must be between 0 and 10.</source>
        <translation>يجب أن تكون نقاط التقدير بين 0 و10.</translation>
    </message>
    <message>
        <source>The lowest grade must start at 0 % so every total gets a grade.</source>
        <translation>يجب أن يبدأ أدنى تقدير من 0٪ حتى يحصل كل مجموع على تقدير.</translation>
    </message>
    <message>
        <source>The category does not belong to a course.</source>
        <translation>الفئة غير مرتبطة بأي مقرر.</translation>
    </message>
    <message>
        <source>Enter the category's name, such as Coursework or Exams.</source>
        <translation>أدخل اسم الفئة، مثل أعمال الفصل أو الامتحانات.</translation>
    </message>
    <message numerus="yes">
        <source>The category's name can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم الفئة إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The category's weight must be between 0 and 100 %.</source>
        <translation>يجب أن يكون وزن الفئة بين 0 و100٪.</translation>
    </message>
</context>
<context>
    <name>ImageSequenceReader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Listing the folder %1 was cancelled.</source>
        <translation>أُلغي سرد محتويات المجلد %1.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 contains no images CampusDesk can read (%n other file(s) skipped).</source>
        <translation>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملف آخر).</numerusform>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملف آخر).</numerusform>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملفين آخرين).</numerusform>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملفات أخرى).</numerusform>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملفًا آخر).</numerusform>
            <numerusform>لا يحتوي المجلد %1 على أي صور يمكن لـ CampusDesk قراءتها (جرى تخطي %n ملف آخر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each image must be shown for at least one frame.</source>
        <translation>يجب عرض كل صورة لمدة إطار واحد على الأقل.</translation>
    </message>
    <message>
        <source>The frame rate must be above 0 and at most 1000.</source>
        <translation>يجب أن يكون معدل الإطارات أكبر من 0 وألا يتجاوز 1000.</translation>
    </message>
    <message>
        <source>The picture size must be between 1x1 and %1x%1 pixels.</source>
        <translation>يجب أن يكون حجم الصورة بين 1x1 و%1x%1 بكسل.</translation>
    </message>
    <message>
        <source>No images were chosen.</source>
        <translation>لم تُختر أي صورة.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) could be read.</source>
        <translation>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صورة.</numerusform>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صورة.</numerusform>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صورتين.</numerusform>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صور.</numerusform>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صورة.</numerusform>
            <numerusform>تعذّرت قراءة أي صورة من أصل %n صورة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSessionBenchmark</name>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>مجلد مجموعة البيانات %1 غير موجود.</translation>
    </message>
    <message>
        <source>The dataset needs at least two folders of photos, one per person.</source>
        <translation>تحتاج مجموعة البيانات إلى مجلدين من الصور على الأقل، مجلد لكل شخص.</translation>
    </message>
    <message>
        <source>The benchmark's options are out of range.</source>
        <translation>خيارات اختبار الأداء خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation>تعذّر إنشاء مجلد مؤقت.</translation>
    </message>
    <message>
        <source>No photo is left to show after enrolment.</source>
        <translation>لم تتبقَّ أي صورة لعرضها بعد التسجيل.</translation>
    </message>
    <message>
        <source>The live panel did not load in time.</source>
        <translation>لم تُحمَّل اللوحة المباشرة في الوقت المحدد.</translation>
    </message>
</context>
<context>
    <name>MarkEntries</name>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Enter a score from 0 to %1, A for absent or X for excused.</source>
        <translation>أدخل درجة من 0 إلى %1، أو A للغائب، أو X للغائب بعذر.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>لا يمكن أن تكون الدرجة سالبة.</translation>
    </message>
    <message>
        <source>%1 is more than the maximum score of %2.</source>
        <translation>%1 أكبر من الدرجة القصوى %2.</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>You are not a member of this conversation.</source>
        <translation>لست عضوًا في هذه المحادثة.</translation>
    </message>
</context>
<context>
    <name>MessagingRules</name>
    <message>
        <source>Enter a name for the channel.</source>
        <translation>أدخل اسمًا للقناة.</translation>
    </message>
    <message>
        <source>A course channel must belong to a course.</source>
        <translation>يجب أن تكون قناة المقرر مرتبطة بمقرر.</translation>
    </message>
    <message>
        <source>A direct conversation has exactly two people.</source>
        <translation>تضم المحادثة المباشرة شخصين فقط.</translation>
    </message>
    <message>
        <source>The message does not belong to a conversation.</source>
        <translation>الرسالة غير مرتبطة بأي محادثة.</translation>
    </message>
    <message>
        <source>The message has no sender.</source>
        <translation>ليس للرسالة مُرسِل.</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>اكتب شيئًا قبل الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>A message can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الرسالة إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database driver is not SQLite.</source>
        <translation>مشغّل قاعدة البيانات ليس SQLite.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2 and nothing was lost.</source>
        <translation>تعذّرت ترقية قاعدة البيانات إلى الإصدار %1؛ وبقيت على الإصدار %2 ولم يُفقد أي شيء.</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <source>The model "%1" is not installed: %2 was not found in %3.</source>
        <translation>النموذج «%1» غير مثبّت: لم يُعثر على %2 في %3.</translation>
    </message>
    <message>
        <source>The model file %1 cannot be read.</source>
        <translation>تعذّرت قراءة ملف النموذج %1.</translation>
    </message>
    <message>
        <source>The model file %1 has %2 bytes instead of %3: it is incomplete or not the expected version. Install it again.</source>
        <translation>حجم ملف النموذج %1 هو %2 بايت بدلًا من %3: الملف غير مكتمل أو ليس الإصدار المتوقع. ثبّته من جديد.</translation>
    </message>
    <message>
        <source>The model file %1 is damaged or not the expected version (its SHA-256 does not match). Install it again.</source>
        <translation>ملف النموذج %1 تالف أو ليس الإصدار المتوقع (لا تتطابق قيمة SHA-256 الخاصة به). ثبّته من جديد.</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأكثر.</numerusform>
            <numerusform>استخدم %n حرف على الأكثر.</numerusform>
            <numerusform>استخدم %n حرفين على الأكثر.</numerusform>
            <numerusform>استخدم %n أحرف على الأكثر.</numerusform>
            <numerusform>استخدم %n حرفًا على الأكثر.</numerusform>
            <numerusform>استخدم %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is too common: choose one that others are unlikely to guess.</source>
        <translation>كلمة المرور هذه شائعة جدًا: اختر كلمة مرور يصعب على الآخرين تخمينها.</translation>
    </message>
</context>
<context>
    <name>PaymentStatusNames</name>
    <message>
        <source>Unpaid</source>
        <translation>غير مدفوعة</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>مدفوعة جزئيًا</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة السداد</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>معفاة</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your account may not view student records.</source>
        <translation>لا يملك حسابك صلاحية عرض سجلات الطلاب.</translation>
    </message>
    <message>
        <source>Your account may not change student records.</source>
        <translation>لا يملك حسابك صلاحية تعديل سجلات الطلاب.</translation>
    </message>
    <message>
        <source>Your account may not enrol or drop students.</source>
        <translation>لا يملك حسابك صلاحية تسجيل الطلاب في المقررات أو سحبهم منها.</translation>
    </message>
    <message>
        <source>Your account may not change courses and semesters.</source>
        <translation>لا يملك حسابك صلاحية تعديل المقررات والفصول الدراسية.</translation>
    </message>
    <message>
        <source>Your account may not take attendance.</source>
        <translation>لا يملك حسابك صلاحية تسجيل الحضور.</translation>
    </message>
    <message>
        <source>Your account may not enter or change marks.</source>
        <translation>لا يملك حسابك صلاحية إدخال الدرجات أو تعديلها.</translation>
    </message>
    <message>
        <source>Your account may not change grade scales.</source>
        <translation>لا يملك حسابك صلاحية تعديل سلالم التقديرات.</translation>
    </message>
    <message>
        <source>Your account may not change fees and payments.</source>
        <translation>لا يملك حسابك صلاحية تعديل الرسوم والمدفوعات.</translation>
    </message>
    <message>
        <source>Your account may not view fees.</source>
        <translation>لا يملك حسابك صلاحية عرض الرسوم.</translation>
    </message>
    <message>
        <source>Your account may not view a personal student dashboard.</source>
        <translation>لا يملك حسابك صلاحية عرض لوحة المعلومات الشخصية للطالب.</translation>
    </message>
    <message>
        <source>Your account may not enrol faces for attendance.</source>
        <translation>لا يملك حسابك صلاحية تسجيل الوجوه لاستخدامها في الحضور.</translation>
    </message>
    <message>
        <source>Your account may not manage user accounts.</source>
        <translation>لا يملك حسابك صلاحية إدارة حسابات المستخدمين.</translation>
    </message>
    <message>
        <source>Your account may not read the audit log.</source>
        <translation>لا يملك حسابك صلاحية الاطلاع على سجل التدقيق.</translation>
    </message>
    <message>
        <source>Your account may not change school settings.</source>
        <translation>لا يملك حسابك صلاحية تعديل إعدادات المدرسة.</translation>
    </message>
    <message>
        <source>Your account may not send messages.</source>
        <translation>لا يملك حسابك صلاحية إرسال الرسائل.</translation>
    </message>
    <message>
        <source>Your account may not correct the attendance of a finished session.</source>
        <translation>لا يملك حسابك صلاحية تصحيح الحضور في حصة منتهية.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Payment receipt</source>
        <translation>إيصال دفع</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>سند استرداد</translation>
    </message>
    <message>
        <source>Waiver notice</source>
        <translation>إشعار إعفاء</translation>
    </message>
    <message>
        <source>Late fee notice</source>
        <translation>إشعار رسوم تأخير</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>تعذّر حفظ الإيصال في %1: %2</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>دُفع إلى</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>استُلم من</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>المبلغ المستلم</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation>المبلغ المعفى منه</translation>
    </message>
    <message>
        <source>Late fee charged</source>
        <translation>رسوم التأخير المفروضة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Balance on this invoice after this entry</source>
        <translation>رصيد هذه الفاتورة بعد هذا القيد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>A negative balance is a credit in the student's favour.</source>
        <translation>الرصيد السالب رصيد دائن لصالح الطالب.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>استلمه</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>الختم</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <source>Please keep this receipt for your records.</source>
        <translation>يُرجى الاحتفاظ بهذا الإيصال في سجلاتك.</translation>
    </message>
</context>
<context>
    <name>ReportCardDocument</name>
    <message>
        <source>Report card: %1, %2</source>
        <translation>كشف الدرجات: %1، %2</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>تعذّر حفظ كشف الدرجات في %1: %2</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>كشف الدرجات</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الساعات المعتمدة</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>تاريخ الامتحان</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>No results have been published for this semester.</source>
        <translation>لم تُنشر أي نتائج لهذا الفصل الدراسي.</translation>
    </message>
    <message>
        <source>Semester GPA</source>
        <translation>المعدل الفصلي</translation>
    </message>
    <message>
        <source>Cumulative GPA</source>
        <translation>المعدل التراكمي</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>الساعات المكتسبة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>معلّم الصف</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>مدير المدرسة</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
</context>
<context>
    <name>ReportCards</name>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>marks scored / marks possible</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2 has no results in that semester.</source>
        <translation>لا توجد نتائج لـ %1 %2 في ذلك الفصل الدراسي.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>موظف إداري</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>معلّم</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
</context>
<context>
    <name>SchoolSettings</name>
    <message>
        <source>My school</source>
        <translation>مدرستي</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement of account: %1</source>
        <translation>كشف الحساب: %1</translation>
    </message>
    <message>
        <source>The statement could not be saved to %1: %2</source>
        <translation>تعذّر حفظ كشف الحساب في %1: %2</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>كشف الحساب</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>حتى تاريخ %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>تاريخ الكشف</translation>
    </message>
    <message>
        <source>Credit in your favour</source>
        <translation>رصيد دائن لصالحك</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Total charged</source>
        <translation>إجمالي المبالغ المفروضة</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>إجمالي المدفوع</translation>
    </message>
    <message>
        <source>Total waived</source>
        <translation>إجمالي المعفى منه</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>لا توجد فواتير.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>حركة الحساب</translation>
    </message>
    <message>
        <source>No payments or other entries yet.</source>
        <translation>لا توجد مدفوعات أو قيود أخرى بعد.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Please quote the student number with every payment. Questions about this statement go to the school office.</source>
        <translation>يُرجى ذكر رقم الطالب مع كل دفعة. توجَّه الاستفسارات المتعلقة بهذا الكشف إلى مكتب المدرسة.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database could not complete the request.</source>
        <translation>تعذّر على قاعدة البيانات إتمام الطلب.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو برنامج آخر. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>ملف قاعدة البيانات للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>StudentArchiveCommand</name>
    <message>
        <source>archiving of %1</source>
        <translation>أرشفة %1</translation>
    </message>
    <message>
        <source>restoring of %1</source>
        <translation>استعادة %1</translation>
    </message>
</context>
<context>
    <name>StudentCsvExport</name>
    <message>
        <source>The students could not be exported to %1: %2</source>
        <translation>تعذّر تصدير الطلاب إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>StudentEditCommand</name>
    <message>
        <source>edit of %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>The edit of %1 cannot be undone: someone changed the same details since. Open the record to see the current values.</source>
        <translation>لا يمكن التراجع عن تعديل %1: غيّر مستخدم آخر البيانات نفسها منذ ذلك الحين. افتح السجل لرؤية القيم الحالية.</translation>
    </message>
    <message>
        <source>The edit of %1 cannot be redone: someone changed the same details since. Open the record to see the current values.</source>
        <translation>لا يمكن إعادة تعديل %1: غيّر مستخدم آخر البيانات نفسها منذ ذلك الحين. افتح السجل لرؤية القيم الحالية.</translation>
    </message>
</context>
<context>
    <name>StudentImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد، ولم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>(Do not import)</source>
        <translation>(عدم الاستيراد)</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>اسم وليّ الأمر</translation>
    </message>
    <message>
        <source>Guardian's relationship</source>
        <translation>صلة قرابة وليّ الأمر</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>هاتف وليّ الأمر</translation>
    </message>
    <message>
        <source>Guardian's email</source>
        <translation>البريد الإلكتروني لوليّ الأمر</translation>
    </message>
    <message>
        <source>Several columns are set to "%1"; choose one.</source>
        <translation>عُيّنت عدة أعمدة على «%1»؛ اختر واحدًا منها.</translation>
    </message>
    <message>
        <source>No column is set to "%1", which every student needs.</source>
        <translation>لم يُعيَّن أي عمود على «%1»، وهو حقل لازم لكل طالب.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as %2 or %3.</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة %2 أو %3.</translation>
    </message>
    <message>
        <source>"%1" is not a status: write %2, %3 or %4.</source>
        <translation>«%1» ليست حالة صالحة: اكتب %2 أو %3 أو %4.</translation>
    </message>
    <message>
        <source>The student number %1 is also on row %2.</source>
        <translation>رقم الطالب %1 موجود أيضًا في الصف %2.</translation>
    </message>
    <message>
        <source>A student with the number %1 is already in CampusDesk.</source>
        <translation>يوجد بالفعل طالب بالرقم %1 في CampusDesk.</translation>
    </message>
</context>
<context>
    <name>StudentPhoto</name>
    <message>
        <source>The file %1 cannot be opened. Check that it exists and that you may read it.</source>
        <translation>لا يمكن فتح الملف %1. تحقّق من أنه موجود ومن أن لديك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; choose a smaller image.</source>
        <translation>حجم الملف %1 أكبر من %2 ميغابايت؛ اختر صورة أصغر.</translation>
    </message>
    <message>
        <source>The file %1 is not an image CampusDesk can read (use JPEG or PNG).</source>
        <translation>الملف %1 ليس صورة يستطيع CampusDesk قراءتها (استخدم JPEG أو PNG).</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>الصورة فارغة.</translation>
    </message>
    <message>
        <source>The image could not be converted to JPEG.</source>
        <translation>تعذّر تحويل الصورة إلى JPEG.</translation>
    </message>
    <message>
        <source>The image is too detailed to store as a photo.</source>
        <translation>الصورة كثيرة التفاصيل بحيث يتعذّر حفظها كصورة شخصية.</translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Another student already has the number %1.</source>
        <translation>الرقم %1 مستخدم بالفعل لطالب آخر.</translation>
    </message>
    <message>
        <source>The student record was not found; it may have been deleted.</source>
        <translation>لم يُعثر على سجل الطالب؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>The photo must be a JPEG image.</source>
        <translation>يجب أن تكون الصورة بتنسيق JPEG.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 KiB; choose a smaller image.</source>
        <translation>حجم الصورة أكبر من %1 كيلوبايت؛ اختر صورة أصغر.</translation>
    </message>
</context>
<context>
    <name>StudentResultsQuery</name>
    <message>
        <source>The student was not found.</source>
        <translation>لم يُعثر على الطالب.</translation>
    </message>
</context>
<context>
    <name>StudentRules</name>
    <message>
        <source>Enter the guardian's name.</source>
        <translation>أدخل اسم وليّ الأمر.</translation>
    </message>
    <message numerus="yes">
        <source>The guardian's name can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم وليّ الأمر إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number or an email address for the guardian.</source>
        <translation>أدخل رقم هاتف أو عنوان بريد إلكتروني لوليّ الأمر.</translation>
    </message>
    <message>
        <source>The guardian's phone number should have 6 to 15 digits, optionally starting with +.</source>
        <translation>يجب أن يتكون رقم هاتف وليّ الأمر من 6 إلى 15 رقمًا، ويمكن أن يبدأ بالرمز +.</translation>
    </message>
    <message>
        <source>The guardian's email address is not valid, for example name@example.org.</source>
        <translation>عنوان البريد الإلكتروني لوليّ الأمر غير صالح. مثال على عنوان صالح: name@example.org.</translation>
    </message>
    <message>
        <source>Enter the student number.</source>
        <translation>أدخل رقم الطالب.</translation>
    </message>
    <message>
        <source>A student number has up to 20 letters, digits, '-' or '/', and starts with a letter or digit.</source>
        <translation>يتكون رقم الطالب من 20 خانة على الأكثر من الحروف أو الأرقام أو '-' أو '/'، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>Enter the student's first name.</source>
        <translation>أدخل الاسم الأول للطالب.</translation>
    </message>
    <message numerus="yes">
        <source>The first name can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الأول إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the student's last name.</source>
        <translation>أدخل اسم عائلة الطالب.</translation>
    </message>
    <message numerus="yes">
        <source>The last name can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول اسم العائلة إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address is not valid, for example name@example.org.</source>
        <translation>عنوان البريد الإلكتروني غير صالح. مثال على عنوان صالح: name@example.org.</translation>
    </message>
    <message>
        <source>The phone number should have 6 to 15 digits, optionally starting with +.</source>
        <translation>يجب أن يتكون رقم الهاتف من 6 إلى 15 رقمًا، ويمكن أن يبدأ بالرمز +.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago; check the year.</source>
        <translation>تاريخ الميلاد يعود إلى أكثر من 120 عامًا؛ تحقّق من السنة.</translation>
    </message>
    <message>
        <source>Enter the batch (the intake the student belongs to, such as 2024).</source>
        <translation>أدخل الدفعة (سنة التحاق الطالب، مثل 2024).</translation>
    </message>
    <message>
        <source>Choose the student's program.</source>
        <translation>اختر البرنامج الدراسي للطالب.</translation>
    </message>
    <message>
        <source>Biometric consent must record who recorded it and when.</source>
        <translation>يجب أن تتضمن الموافقة على استخدام البيانات الحيوية اسم من سجّلها وتاريخ تسجيلها.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>متخرّج</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
</context>
<context>
    <name>StudentsPageTiming</name>
    <message>
        <source>The students page did not finish %1 within %2 s.</source>
        <translation>لم تُكمل صفحة الطلاب مرحلة «%1» خلال %2 ث.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>الفتح</translation>
    </message>
    <message>
        <source>open: page built after %1 ms, show() returned after %4 ms, first rows after %2 ms, shown after %3 ms</source>
        <translation>الفتح: بُنيت الصفحة بعد %1 مللي ثانية، وعادت show() بعد %4 مللي ثانية، وظهرت الصفوف الأولى بعد %2 مللي ثانية، واكتمل العرض بعد %3 مللي ثانية</translation>
    </message>
    <message>
        <source>clearing the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>%1: search started after %2 ms, first rows after %3 ms, shown after %4 ms</source>
        <translation>%1: بدأ البحث بعد %2 مللي ثانية، وظهرت الصفوف الأولى بعد %3 مللي ثانية، واكتمل العرض بعد %4 مللي ثانية</translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation>التمرير</translation>
    </message>
</context>
<context>
    <name>TemplateCipher</name>
    <message>
        <source>No key for face templates is loaded, so they cannot be read or stored.</source>
        <translation>لم يُحمَّل أي مفتاح لقوالب الوجه، لذا لا يمكن قراءتها أو تخزينها.</translation>
    </message>
    <message>
        <source>The encryption library could not start, so face templates cannot be read or stored.</source>
        <translation>تعذّر تشغيل مكتبة التشفير، لذا لا يمكن قراءة قوالب الوجه أو تخزينها.</translation>
    </message>
    <message>
        <source>There is not enough secure memory to hold the face template key.</source>
        <translation>لا تتوفر ذاكرة آمنة كافية للاحتفاظ بمفتاح قوالب الوجه.</translation>
    </message>
    <message>
        <source>The face template key is damaged: it must be %1 bytes long, not %2.</source>
        <translation>مفتاح قوالب الوجه تالف: يجب أن يكون حجمه %1 بايت، لا %2.</translation>
    </message>
    <message>
        <source>This face template is damaged and cannot be read; enrol the student's face again.</source>
        <translation>قالب الوجه هذا تالف ولا يمكن قراءته؛ أعد تسجيل وجه الطالب.</translation>
    </message>
    <message>
        <source>This face template cannot be opened: it was encrypted with another key or has been changed. Enrol the student's face again.</source>
        <translation>لا يمكن فتح قالب الوجه هذا: فقد شُفّر بمفتاح آخر أو جرى تعديله. أعد تسجيل وجه الطالب.</translation>
    </message>
    <message>
        <source>The student id or model name is too long.</source>
        <translation>معرّف الطالب أو اسم النموذج طويل جدًا.</translation>
    </message>
    <message>
        <source>This face template belongs to another student or model and was not used. Enrol the student's face again.</source>
        <translation>قالب الوجه هذا يخص طالبًا آخر أو نموذجًا آخر، ولم يُستخدم. أعد تسجيل وجه الطالب.</translation>
    </message>
</context>
<context>
    <name>TemplateKeyFile</name>
    <message>
        <source>There is no face template key file at %1.</source>
        <translation>لا يوجد ملف لمفتاح قوالب الوجه في %1.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot hold the face template key.</source>
        <translation>%1 ليس ملفًا، لذا لا يمكن حفظ مفتاح قوالب الوجه فيه.</translation>
    </message>
    <message>
        <source>The face template key file %1 may be read or changed by other users, so CampusDesk will not use it. Allow only its owner (chmod 600) and try again.</source>
        <translation>يمكن لمستخدمين آخرين قراءة ملف مفتاح قوالب الوجه %1 أو تعديله، لذا لن يستخدمه CampusDesk. اقصر الوصول إليه على مالكه فقط (chmod 600) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The file %1 is not a face template key: it holds %2 bytes instead of %3. It was left as it is.</source>
        <translation>الملف %1 ليس مفتاحًا لقوالب الوجه: إذ يحتوي على %2 بايت بدلًا من %3. وقد تُرك كما هو.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be read.</source>
        <translation>تعذّرت قراءة ملف مفتاح قوالب الوجه %1.</translation>
    </message>
    <message>
        <source>The folder %1 for the face template key could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1 المخصص لمفتاح قوالب الوجه.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be created.</source>
        <translation>تعذّر إنشاء ملف مفتاح قوالب الوجه %1.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be made private.</source>
        <translation>تعذّر قصر الوصول إلى ملف مفتاح قوالب الوجه %1 على مالكه.</translation>
    </message>
    <message>
        <source>The face template key file %1 could not be written.</source>
        <translation>تعذّرت الكتابة في ملف مفتاح قوالب الوجه %1.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>اسم المستخدم %1 مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>The account was not found.</source>
        <translation>لم يُعثر على الحساب.</translation>
    </message>
    <message>
        <source>This school already has accounts. Ask an administrator to create yours.</source>
        <translation>توجد حسابات لهذه المدرسة بالفعل. اطلب من مسؤول النظام إنشاء حسابك.</translation>
    </message>
    <message>
        <source>You cannot disable your own account or give up your own administrator role. Ask another administrator.</source>
        <translation>لا يمكنك تعطيل حسابك أو التخلي عن دور مسؤول النظام الخاص بك. اطلب ذلك من مسؤول نظام آخر.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>اختر كلمة مرور مختلفة عن كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password. Close other programs and try again.</source>
        <translation>لم تتوفر ذاكرة كافية لحماية كلمة المرور. أغلق البرامج الأخرى وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 lower-case letters, digits, '.', '_' or '-', and starts with a letter or digit.</source>
        <translation>يتكون اسم المستخدم من 3 إلى 32 خانة من الحروف اللاتينية الصغيرة أو الأرقام أو '.' أو '_' أو '-'، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>Enter the person's full name.</source>
        <translation>أدخل الاسم الكامل للشخص.</translation>
    </message>
    <message numerus="yes">
        <source>The full name can be at most %n characters long.</source>
        <translation>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n حرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يصل طول الاسم الكامل إلى %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address is not valid, for example name@example.org.</source>
        <translation>عنوان البريد الإلكتروني غير صالح. مثال على عنوان صالح: name@example.org.</translation>
    </message>
    <message>
        <source>Set a password for the account.</source>
        <translation>عيّن كلمة مرور للحساب.</translation>
    </message>
    <message>
        <source>Link the student account to a student record.</source>
        <translation>اربط حساب الطالب بسجل طالب.</translation>
    </message>
    <message>
        <source>Only student accounts can be linked to a student record.</source>
        <translation>لا يمكن ربط سجل طالب إلا بحسابات الطلاب.</translation>
    </message>
</context>
<context>
    <name>VideoFileReader</name>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>ملف الفيديو %1 غير موجود.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read: check that it is a file and that you may open it.</source>
        <translation>تعذّرت قراءة ملف الفيديو %1: تحقّق من أنه ملف ومن أن لديك صلاحية فتحه.</translation>
    </message>
    <message>
        <source>%1 is not a video CampusDesk can play: the file is damaged or its format is not supported.</source>
        <translation>الملف %1 ليس فيديو يمكن لـ CampusDesk تشغيله: الملف تالف أو تنسيقه غير مدعوم.</translation>
    </message>
</context>
<context>
    <name>Visibility</name>
    <message>
        <source>Your account may only see your own student record.</source>
        <translation>لا يسمح حسابك إلا بعرض سجلك الخاص كطالب.</translation>
    </message>
    <message>
        <source>You may only see students enrolled in your courses.</source>
        <translation>يمكنك عرض الطلاب المسجّلين في مقرراتك فقط.</translation>
    </message>
    <message>
        <source>You may only see the courses you are enrolled in.</source>
        <translation>يمكنك عرض المقررات المسجّل فيها فقط.</translation>
    </message>
    <message>
        <source>You may only see the courses you teach.</source>
        <translation>يمكنك عرض المقررات التي تدرّسها فقط.</translation>
    </message>
    <message>
        <source>You may only take attendance and enter marks in the courses you teach.</source>
        <translation>يمكنك تسجيل الحضور وإدخال الدرجات في المقررات التي تدرّسها فقط.</translation>
    </message>
</context>
<context>
    <name>cd::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Edit the account %1</source>
        <translation>تعديل الحساب %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>for example, jsmith</source>
        <translation>مثلًا: asalem</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Find a student record</source>
        <translation>البحث عن سجل طالب</translation>
    </message>
    <message>
        <source>Student number or name</source>
        <translation>رقم الطالب أو اسمه</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find student records</source>
        <translation>البحث عن سجلات الطلاب</translation>
    </message>
    <message>
        <source>Matching student records</source>
        <translation>سجلات الطلاب المطابقة</translation>
    </message>
    <message>
        <source>&amp;Student record:</source>
        <translation>سجل الطالب:</translation>
    </message>
    <message>
        <source>The linked student record no longer exists.</source>
        <translation>لم يعد سجل الطالب المرتبط موجودًا.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>As&amp;k for a new password at the first sign-in</source>
        <translation>طلب كلمة مرور جديدة عند &amp;أول تسجيل دخول</translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation>طلب كلمة مرور جديدة عند أول تسجيل دخول</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>&amp;إنشاء الحساب</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <comment>student number: name (program, batch)</comment>
        <translation>%1: %2 (%3، %4)</translation>
    </message>
    <message>
        <source>No student record matches this number or name.</source>
        <translation>لا يوجد سجل طالب يطابق هذا الرقم أو الاسم.</translation>
    </message>
    <message>
        <source>No student record is linked.</source>
        <translation>لا يوجد سجل طالب مرتبط.</translation>
    </message>
    <message>
        <source>Linked to %1 %2.</source>
        <comment>student number, then name</comment>
        <translation>مرتبط بالسجل %1 %2.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role away from your own account. Ask another administrator to do it.</source>
        <translation>لا يمكنك سحب دور مسؤول النظام من حسابك. اطلب ذلك من مسؤول نظام آخر.</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it. Their changes are shown now, except where you typed something else. Check the account and save again.</source>
        <translation>غيّر مستخدم آخر هذا الحساب أثناء تعديلك له. تظهر تغييراته الآن، إلا في المواضع التي كتبت فيها شيئًا مختلفًا. راجع الحساب واحفظه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>cd::AccountsPage</name>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Ask an administrator to create or change accounts.</source>
        <translation>اطلب من مسؤول النظام إنشاء الحسابات أو تعديلها.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>تعديل الحساب…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <source>&amp;Unlock sign-in</source>
        <translation>إلغاء قفل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>إجراءات الحسابات</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>تصفية الحسابات</translation>
    </message>
    <message>
        <source>User name, full name, role, student or status</source>
        <translation>اسم المستخدم أو الاسم الكامل أو الدور أو الطالب أو الحالة</translation>
    </message>
    <message>
        <source>Filter &amp;accounts:</source>
        <translation>تصفية الحسابات:</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>تفعيل الحساب</translation>
    </message>
    <message>
        <source>Someone else changed this account first. It has been reloaded; check it and try again.</source>
        <translation>غيّر مستخدم آخر هذا الحساب قبلك. وقد أُعيد تحميله؛ راجعه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>أُنشئ الحساب %1.</translation>
    </message>
    <message>
        <source>The changes to the account %1 were saved.</source>
        <translation>حُفظت التغييرات على الحساب %1.</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it. The table shows their changes now.</source>
        <translation>غيّر مستخدم آخر هذا الحساب أثناء تعديلك له. يعرض الجدول تغييراته الآن.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new password the next time they sign in.</source>
        <translation>أُعيد تعيين كلمة مرور %1. يجب على صاحب الحساب اختيار كلمة مرور جديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator to do it.</source>
        <translation>لا يمكنك تعطيل حسابك. اطلب ذلك من مسؤول نظام آخر.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; it can no longer sign in.</source>
        <translation>عُطّل الحساب %1، ولم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>أُعيد تفعيل الحساب %1.</translation>
    </message>
    <message>
        <source>The sign-in of %1 is unlocked and its failed attempts are forgotten.</source>
        <translation>أُلغي قفل تسجيل الدخول للحساب %1 ومُسحت محاولاته الفاشلة.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور الخاصة بك.</translation>
    </message>
</context>
<context>
    <name>cd::AppController</name>
    <message>
        <source>CampusDesk cannot open the database</source>
        <translation>يتعذّر على CampusDesk فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <source>The database was not moved</source>
        <translation>لم تُنقل قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database has moved</source>
        <translation>نُقلت قاعدة البيانات</translation>
    </message>
    <message>
        <source>CampusDesk now uses %1. The old file %2 was kept; you can delete it once you have checked the new one.</source>
        <translation>يستخدم CampusDesk الآن الملف %1. احتُفظ بالملف القديم %2؛ ويمكنك حذفه بعد التحقق من الملف الجديد.</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation>تعديل التقييم</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>إضافة تقييم</translation>
    </message>
    <message>
        <source>Coursework</source>
        <translation>أعمال الفصل</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>امتحان</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Its share within its category (or of the course, without categories). Weights need not add up to 100.</source>
        <translation>حصته داخل فئته (أو من المقرر إن لم تكن هناك فئات). لا يلزم أن يكون مجموع الأوزان 100.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>الوزن:</translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation>الدرجة القصوى:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Removes an assessment that has no marks yet.</source>
        <translation>يحذف تقييمًا لم تُسجَّل له أي درجات بعد.</translation>
    </message>
</context>
<context>
    <name>cd::AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>لا يوجد مقرر</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>وقت البدء:</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>فتح الحصة</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>فتح الحصة</translation>
    </message>
    <message>
        <source>Opens the session of this course, day and time, creating it if needed.</source>
        <translation>يفتح حصة هذا المقرر في هذا اليوم والوقت، وينشئها إن لزم الأمر.</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>حالة الحصة</translation>
    </message>
    <message>
        <source>Apply late threshold</source>
        <translation>تطبيق حدّ التأخر</translation>
    </message>
    <message>
        <source>Apply &amp;late threshold</source>
        <translation>تطبيق حدّ التأخر</translation>
    </message>
    <message>
        <source>When checked, a student marked present after the session's late threshold is recorded as late.</source>
        <translation>عند تحديد هذا الخيار، يُسجَّل متأخرًا كلُّ طالب يُسجَّل حضوره بعد حدّ التأخر الخاص بالحصة.</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>سجل الحضور</translation>
    </message>
    <message>
        <source>P present, L late, A absent, E excused, Space next status, N or F2 note.</source>
        <translation>P حاضر، L متأخر، A غائب، E غائب بعذر، مفتاح المسافة للحالة التالية، N أو F2 للملاحظة.</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>ملخص الحضور</translation>
    </message>
    <message>
        <source>Mark all &amp;present</source>
        <translation>تسجيل حضور الجميع</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>تسجيل حضور الجميع</translation>
    </message>
    <message>
        <source>Marks every student who has no mark yet as present. Marks already made are kept.</source>
        <translation>يسجّل حضور كل طالب لم تُسجَّل حالته بعد. ويُحتفظ بالتسجيلات التي أُجريت من قبل.</translation>
    </message>
    <message>
        <source>Fi&amp;nish session…</source>
        <translation>إنهاء الحصة…</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>إنهاء الحصة</translation>
    </message>
    <message>
        <source>Co&amp;rrect mark…</source>
        <translation>تصحيح تسجيل الحضور…</translation>
    </message>
    <message>
        <source>Correct mark</source>
        <translation>تصحيح تسجيل الحضور</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no courses for you in the semester of this date.</source>
        <translation>ليس لديك أي مقررات في الفصل الدراسي الذي يقع فيه هذا التاريخ.</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>اختر مقررًا أولًا.</translation>
    </message>
    <message>
        <source>Mark the student first, then add a note.</source>
        <translation>سجّل حالة الطالب أولًا، ثم أضف ملاحظة.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The mark for %1 was not saved: %2</source>
        <translation>لم يُحفظ تسجيل حضور %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was marked late: the mark was made after the late threshold (more than %n minute(s) after the start).</source>
        <translation>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقيقة من البدء).</numerusform>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقيقة من البدء).</numerusform>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقيقتين من البدء).</numerusform>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقائق من البدء).</numerusform>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقيقةً من البدء).</numerusform>
            <numerusform>سُجّل %1 متأخرًا: أُجري التسجيل بعد حدّ التأخر (بعد أكثر من %n دقيقة من البدء).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) marked present.</source>
        <translation>
            <numerusform>سُجّل حضور %n طالب.</numerusform>
            <numerusform>سُجّل حضور %n طالب.</numerusform>
            <numerusform>سُجّل حضور %n طالبين.</numerusform>
            <numerusform>سُجّل حضور %n طلاب.</numerusform>
            <numerusform>سُجّل حضور %n طالبًا.</numerusform>
            <numerusform>سُجّل حضور %n طالب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) without a mark will be marked absent.</source>
        <translation>
            <numerusform>سيُسجَّل غياب %n طالب لم تُسجَّل حالتهم بعد.</numerusform>
            <numerusform>سيُسجَّل غياب %n طالب لم تُسجَّل حالته بعد.</numerusform>
            <numerusform>سيُسجَّل غياب %n طالبين لم تُسجَّل حالتهما بعد.</numerusform>
            <numerusform>سيُسجَّل غياب %n طلاب لم تُسجَّل حالتهم بعد.</numerusform>
            <numerusform>سيُسجَّل غياب %n طالبًا لم تُسجَّل حالتهم بعد.</numerusform>
            <numerusform>سيُسجَّل غياب %n طالب لم تُسجَّل حالتهم بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every student has a mark.</source>
        <translation>سُجّلت حالة جميع الطلاب.</translation>
    </message>
    <message>
        <source>After finishing, a mark can only be changed by a correction with a reason.</source>
        <translation>بعد إنهاء الحصة، لا يمكن تغيير تسجيل الحضور إلا بتصحيح مع ذكر السبب.</translation>
    </message>
    <message numerus="yes">
        <source>Session finished; %n student(s) marked absent.</source>
        <translation>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طالب.</numerusform>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طالب.</numerusform>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طالبين.</numerusform>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طلاب.</numerusform>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طالبًا.</numerusform>
            <numerusform>انتهت الحصة؛ وسُجّل غياب %n طالب.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mark for %1 %2 was corrected.</source>
        <translation>صُحّح تسجيل حضور %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Apply &amp;late threshold (%n min)</source>
        <translation>
            <numerusform>تطبيق حدّ التأخر (%n دقيقة)</numerusform>
            <numerusform>تطبيق حدّ التأخر (%n دقيقة)</numerusform>
            <numerusform>تطبيق حدّ التأخر (%n دقيقتان)</numerusform>
            <numerusform>تطبيق حدّ التأخر (%n دقائق)</numerusform>
            <numerusform>تطبيق حدّ التأخر (%n دقيقةً)</numerusform>
            <numerusform>تطبيق حدّ التأخر (%n دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>No session open. Choose a course, date and start time, then open the session.</source>
        <translation>لا توجد حصة مفتوحة. اختر المقرر والتاريخ ووقت البدء، ثم افتح الحصة.</translation>
    </message>
    <message>
        <source>Finished at %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message numerus="yes">
        <source>Open: started %1, late after %n minute(s)</source>
        <translation>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقيقة</numerusform>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقيقة</numerusform>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقيقتين</numerusform>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقائق</numerusform>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقيقةً</numerusform>
            <numerusform>مفتوحة: بدأت في %1، ويُحتسب التأخر بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Present %1 · Late %2 · Absent %3 · Excused %4 · Unmarked %5</source>
        <translation>حاضر %1 · متأخر %2 · غائب %3 · غائب بعذر %4 · لم تُسجَّل حالته %5</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Take with &amp;camera…</source>
        <translation>أخذ الحضور بالكاميرا…</translation>
    </message>
    <message>
        <source>Opens the camera panel for this session: students are marked as they are recognised, and you confirm the register at the end.</source>
        <translation>يفتح لوحة الكاميرا لهذه الحصة: يُسجَّل حضور الطلاب عند التعرف عليهم، ثم تؤكّد سجل الحضور في النهاية.</translation>
    </message>
    <message numerus="yes">
        <source>Session finished with the camera; %n student(s) marked absent.</source>
        <translation>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طالب.</numerusform>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طالب.</numerusform>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طالبين.</numerusform>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طلاب.</numerusform>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طالبًا.</numerusform>
            <numerusform>انتهت الحصة بالكاميرا؛ وسُجّل غياب %n طالب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AttendanceReportModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 of %2 counted sessions attended; minimum %3</source>
        <translation>حضر %1 من أصل %2 حصة محتسبة؛ الحد الأدنى %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceReportPage</name>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>جميع المقررات</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>الحد الأدنى للحضور</translation>
    </message>
    <message>
        <source>Students under this percentage are below the minimum.</source>
        <translation>يكون الطلاب الذين تقل نسبة حضورهم عن هذه النسبة دون الحد الأدنى.</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>الحد الأدنى:</translation>
    </message>
    <message>
        <source>&amp;Below threshold only</source>
        <translation>دون الحد الأدنى فقط</translation>
    </message>
    <message>
        <source>Show only students below the minimum</source>
        <translation>عرض الطلاب الذين هم دون الحد الأدنى فقط</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the attendance again (F5)</source>
        <translation>إعادة قراءة بيانات الحضور (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet file</source>
        <translation>حفظ الصفوف المعروضة في ملف جدول بيانات</translation>
    </message>
    <message>
        <source>Attendance per student and course</source>
        <translation>الحضور حسب الطالب والمقرر</translation>
    </message>
    <message>
        <source>Select a row to see that student's months.</source>
        <translation>اختر صفًا لعرض حضور ذلك الطالب شهرًا بشهر.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>نسبة الحضور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attendance per month of the selected student</source>
        <translation>حضور الطالب المحدد حسب الشهر</translation>
    </message>
    <message>
        <source>Attendance status</source>
        <translation>حالة الحضور</translation>
    </message>
    <message>
        <source>%1 per month in %2</source>
        <translation>%1 حسب الشهر في %2</translation>
    </message>
    <message>
        <source>%1 per month, all courses shown</source>
        <translation>%1 حسب الشهر، لجميع المقررات</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>الفترة كاملة</translation>
    </message>
    <message>
        <source>Reading attendance…</source>
        <translation>جارٍ قراءة بيانات الحضور…</translation>
    </message>
    <message>
        <source>No semesters yet: attendance figures appear once a semester has sessions.</source>
        <translation>لا توجد فصول دراسية بعد: تظهر أرقام الحضور عندما تُعقد حصص في أحد الفصول الدراسية.</translation>
    </message>
    <message>
        <source>No attendance has been taken in this selection yet.</source>
        <translation>لم يُسجَّل أي حضور في هذا التحديد بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>يُعرض %n صف</numerusform>
            <numerusform>يُعرض %n صف</numerusform>
            <numerusform>يُعرض %n صفّان</numerusform>
            <numerusform>يُعرض %n صفوف</numerusform>
            <numerusform>يُعرض %n صفًا</numerusform>
            <numerusform>يُعرض %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the minimum</source>
        <translation>
            <numerusform>%n دون الحد الأدنى</numerusform>
            <numerusform>%n دون الحد الأدنى</numerusform>
            <numerusform>%n دون الحد الأدنى</numerusform>
            <numerusform>%n دون الحد الأدنى</numerusform>
            <numerusform>%n دون الحد الأدنى</numerusform>
            <numerusform>%n دون الحد الأدنى</numerusform>
        </translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>عنوان المقرر</translation>
    </message>
    <message>
        <source>attendance-%1.csv</source>
        <translation>الحضور-%1.csv</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceRosterModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>"Mary Okoro, 09:04" - who made the mark in force and when (local time)</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>لم تُسجَّل حالته</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (مُصحَّح)</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>حساب غير معروف</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>صُحّح: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field in the audit log: field name, old value, new value.</extracomment>
        <translation>%1: من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Demo school created</source>
        <translation>إنشاء المدرسة التجريبية</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>إعدادات المدرسة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>فصل دراسي</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>Course teacher</source>
        <translation>معلّم المقرر</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>تسجيل في مقرر</translation>
    </message>
    <message>
        <source>Attendance session</source>
        <translation>جلسة حضور</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>تسجيل حضور</translation>
    </message>
    <message>
        <source>Grade scale</source>
        <translation>سلّم الدرجات</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>درجة</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>قيد في السجل المالي</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة</translation>
    </message>
    <message>
        <source>Channel member</source>
        <translation>عضو القناة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogPage</name>
    <message>
        <source>Anyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>نوع السجل:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Only entries from a day on</source>
        <translation>القيود ابتداءً من يوم محدد فقط</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Only entries up to a day</source>
        <translation>القيود حتى يوم محدد فقط</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>إعادة قراءة سجل التدقيق (F5)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>اختر قيدًا لعرض كل ما سجّله.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>تفاصيل القيد</translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation>حالة سجل التدقيق</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An account in the user filter: full name, user name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n entries are shown. Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>لا تُعرض إلا أحدث %n قيد. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
            <numerusform>لا تُعرض إلا أحدث %n قيد. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
            <numerusform>لا تُعرض إلا أحدث %n قيدين. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
            <numerusform>لا تُعرض إلا أحدث %n قيود. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
            <numerusform>لا تُعرض إلا أحدث %n قيدًا. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
            <numerusform>لا تُعرض إلا أحدث %n قيد. ضيّق عوامل التصفية لرؤية القيود الأقدم.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>لا توجد قيود تطابق عوامل التصفية هذه.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>الوقت: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>الإجراء: %1 (%2)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>السجل: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>أول يوم معروض</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>آخر يوم معروض</translation>
    </message>
    <message>
        <source>Entity: %1 (%2)</source>
        <translation>العنصر: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cd::BalanceTableModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>المفروض</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>إجمالي المدفوع</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>المعفى منه</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>حالة الدفع</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>آخر دفعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة السداد</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
</context>
<context>
    <name>cd::BulkEnrolmentReportModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>cd::BulkFaceEnrolment</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>تعذّرت قراءة المجلد %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تم التسجيل</translation>
    </message>
</context>
<context>
    <name>cd::BulkFaceEnrolmentDialog</name>
    <message>
        <source>Enrol faces from photos: %1</source>
        <translation>تسجيل الوجوه من الصور: %1</translation>
    </message>
    <message>
        <source>Choose a folder of photos named by student number, for example 2026-0001.jpg, 2026-0001_2.png or 2026-0001 (3).jpeg. Each photo must show only that student's face. Only students of this class whose consent is recorded are enrolled.</source>
        <translation>اختر مجلد صور مسمّاة بأرقام الطلاب، مثل 2026-0001.jpg أو 2026-0001_2.png أو 2026-0001 (3).jpeg. يجب أن تُظهر كل صورة وجه ذلك الطالب وحده. لا يُسجَّل إلا طلاب هذا الصف الذين سُجّلت موافقتهم.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>لم يُختر أي مجلد</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v من أصل %m صورة</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enrolment report</source>
        <translation>تقرير التسجيل</translation>
    </message>
    <message>
        <source>Loading face detection…</source>
        <translation>جارٍ تحميل كشف الوجوه…</translation>
    </message>
    <message>
        <source>Face detection cannot be used on this computer: %1</source>
        <translation>لا يمكن استخدام كشف الوجوه على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: no template key is available.</source>
        <translation>لا يمكن تخزين قوالب الوجه: لا يتوفر مفتاح لقوالب الوجه.</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: %1</source>
        <translation>لا يمكن تخزين قوالب الوجه: %1</translation>
    </message>
    <message>
        <source>Folder of photos named by student number</source>
        <translation>مجلد صور مسمّاة بأرقام الطلاب</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>جارٍ قراءة المجلد…</translation>
    </message>
    <message>
        <source>Cancelling after the photo in progress…</source>
        <translation>سيُلغى بعد الانتهاء من الصورة الجارية…</translation>
    </message>
    <message numerus="yes">
        <source>Enrolling from %n photo(s)…</source>
        <translation><numerusform>جارٍ التسجيل من %n صورة…</numerusform><numerusform>جارٍ التسجيل من %n صورة…</numerusform><numerusform>جارٍ التسجيل من %n صورتين…</numerusform><numerusform>جارٍ التسجيل من %n صور…</numerusform><numerusform>جارٍ التسجيل من %n صورة…</numerusform><numerusform>جارٍ التسجيل من %n صورة…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n photo(s) enrolled before that; </source>
        <translation><numerusform>أُلغيت العملية: سُجّلت %n صورة قبل ذلك؛ </numerusform><numerusform>أُلغيت العملية: سُجّلت %n صورة قبل ذلك؛ </numerusform><numerusform>أُلغيت العملية: سُجّلت %n صورتان قبل ذلك؛ </numerusform><numerusform>أُلغيت العملية: سُجّلت %n صور قبل ذلك؛ </numerusform><numerusform>أُلغيت العملية: سُجّلت %n صورة قبل ذلك؛ </numerusform><numerusform>أُلغيت العملية: سُجّلت %n صورة قبل ذلك؛ </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform></translation>
    </message>
    <message>
        <source>The folder holds no files.</source>
        <translation>لا يحتوي المجلد على أي ملفات.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n photo(s) enrolled, </source>
        <translation><numerusform>اكتمل: سُجّلت %n صورة، </numerusform><numerusform>اكتمل: سُجّلت %n صورة، </numerusform><numerusform>اكتمل: سُجّلت %n صورتان، </numerusform><numerusform>اكتمل: سُجّلت %n صور، </numerusform><numerusform>اكتمل: سُجّلت %n صورة، </numerusform><numerusform>اكتمل: سُجّلت %n صورة، </numerusform></translation>
    </message>
</context>
<context>
    <name>cd::CameraFrameSource</name>
    <message>
        <source>No camera was found on this computer. Connect one, or use a video file or an image folder instead.</source>
        <translation>لم يُعثر على أي كاميرا في هذا الحاسوب. وصّل كاميرا، أو استخدم ملف فيديو أو مجلد صور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The chosen camera is not connected any more. Choose another one.</source>
        <translation>الكاميرا المختارة لم تعد متصلة. اختر كاميرا أخرى.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>الكاميرا: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>The camera could not be used (%1). Check that no other program is using it, or choose another camera.</source>
        <translation>تعذّر استخدام الكاميرا (%1). تحقّق من أنه لا يوجد برنامج آخر يستخدمها، أو اختر كاميرا أخرى.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>انقطع اتصال الكاميرا.</translation>
    </message>
</context>
<context>
    <name>cd::CategoriesDialog</name>
    <message>
        <source>Assessment categories</source>
        <translation>فئات التقييم</translation>
    </message>
    <message>
        <source>Each category's total counts with its weight. Weights need not add up to 100: a category with nothing marked yet is left out and the others are scaled up.</source>
        <translation>يُحتسب مجموع كل فئة بحسب وزنها. لا يلزم أن يكون مجموع الأوزان 100: تُستبعد الفئة التي لم تُسجَّل فيها أي درجة بعد، وتُرفع أوزان الفئات الأخرى بالتناسب.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>الوزن ٪</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Sum of weights: %1 %</source>
        <translation>مجموع الأوزان: %1٪</translation>
    </message>
    <message>
        <source>The category %1 appears more than once.</source>
        <translation>الفئة %1 مكررة أكثر من مرة.</translation>
    </message>
</context>
<context>
    <name>cd::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>تأكيد كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one that only you know before you go on.</source>
        <translation>أعاد مسؤول النظام تعيين كلمة المرور الخاصة بك. اختر كلمة مرور جديدة لا يعرفها غيرك قبل المتابعة.</translation>
    </message>
</context>
<context>
    <name>cd::ChoiceWizardPage</name>
    <message>
        <source>Welcome to CampusDesk</source>
        <translation>مرحبًا بك في CampusDesk</translation>
    </message>
    <message>
        <source>Where should this computer keep the school's records?</source>
        <translation>أين يحفظ هذا الحاسوب سجلات المدرسة؟</translation>
    </message>
    <message>
        <source>&amp;This computer only</source>
        <translation>هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>&amp;Connect to a school server</source>
        <translation>الاتصال بخادم المدرسة</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>استكشاف مدرسة تجريبية</translation>
    </message>
    <message>
        <source>School server address</source>
        <translation>عنوان خادم المدرسة</translation>
    </message>
    <message>
        <source>A new school database on this computer. You become its first administrator and can add accounts for colleagues and students.</source>
        <translation>قاعدة بيانات مدرسية جديدة على هذا الحاسوب. تصبح أول مسؤول نظام لها، ويمكنك إضافة حسابات لزملائك وللطلاب.</translation>
    </message>
    <message>
        <source>Connecting to a school server arrives with a coming version of CampusDesk. Until then, choose This computer only: the records can move to a server later.</source>
        <translation>سيتوفر الاتصال بخادم المدرسة في إصدار قادم من CampusDesk. حتى ذلك الحين، اختر «هذا الحاسوب فقط»: إذ يمكن نقل السجلات إلى خادم لاحقًا.</translation>
    </message>
    <message>
        <source>A made-up college with 2,000 students and an account for every role, to try CampusDesk without touching real records.</source>
        <translation>كلية وهمية تضم 2000 طالب وحسابًا لكل دور، لتجربة CampusDesk دون المساس بالسجلات الحقيقية.</translation>
    </message>
</context>
<context>
    <name>cd::CorrectMarkDialog</name>
    <message>
        <source>Correct mark</source>
        <translation>تصحيح تسجيل الحضور</translation>
    </message>
    <message>
        <source>This session is finished. The correction is kept next to the original mark, with your name and the reason.</source>
        <translation>انتهت هذه الحصة. يُحفظ التصحيح إلى جانب التسجيل الأصلي، مع اسمك والسبب.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Required, e.g. "Doctor's note received"</source>
        <translation>مطلوب، مثلًا: «وصلت شهادة طبية»</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>الطالب:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>الحالة الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
</context>
<context>
    <name>cd::CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>مقرر جديد</translation>
    </message>
    <message>
        <source>Edit the course %1</source>
        <translation>تعديل المقرر %1</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>رمز المقرر</translation>
    </message>
    <message>
        <source>for example, CS201-A</source>
        <translation>مثلًا: CS201-A</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>عنوان المقرر</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الساعات المعتمدة</translation>
    </message>
    <message>
        <source>for example, 3 or 1.5</source>
        <translation>مثلًا: 3 أو 1.5</translation>
    </message>
    <message>
        <source>C&amp;redits:</source>
        <translation>الساعات المعتمدة:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Empty for a course open to every program</source>
        <translation>اتركه فارغًا إذا كان المقرر متاحًا لجميع البرامج</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>المعلّمون</translation>
    </message>
    <message>
        <source>Check each teacher who teaches this course.</source>
        <translation>حدّد كل معلّم يدرّس هذا المقرر.</translation>
    </message>
    <message>
        <source>Loading teachers…</source>
        <translation>جارٍ تحميل المعلّمين…</translation>
    </message>
    <message>
        <source>T&amp;eachers:</source>
        <translation>المعلّمون:</translation>
    </message>
    <message>
        <source>Create &amp;course</source>
        <translation>إنشاء المقرر</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1 (%2, account disabled)</source>
        <comment>full name (user name, ...)</comment>
        <translation>%1 (%2، الحساب معطّل)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An account that is no longer a teacher</source>
        <translation>حساب لم يعد صاحبه معلّمًا</translation>
    </message>
    <message>
        <source>No teacher accounts yet. An administrator creates them on the Accounts page.</source>
        <translation>لا توجد حسابات معلّمين بعد. ينشئها مسؤول النظام في صفحة «الحسابات».</translation>
    </message>
    <message>
        <source>Enter the credits; 0 for a course without credits.</source>
        <translation>أدخل الساعات المعتمدة؛ أو 0 لمقرر بلا ساعات معتمدة.</translation>
    </message>
    <message>
        <source>Enter the credits as a number, such as 3 or 1.5.</source>
        <translation>أدخل الساعات المعتمدة رقمًا، مثل 3 أو 1.5.</translation>
    </message>
    <message>
        <source>Someone else changed this course while you were editing it. Their changes are shown now, except where you typed something else. Check the course and save again.</source>
        <translation>غيّر مستخدم آخر هذا المقرر أثناء تعديلك له. تظهر تغييراته الآن، إلا في المواضع التي كتبت فيها شيئًا مختلفًا. راجع المقرر واحفظه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>cd::CourseTableModel</name>
    <message>
        <source>All programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>No teacher yet</source>
        <translation>لا يوجد معلّم بعد</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الساعات المعتمدة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>المعلّمون</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>المسجّلون</translation>
    </message>
</context>
<context>
    <name>cd::CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>No semester yet</source>
        <translation>لا يوجد فصل دراسي بعد</translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Course actions</source>
        <translation>إجراءات المقررات</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>مقرر جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>تعديل المقرر…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>New se&amp;mester…</source>
        <translation>فصل دراسي جديد…</translation>
    </message>
    <message>
        <source>Semes&amp;ter:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>الطلاب المسجّلون</translation>
    </message>
    <message>
        <source>En&amp;rol students…</source>
        <translation>تسجيل طلاب…</translation>
    </message>
    <message>
        <source>&amp;Drop selected…</source>
        <translation>سحب المحدَّدين…</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <comment>semester name (first day to last day)</comment>
        <translation>%1 (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>Create a semester to add courses to it.</source>
        <translation>أنشئ فصلًا دراسيًا لتضيف إليه مقررات.</translation>
    </message>
    <message>
        <source>No semester has been set up yet.</source>
        <translation>لم يُنشأ أي فصل دراسي بعد.</translation>
    </message>
    <message>
        <source>Select a course to see its students.</source>
        <translation>اختر مقررًا لعرض طلابه.</translation>
    </message>
    <message numerus="yes">
        <source>Students in %1 %2: %n enrolled</source>
        <translation>
            <numerusform>طلاب %1 %2: %n مسجّل</numerusform>
            <numerusform>طلاب %1 %2: %n مسجّل</numerusform>
            <numerusform>طلاب %1 %2: %n مسجّلان</numerusform>
            <numerusform>طلاب %1 %2: %n مسجّلين</numerusform>
            <numerusform>طلاب %1 %2: %n مسجّلًا</numerusform>
            <numerusform>طلاب %1 %2: %n مسجّل</numerusform>
        </translation>
    </message>
    <message>
        <source>The semester %1 was created.</source>
        <translation>أُنشئ الفصل الدراسي %1.</translation>
    </message>
    <message>
        <source>The course %1 was created.</source>
        <translation>أُنشئ المقرر %1.</translation>
    </message>
    <message>
        <source>The changes to the course %1 were saved.</source>
        <translation>حُفظت التغييرات على المقرر %1.</translation>
    </message>
    <message>
        <source>Someone else changed this course while you were editing it. The table shows their changes now.</source>
        <translation>غيّر مستخدم آخر هذا المقرر أثناء تعديلك له. يعرض الجدول تغييراته الآن.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n طالب مسجّل.</numerusform>
            <numerusform>%n طالب مسجّل.</numerusform>
            <numerusform>%n طالبان مسجّلان.</numerusform>
            <numerusform>%n طلاب مسجّلون.</numerusform>
            <numerusform>%n طالبًا مسجّلًا.</numerusform>
            <numerusform>%n طالب مسجّل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop students</source>
        <translation>سحب الطلاب من المقرر</translation>
    </message>
    <message>
        <source>Drop %1 from %2?</source>
        <translation>سحب %1 من %2؟</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n student(s) from %1?</source>
        <translation>
            <numerusform>سحب %n طالب من %1؟</numerusform>
            <numerusform>سحب %n طالب من %1؟</numerusform>
            <numerusform>سحب %n طالبين من %1؟</numerusform>
            <numerusform>سحب %n طلاب من %1؟</numerusform>
            <numerusform>سحب %n طالبًا من %1؟</numerusform>
            <numerusform>سحب %n طالب من %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Their attendance and marks are kept; enrolling them again brings them back.</source>
        <translation>يُحتفظ بحضورهم ودرجاتهم، وتعود إليهم عند إعادة تسجيلهم.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>سحب</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) dropped from %1.</source>
        <translation>
            <numerusform>سُحب %n طالب من %1.</numerusform>
            <numerusform>سُحب %n طالب من %1.</numerusform>
            <numerusform>سُحب %n طالبان من %1.</numerusform>
            <numerusform>سُحب %n طلاب من %1.</numerusform>
            <numerusform>سُحب %n طالبًا من %1.</numerusform>
            <numerusform>سُحب %n طالب من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol faces from &amp;photos…</source>
        <translation>تسجيل الوجوه من الصور…</translation>
    </message>
</context>
<context>
    <name>cd::CredentialStore</name>
    <message>
        <source>CampusDesk has no saved sign-in in the keychain.</source>
        <translation>لا يوجد تسجيل دخول محفوظ لـ CampusDesk في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The keychain refused access, so CampusDesk cannot remember your sign-in.</source>
        <translation>رفضت سلسلة المفاتيح الوصول، لذا لا يستطيع CampusDesk تذكّر تسجيل دخولك.</translation>
    </message>
    <message>
        <source>CampusDesk could not remove your saved sign-in from the keychain.</source>
        <translation>تعذّر على CampusDesk إزالة تسجيل الدخول المحفوظ من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so CampusDesk cannot remember your sign-in.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب، لذا لا يستطيع CampusDesk تذكّر تسجيل دخولك.</translation>
    </message>
    <message>
        <source>The keychain did not answer, so CampusDesk cannot remember your sign-in.</source>
        <translation>لم تستجب سلسلة المفاتيح، لذا لا يستطيع CampusDesk تذكّر تسجيل دخولك.</translation>
    </message>
</context>
<context>
    <name>cd::DemoSchoolWizardPage</name>
    <message>
        <source>The demo school</source>
        <translation>المدرسة التجريبية</translation>
    </message>
    <message>
        <source>Hillside College: made-up students, teachers, courses, marks and fees.</source>
        <translation>كلية Hillside College: طلاب ومعلمون ومقررات ودرجات ورسوم وهمية.</translation>
    </message>
    <message>
        <source>Preparing the demo school</source>
        <translation>جارٍ تجهيز المدرسة التجريبية</translation>
    </message>
    <message>
        <source>Sign in with one of these demo accounts:</source>
        <translation>سجّل الدخول بأحد هذه الحسابات التجريبية:</translation>
    </message>
    <message>
        <source>%1: user name %2, password %3</source>
        <translation>%1: اسم المستخدم %2، كلمة المرور %3</translation>
    </message>
    <message>
        <source>Preparing the demo school. This takes a few seconds.</source>
        <translation>جارٍ تجهيز المدرسة التجريبية. يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>The demo school is ready.</source>
        <translation>المدرسة التجريبية جاهزة.</translation>
    </message>
</context>
<context>
    <name>cd::EnrolStudentsDialog</name>
    <message>
        <source>Enrol students in %1</source>
        <translation>تسجيل طلاب في %1</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>البحث عن الطلاب</translation>
    </message>
    <message>
        <source>Name, student number or email</source>
        <translation>الاسم أو رقم الطالب أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>الدفعة:</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>جميع الدفعات</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Students to enrol</source>
        <translation>الطلاب المراد تسجيلهم</translation>
    </message>
    <message>
        <source>Enrol &amp;selected</source>
        <translation>تسجيل المحدَّدين</translation>
    </message>
    <message numerus="yes">
        <source>%n matching student(s); %1 selected.</source>
        <translation>
            <numerusform>%n طالب مطابق؛ حُدِّد منهم %1.</numerusform>
            <numerusform>%n طالب مطابق؛ حُدِّد منهم %1.</numerusform>
            <numerusform>%n طالبان مطابقان؛ حُدِّد منهم %1.</numerusform>
            <numerusform>%n طلاب مطابقون؛ حُدِّد منهم %1.</numerusform>
            <numerusform>%n طالبًا مطابقًا؛ حُدِّد منهم %1.</numerusform>
            <numerusform>%n طالب مطابق؛ حُدِّد منهم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching student(s).</source>
        <translation>
            <numerusform>%n طالب مطابق.</numerusform>
            <numerusform>%n طالب مطابق.</numerusform>
            <numerusform>%n طالبان مطابقان.</numerusform>
            <numerusform>%n طلاب مطابقون.</numerusform>
            <numerusform>%n طالبًا مطابقًا.</numerusform>
            <numerusform>%n طالب مطابق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol &amp;all %n matching</source>
        <translation>
            <numerusform>تسجيل الكل (%n طالب)</numerusform>
            <numerusform>تسجيل الكل (%n طالب)</numerusform>
            <numerusform>تسجيل الكل (%n طالبان)</numerusform>
            <numerusform>تسجيل الكل (%n طلاب)</numerusform>
            <numerusform>تسجيل الكل (%n طالبًا)</numerusform>
            <numerusform>تسجيل الكل (%n طالب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>سُجّل %n طالب.</numerusform>
            <numerusform>سُجّل %n طالب.</numerusform>
            <numerusform>سُجّل %n طالبان.</numerusform>
            <numerusform>سُجّل %n طلاب.</numerusform>
            <numerusform>سُجّل %n طالبًا.</numerusform>
            <numerusform>سُجّل %n طالب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled and left as they were.</source>
        <translation>
            <numerusform>سبق تسجيل %n طالب، فبقي تسجيلهم كما هو.</numerusform>
            <numerusform>سبق تسجيل %n طالب، فبقي تسجيله كما هو.</numerusform>
            <numerusform>سبق تسجيل %n طالبين، فبقي تسجيلهما كما هو.</numerusform>
            <numerusform>سبق تسجيل %n طلاب، فبقي تسجيلهم كما هو.</numerusform>
            <numerusform>سبق تسجيل %n طالبًا، فبقي تسجيلهم كما هو.</numerusform>
            <numerusform>سبق تسجيل %n طالب، فبقي تسجيلهم كما هو.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::EnrolledStudentsModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>cd::FaceEnrolmentDialog</name>
    <message>
        <source>Face enrolment</source>
        <translation>تسجيل الوجه</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>تسجيل الموافقة…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>معاينة الكاميرا</translation>
    </message>
    <message>
        <source>The camera is off. Start it to take pictures of the student's face.</source>
        <translation>الكاميرا متوقفة. شغّلها لالتقاط صور لوجه الطالب.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>الكاميرا تعمل</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>تشغيل الكاميرا</translation>
    </message>
    <message>
        <source>S&amp;top camera</source>
        <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <source>Stores the face in the current picture as a template. Enabled when the picture is good enough.</source>
        <translation>يخزّن الوجه الظاهر في الصورة الحالية بوصفه قالب وجه. يُتاح عندما تكون الصورة جيدة بما يكفي.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>قوالب الوجه</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>استيراد صور…</translation>
    </message>
    <message>
        <source>Photos not used:</source>
        <translation>صور لم تُستخدم:</translation>
    </message>
    <message>
        <source>Photos not used</source>
        <translation>صور لم تُستخدم</translation>
    </message>
    <message>
        <source>&amp;Delete all biometric data…</source>
        <translation>حذف كل البيانات الحيوية…</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>This student cannot be shown.</source>
        <translation>لا يمكن عرض هذا الطالب.</translation>
    </message>
    <message>
        <source>Face detection cannot be used on this computer: %1</source>
        <translation>لا يمكن استخدام كشف الوجوه على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: no template key is available.</source>
        <translation>لا يمكن تخزين قوالب الوجه: لا يتوفر مفتاح لقوالب الوجه.</translation>
    </message>
    <message>
        <source>Face templates cannot be stored: %1</source>
        <translation>لا يمكن تخزين قوالب الوجه: %1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>Consent to face recognition recorded by %1 on %2.</source>
        <translation>سجّل %1 الموافقة على التعرف على الوجه في %2.</translation>
    </message>
    <message>
        <source>Consent withdrawn: recorded by %1 on %2. No face template may be kept.</source>
        <translation>سُحبت الموافقة: سجّل %1 ذلك في %2. لا يجوز الاحتفاظ بأي قالب وجه.</translation>
    </message>
    <message>
        <source>No consent to face recognition is recorded.</source>
        <translation>لم تُسجَّل أي موافقة على التعرف على الوجه.</translation>
    </message>
    <message numerus="yes">
        <source>%n face template(s) stored.</source>
        <translation><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform><numerusform>عدد قوالب الوجه المخزّنة: %n.</numerusform></translation>
    </message>
    <message>
        <source>Enrolment is off until the consent of the student (or their guardian) is recorded.</source>
        <translation>التسجيل معطّل إلى أن تُسجَّل موافقة الطالب (أو وليّ أمره).</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Confirm that %1 %2, or their guardian, has agreed that their face may be used to record attendance. Your name and the time are recorded with the consent.</source>
        <translation>أكّد أن %1 %2، أو وليّ أمره، قد وافق على استخدام وجهه لتسجيل الحضور. يُسجَّل اسمك والوقت مع الموافقة.</translation>
    </message>
    <message>
        <source>They have agreed</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>سُجّلت الموافقة.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>The camera is off.</source>
        <translation>الكاميرا متوقفة.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1 Photos can still be imported.</source>
        <translation>لا يمكن استخدام الكاميرا: %1 لا يزال بإمكانك استيراد الصور.</translation>
    </message>
    <message>
        <source>Face captured and stored.</source>
        <translation>التُقط الوجه وخُزّن.</translation>
    </message>
    <message>
        <source>Import photos of the student</source>
        <translation>استيراد صور الطالب</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Examining %n photo(s)…</source>
        <translation><numerusform>جارٍ فحص %n صورة…</numerusform><numerusform>جارٍ فحص %n صورة…</numerusform><numerusform>جارٍ فحص %n صورتين…</numerusform><numerusform>جارٍ فحص %n صور…</numerusform><numerusform>جارٍ فحص %n صورة…</numerusform><numerusform>جارٍ فحص %n صورة…</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) enrolled, </source>
        <translation><numerusform>سُجّلت %n صورة، </numerusform><numerusform>سُجّلت %n صورة، </numerusform><numerusform>سُجّلت %n صورتان، </numerusform><numerusform>سُجّلت %n صور، </numerusform><numerusform>سُجّلت %n صورة، </numerusform><numerusform>سُجّلت %n صورة، </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform><numerusform>ولم تُستخدم %n منها.</numerusform></translation>
    </message>
    <message>
        <source>Delete all biometric data</source>
        <translation>حذف كل البيانات الحيوية</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n face template(s) of %1 %2? This cannot be undone; the student would have to be enrolled again.</source>
        <translation><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform><numerusform>هل تريد حذف جميع قوالب الوجه الخاصة بـ %1 %2، وعددها %n؟ لا يمكن التراجع عن ذلك، وسيلزم تسجيل وجه الطالب من جديد.</numerusform></translation>
    </message>
    <message>
        <source>Also &amp;withdraw the consent</source>
        <translation>سحب الموافقة أيضًا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>All biometric data deleted and the consent withdrawn.</source>
        <translation>حُذفت كل البيانات الحيوية وسُحبت الموافقة.</translation>
    </message>
    <message>
        <source>All biometric data deleted.</source>
        <translation>حُذفت كل البيانات الحيوية.</translation>
    </message>
</context>
<context>
    <name>cd::FaceKeyring</name>
    <message>
        <source>No face template key is available.</source>
        <translation>لا يتوفر مفتاح لقوالب الوجه.</translation>
    </message>
</context>
<context>
    <name>cd::FeeStructuresDialog</name>
    <message>
        <source>Fee structures</source>
        <translation>هياكل الرسوم</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>رسوم التأخير</translation>
    </message>
    <message>
        <source>Fee structures of the semester</source>
        <translation>هياكل رسوم الفصل الدراسي</translation>
    </message>
    <message>
        <source>Empty: every program</source>
        <translation>فارغ: جميع البرامج</translation>
    </message>
    <message>
        <source>Empty: no late fee</source>
        <translation>فارغ: بلا رسوم تأخير</translation>
    </message>
    <message>
        <source> days after the due date</source>
        <translation> يوم بعد تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>تاريخ الاستحقاق:</translation>
    </message>
    <message>
        <source>&amp;Late fee:</source>
        <translation>رسوم التأخير:</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>تُفرض:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Add a semester first.</source>
        <translation>أضف فصلًا دراسيًا أولًا.</translation>
    </message>
    <message>
        <source>Every program</source>
        <translation>جميع البرامج</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n day(s)</source>
        <translation>
            <numerusform>%1 بعد %n يوم</numerusform>
            <numerusform>%1 بعد %n يوم</numerusform>
            <numerusform>%1 بعد %n يومين</numerusform>
            <numerusform>%1 بعد %n أيام</numerusform>
            <numerusform>%1 بعد %n يومًا</numerusform>
            <numerusform>%1 بعد %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FeesPage</name>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>جميع الفصول الدراسية</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>جميع الدفعات</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>حالة الدفع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة السداد فقط</translation>
    </message>
    <message>
        <source>Name or student number</source>
        <translation>الاسم أو رقم الطالب</translation>
    </message>
    <message>
        <source>Search by name or student number</source>
        <translation>البحث بالاسم أو رقم الطالب</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the balances again (F5)</source>
        <translation>إعادة قراءة الأرصدة (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet file</source>
        <translation>حفظ الصفوف المعروضة في ملف جدول بيانات</translation>
    </message>
    <message>
        <source>Open &amp;account…</source>
        <translation>فتح الحساب…</translation>
    </message>
    <message>
        <source>Invoices, statement and payments of the selected student (Enter)</source>
        <translation>فواتير الطالب المحدد وكشف حسابه ومدفوعاته (Enter)</translation>
    </message>
    <message>
        <source>&amp;Generate invoices…</source>
        <translation>إصدار الفواتير…</translation>
    </message>
    <message>
        <source>Apply &amp;late fees</source>
        <translation>فرض رسوم التأخير</translation>
    </message>
    <message>
        <source>Charge the late fee of every overdue invoice whose rule says so (once per invoice)</source>
        <translation>فرض رسوم التأخير على كل فاتورة متأخرة السداد تنص قاعدتها على ذلك (مرة واحدة لكل فاتورة)</translation>
    </message>
    <message>
        <source>Fee &amp;structures…</source>
        <translation>هياكل الرسوم…</translation>
    </message>
    <message>
        <source>What each program's students owe per semester, with due dates and late fees</source>
        <translation>ما يدين به طلاب كل برنامج في كل فصل دراسي، مع تواريخ الاستحقاق ورسوم التأخير</translation>
    </message>
    <message>
        <source>Outstanding balances per student and semester</source>
        <translation>الأرصدة المستحقة لكل طالب وفصل دراسي</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>جارٍ قراءة الأرصدة…</translation>
    </message>
    <message>
        <source>No invoices match these filters.</source>
        <translation>لا توجد فواتير تطابق عوامل التصفية هذه.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>يُعرض %n صف</numerusform>
            <numerusform>يُعرض %n صف</numerusform>
            <numerusform>يُعرض %n صفّان</numerusform>
            <numerusform>يُعرض %n صفوف</numerusform>
            <numerusform>يُعرض %n صفًا</numerusform>
            <numerusform>يُعرض %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>amount due %1</source>
        <translation>المبلغ المستحق %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue invoices</source>
        <translation>
            <numerusform>%n لديهم فواتير متأخرة السداد</numerusform>
            <numerusform>%n لديه فواتير متأخرة السداد</numerusform>
            <numerusform>%n لديهما فواتير متأخرة السداد</numerusform>
            <numerusform>%n لديهم فواتير متأخرة السداد</numerusform>
            <numerusform>%n لديهم فواتير متأخرة السداد</numerusform>
            <numerusform>%n لديهم فواتير متأخرة السداد</numerusform>
        </translation>
    </message>
    <message>
        <source>balances-%1.csv</source>
        <translation>الأرصدة-%1.csv</translation>
    </message>
    <message>
        <source>Export balances</source>
        <translation>تصدير الأرصدة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s).</source>
        <translation>
            <numerusform>فُرضت رسوم التأخير على %n فاتورة.</numerusform>
            <numerusform>فُرضت رسوم التأخير على %n فاتورة.</numerusform>
            <numerusform>فُرضت رسوم التأخير على %n فاتورتين.</numerusform>
            <numerusform>فُرضت رسوم التأخير على %n فواتير.</numerusform>
            <numerusform>فُرضت رسوم التأخير على %n فاتورة.</numerusform>
            <numerusform>فُرضت رسوم التأخير على %n فاتورة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FirstRunWizard</name>
    <message>
        <source>Set up CampusDesk</source>
        <translation>إعداد CampusDesk</translation>
    </message>
</context>
<context>
    <name>cd::GenerateInvoicesDialog</name>
    <message>
        <source>Generate invoices</source>
        <translation>إصدار الفواتير</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>هيكل الرسوم</translation>
    </message>
    <message>
        <source>Name, number or email (optional)</source>
        <translation>الاسم أو الرقم أو البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>الرسوم:</translation>
    </message>
    <message>
        <source>&amp;Students:</source>
        <translation>الطلاب:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>البحث:</translation>
    </message>
    <message>
        <source>%1 – %2, %3 (%4)</source>
        <translation>%1 – %2، %3 (%4)</translation>
    </message>
    <message>
        <source>all programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>There are no fee structures yet. Add one for the semester first.</source>
        <translation>لا توجد هياكل رسوم بعد. أضف هيكلًا للفصل الدراسي أولًا.</translation>
    </message>
    <message>
        <source>Counting students…</source>
        <translation>جارٍ عدّ الطلاب…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will get an invoice.</source>
        <translation>
            <numerusform>سيحصل %n طالب على فاتورة.</numerusform>
            <numerusform>سيحصل %n طالب على فاتورة.</numerusform>
            <numerusform>سيحصل %n طالبان على فاتورة.</numerusform>
            <numerusform>سيحصل %n طلاب على فاتورة.</numerusform>
            <numerusform>سيحصل %n طالبًا على فاتورة.</numerusform>
            <numerusform>سيحصل %n طالب على فاتورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have one and will be skipped.</source>
        <translation>
            <numerusform>سيتم تخطي %n طالب لديهم فاتورة بالفعل.</numerusform>
            <numerusform>سيتم تخطي %n طالب لديه فاتورة بالفعل.</numerusform>
            <numerusform>سيتم تخطي %n طالبين لديهما فاتورة بالفعل.</numerusform>
            <numerusform>سيتم تخطي %n طلاب لديهم فاتورة بالفعل.</numerusform>
            <numerusform>سيتم تخطي %n طالبًا لديهم فاتورة بالفعل.</numerusform>
            <numerusform>سيتم تخطي %n طالب لديهم فاتورة بالفعل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no invoices were made.</source>
        <translation>أُلغيت العملية: لم تُصدَر أي فواتير.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) made.</source>
        <translation>
            <numerusform>أُصدرت %n فاتورة.</numerusform>
            <numerusform>أُصدرت %n فاتورة.</numerusform>
            <numerusform>أُصدرت %n فاتورتان.</numerusform>
            <numerusform>أُصدرت %n فواتير.</numerusform>
            <numerusform>أُصدرت %n فاتورة.</numerusform>
            <numerusform>أُصدرت %n فاتورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) skipped: they already had one.</source>
        <translation>
            <numerusform>تم تخطي %n طالب: لديهم فاتورة بالفعل.</numerusform>
            <numerusform>تم تخطي %n طالب: لديه فاتورة بالفعل.</numerusform>
            <numerusform>تم تخطي %n طالبين: لديهما فاتورة بالفعل.</numerusform>
            <numerusform>تم تخطي %n طلاب: لديهم فاتورة بالفعل.</numerusform>
            <numerusform>تم تخطي %n طالبًا: لديهم فاتورة بالفعل.</numerusform>
            <numerusform>تم تخطي %n طالب: لديهم فاتورة بالفعل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GradeScaleDialog</name>
    <message>
        <source>Grade scale</source>
        <translation>سلّم التقديرات</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>من ٪</translation>
    </message>
    <message>
        <source>Grade points</source>
        <translation>نقاط التقدير</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>&amp;Add grade</source>
        <translation>إضافة تقدير</translation>
    </message>
    <message>
        <source>&amp;Remove grade</source>
        <translation>حذف التقدير</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>A total gets the grade with the highest starting percentage not above it (rounded to two decimals). Changes apply to every course's results.</source>
        <translation>يحصل كل مجموع على التقدير ذي أعلى نسبة بداية لا تتجاوزه (مقرّبًا إلى منزلتين عشريتين). تسري التغييرات على نتائج جميع المقررات.</translation>
    </message>
</context>
<context>
    <name>cd::GradebookGridModel</name>
    <message>
        <source>Pass</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>لا توجد نتيجة</translation>
    </message>
    <message>
        <source>Changed after publishing: %1</source>
        <translation>تغيّرت بعد النشر: %1</translation>
    </message>
    <message>
        <source>Some assessments are not marked yet: this is the total so far.</source>
        <translation>لم تُسجَّل درجات بعض التقييمات بعد: هذا هو المجموع حتى الآن.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1
%2 · weight %3
out of %4</source>
        <translation>%1
%2 · الوزن %3
من %4</translation>
    </message>
    <message>
        <source>%1 (%2), held on %3: weight %4 % within its category, out of %5.</source>
        <translation>%1 (%2)، أُجري في %3: الوزن %4٪ داخل فئته، من %5.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>المجموع ٪</translation>
    </message>
    <message>
        <source>Total marks</source>
        <translation>مجموع الدرجات</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>cd::GradebookHistory</name>
    <message>
        <source>mark of %1 in %2</source>
        <translation>درجة %1 في %2</translation>
    </message>
    <message>
        <source>Undo or redo of an earlier change</source>
        <translation>تراجع عن تغيير سابق أو إعادته</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>cd::GradebookPage</name>
    <message>
        <source>Gradebook</source>
        <translation>سجل الدرجات</translation>
    </message>
    <message>
        <source>Not saved for %1 in %2: %3</source>
        <translation>لم تُحفظ الدرجة لـ %1 في %2: %3</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>الفصل الدراسي</translation>
    </message>
    <message>
        <source>S&amp;emester:</source>
        <translation>الفصل الدراسي:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>لا يوجد مقرر</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <source>Publication state</source>
        <translation>حالة النشر</translation>
    </message>
    <message>
        <source>Type a score and press Enter (down) or Tab (right). A marks absent, X excused, Delete takes a mark back, Ctrl+Z undoes. Every change is saved at once.</source>
        <translation>اكتب الدرجة واضغط Enter (للأسفل) أو Tab (للعمود التالي). A يسجّل غائبًا، وX غائبًا بعذر، وDelete يلغي الدرجة، وCtrl+Z يتراجع. يُحفظ كل تغيير فورًا.</translation>
    </message>
    <message>
        <source>&amp;Add assessment…</source>
        <translation>إضافة تقييم…</translation>
    </message>
    <message>
        <source>Edit a&amp;ssessment…</source>
        <translation>تعديل التقييم…</translation>
    </message>
    <message>
        <source>Edits the assessment of the selected column.</source>
        <translation>يعدّل تقييم العمود المحدد.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>الفئات…</translation>
    </message>
    <message>
        <source>The course's categories and their share of the total, such as Coursework 40 % and Exams 60 %.</source>
        <translation>فئات المقرر وحصة كل منها من المجموع، مثل أعمال الفصل 40٪ والامتحانات 60٪.</translation>
    </message>
    <message>
        <source>&amp;Grade scale…</source>
        <translation>سلّم التقديرات…</translation>
    </message>
    <message>
        <source>&amp;Publish results…</source>
        <translation>نشر النتائج…</translation>
    </message>
    <message>
        <source>Shows the results to the course's students and locks them: later changes need a reason.</source>
        <translation>يعرض النتائج لطلاب المقرر ويقفلها: تتطلب التغييرات اللاحقة ذكر السبب.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no courses for you in this semester.</source>
        <translation>لا توجد مقررات خاصة بك في هذا الفصل الدراسي.</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1، %2: من %3 إلى %4</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>The mark of %1 in %2 was not saved: %3</source>
        <translation>لم تُحفظ درجة %1 في %2: %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Publish results</source>
        <translation>نشر النتائج</translation>
    </message>
    <message>
        <source>Publish the results of %1 – %2?</source>
        <translation>نشر نتائج %1 – %2؟</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) still have assessments without a mark. </source>
        <translation>
            <numerusform>لا يزال لدى %n طالب تقييمات بلا درجة. </numerusform>
            <numerusform>لا يزال لدى %n طالب تقييمات بلا درجة. </numerusform>
            <numerusform>لا يزال لدى %n طالبين تقييمات بلا درجة. </numerusform>
            <numerusform>لا يزال لدى %n طلاب تقييمات بلا درجة. </numerusform>
            <numerusform>لا يزال لدى %n طالبًا تقييمات بلا درجة. </numerusform>
            <numerusform>لا يزال لدى %n طالب تقييمات بلا درجة. </numerusform>
        </translation>
    </message>
    <message>
        <source>Students will see their results. After publishing, every change of a mark needs a reason and is kept in the audit log.</source>
        <translation>سيرى الطلاب نتائجهم. بعد النشر، يتطلب كل تغيير في الدرجات ذكر السبب، ويُحفظ في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>The results are published.</source>
        <translation>نُشرت النتائج.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Select a cell of the assessment to edit.</source>
        <translation>حدّد خلية من التقييم المراد تعديله.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>The categories were saved.</source>
        <translation>حُفظت الفئات.</translation>
    </message>
    <message>
        <source>The grade scale was saved.</source>
        <translation>حُفظ سلّم التقديرات.</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>اختر مقررًا.</translation>
    </message>
    <message>
        <source>Published on %1. Students see these results; each change needs a reason.</source>
        <translation>نُشرت في %1. يرى الطلاب هذه النتائج، ويتطلب كل تغيير ذكر السبب.</translation>
    </message>
    <message>
        <source>Not published: students do not see these results yet.</source>
        <translation>غير منشورة: لا يرى الطلاب هذه النتائج بعد.</translation>
    </message>
    <message>
        <source>No categories: the assessments' own weights apply.</source>
        <translation>لا توجد فئات: تُطبَّق أوزان التقييمات نفسها.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2٪</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>الفئات: %1.</translation>
    </message>
    <message>
        <source>Not counted (no such category): %1.</source>
        <translation>غير محتسبة (لا توجد فئة بهذا الاسم): %1.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>&amp;Report cards…</source>
        <translation>كشوف الدرجات…</translation>
    </message>
    <message>
        <source>The course's report cards as PDFs, ready to print</source>
        <translation>كشوف درجات المقرر بصيغة PDF، جاهزة للطباعة</translation>
    </message>
    <message>
        <source>One PDF per student…</source>
        <translation>ملف PDF لكل طالب…</translation>
    </message>
    <message>
        <source>Folder for the report cards</source>
        <translation>مجلد كشوف الدرجات</translation>
    </message>
    <message>
        <source>One PDF for the class…</source>
        <translation>ملف PDF واحد للصف…</translation>
    </message>
    <message>
        <source>Save the class's report cards</source>
        <translation>حفظ كشوف درجات الصف</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report cards %1.pdf</source>
        <translation>كشوف الدرجات %1.pdf</translation>
    </message>
    <message>
        <source>The course has no students, so there is no report card.</source>
        <translation>لا يضم المقرر أي طالب، فلا يوجد كشف درجات.</translation>
    </message>
    <message>
        <source>Writing report cards: %1 of %2…</source>
        <translation>جارٍ كتابة كشوف الدرجات: %1 من %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي كشف درجات (%n) في %1.</numerusform>
            <numerusform>كُتب كشف درجات واحد (%n) في %1.</numerusform>
            <numerusform>كُتب كشفا درجات (%n) في %1.</numerusform>
            <numerusform>كُتبت %n كشوف درجات في %1.</numerusform>
            <numerusform>كُتب %n كشفًا للدرجات في %1.</numerusform>
            <numerusform>كُتب %n كشف درجات في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report cards are already being written.</source>
        <translation>تجري كتابة كشوف الدرجات بالفعل.</translation>
    </message>
</context>
<context>
    <name>cd::ImageSequenceFrameSource</name>
    <message>
        <source>Image folder: %1</source>
        <translation>مجلد الصور: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>cd::ImportStudentsDialog</name>
    <message>
        <source>Import students</source>
        <translation>استيراد الطلاب</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>A CSV file with one student per row and the column names on the first row. From a spreadsheet, save as "CSV UTF-8".</source>
        <translation>ملف CSV يحتوي على طالب واحد في كل صف، وأسماء الأعمدة في الصف الأول. من برنامج جداول البيانات، احفظ الملف بتنسيق «CSV UTF-8».</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>علامات الجدولة</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>الفواصل المنقوطة</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>الفواصل</translation>
    </message>
    <message>
        <source>The file has column names but no students below them.</source>
        <translation>يحتوي الملف على أسماء الأعمدة، لكن لا يوجد تحتها أي طلاب.</translation>
    </message>
    <message numerus="yes">
        <source>%n student row(s), %1 columns separated by %2, %3 text. The first rows are shown below.</source>
        <translation>
            <numerusform>%n صف للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
            <numerusform>%n صف للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
            <numerusform>%n صفّان للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
            <numerusform>%n صفوف للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
            <numerusform>%n صفًا للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
            <numerusform>%n صف للطلاب، وعدد الأعمدة %1 مفصولة باستخدام %2، وترميز النص %3. تظهر الصفوف الأولى أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns set to "Do not import" are left out.</source>
        <translation>حدّد ما يحتويه كل عمود في الملف. تُستبعد الأعمدة المعيّنة على «عدم الاستيراد».</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>مثلًا: %1</translation>
    </message>
    <message>
        <source>for example Computer Science</source>
        <translation>مثلًا: علوم الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Batch for rows without one:</source>
        <translation>الدفعة للصفوف التي لا تحددها:</translation>
    </message>
    <message>
        <source>&amp;Program for rows without one:</source>
        <translation>البرنامج للصفوف التي لا تحدده:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>الاستيراد بوصفه</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>استيراد العمود %1 بوصفه</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>الفحص والاستيراد</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The students are imported all at once, and only when no row has a problem.</source>
        <translation>يُفحص كل صف قبل كتابة أي شيء. ويُستورد الطلاب جميعًا في آن واحد، وذلك فقط عندما لا يكون في أي صف مشكلة.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <source>Check every row again without importing anything.</source>
        <translation>إعادة فحص كل الصفوف دون استيراد أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Export problems…</source>
        <translation>تصدير المشكلات…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>جارٍ فحص %n صف…</numerusform>
            <numerusform>جارٍ فحص %n صف…</numerusform>
            <numerusform>جارٍ فحص %n صفّين…</numerusform>
            <numerusform>جارٍ فحص %n صفوف…</numerusform>
            <numerusform>جارٍ فحص %n صفًا…</numerusform>
            <numerusform>جارٍ فحص %n صف…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no students to import.</source>
        <translation>لا يحتوي الملف على أي طلاب لاستيرادهم.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready: Import adds them as new students.</source>
        <translation>
            <numerusform>جميع الصفوف جاهزة (%n صف): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
            <numerusform>جميع الصفوف جاهزة (%n صف): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
            <numerusform>جميع الصفوف جاهزة (%n صفّان): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
            <numerusform>جميع الصفوف جاهزة (%n صفوف): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
            <numerusform>جميع الصفوف جاهزة (%n صفًا): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
            <numerusform>جميع الصفوف جاهزة (%n صف): يضيفها زر «استيراد» بوصفهم طلابًا جددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until they are fixed. Correct the file (Export problems gives the list) or the column choices, then check again.</source>
        <translation>
            <numerusform>عُثر على %n مشكلة؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلة؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلتين؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلات؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلةً؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلة؛ لن يُستورد أي شيء حتى تُصلَح. صحّح الملف (يعرض «تصدير المشكلات» قائمتها) أو اختيارات الأعمدة، ثم افحص مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no problem.</source>
        <translation>
            <numerusform>لا توجد مشكلات في %n صف.</numerusform>
            <numerusform>لا توجد مشكلات في %n صف.</numerusform>
            <numerusform>لا توجد مشكلات في %n صفّين.</numerusform>
            <numerusform>لا توجد مشكلات في %n صفوف.</numerusform>
            <numerusform>لا توجد مشكلات في %n صفًا.</numerusform>
            <numerusform>لا توجد مشكلات في %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>تصدير المشكلات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The problems could not be saved to %1.</source>
        <translation>تعذّر حفظ المشكلات في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n student(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %n طالب…</numerusform>
            <numerusform>جارٍ استيراد %n طالب…</numerusform>
            <numerusform>جارٍ استيراد %n طالبين…</numerusform>
            <numerusform>جارٍ استيراد %n طلاب…</numerusform>
            <numerusform>جارٍ استيراد %n طالبًا…</numerusform>
            <numerusform>جارٍ استيراد %n طالب…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>استُورد %n طالب.</numerusform>
            <numerusform>استُورد %n طالب.</numerusform>
            <numerusform>استُورد %n طالبان.</numerusform>
            <numerusform>استُورد %n طلاب.</numerusform>
            <numerusform>استُورد %n طالبًا.</numerusform>
            <numerusform>استُورد %n طالب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>The students are now in CampusDesk.</source>
        <translation>أصبح الطلاب الآن في CampusDesk.</translation>
    </message>
    <message>
        <source>The new students are in the Students list. Each one is recorded in the audit log.</source>
        <translation>الطلاب الجدد موجودون في قائمة «الطلاب». ويُسجَّل كل منهم في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>توقّف الاستيراد، ولم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>cd::LiveAttendanceDialog</name>
    <message>
        <source>Take attendance with the camera — %1, %2</source>
        <translation>أخذ الحضور بالكاميرا — %1، %2</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Loading the face models and enrolled faces…</source>
        <translation>جارٍ تحميل نماذج الوجوه والوجوه المسجّلة…</translation>
    </message>
    <message>
        <source>&amp;Register (P present, L late, A absent, E excused, Delete not seen)</source>
        <translation>سجل الحضور (P حاضر، L متأخر، A غائب، E غائب بعذر، Delete لم يُرصَد)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>سجل الحضور</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>لم يُرصَد</translation>
    </message>
    <message>
        <source>&amp;Unrecognised faces</source>
        <translation>وجوه لم يُتعرَّف عليها</translation>
    </message>
    <message>
        <source>Unrecognised faces</source>
        <translation>وجوه لم يُتعرَّف عليها</translation>
    </message>
    <message>
        <source>Assign to &amp;student…</source>
        <translation>إسناد إلى طالب…</translation>
    </message>
    <message>
        <source>&amp;Finish session…</source>
        <translation>إنهاء الحصة…</translation>
    </message>
    <message>
        <source>Every student on the register has a mark already.</source>
        <translation>سُجّلت حالة كل طالب في سجل الحضور بالفعل.</translation>
    </message>
    <message>
        <source>Assign the face to a student</source>
        <translation>إسناد الوجه إلى طالب</translation>
    </message>
    <message>
        <source>Who is this? They are marked present; if their consent is recorded, the face is also kept to recognise them next time.</source>
        <translation>من هذا الشخص؟ سيُسجَّل حضوره؛ وإذا كانت موافقته مسجّلة، يُحتفظ بوجهه أيضًا للتعرف عليه في المرة القادمة.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>الكاميرا: %1</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ملف فيديو…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>مجلد صور…</translation>
    </message>
    <message>
        <source>No face template key is available.</source>
        <translation>لا يتوفر مفتاح لقوالب الوجه.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled face(s) loaded for this class.</source>
        <translation>
            <numerusform>تم تحميل %n وجه مسجّل لهذا الصف.</numerusform>
            <numerusform>تم تحميل %n وجه مسجّل لهذا الصف.</numerusform>
            <numerusform>تم تحميل %n وجهين مسجّلين لهذا الصف.</numerusform>
            <numerusform>تم تحميل %n وجوه مسجّلة لهذا الصف.</numerusform>
            <numerusform>تم تحميل %n وجهًا مسجّلًا لهذا الصف.</numerusform>
            <numerusform>تم تحميل %n وجه مسجّل لهذا الصف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face template(s) could not be read; enrol those students again.</source>
        <translation>
            <numerusform>تعذّرت قراءة %n قالب وجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
            <numerusform>تعذّرت قراءة %n قالب وجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
            <numerusform>تعذّرت قراءة %n قالبَي وجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
            <numerusform>تعذّرت قراءة %n قوالب وجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
            <numerusform>تعذّرت قراءة %n قالبًا للوجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
            <numerusform>تعذّرت قراءة %n قالب وجه؛ أعد تسجيل وجوه الطلاب المعنيين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled faces are not available: %1</source>
        <translation>الوجوه المسجّلة غير متاحة: %1</translation>
    </message>
    <message>
        <source>Nobody in this class has an enrolled face yet, so the camera will recognise no one. Enrol faces from the student records.</source>
        <translation>لا يوجد حتى الآن وجه مسجّل لأي طالب في هذا الصف، لذا لن تتعرف الكاميرا على أحد. سجّل الوجوه من سجلات الطلاب.</translation>
    </message>
    <message>
        <source>Face recognition is not available: %1</source>
        <translation>التعرف على الوجه غير متاح: %1</translation>
    </message>
    <message>
        <source>You can still mark the register by hand here.</source>
        <translation>لا يزال بإمكانك تسجيل الحضور يدويًا هنا.</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>اختيار مقطع فيديو</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>مقاطع الفيديو (*.mp4 *.avi *.mkv *.mov *.webm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>اختيار مجلد صور</translation>
    </message>
    <message>
        <source>The source has no more pictures.</source>
        <translation>لم تعد في المصدر صور أخرى.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>جارٍ بدء %1…</translation>
    </message>
    <message>
        <source>Stopped. Choose a source and press Start.</source>
        <translation>متوقف. اختر مصدرًا واضغط «بدء».</translation>
    </message>
    <message>
        <source>Seen at %1. Select it and choose "Assign to student…" if you know who it is.</source>
        <translation>رُصد في %1. حدّده واختر «إسناد إلى طالب…» إن كنت تعرف صاحبه.</translation>
    </message>
    <message>
        <source>%1 is marked present.</source>
        <translation>سُجّل حضور %1.</translation>
    </message>
    <message>
        <source>%1 is marked present. The face was not kept: %2</source>
        <translation>سُجّل حضور %1. لم يُحتفظ بالوجه: %2</translation>
    </message>
    <message>
        <source>%1 is marked present, and this face is kept to recognise them next time.</source>
        <translation>سُجّل حضور %1، ويُحتفظ بهذا الوجه للتعرف عليه في المرة القادمة.</translation>
    </message>
    <message>
        <source>This mark is saved already and cannot be taken back here; give the student another status instead.</source>
        <translation>هذا التسجيل محفوظ بالفعل ولا يمكن التراجع عنه هنا؛ امنح الطالب حالة أخرى بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>إنهاء الحصة</translation>
    </message>
    <message numerus="yes">
        <source>Save the register and finish the session? %n student(s) not seen will be marked absent.</source>
        <translation>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طالب لم يُرصَد.</numerusform>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طالب لم يُرصَد.</numerusform>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طالبين لم يُرصَدا.</numerusform>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طلاب لم يُرصَدوا.</numerusform>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طالبًا لم يُرصَدوا.</numerusform>
            <numerusform>هل تريد حفظ سجل الحضور وإنهاء الحصة؟ سيُسجَّل غياب %n طالب لم يُرصَدوا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are saved as your confirmed attendance. Later changes need a reason.</source>
        <translation>تُحفظ التسجيلات بوصفها الحضور الذي أكّدته. وتتطلب أي تغييرات لاحقة ذكر السبب.</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>إنهاء الحصة</translation>
    </message>
    <message>
        <source>Saving the register…</source>
        <translation>جارٍ حفظ سجل الحضور…</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>الإغلاق دون حفظ</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) are not saved yet. Close and discard them?</source>
        <translation>
            <numerusform>لم يُحفظ %n تسجيل حضور بعد. هل تريد الإغلاق والتخلي عنها؟</numerusform>
            <numerusform>لم يُحفظ %n تسجيل حضور بعد. هل تريد الإغلاق والتخلي عنه؟</numerusform>
            <numerusform>لم يُحفظ %n تسجيلَي حضور بعد. هل تريد الإغلاق والتخلي عنهما؟</numerusform>
            <numerusform>لم تُحفظ %n تسجيلات حضور بعد. هل تريد الإغلاق والتخلي عنها؟</numerusform>
            <numerusform>لم يُحفظ %n تسجيلًا للحضور بعد. هل تريد الإغلاق والتخلي عنها؟</numerusform>
            <numerusform>لم يُحفظ %n تسجيل حضور بعد. هل تريد الإغلاق والتخلي عنها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>● Camera on</source>
        <translation>● الكاميرا تعمل</translation>
    </message>
    <message>
        <source>● Playing: %1</source>
        <translation>● جارٍ التشغيل: %1</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>الكاميرا متوقفة</translation>
    </message>
    <message>
        <source>Present %1 · Late %2 · Absent %3 · Excused %4 · Not seen %5</source>
        <translation>حاضر %1 · متأخر %2 · غائب %3 · غائب بعذر %4 · لم يُرصَد %5</translation>
    </message>
</context>
<context>
    <name>cd::LivePreview</name>
    <message>
        <source>Camera preview</source>
        <translation>معاينة الكاميرا</translation>
    </message>
    <message>
        <source>No picture. Choose a source and press Start.</source>
        <translation>لا توجد صورة. اختر مصدرًا واضغط «بدء».</translation>
    </message>
    <message>
        <source>Partly out of the picture</source>
        <translation>جزء منه خارج الصورة</translation>
    </message>
    <message>
        <source>Too far away</source>
        <translation>بعيد جدًا</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>غير مواجه للكاميرا</translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation>ضبابي</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not on this register</source>
        <translation>غير مدرج في سجل الحضور هذا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>cd::LiveRosterModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>لم يُرصد بعد</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>المعلّم</translation>
    </message>
    <message>
        <source>Recognised by %1</source>
        <translation>تعرّف عليه %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>وقت الرصد</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>سجّله</translation>
    </message>
</context>
<context>
    <name>cd::LocalSchoolWizardPage</name>
    <message>
        <source>A school on this computer</source>
        <translation>مدرسة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Name the school and create the first administrator account.</source>
        <translation>سمِّ المدرسة وأنشئ أول حساب لمسؤول النظام.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>اسمك الكامل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>اسم المدرسة:</translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation>اسمك الكامل:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>The database will be kept at %1.</source>
        <translation>ستُحفظ قاعدة البيانات في %1.</translation>
    </message>
    <message>
        <source>Creating the school…</source>
        <translation>جارٍ إنشاء المدرسة…</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>%1 — CampusDesk (demo school)</source>
        <translation>%1 — CampusDesk (مدرسة تجريبية)</translation>
    </message>
    <message>
        <source>%1 — CampusDesk</source>
        <translation>%1 — CampusDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>لوحة معلوماتي</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <source>Your attendance, results and fees for this semester, at a glance.</source>
        <translation>حضورك ونتائجك ورسومك في هذا الفصل الدراسي، في لمحة واحدة.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Gradebook</source>
        <translation>سجل الدرجات</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Messages with colleagues and classes, and an assistant that answers from the school's data.</source>
        <translation>رسائل مع الزملاء والفصول، ومساعد يجيب استنادًا إلى بيانات المدرسة.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About CampusDesk</source>
        <translation>حول CampusDesk</translation>
    </message>
    <message>
        <source>About CampusDesk</source>
        <translation>حول CampusDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CampusDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Student records, gradebook, fees and attendance for schools and colleges.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CampusDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;سجلات الطلاب وسجل الدرجات والرسوم والحضور للمدارس والكليات.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database on this computer: %1</source>
        <translation>قاعدة البيانات على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Not synced: this computer only</source>
        <translation>غير متزامن: هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>تقرير الحضور</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>نتائجي</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>My fees</source>
        <translation>رسومي</translation>
    </message>
</context>
<context>
    <name>cd::MarkReasonDialog</name>
    <message>
        <source>Change a published result</source>
        <translation>تغيير نتيجة منشورة</translation>
    </message>
    <message>
        <source>The results of this course are published. The change is kept with your name and the reason, and shown in the audit log.</source>
        <translation>نتائج هذا المقرر منشورة. يُحفظ التغيير مع اسمك والسبب، ويظهر في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Required, e.g. "Re-marked after appeal"</source>
        <translation>مطلوب، مثلًا: «أُعيد التصحيح بعد التظلم»</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>التغيير:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>حفظ التغيير</translation>
    </message>
</context>
<context>
    <name>cd::ModelManager</name>
    <message>
        <source>The folder %1 cannot be created, so the model cannot be installed there. Choose a folder you may write to.</source>
        <translation>لا يمكن إنشاء المجلد %1، لذا لا يمكن تثبيت النموذج فيه. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1 (%2). Choose a folder you may write to, or free some space.</source>
        <translation>لا يمكن الكتابة في المجلد %1 (%2). اختر مجلدًا لديك صلاحية الكتابة فيه، أو حرّر بعض المساحة.</translation>
    </message>
    <message>
        <source>%1 is incomplete or not the expected version: it has %2 bytes instead of %3. Nothing was installed.</source>
        <translation>%1 غير مكتمل أو ليس الإصدار المتوقع: حجمه %2 بايت بدلًا من %3. لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>%1 is damaged or not the expected version (its SHA-256 does not match the catalogue). Nothing was installed.</source>
        <translation>%1 تالف أو ليس الإصدار المتوقع (لا تتطابق قيمة SHA-256 الخاصة به مع الفهرس). لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>Could not install %1 into %2: %3</source>
        <translation>تعذّر تثبيت %1 في %2: %3</translation>
    </message>
    <message>
        <source>CampusDesk knows no model called "%1".</source>
        <translation>لا يعرف CampusDesk أي نموذج باسم «%1».</translation>
    </message>
    <message>
        <source>The model "%1" is incomplete: no folder holds all of its files.</source>
        <translation>النموذج «%1» غير مكتمل: لا يوجد مجلد يحتوي على جميع ملفاته.</translation>
    </message>
    <message>
        <source>"%1" is already being installed.</source>
        <translation>«%1» قيد التثبيت بالفعل.</translation>
    </message>
    <message>
        <source>Could not download %1: the server answered %2 %3 for %4.</source>
        <translation>تعذّر تنزيل %1: ردّ الخادم بـ %2 %3 على %4.</translation>
    </message>
    <message>
        <source>Downloading %1 timed out: nothing arrived from %2 for %3 seconds. Check the internet connection and try again.</source>
        <translation>انتهت مهلة تنزيل %1: لم يصل أي شيء من %2 خلال %3 ثانية. تحقّق من الاتصال بالإنترنت وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The download of %1 broke off after %2 of %3 bytes (%4). Try again.</source>
        <translation>انقطع تنزيل %1 بعد %2 من أصل %3 بايت (%4). أعد المحاولة.</translation>
    </message>
    <message>
        <source>Could not download %1 from %2: %3. Check the internet connection, or fetch the file on another computer and import it.</source>
        <translation>تعذّر تنزيل %1 من %2: %3. تحقّق من الاتصال بالإنترنت، أو نزّل الملف على حاسوب آخر واستورده.</translation>
    </message>
    <message>
        <source>The download of "%1" was cancelled. Nothing was installed.</source>
        <translation>أُلغي تنزيل «%1». لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>Give the file(s) of "%1" or the folder that holds them.</source>
        <translation>حدّد ملف «%1» أو ملفاته، أو المجلد الذي يحتويها.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 of "%2" is missing: give that file or the folder that holds it.</source>
        <translation>الملف %1 من «%2» مفقود: حدّد هذا الملف أو المجلد الذي يحتويه.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2 of "%3": it has %4 bytes instead of %5.</source>
        <translation>%1 ليس %2 الخاص بـ «%3»: حجمه %4 بايت بدلًا من %5.</translation>
    </message>
    <message>
        <source>%1 is damaged or not the expected version of %2 (its SHA-256 does not match the catalogue). Nothing was installed.</source>
        <translation>%1 تالف أو ليس الإصدار المتوقع من %2 (لا تتطابق قيمة SHA-256 الخاصة به مع الفهرس). لم يُثبَّت أي شيء.</translation>
    </message>
</context>
<context>
    <name>cd::ModelStatusModel</name>
    <message>
        <source>Installing…</source>
        <translation>جارٍ التثبيت…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>جارٍ التنزيل %1 %</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Corrupt; the last attempt failed</source>
        <translation>تالف؛ فشلت المحاولة الأخيرة</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Missing; the last attempt failed</source>
        <translation>مفقود؛ فشلت المحاولة الأخيرة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <source>%1, version %2 (%3), from %4</source>
        <translation>%1، الإصدار %2 (%3)، المصدر: %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
</context>
<context>
    <name>cd::MyFeesPage</name>
    <message>
        <source>My fees</source>
        <translation>رسومي</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Your account is not linked to a student record, so there are no fees to show. The school office can link it.</source>
        <translation>حسابك غير مرتبط بسجل طالب، لذا لا توجد رسوم لعرضها. يمكن لمكتب المدرسة ربطه.</translation>
    </message>
</context>
<context>
    <name>cd::PasswordFields</name>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a long phrase is easier to remember.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
            <numerusform>استخدم %n حرف على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
            <numerusform>استخدم %n حرفين على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
            <numerusform>استخدم %n حرف على الأقل؛ فالعبارة الطويلة أسهل في التذكر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>اكتب كلمة المرور الجديدة مرة أخرى لتأكيدها.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>This password meets the rules.</source>
        <translation>كلمة المرور هذه تستوفي القواعد.</translation>
    </message>
</context>
<context>
    <name>cd::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). They will have to choose their own password the next time they sign in.</source>
        <translation>اختر كلمة مرور جديدة لـ %1 (%2). سيتعين على صاحب الحساب اختيار كلمة مرور خاصة به عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Choose a new password for your own account.</source>
        <translation>اختر كلمة مرور جديدة لحسابك.</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>تسجيل استرداد</translation>
    </message>
    <message>
        <source>Waive fees</source>
        <translation>إعفاء من الرسوم</translation>
    </message>
    <message>
        <source>Charge late fee</source>
        <translation>فرض رسوم تأخير</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2، تاريخ الاستحقاق %3)</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>المبلغ بعملة %1</translation>
    </message>
    <message numerus="yes">
        <source>Amount in %1, with at most %n decimal(s)</source>
        <translation>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منزلة عشرية</numerusform>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منزلة عشرية</numerusform>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منزلتين عشريتين</numerusform>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منازل عشرية</numerusform>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منزلة عشرية</numerusform>
            <numerusform>المبلغ بعملة %1، بحد أقصى %n منزلة عشرية</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Date the money moved</source>
        <translation>تاريخ انتقال المال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>CampusDesk</source>
        <translation>CampusDesk</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>الفاتورة:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>المبلغ (%1):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>استلمه:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>سجّله:</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>يمكن استرداد %1 كحد أقصى.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>أدخل المبلغ.</translation>
    </message>
    <message>
        <source>%1 amounts are whole numbers, without decimals.</source>
        <translation>مبالغ %1 أعداد صحيحة، بلا منازل عشرية.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>الحد الأقصى للمنازل العشرية في مبالغ %1 هو %2.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, such as %1.</source>
        <translation>أدخل المبلغ رقمًا، مثل %1.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation>أدخل المبلغ بلا علامة السالب.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what was paid and not yet refunded (%1).</source>
        <translation>لا يمكن أن يتجاوز المبلغ المسترد ما دُفع ولم يُسترد بعد (%1).</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>اذكر سبب الاسترداد.</translation>
    </message>
    <message>
        <source>Give a reason for the waiver.</source>
        <translation>اذكر سبب الإعفاء.</translation>
    </message>
    <message>
        <source>Enter the date of the transaction.</source>
        <translation>أدخل تاريخ المعاملة.</translation>
    </message>
</context>
<context>
    <name>cd::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of CampusDesk.</source>
        <translation>ستتوفر هذه الصفحة في إصدار قادم من CampusDesk.</translation>
    </message>
</context>
<context>
    <name>cd::RecognitionSettingsTab</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>التعرف</translation>
    </message>
    <message>
        <source>Checking the face models…</source>
        <translation>جارٍ التحقق من نماذج الوجوه…</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>قيد الاستخدام:</translation>
    </message>
    <message>
        <source>Recognition threshold</source>
        <translation>حدّ التعرف</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>الحدّ:</translation>
    </message>
    <message>
        <source>Recognition margin</source>
        <translation>هامش التعرف</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>الهامش:</translation>
    </message>
    <message>
        <source>Frames to agree</source>
        <translation>الإطارات المتوافقة</translation>
    </message>
    <message>
        <source>How many camera frames in a row must name the same student before the student is marked. More frames: steadier, a little slower.</source>
        <translation>عدد إطارات الكاميرا المتتالية التي يجب أن تتعرف على الطالب نفسه قبل تسجيل حضوره. زيادة عدد الإطارات تعني نتيجة أكثر ثباتًا، مع بطء طفيف.</translation>
    </message>
    <message>
        <source>&amp;Frames to agree:</source>
        <translation>الإطارات المتوافقة:</translation>
    </message>
    <message>
        <source>Raising the threshold gives fewer wrong names but leaves more faces unknown, for you to name. The margin is how far the best student must score above the next one.</source>
        <translation>رفع الحدّ يقلل الأسماء الخاطئة، لكنه يترك وجوهًا أكثر غير معروفة لتحدد أنت أصحابها. والهامش هو المقدار الذي يجب أن تتفوق به درجة أفضل طالب على درجة الطالب الذي يليه.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>The system's default camera</source>
        <translation>الكاميرا الافتراضية للنظام</translation>
    </message>
    <message>
        <source>A camera that is not connected now</source>
        <translation>كاميرا غير متصلة حاليًا</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <source>No camera is connected to this computer.</source>
        <translation>لا توجد كاميرا متصلة بهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>دقة الكاميرا</translation>
    </message>
    <message>
        <source>A larger picture finds faces further away, but takes longer to process.</source>
        <translation>الصورة الأكبر تكشف الوجوه الأبعد، لكن معالجتها تستغرق وقتًا أطول.</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>Camera default</source>
        <translation>الإعداد الافتراضي للكاميرا</translation>
    </message>
    <message>
        <source>%1 (not offered by this camera)</source>
        <translation>%1 (لا تدعمها هذه الكاميرا)</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>نماذج الوجوه</translation>
    </message>
    <message>
        <source>Face model folder</source>
        <translation>مجلد نماذج الوجوه</translation>
    </message>
    <message>
        <source>The default folder</source>
        <translation>المجلد الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Downloads the chosen model from its official source and checks it before installing it.</source>
        <translation>ينزّل النموذج المحدد من مصدره الرسمي ويتحقق منه قبل تثبيته.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Installs the model from files fetched on another computer.</source>
        <translation>يثبّت النموذج من ملفات نُزّلت على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Import the files of %1</source>
        <translation>استيراد ملفات %1</translation>
    </message>
    <message>
        <source>Model files (*.onnx *.bin *.json);;All files (*)</source>
        <translation>ملفات النماذج (*.onnx *.bin *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>ثُبّت %1.</translation>
    </message>
    <message>
        <source>When a student counts as late is set on the &lt;a href="#school"&gt;School tab&lt;/a&gt; ("Late after").</source>
        <translation>يُحدَّد متى يُعدّ الطالب متأخرًا في &lt;a href="#school"&gt;علامة التبويب «المدرسة»&lt;/a&gt; («التأخر بعد»).</translation>
    </message>
    <message>
        <source>When a student counts as late is set by the school's staff, on the School tab of their Settings.</source>
        <translation>يحدد موظفو المدرسة متى يُعدّ الطالب متأخرًا، من علامة التبويب «المدرسة» في إعداداتهم.</translation>
    </message>
    <message>
        <source>Face descriptor (ResNet)</source>
        <translation>واصف الوجه (ResNet)</translation>
    </message>
    <message>
        <source>Fallback: LBPH, because the descriptor model is damaged</source>
        <translation>البديل الاحتياطي: LBPH، لأن نموذج الواصف تالف</translation>
    </message>
    <message>
        <source>Fallback: LBPH, because the descriptor model is missing</source>
        <translation>البديل الاحتياطي: LBPH، لأن نموذج الواصف مفقود</translation>
    </message>
    <message>
        <source>The cosine similarity a face must reach, from %1 to %2.</source>
        <translation>تشابه جيب التمام الذي يجب أن يبلغه الوجه، من %1 إلى %2.</translation>
    </message>
    <message>
        <source>LBPH scores are minus a distance: nearer to 0 is stricter.</source>
        <translation>درجات LBPH هي سالب مسافة: كلما اقتربت القيمة من 0 زادت الصرامة.</translation>
    </message>
    <message>
        <source>The saved threshold or margin was set for the other recogniser: it is kept for it, and this one uses its shipped default until you change the value here.</source>
        <translation>ضُبط الحدّ أو الهامش المحفوظ لأداة التعرف الأخرى: فيُحتفظ به لها، أما هذه الأداة فتستخدم القيمة الافتراضية المرفقة بالتطبيق إلى أن تغيّر القيمة هنا.</translation>
    </message>
</context>
<context>
    <name>cd::ReportCardBatch</name>
    <message>
        <source>report-card</source>
        <translation>كشف-الدرجات</translation>
    </message>
    <message>
        <source>Report cards</source>
        <translation>كشوف الدرجات</translation>
    </message>
</context>
<context>
    <name>cd::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <translation>عرض النتائج</translation>
    </message>
    <message>
        <source>&amp;Student number:</source>
        <translation>رقم الطالب:</translation>
    </message>
    <message>
        <source>Save &amp;report card…</source>
        <translation>حفظ كشف الدرجات…</translation>
    </message>
    <message>
        <source>Save the selected semester's report card as a PDF</source>
        <translation>حفظ كشف درجات الفصل الدراسي المحدد بتنسيق PDF</translation>
    </message>
    <message>
        <source>&amp;Print report card…</source>
        <translation>طباعة كشف الدرجات…</translation>
    </message>
    <message>
        <source>Results by semester</source>
        <translation>النتائج حسب الفصل الدراسي</translation>
    </message>
    <message>
        <source>Semester / subject</source>
        <translation>الفصل الدراسي / المادة</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الساعات المعتمدة</translation>
    </message>
    <message>
        <source>Total marks</source>
        <translation>مجموع الدرجات</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>المجموع ٪</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>تاريخ الامتحان</translation>
    </message>
    <message>
        <source>Save report card</source>
        <translation>حفظ كشف الدرجات</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report card %1.pdf</source>
        <translation>كشف الدرجات %1.pdf</translation>
    </message>
    <message>
        <source>Your account is not linked to a student record.</source>
        <translation>حسابك غير مرتبط بسجل طالب.</translation>
    </message>
    <message>
        <source>Type a student number to see their results.</source>
        <translation>اكتب رقم طالب لعرض نتائجه.</translation>
    </message>
    <message>
        <source>No student you may see has the number %1.</source>
        <translation>لا يوجد طالب يحمل الرقم %1 ضمن الطلاب الذين يمكنك عرضهم.</translation>
    </message>
    <message>
        <source>Report card saved to %1.</source>
        <translation>حُفظ كشف الدرجات في %1.</translation>
    </message>
    <message>
        <source>Print report card</source>
        <translation>طباعة كشف الدرجات</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Cumulative GPA: %1</source>
        <translation>المعدل التراكمي: %1</translation>
    </message>
    <message>
        <source>%1 — GPA %2, cumulative GPA %3</source>
        <translation>%1 — المعدل الفصلي %2، المعدل التراكمي %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (not published)</source>
        <translation> (غير منشورة)</translation>
    </message>
    <message>
        <source>No results are published for you yet.</source>
        <translation>لم تُنشر لك أي نتائج بعد.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>لا توجد نتائج بعد.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>cd::SemesterDialog</name>
    <message>
        <source>New semester</source>
        <translation>فصل دراسي جديد</translation>
    </message>
    <message>
        <source>Semester name</source>
        <translation>اسم الفصل الدراسي</translation>
    </message>
    <message>
        <source>for example, Autumn 2026</source>
        <translation>مثلًا: خريف 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>اليوم الأول:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>Create &amp;semester</source>
        <translation>إنشاء الفصل الدراسي</translation>
    </message>
</context>
<context>
    <name>cd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>School server address</source>
        <translation>عنوان خادم المدرسة</translation>
    </message>
    <message>
        <source>School &amp;server:</source>
        <translation>خادم المدرسة:</translation>
    </message>
    <message>
        <source>Connecting to a school server arrives with a coming version. The address is kept until then.</source>
        <translation>سيتوفر الاتصال بخادم المدرسة في إصدار قادم. ويُحتفظ بالعنوان حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>The school database is at:</source>
        <translation>توجد قاعدة بيانات المدرسة في:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>موقع قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Move to another place…</source>
        <translation>نقل إلى مكان آخر…</translation>
    </message>
    <message>
        <source>Copies the whole database to a new file, checks the copy and uses it from then on. The old file is kept.</source>
        <translation>ينسخ قاعدة البيانات كاملةً إلى ملف جديد، ويتحقق من النسخة، ثم يستخدمها من ذلك الحين. ويُحتفظ بالملف القديم.</translation>
    </message>
    <message>
        <source>Move the school database to</source>
        <translation>نقل قاعدة بيانات المدرسة إلى</translation>
    </message>
    <message>
        <source>CampusDesk databases (*.sqlite)</source>
        <translation>قواعد بيانات CampusDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open another school database…</source>
        <translation>فتح قاعدة بيانات مدرسة أخرى…</translation>
    </message>
    <message>
        <source>Open a school database</source>
        <translation>فتح قاعدة بيانات مدرسة</translation>
    </message>
    <message>
        <source>CampusDesk databases (*.sqlite);;All files (*)</source>
        <translation>قواعد بيانات CampusDesk (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Moving never deletes anything: the old file stays where it was until you remove it yourself.</source>
        <translation>لا يحذف النقل أي شيء أبدًا: يبقى الملف القديم في مكانه حتى تزيله بنفسك.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>اسم المدرسة:</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>الحد الأدنى للحضور</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Minimum &amp;attendance:</source>
        <translation>الحد الأدنى للحضور:</translation>
    </message>
    <message>
        <source>Enter the server's address, for example https://campusdesk.example.org.</source>
        <translation>أدخل عنوان الخادم، مثل https://campusdesk.example.org.</translation>
    </message>
    <message>
        <source>Enter the school's name.</source>
        <translation>أدخل اسم المدرسة.</translation>
    </message>
    <message>
        <source>Late after, in minutes</source>
        <translation>التأخر بعد، بالدقائق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>New attendance sessions count a student as late when they arrive this many minutes after the start.</source>
        <translation>تَعُدّ الحصص الجديدة الطالبَ متأخرًا إذا وصل بعد هذا العدد من الدقائق من بدايتها.</translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation>التأخر بعد:</translation>
    </message>
    <message>
        <source>Face &amp;recognition</source>
        <translation>التعرف على الوجه</translation>
    </message>
</context>
<context>
    <name>cd::ShippedDefaultSpinBox</name>
    <message>
        <source>Shipped default (%1)</source>
        <translation>القيمة الافتراضية المرفقة بالتطبيق (%1)</translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in — %1 (demo school)</source>
        <translation>تسجيل الدخول — %1 (مدرسة تجريبية)</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>تسجيل الدخول — %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>تذكرني على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Keeps you signed in for 30 days. The sign-in is kept in this computer's keychain, never in a file.</source>
        <translation>يُبقيك مسجّل الدخول لمدة 30 يومًا. يُحفظ تسجيل الدخول في سلسلة المفاتيح على هذا الحاسوب، ولا يُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Sign in with your CampusDesk account.</source>
        <translation>سجّل الدخول بحساب CampusDesk الخاص بك.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>الحسابات التجريبية</translation>
    </message>
    <message>
        <source>This is a made-up school for trying CampusDesk. Choose a role to fill in its demo account, then sign in.</source>
        <translation>هذه مدرسة وهمية لتجربة CampusDesk. اختر دورًا لملء بيانات حسابه التجريبي، ثم سجّل الدخول.</translation>
    </message>
    <message>
        <source>User name %1, password %2</source>
        <translation>اسم المستخدم %1، كلمة المرور %2</translation>
    </message>
</context>
<context>
    <name>cd::StudentAccountDialog</name>
    <message>
        <source>Fees of %1</source>
        <translation>رسوم %1</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>إعفاء…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>حفظ الإيصال بتنسيق PDF…</translation>
    </message>
    <message>
        <source>Select a payment in the statement</source>
        <translation>حدّد دفعة في كشف الحساب</translation>
    </message>
    <message>
        <source>Pr&amp;int receipt…</source>
        <translation>طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Save s&amp;tatement as PDF…</source>
        <translation>حفظ كشف الحساب بتنسيق PDF…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation>إيصال %1.pdf</translation>
    </message>
    <message>
        <source>Save statement of account</source>
        <translation>حفظ كشف الحساب</translation>
    </message>
    <message>
        <source>Statement %1.pdf</source>
        <translation>كشف حساب %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
</context>
<context>
    <name>cd::StudentAccountView</name>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>المفروض</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>إجمالي المدفوع</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>المعفى منه</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>كشف الحساب</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>جارٍ قراءة الحساب…</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>لا توجد فواتير بعد.</translation>
    </message>
    <message>
        <source>Charged %1, paid %2, waived %3; amount due %4.</source>
        <translation>المفروض %1، المدفوع %2، المعفى منه %3؛ المبلغ المستحق %4.</translation>
    </message>
    <message>
        <source>Last payment on %1.</source>
        <translation>آخر دفعة في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue.</source>
        <translation>
            <numerusform>%n فاتورة متأخرة السداد.</numerusform>
            <numerusform>%n فاتورة متأخرة السداد.</numerusform>
            <numerusform>%n فاتورتان متأخرتا السداد.</numerusform>
            <numerusform>%n فواتير متأخرة السداد.</numerusform>
            <numerusform>%n فاتورة متأخرة السداد.</numerusform>
            <numerusform>%n فاتورة متأخرة السداد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StudentDialog</name>
    <message>
        <source>%1 – %2</source>
        <comment>course code – title</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>لا توجد موافقة</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>Biometric consent</source>
        <translation>الموافقة على استخدام البيانات الحيوية</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>طالب جديد</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>سجل الطالب</translation>
    </message>
    <message>
        <source>Use &amp;their values</source>
        <translation>استخدام قيمه</translation>
    </message>
    <message>
        <source>Use the values the other person saved</source>
        <translation>استخدام القيم التي حفظها المستخدم الآخر</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإبقاء على قيمي</translation>
    </message>
    <message>
        <source>Keep my values and replace theirs when I save</source>
        <translation>الإبقاء على قيمي واستبدال قيمه عند الحفظ</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Create &amp;student</source>
        <translation>إنشاء الطالب</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <source>for example, 2025-000123</source>
        <translation>مثلًا: 2025-000123</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>رقم الطالب:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>تاريخ الميلاد معروف</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>for example, 2025</source>
        <translation>مثلًا: 2025</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>الدفعة:</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>The people to contact about the student, most important first. Each needs a name and a phone number or an email address.</source>
        <translation>الأشخاص الذين يُتواصل معهم بشأن الطالب، بدءًا بالأهم. يلزم لكل منهم اسم ورقم هاتف أو عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a guardian</source>
        <translation>إضافة وليّ أمر</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected guardian</source>
        <translation>إزالة وليّ الأمر المحدد</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى أعلى</translation>
    </message>
    <message>
        <source>Move the guardian up</source>
        <translation>نقل وليّ الأمر إلى أعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى أسفل</translation>
    </message>
    <message>
        <source>Move the guardian down</source>
        <translation>نقل وليّ الأمر إلى أسفل</translation>
    </message>
    <message>
        <source>Courses this semester</source>
        <translation>مقررات هذا الفصل الدراسي</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Enrol in a course</source>
        <translation>التسجيل في مقرر</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Drop the selected course</source>
        <translation>السحب من المقرر المحدد</translation>
    </message>
    <message>
        <source>Enrolments are saved as soon as you make them.</source>
        <translation>تُحفظ التسجيلات فور إجرائها.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>اختيار ملف صورة</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>The photo is kept as a JPEG of at most %1 pixels a side and saved with the record.</source>
        <translation>تُحفظ الصورة بتنسيق JPEG بأبعاد لا تتجاوز %1 بكسل لكل ضلع، وتُخزَّن مع السجل.</translation>
    </message>
    <message>
        <source>With consent, the camera can recognise this student and mark their attendance. Without it, no face template is kept for them.</source>
        <translation>بوجود الموافقة، يمكن للكاميرا التعرف على هذا الطالب وتسجيل حضوره. ومن دونها، لا يُحتفظ بأي قالب وجه له.</translation>
    </message>
    <message>
        <source>The student has &amp;consented to face recognition for attendance</source>
        <translation>وافق الطالب على استخدام التعرف على الوجه لتسجيل الحضور</translation>
    </message>
    <message>
        <source>Withdrawing consent deletes this student's face templates when you save. They cannot be recovered; face enrolment would have to be done again.</source>
        <translation>يؤدي سحب الموافقة إلى حذف قوالب وجه هذا الطالب عند الحفظ. ولا يمكن استعادتها؛ إذ سيلزم تسجيل وجهه من جديد.</translation>
    </message>
    <message>
        <source>Student %1 – %2</source>
        <translation>الطالب %1 – %2</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore the student</source>
        <translation>استعادة الطالب</translation>
    </message>
    <message>
        <source>Archive the student</source>
        <translation>أرشفة الطالب</translation>
    </message>
    <message>
        <source>Save the new student first; then you can enrol them.</source>
        <translation>احفظ الطالب الجديد أولًا؛ ثم يمكنك تسجيله في المقررات.</translation>
    </message>
    <message>
        <source>No semester has been set up yet.</source>
        <translation>لم يُنشأ أي فصل دراسي بعد.</translation>
    </message>
    <message>
        <source>Not enrolled in any course of %1.</source>
        <translation>غير مسجّل في أي مقرر خلال %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled in %n course(s) of %1:</source>
        <translation>
            <numerusform>مسجّل في %n مقرر خلال %1:</numerusform>
            <numerusform>مسجّل في %n مقرر خلال %1:</numerusform>
            <numerusform>مسجّل في %n مقررين خلال %1:</numerusform>
            <numerusform>مسجّل في %n مقررات خلال %1:</numerusform>
            <numerusform>مسجّل في %n مقررًا خلال %1:</numerusform>
            <numerusform>مسجّل في %n مقرر خلال %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Courses of %1:</source>
        <translation>مقررات %1:</translation>
    </message>
    <message>
        <source>Courses to enrol in</source>
        <translation>المقررات المراد التسجيل فيها</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Drop the course?</source>
        <translation>السحب من المقرر؟</translation>
    </message>
    <message>
        <source>Drop %1 from %2's courses? Their attendance and marks in it are kept.</source>
        <translation>سحب %2 من المقرر %1؟ يُحتفظ بحضوره ودرجاته فيه.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation>لم يُسجَّل أي قرار.</translation>
    </message>
    <message>
        <source>an account that no longer exists</source>
        <translation>حساب لم يعد موجودًا</translation>
    </message>
    <message>
        <source>Consent recorded by %1 on %2 (saved when you save).</source>
        <translation>سجّل %1 الموافقة في %2 (تُحفظ عند الحفظ).</translation>
    </message>
    <message>
        <source>Withdrawal recorded by %1 on %2 (saved when you save).</source>
        <translation>سجّل %1 سحب الموافقة في %2 (يُحفظ عند الحفظ).</translation>
    </message>
    <message>
        <source>Consent recorded by %1 on %2.</source>
        <translation>سجّل %1 الموافقة في %2.</translation>
    </message>
    <message>
        <source>Withdrawal recorded by %1 on %2.</source>
        <translation>سجّل %1 سحب الموافقة في %2.</translation>
    </message>
    <message>
        <source>Archive the student?</source>
        <translation>أرشفة الطالب؟</translation>
    </message>
    <message>
        <source>Restore the student?</source>
        <translation>استعادة الطالب؟</translation>
    </message>
    <message>
        <source>Archive %1? They leave the everyday lists; their attendance, marks and fees are kept, and you can restore them later.</source>
        <translation>أرشفة %1؟ سيختفي من القوائم اليومية، مع الاحتفاظ بحضوره ودرجاته ورسومه، ويمكنك استعادته لاحقًا.</translation>
    </message>
    <message>
        <source>Restore %1 to the everyday lists?</source>
        <translation>إعادة %1 إلى القوائم اليومية؟</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>%1 is archived: hidden from everyday lists, with everything kept.</source>
        <translation>أُرشف %1: أُخفي من القوائم اليومية مع الاحتفاظ بكل بياناته.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>استُعيد %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>%1: they saved %2; you entered %3.</source>
        <comment>field: their value; your value</comment>
        <translation>%1: حفظ المستخدم الآخر %2، وأدخلت أنت %3.</translation>
    </message>
    <message>
        <source>Someone else changed this student while you were editing. Their changes are shown now, together with yours. Check the record and save again.</source>
        <translation>غيّر مستخدم آخر بيانات هذا الطالب أثناء تعديلك لها. تظهر تغييراته الآن مع تغييراتك. راجع السجل واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone else saved this student while you were editing, and changed the same details as you:</source>
        <translation>حفظ مستخدم آخر بيانات هذا الطالب أثناء تعديلك لها، وغيّر البيانات نفسها التي غيّرتها:</translation>
    </message>
    <message>
        <source>Use their values, or keep yours and save again to replace theirs. Your other changes are kept either way.</source>
        <translation>استخدم قيمه، أو أبقِ على قيمك واحفظ مرة أخرى لتحل محل قيمه. تبقى تغييراتك الأخرى محفوظة في الحالتين.</translation>
    </message>
    <message>
        <source>Changed by someone else to %1.</source>
        <translation>غيّره مستخدم آخر إلى %1.</translation>
    </message>
    <message>
        <source>Their values are shown, with your other changes. Save to keep them.</source>
        <translation>تظهر قيمه مع تغييراتك الأخرى. احفظ للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Your values are kept. Save to replace theirs.</source>
        <translation>أُبقي على قيمك. احفظ لتحل محل قيمه.</translation>
    </message>
    <message>
        <source>Guardian %1: %2</source>
        <comment>guardian row number: problem</comment>
        <translation>وليّ الأمر %1: %2</translation>
    </message>
    <message>
        <source>&amp;Face enrolment…</source>
        <translation>تسجيل الوجه…</translation>
    </message>
    <message>
        <source>Take or import photos of the student's face for attendance by camera.</source>
        <translation>التقط صورًا لوجه الطالب أو استوردها لأخذ الحضور بالكاميرا.</translation>
    </message>
</context>
<context>
    <name>cd::StudentFilterBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>الدفعة:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>جميع الدفعات</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>جميع المقررات</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>إظهار المؤرشفين</translation>
    </message>
    <message>
        <source>Show archived students instead of current ones</source>
        <translation>عرض الطلاب المؤرشفين بدلًا من الطلاب الحاليين</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No semester has started yet.</source>
        <translation>لم يبدأ أي فصل دراسي بعد.</translation>
    </message>
    <message>
        <source>Courses of %1</source>
        <translation>مقررات %1</translation>
    </message>
</context>
<context>
    <name>cd::StudentHistory</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>cd::StudentTableModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>cd::StudentsPage</name>
    <message>
        <source>Search by name, student number or email</source>
        <translation>ابحث بالاسم أو رقم الطالب أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>البحث عن الطلاب</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>البحث عن طالب</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n طالب</numerusform>
            <numerusform>%n طالب</numerusform>
            <numerusform>%n طالبان</numerusform>
            <numerusform>%n طلاب</numerusform>
            <numerusform>%n طالبًا</numerusform>
            <numerusform>%n طالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found</source>
        <translation>
            <numerusform>عُثر على %n طالب</numerusform>
            <numerusform>عُثر على %n طالب</numerusform>
            <numerusform>عُثر على %n طالبين</numerusform>
            <numerusform>عُثر على %n طلاب</numerusform>
            <numerusform>عُثر على %n طالبًا</numerusform>
            <numerusform>عُثر على %n طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>Student actions</source>
        <translation>إجراءات الطلاب</translation>
    </message>
    <message>
        <source>&amp;New student…</source>
        <translation>طالب جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>حُفظت التغييرات على %1.</translation>
    </message>
    <message>
        <source>Some of the selected rows are still loading. Try again in a moment.</source>
        <translation>لا يزال تحميل بعض الصفوف المحددة جاريًا. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Archive students</source>
        <translation>أرشفة الطلاب</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n student(s)?</source>
        <translation>
            <numerusform>أرشفة %n طالب؟</numerusform>
            <numerusform>أرشفة %n طالب؟</numerusform>
            <numerusform>أرشفة %n طالبين؟</numerusform>
            <numerusform>أرشفة %n طلاب؟</numerusform>
            <numerusform>أرشفة %n طالبًا؟</numerusform>
            <numerusform>أرشفة %n طالب؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived students are left out of everyday lists; everything about them is kept. Show archived students to restore them.</source>
        <translation>لا يظهر الطلاب المؤرشفون في القوائم اليومية، مع الاحتفاظ بكل بياناتهم. اعرض الطلاب المؤرشفين لاستعادتهم.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>أُرشف %1.</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>استُعيد %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) archived.</source>
        <translation>
            <numerusform>أُرشف %n طالب.</numerusform>
            <numerusform>أُرشف %n طالب.</numerusform>
            <numerusform>أُرشف %n طالبان.</numerusform>
            <numerusform>أُرشف %n طلاب.</numerusform>
            <numerusform>أُرشف %n طالبًا.</numerusform>
            <numerusform>أُرشف %n طالب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) restored.</source>
        <translation>
            <numerusform>استُعيد %n طالب.</numerusform>
            <numerusform>استُعيد %n طالب.</numerusform>
            <numerusform>استُعيد %n طالبان.</numerusform>
            <numerusform>استُعيد %n طلاب.</numerusform>
            <numerusform>استُعيد %n طالبًا.</numerusform>
            <numerusform>استُعيد %n طالب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export students</source>
        <translation>تصدير الطلاب</translation>
    </message>
    <message>
        <source>students.csv</source>
        <translation>الطلاب.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1.</source>
        <translation>
            <numerusform>صُدّر %n طالب إلى %1.</numerusform>
            <numerusform>صُدّر %n طالب إلى %1.</numerusform>
            <numerusform>صُدّر %n طالبان إلى %1.</numerusform>
            <numerusform>صُدّر %n طلاب إلى %1.</numerusform>
            <numerusform>صُدّر %n طالبًا إلى %1.</numerusform>
            <numerusform>صُدّر %n طالب إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived student(s)</source>
        <translation>
            <numerusform>%n طالب مؤرشف</numerusform>
            <numerusform>%n طالب مؤرشف</numerusform>
            <numerusform>%n طالبان مؤرشفان</numerusform>
            <numerusform>%n طلاب مؤرشفون</numerusform>
            <numerusform>%n طالبًا مؤرشفًا</numerusform>
            <numerusform>%n طالب مؤرشف</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>&amp;Face enrolment…</source>
        <translation>تسجيل الوجه…</translation>
    </message>
</context>
<context>
    <name>cd::TemplateKeychain</name>
    <message>
        <source>The keychain of this computer cannot be used, so face templates cannot be stored safely and face enrolment is turned off.</source>
        <translation>لا يمكن استخدام سلسلة المفاتيح على هذا الحاسوب، لذا لا يمكن تخزين قوالب الوجه بأمان، وقد أُوقف تسجيل الوجوه.</translation>
    </message>
    <message>
        <source>The face template key in the keychain is damaged, so face templates cannot be read. Restore the key or remove it and enrol the faces again.</source>
        <translation>مفتاح قوالب الوجه في سلسلة المفاتيح تالف، لذا لا يمكن قراءة قوالب الوجه. استعد المفتاح، أو احذفه وأعد تسجيل الوجوه.</translation>
    </message>
    <message>
        <source>The keychain holds no face template key (it may be locked), so the stored face templates cannot be read.</source>
        <translation>لا تحتوي سلسلة المفاتيح على مفتاح لقوالب الوجه (ربما تكون مقفلة)، لذا لا يمكن قراءة قوالب الوجه المخزّنة.</translation>
    </message>
    <message>
        <source>The encryption library could not start, so face templates cannot be stored.</source>
        <translation>تعذّر تشغيل مكتبة التشفير، لذا لا يمكن تخزين قوالب الوجه.</translation>
    </message>
</context>
<context>
    <name>cd::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>مقفل حتى %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) since the last success or unlock.</source>
        <translation>
            <numerusform>%n محاولة دخول فاشلة منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
            <numerusform>%n محاولة دخول فاشلة منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
            <numerusform>%n محاولتا دخول فاشلتان منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
            <numerusform>%n محاولات دخول فاشلة منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
            <numerusform>%n محاولةَ دخول فاشلة منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
            <numerusform>%n محاولة دخول فاشلة منذ آخر تسجيل دخول ناجح أو إلغاء قفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student record not found</source>
        <translation>لم يُعثر على سجل الطالب</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>student number, then name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>سجل الطالب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>cd::VideoFileFrameSource</name>
    <message>
        <source>Video file: %1</source>
        <translation>ملف الفيديو: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>School records, gradebook, fees and attendance.</source>
        <translation>سجلات المدرسة وسجل الدرجات والرسوم والحضور.</translation>
    </message>
    <message>
        <source>Open this school database.</source>
        <translation>يفتح قاعدة بيانات المدرسة هذه.</translation>
    </message>
    <message>
        <source>Use this language (en, ar, fr) for this run.</source>
        <translation>يستخدم هذه اللغة (en أو ar أو fr) في هذا التشغيل.</translation>
    </message>
    <message>
        <source>Start as usual, show the first window, wait until idle, print the time taken and quit.</source>
        <translation>يبدأ كالمعتاد، ويعرض النافذة الأولى، وينتظر حتى يتوقف النشاط، ثم يطبع الوقت المستغرق وينهي التشغيل.</translation>
    </message>
    <message>
        <source>CampusDesk cannot open the database</source>
        <translation>يتعذّر على CampusDesk فتح قاعدة البيانات</translation>
    </message>
</context>
</TS>