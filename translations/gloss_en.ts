<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="198"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="199"/>
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
