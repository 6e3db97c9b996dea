<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceRules</name>
    <message numerus="yes">
        <source>A note can be at most %n characters long.</source>
        <translation>
            <numerusform>A note can be at most %n character long.</numerusform>
            <numerusform>A note can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n characters long.</source>
        <translation>
            <numerusform>A reason can be at most %n character long.</numerusform>
            <numerusform>A reason can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s), or ask an administrator to unlock the account.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n minute, or ask an administrator to unlock the account.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n minutes, or ask an administrator to unlock the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseRules</name>
    <message numerus="yes">
        <source>The course title can be at most %n characters long.</source>
        <translation>
            <numerusform>The course title can be at most %n character long.</numerusform>
            <numerusform>The course title can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFileExport</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaceTemplateRepository</name>
    <message numerus="yes">
        <source>None of the %n stored face template(s) could be opened with this computer's key. The key may have been replaced; enrol the faces again or restore the key.</source>
        <translation>
            <numerusform>None of the %n stored face template could be opened with this computer's key. The key may have been replaced; enrol the faces again or restore the key.</numerusform>
            <numerusform>None of the %n stored face templates could be opened with this computer's key. The key may have been replaced; enrol the faces again or restore the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message numerus="yes">
        <source>Late fee: %1, %n day(s) after the due date %2</source>
        <translation>
            <numerusform>Late fee: %1, %n day after the due date %2</numerusform>
            <numerusform>Late fee: %1, %n days after the due date %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeRules</name>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>The description can be at most %n character long.</numerusform>
            <numerusform>The description can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The program can be at most %n characters long.</source>
        <translation>
            <numerusform>The program can be at most %n character long.</numerusform>
            <numerusform>The program can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradebookRules</name>
    <message numerus="yes">
        <source>The title can be at most %n characters long.</source>
        <translation>
            <numerusform>The title can be at most %n character long.</numerusform>
            <numerusform>The title can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The category's name can be at most %n characters long.</source>
        <translation>
            <numerusform>The category's name can be at most %n character long.</numerusform>
            <numerusform>The category's name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageSequenceReader</name>
    <message numerus="yes">
        <source>The folder %1 contains no images CampusDesk can read (%n other file(s) skipped).</source>
        <translation>
            <numerusform>The folder %1 contains no images CampusDesk can read (%n other file skipped).</numerusform>
            <numerusform>The folder %1 contains no images CampusDesk can read (%n other files skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) could be read.</source>
        <translation>
            <numerusform>None of the %n image could be read.</numerusform>
            <numerusform>None of the %n images could be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagingRules</name>
    <message numerus="yes">
        <source>A message can be at most %n characters long.</source>
        <translation>
            <numerusform>A message can be at most %n character long.</numerusform>
            <numerusform>A message can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentRules</name>
    <message numerus="yes">
        <source>The guardian's name can be at most %n characters long.</source>
        <translation>
            <numerusform>The guardian's name can be at most %n character long.</numerusform>
            <numerusform>The guardian's name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first name can be at most %n characters long.</source>
        <translation>
            <numerusform>The first name can be at most %n character long.</numerusform>
            <numerusform>The first name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last name can be at most %n characters long.</source>
        <translation>
            <numerusform>The last name can be at most %n character long.</numerusform>
            <numerusform>The last name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message numerus="yes">
        <source>The full name can be at most %n characters long.</source>
        <translation>
            <numerusform>The full name can be at most %n character long.</numerusform>
            <numerusform>The full name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AttendancePage</name>
    <message numerus="yes">
        <source>%1 was marked late: the mark was made after the late threshold (more than %n minute(s) after the start).</source>
        <translation>
            <numerusform>%1 was marked late: the mark was made after the late threshold (more than %n minute after the start).</numerusform>
            <numerusform>%1 was marked late: the mark was made after the late threshold (more than %n minutes after the start).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) marked present.</source>
        <translation>
            <numerusform>%n student marked present.</numerusform>
            <numerusform>%n students marked present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) without a mark will be marked absent.</source>
        <translation>
            <numerusform>%n student without a mark will be marked absent.</numerusform>
            <numerusform>%n students without a mark will be marked absent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session finished; %n student(s) marked absent.</source>
        <translation>
            <numerusform>Session finished; %n student marked absent.</numerusform>
            <numerusform>Session finished; %n students marked absent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply &amp;late threshold (%n min)</source>
        <translation>
            <numerusform>Apply &amp;late threshold (%n min)</numerusform>
            <numerusform>Apply &amp;late threshold (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: started %1, late after %n minute(s)</source>
        <translation>
            <numerusform>Open: started %1, late after %n minute</numerusform>
            <numerusform>Open: started %1, late after %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session finished with the camera; %n student(s) marked absent.</source>
        <translation>
            <numerusform>Session finished with the camera; %n student marked absent.</numerusform>
            <numerusform>Session finished with the camera; %n students marked absent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AttendanceReportPage</name>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the minimum</source>
        <translation>
            <numerusform>%n below the minimum</numerusform>
            <numerusform>%n below the minimum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AuditLogPage</name>
    <message numerus="yes">
        <source>Only the newest %n entries are shown. Narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Only the newest %n entry are shown. Narrow the filters to see older ones.</numerusform>
            <numerusform>Only the newest %n entries are shown. Narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::BulkFaceEnrolmentDialog</name>
    <message numerus="yes">
        <source>Enrolling from %n photo(s)…</source>
        <translation>
            <numerusform>Enrolling from %n photo…</numerusform>
            <numerusform>Enrolling from %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n photo(s) enrolled before that; </source>
        <translation>
            <numerusform>Cancelled: %n photo enrolled before that; </numerusform>
            <numerusform>Cancelled: %n photos enrolled before that; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation>
            <numerusform>%n not used.</numerusform>
            <numerusform>%n not used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n photo(s) enrolled, </source>
        <translation>
            <numerusform>Done: %n photo enrolled, </numerusform>
            <numerusform>Done: %n photos enrolled, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CoursesPage</name>
    <message numerus="yes">
        <source>Students in %1 %2: %n enrolled</source>
        <translation>
            <numerusform>Students in %1 %2: %n enrolled</numerusform>
            <numerusform>Students in %1 %2: %n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n student enrolled.</numerusform>
            <numerusform>%n students enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n student(s) from %1?</source>
        <translation>
            <numerusform>Drop %n student from %1?</numerusform>
            <numerusform>Drop %n students from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) dropped from %1.</source>
        <translation>
            <numerusform>%n student dropped from %1.</numerusform>
            <numerusform>%n students dropped from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::EnrolStudentsDialog</name>
    <message numerus="yes">
        <source>%n matching student(s); %1 selected.</source>
        <translation>
            <numerusform>%n matching student; %1 selected.</numerusform>
            <numerusform>%n matching students; %1 selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching student(s).</source>
        <translation>
            <numerusform>%n matching student.</numerusform>
            <numerusform>%n matching students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol &amp;all %n matching</source>
        <translation>
            <numerusform>Enrol &amp;all %n matching</numerusform>
            <numerusform>Enrol &amp;all %n matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation>
            <numerusform>%n student enrolled.</numerusform>
            <numerusform>%n students enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled and left as they were.</source>
        <translation>
            <numerusform>%n already enrolled and left as they were.</numerusform>
            <numerusform>%n already enrolled and left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FaceEnrolmentDialog</name>
    <message numerus="yes">
        <source>%n face template(s) stored.</source>
        <translation>
            <numerusform>%n face template stored.</numerusform>
            <numerusform>%n face templates stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Examining %n photo(s)…</source>
        <translation>
            <numerusform>Examining %n photo…</numerusform>
            <numerusform>Examining %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) enrolled, </source>
        <translation>
            <numerusform>%n photo enrolled, </numerusform>
            <numerusform>%n photos enrolled, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not used.</source>
        <translation>
            <numerusform>%n not used.</numerusform>
            <numerusform>%n not used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n face template(s) of %1 %2? This cannot be undone; the student would have to be enrolled again.</source>
        <translation>
            <numerusform>Delete all %n face template of %1 %2? This cannot be undone; the student would have to be enrolled again.</numerusform>
            <numerusform>Delete all %n face templates of %1 %2? This cannot be undone; the student would have to be enrolled again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FeeStructuresDialog</name>
    <message numerus="yes">
        <source>%1 after %n day(s)</source>
        <translation>
            <numerusform>%1 after %n day</numerusform>
            <numerusform>%1 after %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FeesPage</name>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue invoices</source>
        <translation>
            <numerusform>%n with overdue invoices</numerusform>
            <numerusform>%n with overdue invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s).</source>
        <translation>
            <numerusform>Late fees charged on %n invoice.</numerusform>
            <numerusform>Late fees charged on %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GenerateInvoicesDialog</name>
    <message numerus="yes">
        <source>%n student(s) will get an invoice.</source>
        <translation>
            <numerusform>%n student will get an invoice.</numerusform>
            <numerusform>%n students will get an invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already have one and will be skipped.</source>
        <translation>
            <numerusform>%n already have one and will be skipped.</numerusform>
            <numerusform>%n already have one and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) made.</source>
        <translation>
            <numerusform>%n invoice made.</numerusform>
            <numerusform>%n invoices made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) skipped: they already had one.</source>
        <translation>
            <numerusform>%n student skipped: they already had one.</numerusform>
            <numerusform>%n students skipped: they already had one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GradebookPage</name>
    <message numerus="yes">
        <source>%n student(s) still have assessments without a mark. </source>
        <translation>
            <numerusform>%n student still have assessments without a mark. </numerusform>
            <numerusform>%n students still have assessments without a mark. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) written to %1.</source>
        <translation>
            <numerusform>%n report card written to %1.</numerusform>
            <numerusform>%n report cards written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImageSequenceFrameSource</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportStudentsDialog</name>
    <message numerus="yes">
        <source>%n student row(s), %1 columns separated by %2, %3 text. The first rows are shown below.</source>
        <translation>
            <numerusform>%n student row, %1 columns separated by %2, %3 text. The first rows are shown below.</numerusform>
            <numerusform>%n student rows, %1 columns separated by %2, %3 text. The first rows are shown below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready: Import adds them as new students.</source>
        <translation>
            <numerusform>All %n row are ready: Import adds them as new students.</numerusform>
            <numerusform>All %n rows are ready: Import adds them as new students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until they are fixed. Correct the file (Export problems gives the list) or the column choices, then check again.</source>
        <translation>
            <numerusform>%n problem found; nothing will be imported until they are fixed. Correct the file (Export problems gives the list) or the column choices, then check again.</numerusform>
            <numerusform>%n problems found; nothing will be imported until they are fixed. Correct the file (Export problems gives the list) or the column choices, then check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no problem.</source>
        <translation>
            <numerusform>%n row have no problem.</numerusform>
            <numerusform>%n rows have no problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n student(s)…</source>
        <translation>
            <numerusform>Importing %n student…</numerusform>
            <numerusform>Importing %n students…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>%n student imported.</numerusform>
            <numerusform>%n students imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LiveAttendanceDialog</name>
    <message numerus="yes">
        <source>%n enrolled face(s) loaded for this class.</source>
        <translation>
            <numerusform>%n enrolled face loaded for this class.</numerusform>
            <numerusform>%n enrolled faces loaded for this class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face template(s) could not be read; enrol those students again.</source>
        <translation>
            <numerusform>%n face template could not be read; enrol those students again.</numerusform>
            <numerusform>%n face templates could not be read; enrol those students again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the register and finish the session? %n student(s) not seen will be marked absent.</source>
        <translation>
            <numerusform>Save the register and finish the session? %n student not seen will be marked absent.</numerusform>
            <numerusform>Save the register and finish the session? %n students not seen will be marked absent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) are not saved yet. Close and discard them?</source>
        <translation>
            <numerusform>%n mark are not saved yet. Close and discard them?</numerusform>
            <numerusform>%n marks are not saved yet. Close and discard them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PasswordFields</name>
    <message numerus="yes">
        <source>Use at least %n characters; a long phrase is easier to remember.</source>
        <translation>
            <numerusform>Use at least %n character; a long phrase is easier to remember.</numerusform>
            <numerusform>Use at least %n characters; a long phrase is easier to remember.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message numerus="yes">
        <source>Amount in %1, with at most %n decimal(s)</source>
        <translation>
            <numerusform>Amount in %1, with at most %n decimal</numerusform>
            <numerusform>Amount in %1, with at most %n decimals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StudentAccountView</name>
    <message numerus="yes">
        <source>%n invoice(s) overdue.</source>
        <translation>
            <numerusform>%n invoice overdue.</numerusform>
            <numerusform>%n invoices overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StudentDialog</name>
    <message numerus="yes">
        <source>Enrolled in %n course(s) of %1:</source>
        <translation>
            <numerusform>Enrolled in %n course of %1:</numerusform>
            <numerusform>Enrolled in %n courses of %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StudentsPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found</source>
        <translation>
            <numerusform>%n student found</numerusform>
            <numerusform>%n students found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n student(s)?</source>
        <translation>
            <numerusform>Archive %n student?</numerusform>
            <numerusform>Archive %n students?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) archived.</source>
        <translation>
            <numerusform>%n student archived.</numerusform>
            <numerusform>%n students archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) restored.</source>
        <translation>
            <numerusform>%n student restored.</numerusform>
            <numerusform>%n students restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1.</source>
        <translation>
            <numerusform>%n student exported to %1.</numerusform>
            <numerusform>%n students exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived student(s)</source>
        <translation>
            <numerusform>%n archived student</numerusform>
            <numerusform>%n archived students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::UserTableModel</name>
    <message numerus="yes">
        <source>%n failed sign-in(s) since the last success or unlock.</source>
        <translation>
            <numerusform>%n failed sign-in since the last success or unlock.</numerusform>
            <numerusform>%n failed sign-ins since the last success or unlock.</numerusform>
        </translation>
    </message>
</context>
</TS>