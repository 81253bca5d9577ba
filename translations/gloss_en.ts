<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../../../model/cli.cpp" line="320"/>
        <source>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</source>
        <translation>
            <numerusform>the quote occurs once in post %1.</numerusform>
            <numerusform>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/cli.cpp" line="327"/>
        <source>--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.</source>
        <translation>
            <numerusform>--occurrence %1 is out of range: the quote occurs once in post %2.</numerusform>
            <numerusform>--occurrence %1 is out of range: the quote occurs %n times in post %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="273"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="274"/>
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 of %n post</numerusform>
            <numerusform>%1 of %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message numerus="yes">
        <location filename="../../../../model/postdocument.cpp" line="109"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
</TS>
