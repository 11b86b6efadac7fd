; Inno Setup 6 script: a per-user installer of the one-folder bundle (no administrator rights needed).
; Build the bundle first (see packaging/README.md), sign lfn-desktop.exe, then: iscc packaging\windows\lfn-desktop.iss
#define AppVersion "0.1.0"   ; keep in step with lfn_desktop/__init__.py

[Setup]
AppId={{6A3C7E2B-3F1D-4C8E-9B0A-5D2E7F4A1C90}
AppName=LfN Desktop
AppVersion={#AppVersion}
AppPublisher=Lokaal Partnerschap
DefaultDirName={localappdata}\Programs\LfN Desktop
DefaultGroupName=LfN Desktop
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=LfN-Desktop-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The vaults live in %LOCALAPPDATA%\LfN\lfn-desktop, outside the program folder: uninstalling never deletes them.
UninstallDisplayName=LfN Desktop

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\lfn-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\LfN Desktop"; Filename: "{app}\lfn-desktop.exe"
Name: "{userdesktop}\LfN Desktop"; Filename: "{app}\lfn-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\lfn-desktop.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Zelftest..."
