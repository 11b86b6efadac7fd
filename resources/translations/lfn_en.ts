<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="16"/>
        <source>Over LfN Desktop</source>
        <translation>About LfN Desktop</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="18"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="18"/>
        <source>Bouw</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="19"/>
        <source>Gebouwd op</source>
        <translation>Built on</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="19"/>
        <source>Schema van de kluis</source>
        <translation>Vault schema</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="20"/>
        <source>Synchronisatieprotocol</source>
        <translation>Sync protocol</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="20"/>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="21"/>
        <source>Systeem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="23"/>
        <source>Voor trajectbegeleiders van lokale partnerschappen.</source>
        <translation>For outreaching coaches of local partnerships.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/about_dialog.py" line="25"/>
        <source>Versie-informatie</source>
        <translation>Version information</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="49"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="50"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="51"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="52"/>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="53"/>
        <source>S&amp;ynchronisatie</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="54"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="58"/>
        <source>&amp;Nieuwe deelnemer…</source>
        <translation>&amp;New participant…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="60"/>
        <source>Nieuwe deelnemer (intake)</source>
        <translation>New participant (intake)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="61"/>
        <source>&amp;Reservekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="62"/>
        <source>Reservekopieën: map, hoeveel bewaren, nu maken, terugzetten (ook vergrendeld)</source>
        <translation>Backups: folder, how many to keep, make one now, restore (also while locked)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="65"/>
        <source>A&amp;genda exporteren (ICS)…</source>
        <translation>Export a&amp;genda (ICS)…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="66"/>
        <source>Geplande contacten als agendabestand voor Outlook of telefoon (zonder namen)</source>
        <translation>Planned contacts as a calendar file for Outlook or a phone (without names)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="68"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="70"/>
        <source>Scherm vergrendelen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="71"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="73"/>
        <source>Afsluiten (concepten blijven bewaard)</source>
        <translation>Quit (drafts are kept)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="74"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="76"/>
        <source>Laatste wijziging ongedaan maken (buiten een tekstveld)</source>
        <translation>Undo the last change (outside a text field)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="77"/>
        <source>Opnieuw &amp;doen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="79"/>
        <source>Wat ongedaan gemaakt is, opnieuw doen</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="80"/>
        <source>Contact &amp;registreren</source>
        <translation>&amp;Record contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="82"/>
        <source>Contact registreren in het open dossier</source>
        <translation>Record a contact in the open dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="83"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="85"/>
        <source>Terug naar de caseload</source>
        <translation>Back to the caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="86"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="88"/>
        <source>Zoeken in de caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="89"/>
        <source>&amp;Belasting per coach</source>
        <translation>&amp;Load per coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="91"/>
        <source>Belasting per coach (teamleider)</source>
        <translation>Load per coach (team lead)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="92"/>
        <source>&amp;Persona&apos;s…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="93"/>
        <source>Persona&apos;s van het partnerschap en hun verwachte intensiteit (teamleider)</source>
        <translation>The partnership&apos;s personas and the intensity they expect (team lead)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="96"/>
        <source>Casusbesp&amp;rekingen</source>
        <translation>Case disc&amp;ussions</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="98"/>
        <source>Casusbesprekingen: agenda, verslag, acties</source>
        <translation>Case discussions: agenda, record, actions</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="99"/>
        <source>C&amp;ijfers en kwartaalrapport</source>
        <translation>F&amp;igures and quarterly report</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="101"/>
        <source>Cijfers en kwartaalrapport</source>
        <translation>Figures and quarterly report</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="102"/>
        <source>Gep&amp;ubliceerde cijfers</source>
        <translation>P&amp;ublished figures</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="104"/>
        <source>Wat de teamleider publiceerde voor de ondersteuningsgroep</source>
        <translation>What the team lead published for the support group</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="105"/>
        <source>&amp;Pincode voor snel ontgrendelen…</source>
        <translation>&amp;PIN for quick unlock…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="106"/>
        <source>Een pincode om na vergrendelen snel te ontgrendelen (tot de app sluit)</source>
        <translation>A PIN to unlock quickly after a lock (until the app closes)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="108"/>
        <source>Nu &amp;synchroniseren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="110"/>
        <source>Synchroniseren met de server</source>
        <translation>Sync with the server</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="111"/>
        <source>Laptop &amp;koppelen aan de server…</source>
        <translation>&amp;Link laptop to the server…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="113"/>
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="115"/>
        <source>&amp;Teambeheer…</source>
        <translation>&amp;Team administration…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="116"/>
        <source>Teambeheer (teamleider, online): mensen, laptops, organisaties, toewijzingen</source>
        <translation>Team administration (team lead, online): people, laptops, organisations, assignments</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="119"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="121"/>
        <source>Deze lijst met sneltoetsen</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="122"/>
        <source>&amp;Over LfN Desktop…</source>
        <translation>&amp;About LfN Desktop…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="130"/>
        <source>Gekozen deelnemer openen (in de caseload)</source>
        <translation>Open the selected participant (in the caseload)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="131"/>
        <source>Volgend tabblad van het dossier</source>
        <translation>Next tab of the dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="132"/>
        <source>Volgend / vorig veld</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="133"/>
        <source>Levensdomein of vakje aan- of uitzetten</source>
        <translation>Toggle a life domain or check box</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="134"/>
        <source>Formulier opslaan</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="135"/>
        <source>Formulier sluiten; het concept blijft bewaard</source>
        <translation>Close the form; the draft is kept</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/actions.py" line="136"/>
        <source>Naar dat veld of die knop</source>
        <translation>To that field or button</translation>
    </message>
</context>
<context>
    <name>AgendaExport</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="24"/>
        <source>Agenda exporteren</source>
        <translation>Export agenda</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="25"/>
        <source>Het agendabestand is niet versleuteld. Het bevat per gepland contact het dossiernummer, de dag en de plaats van het laatste contact: geen namen, geen notities. Een agenda wordt vaak gesynchroniseerd met een telefoon of mailserver; bewaar het bestand alleen waar het veilig is en wis het na het importeren.</source>
        <translation>The agenda file is not encrypted. For each planned contact it holds the dossier number, the day and the place of the last contact: no names, no notes. A calendar is often synced with a phone or mail server; keep the file only where it is safe and delete it after importing.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="29"/>
        <source>&amp;Doorgaan…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="30"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="41"/>
        <source>Agenda bewaren</source>
        <translation>Save agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/agenda_export.py" line="52"/>
        <source>%n geplande contacten bewaard in %1. Let op: dit bestand is niet versleuteld.</source>
        <translation>
            <numerusform>%n planned contact saved in %1. Note: this file is not encrypted.</numerusform>
            <numerusform>%n planned contacts saved in %1. Note: this file is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/application.py" line="55"/>
        <source>Demokluis met verzonnen gegevens. Wachtzin: %1</source>
        <translation>Demo vault with invented data. Passphrase: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="46"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="50"/>
        <source>Map van de reservekopieën</source>
        <translation>Folder of the backups</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="51"/>
        <source>Andere &amp;map kiezen…</source>
        <translation>Choose another &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="53"/>
        <source>&amp;Standaardmap</source>
        <translation>&amp;Default folder</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="55"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="56"/>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="64"/>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="65"/>
        <source>Bewaar van de laatste &amp;dagen:</source>
        <translation>Keep one of each of the last &amp;days:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="67"/>
        <source>en van de laatste &amp;weken:</source>
        <translation>and of each of the last &amp;weeks:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="71"/>
        <source>Na het ontgrendelen maakt LfN Desktop één keer per dag een versleutelde reservekopie, en altijd vóór een update van de kluis. Elke kopie wordt nagekeken terwijl ze geschreven wordt. Een kopie opent met de wachtzin van toen.</source>
        <translation>After unlocking, LfN Desktop makes an encrypted backup once a day, and always before an update of the vault. Every copy is checked as it is written. A copy opens with the passphrase of that time.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="76"/>
        <source>Lijst van reservekopieën</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="77"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="77"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="77"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="85"/>
        <source>&amp;Nu een reservekopie maken</source>
        <translation>Make a backup &amp;now</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="87"/>
        <source>Ontgrendel de kluis om een reservekopie te maken.</source>
        <translation>Unlock the vault to make a backup.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="89"/>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="92"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="94"/>
        <source>S&amp;luiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="121"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="127"/>
        <source>Er is nog geen reservekopie in deze map.</source>
        <translation>There is no backup in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="132"/>
        <source>onleesbaar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="133"/>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="133"/>
        <source>vóór een update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="134"/>
        <source>zelf gemaakt</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="147"/>
        <source>Map voor de reservekopieën</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="158"/>
        <source>Nieuwe reservekopieën gaan voortaan naar %1.</source>
        <translation>New backups go to %1 from now on.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="169"/>
        <source>De keuze kon niet bewaard worden.</source>
        <translation>The choice could not be saved.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="177"/>
        <source>Bezig met een reservekopie…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="183"/>
        <source>Reservekopie gemaakt en nagekeken: %1</source>
        <translation>Backup made and checked: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="187"/>
        <source>De reservekopie lukte niet (%1). De kluis is onveranderd.</source>
        <translation>The backup failed (%1). The vault is unchanged.</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="19"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="20"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="21"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="22"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="23"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="24"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="25"/>
        <source>Dagen stil</source>
        <translation>Days quiet</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="26"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="27"/>
        <source>Loslaten</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/model.py" line="41"/>
        <source>Stilgevallen: al lang geen contact. Neem contact op.</source>
        <translation>Gone quiet: no contact for a long time. Get in touch.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="77"/>
        <source>Zoek op naam of dossiernummer… (Ctrl+F)</source>
        <translation>Search by name or dossier number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="78"/>
        <source>Zoeken in de caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="79"/>
        <source>Filter op fase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="80"/>
        <source>Lopende trajecten</source>
        <translation>Running trajectories</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="83"/>
        <source>Alle trajecten</source>
        <translation>All trajectories</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="84"/>
        <source>Filter op coach</source>
        <translation>Filter by coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="85"/>
        <source>Filter op gemeente</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="87"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="102"/>
        <source>&lt;b&gt;Nog geen deelnemers.&lt;/b&gt; Schrijf iemand in met &lt;i&gt;Bestand → Nieuwe deelnemer&lt;/i&gt; (Ctrl+N). Lopende trajecten uit een ander project neem je over met &lt;tt&gt;lfn-desktop import blad.xlsx&lt;/tt&gt;. Werk je in een team met een server, koppel dan deze laptop (&lt;i&gt;Synchronisatie → Laptop koppelen aan de server&lt;/i&gt;) en synchroniseer (F5): de dossiers van je caseload komen dan vanzelf.</source>
        <translation>&lt;b&gt;No participants yet.&lt;/b&gt; Register someone with &lt;i&gt;File → New participant&lt;/i&gt; (Ctrl+N). Running trajectories from another project are carried over with &lt;tt&gt;lfn-desktop import sheet.xlsx&lt;/tt&gt;. If your team works with a server, link this laptop (&lt;i&gt;Synchronisation → Link laptop to the server&lt;/i&gt;) and sync (F5): the dossiers of your caseload then arrive by themselves.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="106"/>
        <source>Uitleg bij een lege caseload</source>
        <translation>Help for an empty caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="109"/>
        <source>Nieuwe deelnemer inschrijven (Ctrl+N)</source>
        <translation>Register a new participant (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="112"/>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="114"/>
        <source>Caseload wordt geladen</source>
        <translation>Loading the caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="118"/>
        <source>&amp;Fase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="118"/>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="119"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="183"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="189"/>
        <source>Alle coaches</source>
        <translation>All coaches</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="205"/>
        <source>De caseload kon niet gelezen worden (%1).</source>
        <translation>The caseload could not be read (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/caseload/view.py" line="233"/>
        <source>%n deelnemers, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)</source>
        <translation>
            <numerusform>%n participant, of whom %1 gone quiet (no contact for %2 days or more)</numerusform>
            <numerusform>%n participants, of whom %1 gone quiet (no contact for %2 days or more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="29"/>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="30"/>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="50"/>
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="31"/>
        <source>Het traject van %1 afsluiten. Het dossier blijft daarna leesbaar en telt mee in de cijfers.</source>
        <translation>Close the trajectory of %1. The dossier stays readable afterwards and counts in the figures.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="33"/>
        <source>Uitstroom</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="35"/>
        <source>— kies de uitstroom —</source>
        <translation>— choose the outcome —</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="38"/>
        <source>Datum van afsluiten</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="39"/>
        <source>Dienst die overneemt</source>
        <translation>Service taking over</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="40"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="43"/>
        <source>Slotnota</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="46"/>
        <source>&amp;Uitstroom</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="47"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="48"/>
        <source>&amp;Warme overdracht naar</source>
        <translation>&amp;Warm handover to</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/close_dialog.py" line="49"/>
        <source>&amp;Slotnota</source>
        <translation>&amp;Closing note</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="160"/>
        <source>Conflicten na synchronisatie</source>
        <translation>Conflicts after synchronisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="166"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="170"/>
        <source>Twee mensen wijzigden hetzelfde zonder elkaars wijziging te zien. De laatste waarde is nu in gebruik; kies welke moet blijven.</source>
        <translation>Two people changed the same thing without seeing each other&apos;s change. The latest value is in use now; choose which one should stay.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="185"/>
        <source>Er zijn geen open conflicten.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="192"/>
        <source>zelfde veld gewijzigd (hard conflict)</source>
        <translation>same field changed (hard conflict)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="193"/>
        <source>verwijderd tegenover gewijzigd</source>
        <translation>deleted against changed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="194"/>
        <source>%1 — veld «%2» (%3): %4</source>
        <translation>%1 — field «%2» (%3): %4</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="199"/>
        <source>Nu in gebruik</source>
        <translation>In use now</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="200"/>
        <source>Andere wijziging</source>
        <translation>Other change</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="207"/>
        <source>Deze houden</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="215"/>
        <source>Wat de ander intussen wijzigde:</source>
        <translation>What the other person changed meanwhile:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="216"/>
        <source>Wat de ander wijzigde</source>
        <translation>What the other person changed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="223"/>
        <source>Verschil: </source>
        <translation>Difference: </translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="224"/>
        <source>Verschil tussen beide</source>
        <translation>Difference between both</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="226"/>
        <source>Samengevoegde tekst</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="229"/>
        <source>Schrijf de tekst zoals hij moet blijven (uit beide):</source>
        <translation>Write the text as it should stay (from both):</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="231"/>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="232"/>
        <source>Samengevoegde tekst bewaren</source>
        <translation>Keep the merged text</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="242"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="242"/>
        <source>behouden (terugzetten)</source>
        <translation>kept (restore)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/desk.py" line="42"/>
        <source>Opslaan lukte niet: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/desk.py" line="43"/>
        <source>Opslaan lukte niet (%1). Wat er al stond, blijft bewaard.</source>
        <translation>Saving did not work (%1). What was there is kept.</translation>
    </message>
</context>
<context>
    <name>DiscussionsView</name>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="51"/>
        <source>Casusbesprekingen</source>
        <translation>Case discussions</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="53"/>
        <source>Voorstellen voor de agenda</source>
        <translation>Suggestions for the agenda</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="54"/>
        <source>Op de &amp;agenda zetten</source>
        <translation>Put on the &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="54"/>
        <source>Op de agenda zetten</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="56"/>
        <source>Besprekingen</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="59"/>
        <source>&amp;Voorstellen (uit de caseload)</source>
        <translation>&amp;Suggestions (from the caseload)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="65"/>
        <source>Bespreking</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="69"/>
        <source>Waarde&amp;stappen (vanuit de deelnemer)</source>
        <translation>&amp;Value steps (from the participant’s point of view)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="80"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="83"/>
        <source>De deelnemer was er &amp;zelf bij</source>
        <translation>The participant was there &amp;herself</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="84"/>
        <source>De deelnemer was er zelf bij</source>
        <translation>The participant was there herself</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="62"/>
        <source>B&amp;esprekingen</source>
        <translation>Discussi&amp;ons</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="68"/>
        <source>Vraag achter de v&amp;raag</source>
        <translation>Question behind the &amp;question</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="70"/>
        <source>Wat was verspilli&amp;ng</source>
        <translation>What was wast&amp;e</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="71"/>
        <source>Systeem&amp;condities (regels, wachtlijsten, ontbrekend aanbod)</source>
        <translation>System &amp;conditions (rules, waiting lists, missing services)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="87"/>
        <source>&amp;Opslaan als besproken</source>
        <translation>Save as disc&amp;ussed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="88"/>
        <source>Opslaan als besproken</source>
        <translation>Save as discussed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="89"/>
        <source>Systeemconditie als si&amp;gnaal</source>
        <translation>System condition as si&amp;gnal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="90"/>
        <source>Systeemconditie als signaal bewaren</source>
        <translation>Save the system condition as a signal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="99"/>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="111"/>
        <source>Afgesproken acties</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="98"/>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="119"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="98"/>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="119"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="98"/>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="119"/>
        <source>Tegen</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="98"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="100"/>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="100"/>
        <source>wat, concreet</source>
        <translation>what, concretely</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="101"/>
        <source>Wie neemt de actie op</source>
        <translation>Who takes the action</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="102"/>
        <source>Tegen wanneer</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="103"/>
        <source>Actie &amp;toevoegen</source>
        <translation>Add ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="103"/>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="105"/>
        <source>A&amp;fgerond</source>
        <translation>Do&amp;ne</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="105"/>
        <source>Gekozen actie afgerond</source>
        <translation>Chosen action done</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="120"/>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="130"/>
        <source>Open acties van het team</source>
        <translation>Open actions of the team</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="119"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="122"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="143"/>
        <source>Aanwezig: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="153"/>
        <source>%1 dagen geen contact</source>
        <translation>no contact for %1 days</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="154"/>
        <source>loslaatschaal op %1: klaar om los te laten?</source>
        <translation>release scale at %1: ready to let go?</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="155"/>
        <source>achteruitgang op de ster</source>
        <translation>regression on the star</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="156"/>
        <source>open conflict na synchronisatie</source>
        <translation>open conflict after sync</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="173"/>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="173"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="194"/>
        <source>Dossier %1 — %2, gepland op %3</source>
        <translation>Dossier %1 — %2, planned on %3</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="210"/>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="210"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="224"/>
        <source>Kies eerst een voorstel.</source>
        <translation>Choose a suggestion first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="229"/>
        <source>Dossier %1 staat op de agenda.</source>
        <translation>Dossier %1 is on the agenda.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="237"/>
        <source>De bespreking is bewaard.</source>
        <translation>The discussion is saved.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="242"/>
        <source>Schrijf eerst de systeemconditie op.</source>
        <translation>Write down the system condition first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="253"/>
        <source>De systeemconditie is als signaal bewaard voor de ondersteuningsgroep.</source>
        <translation>The system condition is saved as a signal for the support group.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="259"/>
        <source>Schrijf eerst wat de actie is.</source>
        <translation>Write down what the action is first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="263"/>
        <source>Actie toegevoegd.</source>
        <translation>Action added.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="268"/>
        <source>Kies eerst een actie.</source>
        <translation>Choose an action first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/discussions/view.py" line="271"/>
        <source>Actie afgerond.</source>
        <translation>Action done.</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="64"/>
        <source>Naam van de deelnemer</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="66"/>
        <source>Dossiergegevens</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="67"/>
        <source>← Caseload</source>
        <translation>← Caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="67"/>
        <source>Terug naar de caseload</source>
        <translation>Back to the caseload</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="69"/>
        <source>Alt+Links</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="70"/>
        <source>Contact &amp;registreren</source>
        <translation>&amp;Record contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="71"/>
        <source>Contact registreren</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="72"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="73"/>
        <source>&amp;Eigen dossier voor de deelnemer…</source>
        <translation>&amp;Own file for the participant…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="74"/>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="244"/>
        <source>Eigen dossier voor de deelnemer</source>
        <translation>Own file for the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="76"/>
        <source>Si&amp;gnaal…</source>
        <translation>&amp;Signal…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="76"/>
        <source>Signaal melden</source>
        <translation>Report a signal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="79"/>
        <source>Dossier wordt geladen</source>
        <translation>Loading the dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="96"/>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="97"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="98"/>
        <source>Logboe&amp;k</source>
        <translation>&amp;Logbook</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="99"/>
        <source>&amp;Traject</source>
        <translation>&amp;Trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="100"/>
        <source>&amp;Netwerkkaart</source>
        <translation>&amp;Network map</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="101"/>
        <source>&amp;Schalen</source>
        <translation>&amp;Scales</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="163"/>
        <source>Dossier %1 · %2 · fase: %3</source>
        <translation>Dossier %1 · %2 · phase: %3</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="190"/>
        <source>Het dossier kon niet gelezen worden (%1).</source>
        <translation>The dossier could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="193"/>
        <source>de deelnemer</source>
        <translation>the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="209"/>
        <source>%1 opgeslagen.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="217"/>
        <source>Doel toegevoegd.</source>
        <translation>Goal added.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="225"/>
        <source>Fase gewijzigd.</source>
        <translation>Phase changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="238"/>
        <source>Signaal bewaard.</source>
        <translation>Signal saved.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="245"/>
        <source>Een bewaard PDF-bestand is niet versleuteld: wie het bestand heeft, kan het lezen. Afdrukken laat geen bestand achter op deze laptop.</source>
        <translation>A saved PDF file is not encrypted: whoever has the file can read it. Printing leaves no file on this laptop.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="247"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="248"/>
        <source>Als PDF &amp;bewaren…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="256"/>
        <source>Eigen dossier bewaren</source>
        <translation>Save own file</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="290"/>
        <source>Traject afgesloten. Ongedaan maken met Ctrl+Z.</source>
        <translation>Trajectory closed. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/view.py" line="324"/>
        <source>Contact opgeslagen. Ongedaan maken met Ctrl+Z.</source>
        <translation>Contact saved. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="43"/>
        <source>Laptop koppelen aan de server</source>
        <translation>Link this laptop to the server</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="44"/>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="45"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="46"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="47"/>
        <source>Certificaat van de server (optioneel)</source>
        <translation>Server certificate (optional)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="48"/>
        <source>alleen bij een eigen certificaat van het partnerschap</source>
        <translation>only with the partnership&apos;s own certificate</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="49"/>
        <source>Certificaat kiezen</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="49"/>
        <source>K&amp;iezen…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="54"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="56"/>
        <source>&amp;Koppelen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="61"/>
        <source>Nieuw eigen wachtwoord</source>
        <translation>New password of your own</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="63"/>
        <source>Nieuw wachtwoord nog eens</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="67"/>
        <source>Nieuw wachtwoor&amp;d</source>
        <translation>New passwor&amp;d</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="68"/>
        <source>Nog &amp;eens</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="71"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="72"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="73"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="74"/>
        <source>&amp;Certificaat</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="77"/>
        <source>Eén keer per laptop. Je wachtwoord wordt niet bewaard; de laptop krijgt een eigen sleutel die alleen in de versleutelde kluis staat.</source>
        <translation>Once per laptop. Your password is not kept; the laptop gets its own key that is stored only in the encrypted vault.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="84"/>
        <source>Certificaat van de server</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="85"/>
        <source>Certificaten (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="92"/>
        <source>Geef het volledige serveradres, beginnend met https://.</source>
        <translation>Give the full server address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="95"/>
        <source>Geef je naam en wachtwoord voor de server.</source>
        <translation>Give your name and password for the server.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="100"/>
        <source>Het certificaatbestand kan niet gelezen worden.</source>
        <translation>The certificate file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="106"/>
        <source>Typ je nieuwe wachtwoord twee keer hetzelfde.</source>
        <translation>Type your new password the same twice.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="109"/>
        <source>Bezig met koppelen…</source>
        <translation>Linking…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/dialogs.py" line="131"/>
        <source>Je meldt je aan met een wachtwoord van je teamleider. Kies nu een eigen wachtwoord (minstens 10 tekens) en koppel opnieuw.</source>
        <translation>You are signing in with a password from your team lead. Choose a password of your own now (at least 10 characters) and link again.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="14"/>
        <source>Vul dit veld in.</source>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="16"/>
        <source>Hoogstens %1 tekens.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="21"/>
        <source>Een contact ligt niet in de toekomst; plan het als volgende stap.</source>
        <translation>A contact cannot lie in the future; plan it as the next step.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="24"/>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="26"/>
        <source>De volgende stap kan niet vóór het contact liggen.</source>
        <translation>The next step cannot come before the contact.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="28"/>
        <source>De duur ligt tussen 0 en 720 minuten.</source>
        <translation>The duration lies between 0 and 720 minutes.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="30"/>
        <source>Dit is geen e-mailadres.</source>
        <translation>This is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="32"/>
        <source>Dit geboortejaar kan niet kloppen (bijvoorbeeld 1985).</source>
        <translation>This birth year cannot be right (for example 1985).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="34"/>
        <source>Talen zijn codes van twee letters, zoals nl, fr, ar.</source>
        <translation>Languages are two-letter codes such as nl, fr, ar.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="37"/>
        <source>Kies een geldige waarde.</source>
        <translation>Choose a valid value.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="39"/>
        <source>Je eigen organisatie staat er niet bij: na de volgende synchronisatie zou je dit dossier zelf niet meer zien.</source>
        <translation>Your own organisation is not among them: after the next sync you would no longer see this dossier yourself.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="43"/>
        <source>De organisatie van deze coach staat niet in de toestemming van de deelnemer. Leg eerst haar toestemming daarvoor vast.</source>
        <translation>This coach&apos;s organisation is not in the participant&apos;s consent. Record her consent for it first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="47"/>
        <source>Bij een warme overdracht kies je de dienst die overneemt.</source>
        <translation>For a warm handover, choose the service that takes over.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="49"/>
        <source>Deze datum ligt vóór de start van het traject.</source>
        <translation>This date lies before the start of the trajectory.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="51"/>
        <source>Naar deze fase kan het traject niet overgaan.</source>
        <translation>The trajectory cannot move to this phase.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="53"/>
        <source>Sluit een traject af met een uitstroom.</source>
        <translation>Close a trajectory with an outcome.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="55"/>
        <source>Deze deelnemer heeft nog een lopend traject.</source>
        <translation>This participant still has a running trajectory.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="57"/>
        <source>Dit bestaat niet (meer) in de kluis.</source>
        <translation>This does not exist (any more) in the vault.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/domain_messages.py" line="59"/>
        <source>VTE is een getal boven 0 en hoogstens 1.</source>
        <translation>FTE is a number above 0 and at most 1.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="42"/>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="45"/>
        <source>Stabiel wonen</source>
        <translation>Stable housing</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="46"/>
        <source>Vrijwilligerswerk</source>
        <translation>Volunteer work</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="47"/>
        <source>Stabiel in zorg</source>
        <translation>Stable in care</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="72"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="73"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="75"/>
        <source>Kwartaal %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="77"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="78"/>
        <source>Het hele partnerschap</source>
        <translation>The whole partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="80"/>
        <source>Organisatie: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="83"/>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="84"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="84"/>
        <source>Cijfers tonen</source>
        <translation>Show figures</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="86"/>
        <source>Kwartaalrapport (&amp;PDF)…</source>
        <translation>Quarterly report (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="87"/>
        <source>Kwartaalrapport als PDF bewaren</source>
        <translation>Save the quarterly report as PDF</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="88"/>
        <source>&amp;Werkboek (XLSX)…</source>
        <translation>&amp;Workbook (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="89"/>
        <source>Werkboek als XLSX bewaren</source>
        <translation>Save the workbook as XLSX</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="95"/>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="97"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="102"/>
        <source>Signalen van het kwartaal</source>
        <translation>Signals of the quarter</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="107"/>
        <source>Signalen e&amp;xporteren (CSV)…</source>
        <translation>E&amp;xport signals (CSV)…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="108"/>
        <source>Signalen exporteren</source>
        <translation>Export signals</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="111"/>
        <source>Teksten nage&amp;keken: er staan geen namen of herkenbare details in (anders gaan alleen de aantallen per levensdomein en gemeente mee)</source>
        <translation>Texts chec&amp;ked: they hold no names or recognisable details (otherwise only the counts per life domain and municipality go out)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="113"/>
        <source>Teksten van de signalen nagekeken</source>
        <translation>Signal texts checked</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="114"/>
        <source>Publiceren voor de &amp;ondersteuningsgroep</source>
        <translation>Publish for the supp&amp;ort group</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="115"/>
        <source>Publiceren voor de ondersteuningsgroep</source>
        <translation>Publish for the support group</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="118"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="120"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="125"/>
        <source>Signalen voor de ondersteuningsgroep (zonder persoonsgegevens)</source>
        <translation>Signals for the support group (without personal data)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="142"/>
        <source>Kwartaalrapport %1 — kwartaal %2 %3</source>
        <translation>Quarterly report %1 — quarter %2 %3</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="145"/>
        <source>Periode: %1 tot en met %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="147"/>
        <source>Voor: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="149"/>
        <source>Enkel aantallen; aantallen onder 5 staan als &lt;5. Gemaakt op %1.</source>
        <translation>Counts only; counts under 5 are shown as &lt;5. Made on %1.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="165"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="165"/>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="165"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="165"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="187"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="187"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="200"/>
        <source>Dat lukte niet (%1). Er is niets gewijzigd.</source>
        <translation>That did not work (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="204"/>
        <source>Signalen bewaren</source>
        <translation>Save signals</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="212"/>
        <source>(tekst niet meegegeven)</source>
        <translation>(text not included)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="218"/>
        <source>Bewaard: %1 (aantallen per levensdomein en gemeente; de teksten zijn niet nagekeken en bleven hier)</source>
        <translation>Saved: %1 (counts per life domain and municipality; the texts were not checked and stayed here)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="226"/>
        <source>Publiceer de cijfers van het hele partnerschap: kies dat bij &apos;Voor wie&apos;.</source>
        <translation>Publish the figures of the whole partnership: choose that under &apos;For whom&apos;.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="229"/>
        <source>%1 kwartaal %2</source>
        <translation>%1 quarter %2</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="237"/>
        <source>Gepubliceerd voor de ondersteuningsgroep: %1 (met de nagekeken teksten van de signalen).</source>
        <translation>Published for the support group: %1 (with the reviewed texts of the signals).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="239"/>
        <source>Gepubliceerd voor de ondersteuningsgroep: %1 (de signalen als aantallen per levensdomein en gemeente).</source>
        <translation>Published for the support group: %1 (the signals as counts per life domain and municipality).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="240"/>
        <source>Het gaat mee bij de volgende synchronisatie.</source>
        <translation>It goes out with the next sync.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="250"/>
        <source>Kwartaalrapport bewaren</source>
        <translation>Save quarterly report</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="259"/>
        <source>Bezig met het rapport…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="217"/>
        <location filename="../../lfn_desktop/ui/figures/view.py" line="275"/>
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="22"/>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="23"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="26"/>
        <source>Lijst van sneltoetsen</source>
        <translation>List of shortcuts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="27"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="27"/>
        <source>Wat ze doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="37"/>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="38"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/help_dialog.py" line="41"/>
        <source>Alles kan met het toetsenbord. Ook in elk menu staat de sneltoets naast de opdracht.</source>
        <translation>Everything works from the keyboard. Every menu also shows the shortcut beside the command.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="51"/>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="155"/>
        <source>Intake van een nieuwe deelnemer</source>
        <translation>Intake of a new participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="54"/>
        <source>Voornaam</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="55"/>
        <source>Familienaam</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="56"/>
        <source>Geboortejaar</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="56"/>
        <source>bv. 1988</source>
        <translation>e.g. 1988</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="57"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="58"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="60"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="60"/>
        <source>bv. nl, fr, ar</source>
        <translation>e.g. nl, fr, ar</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="62"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="63"/>
        <source>&amp;Familienaam</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="64"/>
        <source>Geboorte&amp;jaar</source>
        <translation>Birth &amp;year</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="65"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="66"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="67"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="68"/>
        <source>T&amp;alen</source>
        <translation>L&amp;anguages</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="71"/>
        <source>Toeleiding via</source>
        <translation>Referred through</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="73"/>
        <source>— kies hoe ze bij ons kwam —</source>
        <translation>— choose how she came to us —</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="76"/>
        <source>Doorverwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="76"/>
        <source>persoon of dienst</source>
        <translation>person or service</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="77"/>
        <source>Datum van aanmelding</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="79"/>
        <source>Toelei&amp;ding via</source>
        <translation>Referred &amp;through</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="80"/>
        <source>Doorverwij&amp;zer</source>
        <translation>Refe&amp;rrer</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="81"/>
        <source>Aange&amp;meld op</source>
        <translation>Referred o&amp;n</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="99"/>
        <source>Waa&amp;rvoor</source>
        <translation>For &amp;what</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="143"/>
        <source>Deelnemer i&amp;nschrijven</source>
        <translation>Register partici&amp;pant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="83"/>
        <source>De deelnemer gaf toestemming (AVG)</source>
        <translation>The participant gave consent (GDPR)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="84"/>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="85"/>
        <source>Datum van de toestemming</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="86"/>
        <source>Verwerking voor begeleiding in het partnerschap</source>
        <translation>Processing for coaching within the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="87"/>
        <source>Waarvoor toestemming</source>
        <translation>Consent for what</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="89"/>
        <source>Partners die het dossier mogen zien</source>
        <translation>Partners who may see the dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="93"/>
        <source>Mag het dossier zien: %1</source>
        <translation>May see the dossier: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="98"/>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="100"/>
        <source>Mogen het dossier zien</source>
        <translation>May see the dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="103"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="105"/>
        <source>Jongere zonder diploma</source>
        <translation>Young person without a diploma</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="105"/>
        <source>Alleenstaande ouder</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="106"/>
        <source>Nieuwkomer</source>
        <translation>Newcomer</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="106"/>
        <source>Langdurig werkzoekende</source>
        <translation>Long-term jobseeker</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="108"/>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="116"/>
        <source>Instroomcriteria</source>
        <translation>Inflow criteria</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="115"/>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="118"/>
        <source>Levensdomein van het doel</source>
        <translation>Life domain of the goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="122"/>
        <source>Doel in de woorden van de deelnemer</source>
        <translation>Goal in the participant&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="123"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="123"/>
        <source>Doel t&amp;oevoegen</source>
        <translation>Add g&amp;oal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="125"/>
        <source>Gekozen doelen</source>
        <translation>Chosen goals</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="128"/>
        <source>Gekozen doel &amp;schrappen</source>
        <translation>&amp;Remove selected goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="129"/>
        <source>Gekozen doel schrappen</source>
        <translation>Remove selected goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="138"/>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="144"/>
        <source>Deelnemer inschrijven</source>
        <translation>Register participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="146"/>
        <source>Sl&amp;uiten (concept blijft)</source>
        <translation>C&amp;lose (draft is kept)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="146"/>
        <source>Intake sluiten</source>
        <translation>Close the intake</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="148"/>
        <source>Concept wissen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="148"/>
        <source>&amp;Concept wissen</source>
        <translation>Dis&amp;card draft</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="150"/>
        <source>Conceptmelding</source>
        <translation>Draft notice</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="160"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="160"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="161"/>
        <source>Toeleiding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="161"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="166"/>
        <source>Doelen die de deelnemer zelf kiest</source>
        <translation>Goals the participant chooses herself</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="172"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/intake_form.py" line="276"/>
        <source>Concept hersteld: je werk van daarnet staat er nog.</source>
        <translation>Draft restored: what you typed is still here.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="16"/>
        <source>Ontwikkeling en vorming</source>
        <translation>Development and education</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="17"/>
        <source>Zelfbepaling, cultuur en religie</source>
        <translation>Self-determination, culture and religion</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="18"/>
        <source>Relaties en netwerk</source>
        <translation>Relations and network</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="19"/>
        <source>Emotioneel welzijn</source>
        <translation>Emotional wellbeing</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="20"/>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="204"/>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="21"/>
        <source>Werk en maatschappelijke deelname</source>
        <translation>Work and social inclusion</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="22"/>
        <source>Lichamelijk welzijn en gezondheid</source>
        <translation>Physical wellbeing and health</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="23"/>
        <source>Wonen en financiën</source>
        <translation>Housing and finances</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="24"/>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="208"/>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="25"/>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="209"/>
        <source>Justitie</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="31"/>
        <source>Coördinatie van het partnerschap (teamleider)</source>
        <translation>The partnership&apos;s coordination (team lead)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="36"/>
        <source>Kennismaking</source>
        <translation>Acquaintance</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="37"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="38"/>
        <source>Afronding</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="39"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="45"/>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="46"/>
        <source>Outreach in de buurt</source>
        <translation>Outreach in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="47"/>
        <source>Gesprek op kantoor</source>
        <translation>Meeting at the office</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="48"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="49"/>
        <source>Videogesprek</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="50"/>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="51"/>
        <source>Meegaan naar een dienst</source>
        <translation>Accompanying to a service</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="52"/>
        <source>Groepsmoment</source>
        <translation>Group moment</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="53"/>
        <source>Niet doorgegaan</source>
        <translation>Did not take place</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="59"/>
        <source>Thuis</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="60"/>
        <source>In de buurt</source>
        <translation>In the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="61"/>
        <source>Op kantoor</source>
        <translation>At the office</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="62"/>
        <source>Bij een dienst</source>
        <translation>At a service</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="63"/>
        <source>Aan de school</source>
        <translation>At the school</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="64"/>
        <source>Op afstand</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="65"/>
        <source>Elders</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="71"/>
        <source>Betaald werk (reguliere economie)</source>
        <translation>Paid work (regular economy)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="72"/>
        <source>Betaald werk (sociale economie, maatwerk)</source>
        <translation>Paid work (social economy)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="73"/>
        <source>Opleiding</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="74"/>
        <source>Vrijwilligerswerk</source>
        <translation>Volunteer work</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="75"/>
        <source>Wijk-werken</source>
        <translation>Wijk-werken (neighbourhood work)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="76"/>
        <source>Arbeidsmatige activiteiten</source>
        <translation>Work-like activities (AMA)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="77"/>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="78"/>
        <source>Verhuisd</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="79"/>
        <source>Afgehaakt of geen hulpvraag meer</source>
        <translation>Dropped out or no more request for help</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="85"/>
        <source>VDAB</source>
        <translation>VDAB</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="86"/>
        <source>OCMW</source>
        <translation>OCMW (social welfare)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="87"/>
        <source>Partnerorganisatie</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="88"/>
        <source>Outreachnetwerk</source>
        <translation>Outreach network</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="89"/>
        <source>Via een andere deelnemer</source>
        <translation>Through another participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="90"/>
        <source>Op eigen initiatief</source>
        <translation>Own initiative</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="91"/>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="97"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="98"/>
        <source>Bereikt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="99"/>
        <source>Losgelaten</source>
        <translation>Let go</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="105"/>
        <source>Trajectbegeleider</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="106"/>
        <source>Teamleider</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="107"/>
        <source>Ondersteuningsgroep</source>
        <translation>Support group</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="114"/>
        <source>Ver van de arbeidsmarkt</source>
        <translation>Far from the labour market</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="115"/>
        <source>Problemen op meerdere levensdomeinen</source>
        <translation>Problems in several life domains</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="116"/>
        <source>Niet bereikt door het reguliere aanbod</source>
        <translation>Not reached by the regular services</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="117"/>
        <source>Geen diploma secundair onderwijs</source>
        <translation>No secondary school diploma</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="118"/>
        <source>Langer dan twee jaar zonder werk</source>
        <translation>Without work for more than two years</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="124"/>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="125"/>
        <source>Huisgenoot</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="126"/>
        <source>Vriend(in)</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="127"/>
        <source>Buur</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="128"/>
        <source>School of werk</source>
        <translation>School or work</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="129"/>
        <source>Vrije tijd</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="130"/>
        <source>Hulpverlener of dienst</source>
        <translation>Professional or service</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="136"/>
        <source>Familie en huisgenoten</source>
        <translation>Family and household</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="137"/>
        <source>Vrienden en buren</source>
        <translation>Friends and neighbours</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="138"/>
        <source>School, werk en vrije tijd</source>
        <translation>School, work and leisure</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="139"/>
        <source>Hulpverlening</source>
        <translation>Professional help</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="144"/>
        <source>Heel dichtbij</source>
        <translation>Very close</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="145"/>
        <source>Dichtbij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="146"/>
        <source>Verder weg</source>
        <translation>Further away</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="151"/>
        <source>Steunend</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="152"/>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="153"/>
        <source>Stresserend of conflict</source>
        <translation>Stressful or conflict</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="154"/>
        <source>Verbroken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="160"/>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="169"/>
        <source>(niet gezegd)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="161"/>
        <source>Deelnemer geeft steun</source>
        <translation>Participant gives support</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="162"/>
        <source>Deelnemer krijgt steun</source>
        <translation>Participant receives support</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="163"/>
        <source>Over en weer</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="170"/>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="171"/>
        <source>Wekelijks</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="172"/>
        <source>Maandelijks</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="173"/>
        <source>Zelden</source>
        <translation>Rarely</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="179"/>
        <source>Emotioneel</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="180"/>
        <source>Praktisch</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="181"/>
        <source>Informatie</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="182"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="200"/>
        <source>Ontwikkeling</source>
        <translation>Development</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="201"/>
        <source>Zelfbepaling</source>
        <translation>Self-determination</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="202"/>
        <source>Relaties</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="203"/>
        <source>Welzijn</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="205"/>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="206"/>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/labels.py" line="207"/>
        <source>Wonen en geld</source>
        <translation>Housing and money</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="100"/>
        <source>Organisatie verlaat het partnerschap</source>
        <translation>Organisation leaves the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="101"/>
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="102"/>
        <source>Dossiers naar</source>
        <translation>Dossiers to</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="106"/>
        <source>&amp;Laatste dag</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="107"/>
        <source>&amp;Dossiers naar</source>
        <translation>&amp;Dossiers to</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="109"/>
        <source>&amp;Beëindigen</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="113"/>
        <source>%1 verlaat het partnerschap. De accounts van haar mensen worden afgesloten en hun laptops ingetrokken; hun dossiers gaan in één keer naar de gekozen coach, behalve waar de toestemming van de deelnemer die coach niet noemt.</source>
        <translation>%1 leaves the partnership. Its people’s accounts are closed and their laptops revoked; their dossiers go to the chosen coach in one step, except where the participant’s consent does not name that coach.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="29"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="30"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="31"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="32"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="33"/>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="34"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="35"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="54"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="72"/>
        <source>Logboek</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="74"/>
        <source>Nieuw &amp;contact registreren (Ctrl+R)</source>
        <translation>Record a new &amp;contact (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="75"/>
        <source>Nieuw contact registreren</source>
        <translation>Record a new contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="79"/>
        <source>Samenvatting van het logboek</source>
        <translation>Logbook summary</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="81"/>
        <source>Contacten en bezoeken</source>
        <translation>Contacts and visits</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="90"/>
        <source>O&amp;udere contacten tonen</source>
        <translation>Show ol&amp;der contacts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="91"/>
        <source>Oudere contacten tonen</source>
        <translation>Show older contacts</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="94"/>
        <source>Details van het gekozen contact</source>
        <translation>Details of the selected contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="112"/>
        <source>%1 contacten, samen %2 uur</source>
        <translation>%1 contacts, %2 hours in all</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="132"/>
        <source>%1 van %2 getoond</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="141"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="142"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="143"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/logbook_tab.py" line="144"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="69"/>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="308"/>
        <source>LfN Desktop</source>
        <translation>LfN Desktop</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="71"/>
        <source>Statusmelding</source>
        <translation>Status message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="84"/>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="116"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="146"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="147"/>
        <source>Opnieuw &amp;doen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="113"/>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="158"/>
        <source>Ongedaan maken lukte niet: %1</source>
        <translation>Undo failed: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="197"/>
        <source>Pincode ingesteld: na vergrendelen open je de kluis er weer mee, tot je de app afsluit.</source>
        <translation>PIN set: after a lock it opens the vault again, until you close the app.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="213"/>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="221"/>
        <source>De reservekopie is teruggezet. Ontgrendel met de wachtzin van toen.</source>
        <translation>The backup was restored. Unlock with the passphrase of that time.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="223"/>
        <source>De kluis van daarvoor staat apart in %1.</source>
        <translation>The vault from before is kept apart in %1.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="230"/>
        <source>De wachtzin past niet bij die reservekopie. Er is niets gewijzigd.</source>
        <translation>The passphrase does not open that backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="232"/>
        <source>Terugzetten lukte niet (%1). Er is niets gewijzigd.</source>
        <translation>Restoring failed (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="246"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="252"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="264"/>
        <source>LfN Desktop — vergrendeld</source>
        <translation>LfN Desktop — locked</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="295"/>
        <source>Dagelijkse reservekopie gemaakt en nagekeken.</source>
        <translation>Daily backup made and checked.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="298"/>
        <source>De dagelijkse reservekopie lukte niet: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/main_window.py" line="308"/>
        <source>LfN Desktop — %1</source>
        <translation>LfN Desktop — %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="44"/>
        <source>Iemand toevoegen aan het team</source>
        <translation>Add someone to the team</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="45"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="46"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="47"/>
        <source>Eerste wachtwoord</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="48"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="51"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="55"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="57"/>
        <source>VTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="59"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="60"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="61"/>
        <source>&amp;Eerste wachtwoord</source>
        <translation>&amp;First password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="62"/>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="63"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="64"/>
        <source>&amp;VTE</source>
        <translation>F&amp;TE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="66"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="70"/>
        <source>Geef haar het eerste wachtwoord persoonlijk. Bij haar eerste aanmelding kiest ze zelf een nieuw.</source>
        <translation>Give her the first password in person. At her first sign-in she chooses a new one herself.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="98"/>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="526"/>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="533"/>
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="107"/>
        <source>Naam of rol</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="108"/>
        <source>bv. buurvrouw boven</source>
        <translation>e.g. neighbour upstairs</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="109"/>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="118"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="110"/>
        <source>Hoe dichtbij</source>
        <translation>How close</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="112"/>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="144"/>
        <source>Band</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="113"/>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="113"/>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="119"/>
        <source>Hoe dichtbi&amp;j</source>
        <translation>&amp;How close</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="122"/>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="126"/>
        <source>Naam van de gekozen persoon</source>
        <translation>Name of the chosen person</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="128"/>
        <source>Band met de deelnemer</source>
        <translation>Tie with the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="129"/>
        <source>Richting van de steun</source>
        <translation>Direction of support</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="130"/>
        <source>Hoe vaak contact</source>
        <translation>How often in contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="138"/>
        <source>Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="138"/>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="140"/>
        <source>Verplaatsen: sleep, of tik de persoon aan en tik dan de plek. Met pijltjes: ↑ dichterbij, ↓ verder, ← → ander vak.</source>
        <translation>Moving: drag, or tap the person and then the place. With arrows: ↑ closer, ↓ further, ← → another sector.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="143"/>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="120"/>
        <source>Ban&amp;d</source>
        <translation>T&amp;ie</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="117"/>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="145"/>
        <source>Ri&amp;chting</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="146"/>
        <source>Hoe vaak</source>
        <translation>How &amp;often</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="147"/>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="150"/>
        <source>Gekozen persoon</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="155"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="155"/>
        <source>Kaart: ongedaan maken</source>
        <translation>Map: undo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="156"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="156"/>
        <source>Kaart: opnieuw</source>
        <translation>Map: redo</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="163"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="164"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="165"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="165"/>
        <source>Hele kaart tonen</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="170"/>
        <source>Zijpaneel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="171"/>
        <source>Zijpaneel tonen of verbergen</source>
        <translation>Show or hide the side panel</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="179"/>
        <source>Datum van de momentopname</source>
        <translation>Date of the snapshot</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="182"/>
        <source>Naam van de momentopname</source>
        <translation>Name of the snapshot</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="183"/>
        <source>bv. intake, kwartaal 2, afsluiting</source>
        <translation>e.g. intake, quarter 2, closing</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="184"/>
        <source>Momento&amp;pname bewaren</source>
        <translation>Save &amp;snapshot</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="185"/>
        <source>Momentopname bewaren</source>
        <translation>Save snapshot</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="187"/>
        <source>Vergelijk van</source>
        <translation>Compare from</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="188"/>
        <source>Vergelijk met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="189"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="191"/>
        <source>Wat veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="192"/>
        <source>Op de kaart: + nieuw (volle lijn) · × weg (stippellijn, grijs, waar ze stond) · ▲ dichterbij (streepjes) · ▼ verder weg (streep-stip); een lijn toont waar iemand vandaan kwam.</source>
        <translation>On the map: + new (solid line) · × gone (dotted line, grey, where she stood) · ▲ closer (dashes) · ▼ further away (dash-dot); a line shows where someone came from.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="194"/>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="196"/>
        <source>Cijfers van het netwerk</source>
        <translation>Network figures</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="198"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="199"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="201"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="202"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="207"/>
        <source>Door de tijd</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="210"/>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="213"/>
        <source>E&amp;xporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="213"/>
        <source>Kaart exporteren</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="219"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="255"/>
        <source>Deze deelnemer heeft nog geen netwerkkaart.</source>
        <translation>This participant has no network map yet.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="278"/>
        <source>Informeel netwerk: %1 · formeel: %2 · steunende banden: %3 · stresserende banden: %4</source>
        <translation>Informal network: %1 · formal: %2 · supportive ties: %3 · stressful ties: %4</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="295"/>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="366"/>
        <source>Geef een naam of een rol, bv. &apos;buurvrouw boven&apos;.</source>
        <translation>Give a name or a role, e.g. &apos;neighbour upstairs&apos;.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="390"/>
        <source>%1 toegevoegd</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="399"/>
        <source>%1 verplaatst</source>
        <translation>%1 moved</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="426"/>
        <source>%1 verwijderd</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="436"/>
        <source>Naam gewijzigd</source>
        <translation>Name changed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="458"/>
        <source>Band gelegd</source>
        <translation>Tie made</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="463"/>
        <source>Band gewijzigd</source>
        <translation>Tie changed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="484"/>
        <source>Nieuw: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="485"/>
        <source>Weg: %1</source>
        <translation>Gone: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="486"/>
        <source>Dichterbij: %1</source>
        <translation>Closer: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="487"/>
        <source>Verder weg: %1</source>
        <translation>Further away: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="491"/>
        <source>Beter</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="491"/>
        <source>Slechter</source>
        <translation>Worse</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="495"/>
        <source>Geen verschil.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="543"/>
        <source>Netwerkkaart exporteren</source>
        <translation>Export network map</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="550"/>
        <source>Exporteren lukte niet: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/network/tab.py" line="552"/>
        <source>Bewaard als %1. Let op: dit bestand is niet versleuteld.</source>
        <translation>Saved as %1. Note: this file is not encrypted.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="38"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="42"/>
        <source>Voornaam</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="42"/>
        <source>Familienaam</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="43"/>
        <source>Geboortejaar</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="43"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="44"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="44"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="53"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="56"/>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="61"/>
        <source>Toeleiding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="57"/>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="62"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="58"/>
        <source>Persona en instroomcriteria</source>
        <translation>Persona and inflow criteria</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="59"/>
        <source>Toegewezen coaches</source>
        <translation>Assigned coaches</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="63"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="64"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="65"/>
        <source>Traject en afspraken</source>
        <translation>Trajectory and agreements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="68"/>
        <source>Doelen per levensdomein</source>
        <translation>Goals per life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="70"/>
        <source>Levensdomein van het nieuwe doel</source>
        <translation>Life domain of the new goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="73"/>
        <source>Nieuw doel, in de woorden van de deelnemer</source>
        <translation>New goal, in the participant&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="74"/>
        <source>Wat wil de deelnemer bereiken?</source>
        <translation>What does the participant want to achieve?</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="75"/>
        <source>&amp;Doel toevoegen</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="75"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="83"/>
        <source>Doelen die de deelnemer koos</source>
        <translation>Goals the participant chose</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="107"/>
        <source>%1, door %2, op %3</source>
        <translation>%1, by %2, on %3</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="111"/>
        <source>Gegeven op %1: %2. Mogen het dossier zien: %3.</source>
        <translation>Given on %1: %2. May see the dossier: %3.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="115"/>
        <source>⚠ Nog geen toestemming geregistreerd.</source>
        <translation>⚠ No consent recorded yet.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/overview_tab.py" line="117"/>
        <source>Persona: %1. Instroomcriteria: %2.</source>
        <translation>Persona: %1. Inflow criteria: %2.</translation>
    </message>
</context>
<context>
    <name>ParticipantMode</name>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="116"/>
        <source>Invullen door de deelnemer</source>
        <translation>Filled in by the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="140"/>
        <source>Pictogram</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="199"/>
        <source>Wachtzin van de begeleider</source>
        <translation>Coach&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="200"/>
        <source>wachtzin van de begeleider</source>
        <translation>coach&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="202"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="432"/>
        <source>Alleen voor de begeleider:</source>
        <translation>For the coach only:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="451"/>
        <source>Dat is niet de wachtzin van de begeleider.</source>
        <translation>That is not the coach&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="466"/>
        <source>Onvolledige meting</source>
        <translation>Incomplete reading</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="467"/>
        <source>De deelnemer beantwoordde %1 van de %2 vragen. Wat ze invulde bewaren? Een onvolledige meting wordt zo getoond en telt niet mee in de vergelijking, de vooruitgang en de cijfers.</source>
        <translation>The participant answered %1 of the %2 questions. Keep what she filled in? An incomplete reading is shown as such and does not count in the comparison, the progress or the figures.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="470"/>
        <source>&amp;Bewaren als onvolledig</source>
        <translation>&amp;Keep as incomplete</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="471"/>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="472"/>
        <source>Verder &amp;invullen</source>
        <translation>&amp;Continue filling in</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/participant_mode.py" line="494"/>
        <source>De wachtzin kon niet gecontroleerd worden (%1).</source>
        <translation>The passphrase could not be checked (%1).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="79"/>
        <source>Wachtwoord resetten</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="80"/>
        <source>Tijdelijk wachtwoord</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="82"/>
        <source>&amp;Resetten</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="86"/>
        <source>&amp;Tijdelijk wachtwoord</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="88"/>
        <source>Een tijdelijk wachtwoord voor %1. Haar laptops moeten opnieuw aanmelden; ze kiest dan zelf een nieuw wachtwoord. Er gaat niets verloren.</source>
        <translation>A temporary password for %1. Her laptops must sign in again; she then chooses a new password herself. Nothing is lost.</translation>
    </message>
</context>
<context>
    <name>PersonasDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="31"/>
        <source>Persona&apos;s van het partnerschap</source>
        <translation>Personas of the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="33"/>
        <source>Persona&apos;s</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="32"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="32"/>
        <source>Contacten per maand</source>
        <translation>Contacts a month</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="32"/>
        <source>Maanden</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="35"/>
        <source>Naam van de persona</source>
        <translation>Name of the persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="36"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="39"/>
        <source>Verwachte contacten per maand</source>
        <translation>Expected contacts a month</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="40"/>
        <source>niet gezegd</source>
        <translation>not said</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="41"/>
        <source>Verwachte duur in maanden</source>
        <translation>Expected length in months</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="43"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="44"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="45"/>
        <source>&amp;Contacten per maand</source>
        <translation>&amp;Contacts a month</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="46"/>
        <source>&amp;Maanden</source>
        <translation>&amp;Months</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="47"/>
        <source>N&amp;ieuwe persona</source>
        <translation>N&amp;ew persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="47"/>
        <source>Nieuwe persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="48"/>
        <source>Be&amp;waren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="48"/>
        <source>Persona bewaren</source>
        <translation>Save persona</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="54"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="58"/>
        <source>De intake biedt deze persona&apos;s aan; de cijfers zetten de capaciteit per persona af tegen wat ze verwacht.</source>
        <translation>The intake offers these personas; the figures set the capacity per persona against what it expects.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/personas_dialog.py" line="89"/>
        <source>Persona %1 bewaard.</source>
        <translation>Persona %1 saved.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="22"/>
        <source>Pincode voor snel ontgrendelen</source>
        <translation>PIN for quick unlock</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="23"/>
        <source>Na het vergrendelen kun je de kluis weer openen met deze pincode in plaats van je wachtzin, tot je de app afsluit of tot het einde van de werkdag. De pincode komt nooit op de schijf. Na vijf foute pogingen vraagt de app weer je wachtzin.</source>
        <translation>After a lock you can open the vault again with this PIN instead of your passphrase, until you close the app or until the end of the working day. The PIN never reaches the disk. After five wrong tries the app asks for your passphrase again.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="27"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="28"/>
        <source>Herhaal de pincode</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="29"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="31"/>
        <source>&amp;Pincode (%1 tot %2 cijfers)</source>
        <translation>&amp;PIN (%1 to %2 digits)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="33"/>
        <source>&amp;Herhaal de pincode</source>
        <translation>&amp;Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="35"/>
        <source>&amp;Instellen</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="36"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="53"/>
        <source>Kies %1 tot %2 cijfers, geen rij (1234) en niet vier keer hetzelfde cijfer.</source>
        <translation>Choose %1 to %2 digits, not a row (1234) and not one digit repeated.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/pin_dialog.py" line="59"/>
        <source>De twee pincodes verschillen.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>PublishedView</name>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="22"/>
        <source>Gepubliceerde cijfers van het partnerschap</source>
        <translation>Published figures of the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="24"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="26"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="28"/>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="35"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="27"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="27"/>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="27"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="28"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="29"/>
        <source>Er is nog niets gepubliceerd. De teamleider publiceert de cijfers van een kwartaal; ze komen hier na de volgende synchronisatie (F5).</source>
        <translation>Nothing has been published yet. The team lead publishes the figures of a quarter; they arrive here at the next sync (F5).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="44"/>
        <source>%1 (gepubliceerd op %2)</source>
        <translation>%1 (published on %2)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="26"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="26"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/figures/published_view.py" line="57"/>
        <source>(tekst niet meegegeven)</source>
        <translation>(text not passed on)</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/field_errors.py" line="36"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="204"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="206"/>
        <source>De kluis wordt vervangen door de reservekopie van %1. Wat je daarna nog registreerde, staat er niet in (tenzij het al gesynchroniseerd is: dat komt bij de volgende synchronisatie terug). De huidige kluis wordt niet gewist maar apart bewaard. De kluis wordt eerst vergrendeld.</source>
        <translation>The vault is replaced by the backup of %1. What you recorded after that is not in it (unless it was synced already: that comes back at the next sync). The current vault is not deleted but kept apart. The vault is locked first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="211"/>
        <source>Wachtzin van de reservekopie</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="212"/>
        <source>&amp;Wachtzin van toen:</source>
        <translation>&amp;Passphrase of that time:</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="215"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/backups_dialog.py" line="216"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="56"/>
        <source>Deelnemer zelf</source>
        <translation>Participant herself</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="57"/>
        <source>Samen ingevuld</source>
        <translation>Filled in together</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="58"/>
        <source>Kijk van de begeleider</source>
        <translation>Coach&apos;s view</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="62"/>
        <source>Pictogrammen</source>
        <translation>Pictograms</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="63"/>
        <source>Gezichtjes</source>
        <translation>Faces</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="64"/>
        <source>Woorden met cijfers</source>
        <translation>Words with numbers</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="69"/>
        <source>▲ vooruit</source>
        <translation>▲ progress</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="70"/>
        <source>= gelijk</source>
        <translation>= standstill</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="71"/>
        <source>▼ achteruit</source>
        <translation>▼ regression</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="72"/>
        <source>? niet gemeten</source>
        <translation>? not measured</translation>
    </message>
</context>
<context>
    <name>ScalesTab</name>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="90"/>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="160"/>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="93"/>
        <source>Wie vult in</source>
        <translation>Who fills it in</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="96"/>
        <source>Weergave voor de deelnemer</source>
        <translation>Presentation for the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="101"/>
        <source>Taal voor de deelnemer</source>
        <translation>Language for the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="102"/>
        <source>Over de taal</source>
        <translation>About the language</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="105"/>
        <source>Invullen o&amp;p de tablet…</source>
        <translation>&amp;Fill in on the tablet…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="106"/>
        <source>Invullen op de tablet</source>
        <translation>Fill in on the tablet</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="110"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="112"/>
        <source>Niet geladen (fout in het bestand): %1</source>
        <translation>Not loaded (error in the file): %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="113"/>
        <source>Fouten in schaalbestanden</source>
        <translation>Errors in scale files</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="117"/>
        <source>S&amp;chaal</source>
        <translation>&amp;Scale</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="118"/>
        <source>Wie v&amp;ult in</source>
        <translation>&amp;Who fills it in</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="119"/>
        <source>Weerga&amp;ve</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="120"/>
        <source>T&amp;aal</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="123"/>
        <source>Samen met de deelnemer</source>
        <translation>Together with the participant</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="126"/>
        <source>Eerste moment</source>
        <translation>First moment</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="127"/>
        <source>Tweede moment</source>
        <translation>Second moment</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="132"/>
        <source>Verloop per levensdomein</source>
        <translation>Course per life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="133"/>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="133"/>
        <source>Eerste</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="133"/>
        <source>Tweede</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="134"/>
        <source>Verloop</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="134"/>
        <source>Tijdlijn (alle metingen)</source>
        <translation>Timeline (all measurements)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="138"/>
        <source>Vergelijk</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="140"/>
        <source>met</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="143"/>
        <source>&amp;Deelnemer naast begeleider</source>
        <translation>&amp;Participant beside coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="144"/>
        <source>Deelnemer naast begeleider</source>
        <translation>Participant beside coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="147"/>
        <source>Waar de kijk verschilt</source>
        <translation>Where the views differ</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="150"/>
        <source>Sterdiagram</source>
        <translation>Star diagram</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="159"/>
        <source>Alle metingen</source>
        <translation>All measurements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="160"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="160"/>
        <source>Ingevuld door</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="161"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="161"/>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="175"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="166"/>
        <source>Notitie bij de gekozen meting</source>
        <translation>Note on the chosen measurement</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="167"/>
        <source>bv. waarom de kijk van deelnemer en begeleider verschilt</source>
        <translation>e.g. why the participant&apos;s and the coach&apos;s views differ</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="219"/>
        <source>%1 — niet nagekeken</source>
        <translation>%1 — not checked</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="222"/>
        <source>Deze vertaling is nog niet nagekeken door iemand die de taal als moedertaal spreekt.</source>
        <translation>This translation has not yet been checked by a native speaker.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="230"/>
        <source>Deze schaal bestaat niet in de taal %1; kies een andere taal of vul samen in.</source>
        <translation>This scale does not exist in %1; choose another language or fill it in together.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="239"/>
        <source>De metingen konden niet gelezen worden (%1).</source>
        <translation>The measurements could not be read (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="244"/>
        <source>%n metingen opgeslagen.</source>
        <translation>
            <numerusform>%n measurement saved.</numerusform>
            <numerusform>%n measurements saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="261"/>
        <source>Loslaatschaal</source>
        <translation>Release scale</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="287"/>
        <source>Waar jullie kijk verschilt: %1.</source>
        <translation>Where your views differ: %1.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="288"/>
        <source>Jullie kijk is op elk domein dezelfde.</source>
        <translation>Your views are the same in every domain.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="298"/>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="367"/>
        <source>onvolledig</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="334"/>
        <source>≠ verschilt</source>
        <translation>≠ differs</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="354"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/scales/tab.py" line="356"/>
        <source>weet niet</source>
        <translation>don&apos;t know</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="31"/>
        <source>Signaal melden</source>
        <translation>Report a signal</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="32"/>
        <source>Een probleem dat niet bij deze deelnemer alleen ligt (geen kinderopvang, een wachtlijst…). Beschrijf het zonder namen: het gaat naar de ondersteuningsgroep.</source>
        <translation>A problem that is not this participant&apos;s alone (no childcare, a waiting list…). Describe it without names: it goes to the support group.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="35"/>
        <source>Het probleem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="37"/>
        <source>Levensdomein</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="38"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="41"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="42"/>
        <source>Koppelen aan dit dossier (blijft binnen het team)</source>
        <translation>Link to this file (stays within the team)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="43"/>
        <source>Koppelen aan dit dossier</source>
        <translation>Link to this file</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="45"/>
        <source>&amp;Probleem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="46"/>
        <source>&amp;Levensdomein</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="47"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/signal_dialog.py" line="49"/>
        <source>Signaal bewaren</source>
        <translation>Save signal</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/submit_dialog.py" line="31"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="18"/>
        <source>Geen verbinding met de server. Je werk blijft bewaard; synchroniseer later.</source>
        <translation>No connection to the server. Your work is kept; synchronise later.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="20"/>
        <source>Het certificaat van de server is niet het vertrouwde. Er is niets verstuurd. Vraag het na bij je teamleider.</source>
        <translation>The server&apos;s certificate is not the trusted one. Nothing was sent. Ask your team lead.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="23"/>
        <source>Deze laptop is geblokkeerd door het partnerschap. De kluis op deze laptop is gewist.</source>
        <translation>This laptop was blocked by the partnership. The vault on this laptop has been wiped.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="25"/>
        <source>Deze laptop is nog niet gekoppeld aan de server van het partnerschap.</source>
        <translation>This laptop is not linked to the partnership&apos;s server yet.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="27"/>
        <source>Werk LfN Desktop bij: de server gebruikt een nieuwere versie. Er is niets gewijzigd.</source>
        <translation>Update LfN Desktop: the server uses a newer version. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="29"/>
        <source>De server draait een oudere versie dan deze app. Vraag een update van de server. Er is niets gewijzigd.</source>
        <translation>The server runs an older version than this app. Ask for a server update. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="32"/>
        <source>Het adres van de server moet met https:// beginnen (gewoon http alleen naar deze laptop zelf). Er is niets verstuurd.</source>
        <translation>The server&apos;s address must start with https:// (plain http only to this laptop itself). Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="35"/>
        <source>Synchronisatie geannuleerd. Wat al uitgewisseld was, blijft bewaard.</source>
        <translation>Synchronisation cancelled. What was already exchanged is kept.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="42"/>
        <source>Aanmelden bij de server lukte niet: %1</source>
        <translation>Signing in to the server failed: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="44"/>
        <source>De server weigerde: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="45"/>
        <source>Synchroniseren lukte niet (%1). Je werk blijft bewaard.</source>
        <translation>Synchronising failed (%1). Your work is kept.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="60"/>
        <source>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</source>
        <translation>Synchronised: %1 sent, %2 received.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="67"/>
        <source>Let op: de klok van deze laptop loopt %1 uur verkeerd; zet ze juist.</source>
        <translation>Note: this laptop&apos;s clock is %1 hours off; please set it right.</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="29"/>
        <source>Laatste synchronisatie</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="30"/>
        <source>Voortgang synchronisatie</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="32"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="32"/>
        <source>Synchronisatie annuleren</source>
        <translation>Cancel synchronisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="61"/>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="64"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="65"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="76"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="83"/>
        <source>Synchroniseren: %1 verstuurd, %2 ontvangen (%3 kB)</source>
        <translation>Synchronising: %1 sent, %2 received (%3 kB)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/sync/status.py" line="116"/>
        <source>Teambeheer werkt online: koppel deze laptop eerst aan de server.</source>
        <translation>Team administration works online: link this laptop to the server first.</translation>
    </message>
</context>
<context>
    <name>TeamAdminDialog</name>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="132"/>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="133"/>
        <source>Teambeheer</source>
        <translation>Team administration</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="135"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="135"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="135"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="136"/>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="153"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="136"/>
        <source>VTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="136"/>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="148"/>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="137"/>
        <source>Mensen van het team</source>
        <translation>People of the team</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="138"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="138"/>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="139"/>
        <source>&amp;Wachtwoord resetten…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="139"/>
        <source>Wachtwoord resetten</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="140"/>
        <source>&amp;Deactiveren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="140"/>
        <source>Account afsluiten</source>
        <translation>Close account</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="145"/>
        <source>&amp;Mensen</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="147"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="147"/>
        <source>Van</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="148"/>
        <source>Laptops van het partnerschap</source>
        <translation>Laptops of the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="149"/>
        <source>Laptop &amp;intrekken…</source>
        <translation>&amp;Revoke laptop…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="149"/>
        <source>Laptop intrekken</source>
        <translation>Revoke laptop</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="151"/>
        <source>&amp;Laptops</source>
        <translation>&amp;Laptops</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="153"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="154"/>
        <source>Naam van de nieuwe organisatie</source>
        <translation>Name of the new organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="155"/>
        <source>naam van een organisatie die toetreedt</source>
        <translation>name of an organisation that joins</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="157"/>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="158"/>
        <source>&amp;Vertrekt…</source>
        <translation>&amp;Leaves…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="159"/>
        <source>Organisatie vertrekt</source>
        <translation>Organisation leaves</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="163"/>
        <source>&amp;Organisaties</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="165"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="166"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="167"/>
        <source>Dossier toewijzen</source>
        <translation>Assign dossier</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="168"/>
        <source>Toewijzing &amp;beëindigen</source>
        <translation>&amp;End assignment</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="169"/>
        <source>Toewijzing beëindigen</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="174"/>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="156"/>
        <source>Organisatie &amp;erbij</source>
        <translation>Add organisation (&amp;joins)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="147"/>
        <source>Laatste contact met de server</source>
        <translation>Last contact with the server</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="167"/>
        <source>Toewij&amp;zen</source>
        <translation>Assi&amp;gn</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="175"/>
        <source>Dossie&amp;r</source>
        <translation>Dossie&amp;r</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="180"/>
        <source>Alleen binnen de toestemming van de deelnemer: de organisatie van de coach moet erbij staan.</source>
        <translation>Only within the participant’s consent: the coach’s organisation must be named in it.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="182"/>
        <source>Do&amp;ssiers</source>
        <translation>Do&amp;ssiers</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="184"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="185"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="189"/>
        <source>Online: elke wijziging gaat meteen naar de server en komt in het auditlogboek.</source>
        <translation>Online: every change goes to the server at once and into the audit log.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="223"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="223"/>
        <source>kiest nieuw wachtwoord</source>
        <translation>chooses a new password</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="224"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="227"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="228"/>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="228"/>
        <source>in gebruik</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="230"/>
        <source>vertrokken op %1</source>
        <translation>left on %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="231"/>
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="245"/>
        <source>Kies eerst een rij in de lijst.</source>
        <translation>Choose a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="293"/>
        <source>%1 is toegevoegd. Ze meldt zich aan met het eerste wachtwoord en kiest dan een eigen.</source>
        <translation>%1 is added. She signs in with the first password and then chooses her own.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="305"/>
        <source>Het wachtwoord van %1 is gereset.</source>
        <translation>The password of %1 is reset.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="314"/>
        <source>Het account van %1 afsluiten? Haar laptops worden ingetrokken en wissen hun kluis bij het volgende contact; haar dossiers blijven op de server.</source>
        <translation>Close the account of %1? Her laptops are revoked and wipe their vaults at their next contact; her dossiers stay on the server.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="317"/>
        <source>%1 is afgesloten.</source>
        <translation>%1 is closed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="323"/>
        <source>Laptop &apos;%1&apos; intrekken (verloren of gestolen)? Bij haar volgende contact met de server wist ze haar kluis.</source>
        <translation>Revoke laptop &apos;%1&apos; (lost or stolen)? At its next contact with the server it wipes its vault.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="326"/>
        <source>Laptop &apos;%1&apos; is ingetrokken.</source>
        <translation>Laptop &apos;%1&apos; is revoked.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="331"/>
        <source>Geef de naam van de organisatie die toetreedt.</source>
        <translation>Give the name of the organisation that joins.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="335"/>
        <source>%1 is lid van het partnerschap.</source>
        <translation>%1 is a member of the partnership.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="354"/>
        <source>%1 is vertrokken.</source>
        <translation>%1 has left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="354"/>
        <source>%n dossiers overgedragen.</source>
        <translation>
            <numerusform>%n dossier handed over.</numerusform>
            <numerusform>%n dossiers handed over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="358"/>
        <source>Bleven bij hun coach (de toestemming noemt de nieuwe coach niet): %1.</source>
        <translation>Stayed with their coach (the consent does not name the new coach): %1.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="365"/>
        <source>Kies een coach en een dossier.</source>
        <translation>Choose a coach and a dossier.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="370"/>
        <source>%1 is toegewezen aan %2.</source>
        <translation>%1 is assigned to %2.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/team/admin_dialog.py" line="373"/>
        <source>%1 is niet langer toegewezen aan %2.</source>
        <translation>%1 is no longer assigned to %2.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="22"/>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="26"/>
        <source>Belasting per coach</source>
        <translation>Load per coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="24"/>
        <source>Norm: %1 tot %2 lopende trajecten per voltijdse coach (VTE).</source>
        <translation>Norm: %1 to %2 running trajectories per full-time coach (FTE).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="27"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="27"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="27"/>
        <source>VTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="28"/>
        <source>Lopende trajecten</source>
        <translation>Running trajectories</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="28"/>
        <source>Per VTE</source>
        <translation>Per FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="28"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="34"/>
        <source>Totaal van het team</source>
        <translation>Team total</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="35"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="47"/>
        <source>▲ boven de norm</source>
        <translation>▲ above the norm</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="49"/>
        <source>▼ onder de norm</source>
        <translation>▼ below the norm</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="50"/>
        <source>✓ binnen de norm</source>
        <translation>✓ within the norm</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="62"/>
        <source>Team: %1 VTE, %2 toewijzingen aan lopende trajecten, %3 per VTE.</source>
        <translation>Team: %1 FTE, %2 assignments to running trajectories, %3 per FTE.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/caseload/team_view.py" line="68"/>
        <source>De cijfers konden niet gelezen worden (%1).</source>
        <translation>The figures could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>TrajectoryTab</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="32"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="33"/>
        <source>Start van het traject</source>
        <translation>Start of the trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="34"/>
        <source>Huidige fase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="35"/>
        <source>Combinatietraject met VDAB</source>
        <translation>Combined trajectory with VDAB</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="36"/>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="41"/>
        <source>Uitstroom</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="38"/>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="39"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="40"/>
        <source>Combinatietraject VDAB</source>
        <translation>Combined with VDAB</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="42"/>
        <source>Huidig traject</source>
        <translation>Current trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="45"/>
        <source>Nieuwe fase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="46"/>
        <source>&amp;Fase wijzigen</source>
        <translation>&amp;Change phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="46"/>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="48"/>
        <source>Traject &amp;afsluiten…</source>
        <translation>&amp;Close trajectory…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="48"/>
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="59"/>
        <source>Traject afgesloten</source>
        <translation>Trajectory closed</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="60"/>
        <source>Verloop van de fasen</source>
        <translation>History of the phases</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="61"/>
        <source>Verloop</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="79"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="79"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="82"/>
        <source>%1, afgesloten op %2</source>
        <translation>%1, closed on %2</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="85"/>
        <source> (warme overdracht naar %1)</source>
        <translation> (warm handover to %1)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="90"/>
        <source>Dit traject is afgesloten. Het dossier blijft leesbaar en telt mee in de cijfers.</source>
        <translation>This trajectory is closed. The dossier stays readable and counts in the figures.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/trajectory_tab.py" line="104"/>
        <source>start</source>
        <translation>start</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="74"/>
        <source>Welkom. Maak je kluis aan</source>
        <translation>Welcome. Create your vault</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="74"/>
        <source>De kluis is vergrendeld</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="76"/>
        <source>Alles wat je noteert, blijft versleuteld op deze laptop. Kies een wachtzin van minstens 8 tekens. Zonder wachtzin kan niemand de gegevens lezen, ook jij niet.</source>
        <translation>Everything you record stays encrypted on this laptop. Choose a passphrase of at least 8 characters. Without it nobody can read the data, not even you.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="78"/>
        <source>Geef je wachtzin om je gegevens te openen.</source>
        <translation>Enter your passphrase to open your data.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="79"/>
        <source>Jouw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="80"/>
        <source>Jouw rol</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="83"/>
        <source>Naam van het partnerschap</source>
        <translation>Name of the partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="84"/>
        <source>Jouw organisatie</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="85"/>
        <source>Jouw tewerkstelling in VTE</source>
        <translation>Your employment in FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="88"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="89"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="90"/>
        <source>Herhaal de wachtzin</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="91"/>
        <source>Kluis &amp;maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="91"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="92"/>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="92"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="94"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="96"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="101"/>
        <source>Jouw &amp;naam</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="102"/>
        <source>Jouw &amp;rol</source>
        <translation>Your &amp;role</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="103"/>
        <source>&amp;Partnerschap</source>
        <translation>&amp;Partnership</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="104"/>
        <source>Jouw &amp;organisatie</source>
        <translation>Your &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="105"/>
        <source>&amp;VTE</source>
        <translation>&amp;FTE</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="107"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="108"/>
        <source>Geef je pincode, of je wachtzin.</source>
        <translation>Enter your PIN, or your passphrase.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="111"/>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="113"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="143"/>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="176"/>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="151"/>
        <source>De pincode klopt niet. Nog %n pogingen.</source>
        <translation>
            <numerusform>The PIN is not correct. %n try left.</numerusform>
            <numerusform>The PIN is not correct. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="160"/>
        <source>Vijf keer een verkeerde pincode: de pincode werkt niet meer. Ontgrendel met je wachtzin.</source>
        <translation>Five wrong PINs: the PIN no longer works. Unlock with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="176"/>
        <source>Bezig met aanmaken…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="189"/>
        <source>Vul je naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="191"/>
        <source>Vul de naam van het partnerschap in.</source>
        <translation>Fill in the name of the partnership.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="193"/>
        <source>Kies een wachtzin van minstens %1 tekens.</source>
        <translation>Choose a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="195"/>
        <source>De twee wachtzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="210"/>
        <source>De wachtzin klopt niet.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="212"/>
        <source>Je kunt opnieuw proberen over %1 seconden.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="219"/>
        <source>Deze kluis is al open in een ander venster of commando van LfN Desktop. Sluit ze daar eerst; er is niets gewijzigd.</source>
        <translation>This vault is open in another LfN Desktop window or command. Close it there first; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="224"/>
        <source>De kluis kon niet geopend worden. Er is niets gewijzigd.</source>
        <translation>The vault could not be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/unlock_panel.py" line="226"/>
        <source>Onverwachte fout (%1). Er is niets gewijzigd.</source>
        <translation>Unexpected error (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="21"/>
        <source>De schijf is vol. Wat al bewaard was, blijft veilig en er is niets half opgeslagen; maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full. What was saved stays safe and nothing was saved by half; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="23"/>
        <source>Op deze plaats kan niet geschreven worden (een schijf die alleen gelezen kan worden, of geen toegang). Wat er staat, blijft veilig en onveranderd; kies een andere plaats of vraag hulp.</source>
        <translation>This place cannot be written to (a read-only disk, or no permission). What is there stays safe and unchanged; choose another place or ask for help.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="26"/>
        <source>Het pad van de map is te lang voor de kluis. Er is niets gemaakt of gewijzigd; kies een kortere map.</source>
        <translation>The folder path is too long for the vault. Nothing was created or changed; choose a shorter folder.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="28"/>
        <source>Deze versie werkt de kluis bij en maakt daarvoor eerst een reservekopie, maar die kon niet geschreven worden. De kluis is niet gewijzigd; maak ruimte vrij of kies een andere map voor de reservekopieën (Bestand → Reservekopieën).</source>
        <translation>This version updates the vault and first makes a backup of it, but that could not be written. The vault was not changed; free some space or choose another folder for the backups (File → Backups).</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="32"/>
        <source>De kluis is beschadigd. Er is niets gewijzigd. Zet de laatste goede reservekopie terug (Bestand → Reservekopieën) of vraag hulp.</source>
        <translation>The vault is damaged. Nothing was changed. Restore the last good backup (File → Backups) or ask for help.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="35"/>
        <source>Deze kluis is gemaakt met een nieuwere versie van LfN Desktop. Werk de app bij; de kluis is niet gewijzigd.</source>
        <translation>This vault was made by a newer version of LfN Desktop. Update the app; the vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/common/vault_messages.py" line="37"/>
        <source>De reservekopie kon niet gebruikt worden: ze is beschadigd of onvolledig. Er is niets gewijzigd; kies een andere.</source>
        <translation>The backup could not be used: it is damaged or incomplete. Nothing was changed; choose another one.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="51"/>
        <source>Contact met %1 registreren</source>
        <translation>Record a contact with %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="53"/>
        <source>Conceptmelding</source>
        <translation>Draft notice</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="55"/>
        <source>Datum en uur</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="56"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="58"/>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="62"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="66"/>
        <source>Wie was aanwezig</source>
        <translation>Who was present</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="67"/>
        <source>bv. de deelnemer, haar zus, de maatschappelijk werker</source>
        <translation>e.g. the participant, her sister, the social worker</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="75"/>
        <source>Levensdomein: %1</source>
        <translation>Life domain: %1</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="82"/>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="116"/>
        <source>Levensdomeinen</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="84"/>
        <source>Notities (enkel voor de coach)</source>
        <translation>Notes (for the coach only)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="85"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="86"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="87"/>
        <source>met datum</source>
        <translation>with a date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="87"/>
        <source>Volgende stap heeft een datum</source>
        <translation>Next step has a date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="88"/>
        <source>Datum van de volgende stap</source>
        <translation>Date of the next step</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="91"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="91"/>
        <source>Contact opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="93"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="94"/>
        <source>Slui&amp;ten (concept blijft)</source>
        <translation>Clos&amp;e (draft is kept)</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="95"/>
        <source>Formulier sluiten, concept blijft bewaard</source>
        <translation>Close the form, the draft is kept</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="97"/>
        <source>Concept wissen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="97"/>
        <source>&amp;Concept wissen</source>
        <translation>Dis&amp;card draft</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="100"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="111"/>
        <source>&amp;Datum en uur</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="112"/>
        <source>D&amp;uur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="113"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="114"/>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="115"/>
        <source>&amp;Aanwezig</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="117"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="118"/>
        <source>A&amp;fspraken</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="119"/>
        <source>&amp;Volgende stap</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="120"/>
        <source>Datum volgende stap</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/dossier/visit_form.py" line="203"/>
        <source>Concept hersteld: je werk van daarnet staat er nog.</source>
        <translation>Draft restored: what you typed is still here.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../lfn_desktop/ui/shell/workspace_view.py" line="102"/>
        <source>Deelnemer ingeschreven.</source>
        <translation>Participant registered.</translation>
    </message>
    <message>
        <location filename="../../lfn_desktop/ui/shell/workspace_view.py" line="160"/>
        <source>Open eerst een dossier om een contact te registreren.</source>
        <translation>Open a dossier first to record a contact.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="53"/>
        <source>%n wijzigingen geweigerd en apart gezet.</source>
        <translation>
            <numerusform>%n change refused and set aside.</numerusform>
            <numerusform>%n changes refused and set aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lfn_desktop/ui/sync/runner.py" line="56"/>
        <source>%n conflicten om na te kijken.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
</context>
</TS>
