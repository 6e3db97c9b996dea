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
    <name>FeeRules</name>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>The description can be at most %n character long.</numerusform>
            <numerusform>The description can be at most %n characters long.</numerusform>
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
    <name>StudentRules</name>
    <message numerus="yes">
        <source>The guardian&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>The guardian&apos;s name can be at most %n character long.</numerusform>
            <numerusform>The guardian&apos;s name can be at most %n characters long.</numerusform>
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
    <name>cd::MainWindow</name>
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
</context>
</TS>
