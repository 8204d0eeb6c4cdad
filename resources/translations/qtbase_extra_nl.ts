<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Qt's own texts that Qt's Dutch catalogue (qtbase_nl.qm, shipped with PySide6) lacks in the
dialogs NetPlanner shows: that catalogue still has some Qt 5 forms ("Look in:" where Qt 6 asks
for "&Look in:"; "Folder" in the QFileDialog context where Qt 6 asks QAbstractFileIconProvider).
Written by hand, not by lupdate; netplanner/gui/translation.py loads it after Qt's own, so it
is searched first. tests/gui/test_qt_dialogs_dutch.py walks the dialogs and fails on English.
-->
<TS version="2.1" language="nl">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
</TS>
