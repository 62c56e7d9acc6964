<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>permitted::MainWindow</name>
    <message>
        <source>Permitted</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Permitted checks buyer messages against Amazon&apos;s rules.</source>
        <translation>Permitted vérifie vos messages aux acheteurs au regard des règles d&apos;Amazon.</translation>
    </message>
</context>
</TS>
