<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
<context>
    <name>AgendaExport</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="52"/>
        <source>%n geplande contacten bewaard in %1. Let op: dit bestand is niet versleuteld.</source>
        <translation>
            <numerusform>%n gepland contact bewaard in %1. Let op: dit bestand is niet versleuteld.</numerusform>
            <numerusform>%n geplande contacten bewaard in %1. Let op: dit bestand is niet versleuteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="233"/>
        <source>%n deelnemers, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)</source>
        <translation>
            <numerusform>%n deelnemer, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)</numerusform>
            <numerusform>%n deelnemers, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="116"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScalesTab</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="244"/>
        <source>%n metingen opgeslagen.</source>
        <translation>
            <numerusform>%n meting opgeslagen.</numerusform>
            <numerusform>%n metingen opgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamAdminDialog</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="354"/>
        <source>%n dossiers overgedragen.</source>
        <translation>
            <numerusform>%n dossier overgedragen.</numerusform>
            <numerusform>%n dossiers overgedragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="151"/>
        <source>De pincode klopt niet. Nog %n pogingen.</source>
        <translation>
            <numerusform>De pincode klopt niet. Nog %n poging.</numerusform>
            <numerusform>De pincode klopt niet. Nog %n pogingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="53"/>
        <source>%n wijzigingen geweigerd en apart gezet.</source>
        <translation>
            <numerusform>%n wijziging geweigerd en apart gezet.</numerusform>
            <numerusform>%n wijzigingen geweigerd en apart gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="56"/>
        <source>%n conflicten om na te kijken.</source>
        <translation>
            <numerusform>%n conflict om na te kijken.</numerusform>
            <numerusform>%n conflicten om na te kijken.</numerusform>
        </translation>
    </message>
</context>
</TS>
