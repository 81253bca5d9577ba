<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationBrowser</name>
    <message numerus="yes">
        <location filename="../../../../ui/annotationbrowser.cpp" line="164"/>
        <source>Orphaned (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTreeModel</name>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="430"/>
        <source>%n highlights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="432"/>
        <source>%n supporting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="433"/>
        <source>%n challenging</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="434"/>
        <source>%n examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="437"/>
        <source>%n loaded so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/annotationtreemodel.cpp" line="441"/>
        <source>%1: %n highlights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgumentMatrixModel</name>
    <message numerus="yes">
        <location filename="../../../../model/argumentmatrixmodel.cpp" line="135"/>
        <source>%n passages support it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/argumentmatrixmodel.cpp" line="136"/>
        <source>%n passages challenge it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/argumentmatrixmodel.cpp" line="137"/>
        <source>%n passages are examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../../../model/cli.cpp" line="335"/>
        <source>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</source>
        <translation>
            <numerusform>the quote occurs once in post %1.</numerusform>
            <numerusform>the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/cli.cpp" line="342"/>
        <source>--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.</source>
        <translation>
            <numerusform>--occurrence %1 is out of range: the quote occurs once in post %2.</numerusform>
            <numerusform>--occurrence %1 is out of range: the quote occurs %n times in post %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../../../ui/findbar.cpp" line="263"/>
        <source>%1 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="422"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="423"/>
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 of %n post</numerusform>
            <numerusform>%1 of %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="703"/>
        <source>%n post(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="704"/>
        <source>%n post(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="705"/>
        <source>%n post(s) unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="707"/>
        <source>%n highlight(s) moved with their passage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="708"/>
        <source>%n highlight(s) orphaned: their passage is gone; see the Highlights panel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/mainwindow.cpp" line="712"/>
        <source>%n annotation(s) restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message numerus="yes">
        <location filename="../../../../model/postdocument.cpp" line="110"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../../../ui/tagmanagerdialog.cpp" line="274"/>
        <source>%n highlights tagged with “%1” will be tagged with “%2” instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/tagmanagerdialog.cpp" line="277"/>
        <source>Its %n sub-arguments move along.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/tagmanagerdialog.cpp" line="320"/>
        <source>Its %n sub-arguments are deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../ui/tagmanagerdialog.cpp" line="330"/>
        <source>%n highlights are tagged with this argument or its children.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <location filename="../../../../model/tagtreemodel.cpp" line="321"/>
        <source>%n highlights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../model/tagtreemodel.cpp" line="447"/>
        <source>Move %n Arguments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
