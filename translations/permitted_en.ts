<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LibraryCommand</name>
    <message numerus="yes">
        <location filename="../app/editor/library_command.cpp" line="57"/>
        <source>%n template(s) exported to %1</source>
        <translation>
            <numerusform>%n template exported to %1</numerusform>
            <numerusform>%n templates exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="23"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_opening_text.cpp" line="25"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="47"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="49"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/check/report.cpp" line="50"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::FindBar</name>
    <message numerus="yes">
        <location filename="../ui/editor/find_bar.cpp" line="154"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::LibraryPanel</name>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="366"/>
        <source>Delete the template “%1” and its %n language(s)?</source>
        <translation>
            <numerusform>Delete the template “%1” and its language?</numerusform>
            <numerusform>Delete the template “%1” and its %n languages?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_panel.cpp" line="379"/>
        <location filename="../ui/library/library_panel.cpp" line="389"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n template exported.</numerusform>
            <numerusform>%n templates exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="508"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problem would get this message blocked</numerusform>
            <numerusform>%n problems would get this message blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="597"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>This message still has %n problem that would get it blocked by Amazon. Copy it anyway?</numerusform>
            <numerusform>This message still has %n problems that would get it blocked by Amazon. Copy it anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="601"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::OrderPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/order_panel.cpp" line="173"/>
        <source>%n message(s) copied for this order before; the last: %1, on %2.</source>
        <translation>
            <numerusform>%n message copied for this order before; the last: %1, on %2.</numerusform>
            <numerusform>%n messages copied for this order before; the last: %1, on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/problems_panel.cpp" line="131"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>permitted::SourcePane</name>
    <message numerus="yes">
        <location filename="../ui/library/source_pane.cpp" line="68"/>
        <source>To review: %n sentence(s) of the source changed since the last review, marked below.</source>
        <translation>
            <numerusform>To review: %n sentence of the source changed since the last review, marked below.</numerusform>
            <numerusform>To review: %n sentences of the source changed since the last review, marked below.</numerusform>
        </translation>
    </message>
</context>
</TS>
