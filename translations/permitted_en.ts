<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>permitted::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>%n problem(s) would get this message blocked</source>
        <translation>
            <numerusform>%n problem would get this message blocked</numerusform>
            <numerusform>%n problems would get this message blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>This message still has %n problem(s) that would get it blocked by Amazon. Copy it anyway?</source>
        <translation>
            <numerusform>This message still has %n problem that would get it blocked by Amazon. Copy it anyway?</numerusform>
            <numerusform>This message still has %n problems that would get it blocked by Amazon. Copy it anyway?</numerusform>
        </translation>
    </message>
</context>
</TS>
