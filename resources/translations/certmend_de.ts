<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionRunner</name>
    <message>
        <source>%1 (already so, skipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applier</name>
    <message>
        <source>Verified: the stores are as planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingHtml</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Trusted Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-Party Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Authentication Issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Publishers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>CertMend report: %1</source>
        <translation>CertMend-Bericht: %1</translation>
    </message>
    <message>
        <source>Generated %1 (UTC) by CertMend %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished">Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Left alone:</source>
        <translation type="unfinished">Unverändert gelassen:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No change was made.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix was applied and verified.</source>
        <translation>Die Korrektur wurde ausgeführt und überprüft.</translation>
    </message>
    <message>
        <source>The fix did not complete.</source>
        <translation>Die Korrektur wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To put everything back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Wie es weitergeht</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Left alone: %1 — %2</source>
        <translation>Unverändert gelassen: %1 — %2</translation>
    </message>
    <message>
        <source>Left alone: &quot;%1&quot; (SHA-1 %2) — %3</source>
        <translation>Unverändert gelassen: „%1“ (SHA-1 %2) — %3</translation>
    </message>
    <message>
        <source>Schannel keeps the trusted issuers list in memory: IIS sees the new stores after `iisreset` or a restart of the server.</source>
        <translation>Schannel hält die Liste der vertrauenswürdigen Aussteller im Speicher: IIS sieht die geänderten Speicher erst nach `iisreset` oder einem Neustart des Servers.</translation>
    </message>
    <message>
        <source>Only the machine&apos;s own copies change; copies deployed by Group Policy or Active Directory are left alone and must be changed where they are deployed.</source>
        <translation>Nur die eigenen Kopien des Computers werden geändert; per Gruppenrichtlinie oder Active Directory verteilte Kopien bleiben unverändert und müssen dort geändert werden, wo sie verteilt werden.</translation>
    </message>
    <message>
        <source>Schannel registry values take effect after Windows is restarted.</source>
        <translation>Schannel-Registrierungswerte werden nach einem Neustart von Windows wirksam.</translation>
    </message>
    <message>
        <source>This was a training scenario: the changes were made on a copy, not on a real server.</source>
        <translation>Dies war ein Trainingsszenario: Die Änderungen wurden an einer Kopie vorgenommen, nicht an einem echten Server.</translation>
    </message>
    <message>
        <source>Restart Windows so that Schannel reads the changed registry values.</source>
        <translation>Starten Sie Windows neu, damit Schannel die geänderten Registrierungswerte liest.</translation>
    </message>
    <message>
        <source>Run `iisreset` in an elevated command prompt (or restart the server) so that Schannel reads the stores again.</source>
        <translation>Führen Sie `iisreset` in einer Eingabeaufforderung mit Administratorrechten aus (oder starten Sie den Server neu), damit Schannel die Speicher neu liest.</translation>
    </message>
    <message>
        <source>Test from a client: open the site in a browser, pick the client certificate, and check that the page loads (no HTTP 403.16 or 403.7 in the IIS log).</source>
        <translation>Testen Sie von einem Client aus: Öffnen Sie die Website im Browser, wählen Sie das Clientzertifikat und prüfen Sie, dass die Seite lädt (kein HTTP 403.16 oder 403.7 im IIS-Protokoll).</translation>
    </message>
    <message>
        <source>Keep the backup folder until you are sure: &quot;Undo now&quot; or `certmend-cli restore` puts everything back.</source>
        <translation>Behalten Sie den Sicherungsordner, bis Sie sicher sind: „Jetzt rückgängig machen“ oder `certmend-cli restore` stellt alles wieder her.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>You chose to leave this setting as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Finished and verified: the stores are as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back and verified: the stores are as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediationAction</name>
    <message>
        <source>absent (Windows default)</source>
        <translation>nicht vorhanden (Windows-Standard)</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; (SHA-1 %2) from %3 to %4.</source>
        <translation>„%1“ (SHA-1 %2) von %3 nach %4 verschieben.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; (SHA-1 %2) from %3.</source>
        <translation>„%1“ (SHA-1 %2) aus %3 entfernen.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; (SHA-1 %2) to %3.</source>
        <translation>„%1“ (SHA-1 %2) zu %3 hinzufügen.</translation>
    </message>
    <message>
        <source>Set the Schannel value %1 from %2 to %3.</source>
        <translation>Den Schannel-Wert %1 von %2 auf %3 setzen.</translation>
    </message>
    <message>
        <source>absent (delete the value)</source>
        <translation>nicht vorhanden (Wert löschen)</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; (SHA-1 %2) back into %3 and take it out of %4.</source>
        <translation>„%1“ (SHA-1 %2) zurück nach %3 legen und aus %4 entfernen.</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; (SHA-1 %2) back into %3.</source>
        <translation>„%1“ (SHA-1 %2) zurück nach %3 legen.</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; (SHA-1 %2) out of %3 again.</source>
        <translation>„%1“ (SHA-1 %2) wieder aus %3 entfernen.</translation>
    </message>
    <message>
        <source>Set the Schannel value %1 back to %2.</source>
        <translation>Den Schannel-Wert %1 auf %2 zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>RemediationPlan</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Left alone:</source>
        <translation>Unverändert gelassen:</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (SHA-1 %2): %3</source>
        <translation>- „%1“ (SHA-1 %2): %3</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>Verified: everything the fix changed is back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchannelSettings</name>
    <message>
        <source>Machine Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive Root Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive CA Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send a list of trusted issuers (SendTrustedIssuerList = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends its list of trusted issuers (SendTrustedIssuerList = 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends its list of trusted issuers (SendTrustedIssuerList = %1; CertMend assumes that any value other than 0 means on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendTrustedIssuerList is set as %1 &quot;%2&quot; instead of a number (REG_DWORD), so Windows cannot read it and uses the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send a list of trusted issuers (without a readable SendTrustedIssuerList, Windows Server 2012 and later use 0; the Windows version is unknown, so CertMend assumes such a version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send a list of trusted issuers (SendTrustedIssuerList is absent; on Windows Server 2012 and later that means 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends its list of trusted issuers (SendTrustedIssuerList is absent; before Windows Server 2012 that means 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers offer only client certificates issued by a CA in that list; when the list does not name the client&apos;s CA, the browser offers none and IIS answers 403.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers offer every client certificate they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is also a value named &quot;%1&quot;: Windows does not read that name, so it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates are checked with Machine Trust (ClientAuthTrustMode is absent, which means 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode is set as %1 &quot;%2&quot; instead of a number (REG_DWORD), so Windows cannot read it and uses Machine Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode = %1 is not a valid mode (only 0, 1 and 2 are); CertMend assumes Windows falls back to Machine Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates are checked with %1 (ClientAuthTrustMode = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate is accepted when it is issued by a certificate in the trusted issuers list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate must chain to a root in the binding&apos;s trusted issuer store and be issued by a certificate in the trusted issuers list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate must chain to a CA or root certificate in the binding&apos;s trusted issuer store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedVerdict</name>
    <message>
        <source>Root certificate: issued to itself and signed with its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate: issued to itself; its old signature algorithm cannot be checked here, which does not make it misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate: issued to itself, but its signature could not be verified here (Windows may still accept it); no other key signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a root: same name as its issuer, but signed by another key (a CA key renewal certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certification authority: issued by another CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-entity certificate (a user, computer or server), not a CA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedIssuerList</name>
    <message>
        <source>The binding names the store &quot;%1&quot; (Ctl Store Name), but it is empty, so Windows ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding names the store &quot;%1&quot; (Ctl Store Name), but there is no such store, so Windows ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The trusted issuers list comes from the store &quot;%1&quot; that the binding names (Ctl Store Name): %n certificate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trusted issuers list comes from the Client Authentication Issuers store (ClientAuthIssuer): %n certificate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Client Authentication Issuers store is empty, so the trusted issuers list is the whole Trusted Root Certification Authorities store (Root): %n certificate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Client Authentication Issuers store is empty, so Windows uses the Trusted Root Certification Authorities store (Root). Root mixes real (self-signed) roots with %n certificate(s) that are not self-signed, and in that case only those become the trusted issuers list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real root(s) are left out: client certificates from their CAs are rejected (403.16), or, when the list is sent, browsers offer no certificate at all (403.7).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty: no client certificate can be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list takes %1 bytes in the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the %1 bytes Schannel can send: the list is cut off (event 36885), and clients whose CA falls outside it find no matching certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend</name>
    <message>
        <source>A CA certificate&apos;s issuer is not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2) chains up to %3, whose issuer %4 is in none of this machine&apos;s stores. Client certificates issued under it cannot be validated: IIS answers 403.16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the root certificate %1 into Trusted Root Certification Authorities, if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is both trusted and explicitly distrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 and also in Untrusted Certificates (Disallowed). Windows lets Disallowed win: nothing that chains through it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out who distrusted it and why before changing either store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone marked it untrusted on purpose, perhaps after a compromise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now no HTTPS binding takes its trusted issuers from the Root store (they come from a Client Authentication Issuers or CTL store), so clients are not affected yet; they will be as soon as that store is emptied or a binding loses its CTL store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because Trusted Root now mixes real roots with this one certificate that is not self-signed, Schannel uses it alone as the trusted issuers list (Windows Server 2012 and later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because Trusted Root now mixes real roots with %1 certificates that are not self-signed, Schannel uses only those as the trusted issuers list (Windows Server 2012 and later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendTrustedIssuerList is on, so the server sends only those issuers to the browser, which then has no matching client certificate to offer: IIS answers 403.7 (client certificate required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client certificate from another CA is rejected as untrusted: IIS answers 403.16, and its log shows sc-win32-status 2148204809 (CERT_E_UNTRUSTEDROOT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Group Policy (or Active Directory) administrator to move it to Intermediate Certification Authorities in the policy that deploys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy comes from Group Policy or Active Directory: removing the local copy is not enough, the policy puts it back at the next refresh (gpupdate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deployed by Group Policy or Active Directory: moving it here would be undone at the next policy refresh (gpupdate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it from Trusted Root: an end-entity certificate does not belong in any trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it from Trusted Root to Intermediate Certification Authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key-rollover certificate is in Trusted Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same name as its issuer, so the usual check (Issued To = Issued By) calls it a root. It is not: it was signed with another key of that CA (a key-rollover link certificate). Windows treats it as not self-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end-entity certificate is in Trusted Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate authority at all: it is a server or user certificate issued by %2. It does not belong in Trusted Root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA is in Trusted Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in Trusted Root Certification Authorities, but it is not a root: it was issued by %2. It belongs in Intermediate Certification Authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a genuine root: moving it would not help and could break other software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Schannel value with a misspelled name does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCHANNEL key holds %1 = %2, but Schannel only reads %3. Whoever set it meant to change that setting; it has no effect, so the server behaves as if it were absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1; if the intent was to change %2, set that value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Schannel value has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 holding “%3”. Schannel only reads a REG_DWORD, so the default applies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with a REG_DWORD of value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it, or replace it with a REG_DWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode has an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode is %1; only 0, 1 and 2 are defined. CertMend assumes Schannel falls back to Machine Trust (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the value, or set 0, 1 or 2 deliberately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive trust mode, but the binding&apos;s trusted issuer store is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode is %1 (%2): client certificates must chain to a certificate in the binding&apos;s own store. Binding %3 names the store %4, which holds no certificate, so no client certificate can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CA certificates your clients chain to into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates are checked in %1 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binding names a trusted issuer store that holds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding %1 names %2 as its trusted issuer store (Ctl Store Name), but that store %3, so Schannel falls back to %4. If the store was meant to list your clients&apos; CAs, import them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the issuing CAs of your clients into %1, or remove the Ctl Store Name from the binding (netsh http update sslcert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted issuers list is larger than 16 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 the trusted issuers list comes from %2 and holds %3 issuers, %4 bytes encoded; Schannel sends at most 16,384 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendTrustedIssuerList is on, so the list is cut off (Schannel event 36885): clients whose CA falls outside the part sent are offered nothing to choose, and IIS answers 403.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set SendTrustedIssuerList to 0, or give the binding a small store of only the CAs your clients use (ClientAuthIssuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendTrustedIssuerList is off, so the list is not sent and its size does not matter now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (Active Directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::InputRules</name>
    <message>
        <source>Part of the machine could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The analysis covers everything else; what this file holds is missing from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export that part again, or check the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::LiveMachine</name>
    <message>
        <source>No certmend-winhelper was found next to CertMend. Reinstall CertMend, or name the helper: live:&lt;command&gt; or the environment variable CERTMEND_WINHELPER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing this computer&apos;s certificate stores and Schannel settings needs administrator rights: Run as administrator and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::MachineScanner</name>
    <message>
        <source>Reading the certificate stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking signatures and building chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Schannel settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the HTTPS bindings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished">Fertig.</translation>
    </message>
</context>
<context>
    <name>certmend::PlanBuilder</name>
    <message>
        <source>CertMend cannot add a root it does not have: import the client&apos;s root certificate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deploys it to %2; it would come back after the next policy refresh. Change it where it is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertMend does not change this setting itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Schannel settings of this source cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its current value cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::RootStoreRules</name>
    <message>
        <source>An expired root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a genuine root but expired on %2. It no longer validates anything and does no harm to client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root whose signature algorithm cannot be checked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names itself as its issuer, but its signature uses %2, which cannot be verified here. Old roots (MD2/MD5 era) look like this; it is not misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root whose own signature does not verify here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names itself as its issuer and no other key on this machine signed it, but its signature does not verify with a strict verifier. Some genuine roots carry such signatures and Windows accepts them; it is not misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::ApplyJob</name>
    <message>
        <source>Making a writable copy of the training scenario…</source>
        <translation>Beschreibbare Kopie des Trainingsszenarios wird angelegt…</translation>
    </message>
    <message>
        <source>cannot create the folder for the training copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training copy: %1</source>
        <translation>Trainingskopie: %1</translation>
    </message>
    <message>
        <source>this source cannot be changed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before the backup; nothing was changed</source>
        <translation>vor der Sicherung abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>Sicherung wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>cancelled after the backup; nothing was changed</source>
        <translation>nach der Sicherung abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Done %1 of %2: %3</source>
        <translation>Erledigt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Änderungen werden ausgeführt…</translation>
    </message>
</context>
<context>
    <name>certmend::ui::ApplyPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden ausgeführt</translation>
    </message>
    <message>
        <source>First the backup is written and checked, then each change is made and the result verified.</source>
        <translation>Zuerst wird die Sicherung geschrieben und geprüft, dann wird jede Änderung ausgeführt und das Ergebnis überprüft.</translation>
    </message>
    <message>
        <source>Progress of the changes</source>
        <translation>Fortschritt der Änderungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Stops before the next change and undoes the changes already made.</source>
        <translation>Hält vor der nächsten Änderung an und macht die bereits ausgeführten Änderungen rückgängig.</translation>
    </message>
    <message>
        <source>Stopping after the current step and undoing what was done…</source>
        <translation>Nach dem aktuellen Schritt wird angehalten und Erledigtes rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation>Anhalten angefordert.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Change %1 of %2…</source>
        <translation>Änderung %1 von %2…</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>The fix did not complete: %1</source>
        <translation>Die Korrektur wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The backup is in %1.</source>
        <translation>Die Sicherung liegt in %1.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Every change was made and verified.</source>
        <translation>Jede Änderung wurde ausgeführt und überprüft.</translation>
    </message>
</context>
<context>
    <name>certmend::ui::CertMendWizard</name>
    <message>
        <source>CertMend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard shows no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not leave the page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::CertificateTableModel</name>
    <message>
        <source>%1 (Group Policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root (old algorithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root (signature not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-rollover link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding names this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::ChainTreeModel</name>
    <message>
        <source>Issuer not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in none of this machine&apos;s stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate on this machine has the name %1 and a key that signed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s signature does not match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate named %1 is here, but its key did not sign %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the issuers leads back to a certificate already in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature cannot be checked here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm of %1 cannot be verified on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Issued by: %2
Thumbprint: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (root first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::ChainView</name>
    <message>
        <source>Certificate chain, root first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::ConfirmPage</name>
    <message>
        <source>Move from %1 to %2</source>
        <translation>Von %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Confirm the changes</source>
        <translation>Änderungen bestätigen</translation>
    </message>
    <message>
        <source>Read the list once more. CertMend writes and checks the backup first, then makes these changes.</source>
        <translation>Lesen Sie die Liste noch einmal. CertMend schreibt und prüft zuerst die Sicherung und führt dann diese Änderungen aus.</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Changes that will be made</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>I have &amp;read this list and want CertMend to make these changes</source>
        <translation>Ich habe diese Liste &amp;gelesen und möchte, dass CertMend diese Änderungen ausführt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Certificate or setting</source>
        <translation>Zertifikat oder Einstellung</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Fingerabdruck (SHA-1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Also affected</source>
        <translation>Außerdem betroffen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Before the first change, every affected certificate (as .cer and one .sst per store), the old Schannel values (.reg) and a manifest with SHA-256 hashes are written to a new folder in &lt;b&gt;%1&lt;/b&gt; and read back. If that fails, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of the training scenario &quot;%1&quot; (made in %2 when you click Apply)</source>
        <translation>einer Kopie des Trainingsszenarios „%1“ (angelegt in %2, sobald Sie auf Ausführen klicken)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>CertMend will make the changes below on %1.</source>
        <translation>CertMend führt die folgenden Änderungen auf %1 aus.</translation>
    </message>
</context>
<context>
    <name>certmend::ui::DonePage</name>
    <message>
        <source>&amp;Open backup folder</source>
        <translation>Sicherungsordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo now</source>
        <translation>Jetzt &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Saves the machine, the findings, the plan, the result and the backup location as one HTML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts every certificate and setting back from the backup.</source>
        <translation>Stellt jedes Zertifikat und jede Einstellung aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nichts zu korrigieren</translation>
    </message>
    <message>
        <source>No change was made.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing to fix: CertMend found nothing it needs to change.</source>
        <translation>Nichts zu korrigieren: CertMend hat nichts gefunden, was geändert werden muss.</translation>
    </message>
    <message>
        <source>Nothing to fix here: what CertMend found must be left alone or changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Unverändert gelassen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>The changes were made and verified. The backup can put everything back.</source>
        <translation>Die Änderungen wurden ausgeführt und überprüft. Mit der Sicherung lässt sich alles wiederherstellen.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Nicht korrigiert</translation>
    </message>
    <message>
        <source>The fix did not complete.</source>
        <translation>Die Korrektur wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>The fix did not complete: %1</source>
        <translation>Die Korrektur wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Without CertMend: certutil -addstore Root &quot;%1&quot;</source>
        <translation>Ohne CertMend: certutil -addstore Root &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The training copy that was changed:</source>
        <translation>Die geänderte Trainingskopie:</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>&amp;Restore the backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Every planned change was made and verified.</source>
        <translation>Jede geplante Änderung wurde ausgeführt und überprüft.</translation>
    </message>
</context>
<context>
    <name>certmend::ui::FindingsPage</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What CertMend found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings in plain words, then the certificates of a store. Select a certificate to see its details and its chain, root first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished">Befunde</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Root — %1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found: every certificate in Trusted Root is a genuine root and the Schannel settings are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them has a problem; clear &quot;Only problems&quot; to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation type="unfinished">Fingerabdruck (SHA-1)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated (no basic constraints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, path length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in %1: %2, shown: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::InlineBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Meldung</translation>
    </message>
</context>
<context>
    <name>certmend::ui::IssuerListGauge</name>
    <message>
        <source>Size of the trusted issuers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB of %2 KB (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over the limit: the list is cut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::PlanActionDelegate</name>
    <message>
        <source>Action for %1</source>
        <translation>Aktion für %1</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
</context>
<context>
    <name>certmend::ui::PlanChoiceModel</name>
    <message>
        <source>Schannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Intermediate CA</source>
        <translation>Zu „Zwischenzertifizierungsstellen“ verschieben</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Delete the value</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Auf %1 setzen</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>Certificate or setting</source>
        <translation>Zertifikat oder Einstellung</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Fingerabdruck (SHA-1)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>certmend::ui::PlanPage</name>
    <message>
        <source>&amp;Reset to recommended</source>
        <translation>Empfehlung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Plan the fix</source>
        <translation>Korrektur planen</translation>
    </message>
    <message>
        <source>Check what CertMend will do with each certificate and setting. Nothing changes until you confirm on the next page.</source>
        <translation>Prüfen Sie, was CertMend mit jedem Zertifikat und jeder Einstellung tun wird. Nichts wird geändert, bevor Sie auf der nächsten Seite bestätigen.</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Geplante Aktionen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Back up to &amp;folder:</source>
        <translation>Sichern in &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;What will change:</source>
        <translation>&amp;Was sich ändert:</translation>
    </message>
    <message>
        <source>There is no scan to plan from. Go back and scan.</source>
        <translation>Es gibt keinen Scan, aus dem geplant werden kann. Gehen Sie zurück und scannen Sie.</translation>
    </message>
    <message>
        <source>Nothing here is for CertMend to change: the findings need a decision or a change elsewhere (see the Findings page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: no certificate or setting needs a change.</source>
        <translation>Nichts zu korrigieren: Kein Zertifikat und keine Einstellung muss geändert werden.</translation>
    </message>
    <message>
        <source>%1 is a single file: CertMend can show the plan but cannot change it. Scan a snapshot folder to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: CertMend can show the plan but cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Der Plan konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, e.g. %1.</source>
        <translation>Geben Sie den Sicherungsordner als vollständigen Pfad an, z. B. %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backup.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für die Sicherung.</translation>
    </message>
</context>
<context>
    <name>certmend::ui::RestoreJob</name>
    <message>
        <source>no backup folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file of the backup against its SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup is complete and unchanged (%n file(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the folder to restore into does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the interrupted fix in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back the interrupted fix in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::RestorePage</name>
    <message>
        <source>The fix was never started with this backup.</source>
        <translation>Mit dieser Sicherung wurde nie eine Korrektur begonnen.</translation>
    </message>
    <message>
        <source>The fix was interrupted: %1 of %2 change(s) were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was completed and verified.</source>
        <translation>Die Korrektur wurde abgeschlossen und überprüft.</translation>
    </message>
    <message>
        <source>The fix was rolled back.</source>
        <translation>Die Korrektur wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>This backup was already restored once (restoring again skips what is back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Roll &amp;back: put everything back as it was before the fix (recommended)</source>
        <translation>&amp;Zurücknehmen: alles so herstellen wie vor der Korrektur (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Finish the fix: make the changes that were not made yet</source>
        <translation>Korrektur ab&amp;schließen: die noch fehlenden Änderungen ausführen</translation>
    </message>
    <message>
        <source>Restore &amp;now</source>
        <translation>Jetzt &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup folder made by CertMend. It is checked first; then everything the fix changed is put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Wiederherstellen &amp;in:</translation>
    </message>
    <message>
        <source>Choose a CertMend backup</source>
        <translation>CertMend-Sicherung wählen</translation>
    </message>
    <message>
        <source>Choose the snapshot folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be used: %1</source>
        <translation>Diese Sicherung ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n file(s) match the SHA-256 in the manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Made: %1 (UTC)</source>
        <translation>Erstellt: %1 (UTC)</translation>
    </message>
    <message>
        <source>Restoring puts back:</source>
        <translation>Die Wiederherstellung legt zurück:</translation>
    </message>
    <message>
        <source>Recover &amp;now</source>
        <translation>Jetzt &amp;abschließen</translation>
    </message>
    <message>
        <source>Recover an interrupted fix</source>
        <translation>Unterbrochene Korrektur abschließen</translation>
    </message>
    <message>
        <source>A fix was interrupted (power cut or crash). Every certificate is in its store or in this verified backup. Choose how to bring it to a clean end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and unchanged.</source>
        <translation>Die Sicherung ist vollständig und unverändert.</translation>
    </message>
    <message>
        <source>This backup is from &quot;%1&quot;, the folder is &quot;%2&quot;: restore &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the interrupted fix in %1?</source>
        <translation>Die unterbrochene Korrektur in %1 abschließen?</translation>
    </message>
    <message>
        <source>Roll back the interrupted fix in %1?</source>
        <translation>Die unterbrochene Korrektur in %1 zurücknehmen?</translation>
    </message>
    <message>
        <source>Put back everything this backup holds into %1?</source>
        <translation>Alles aus dieser Sicherung nach %1 zurücklegen?</translation>
    </message>
    <message>
        <source>Done: %1 step(s) put back, %2 already as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not complete: %1</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>certmend::ui::ScanJob</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::ScanPage</name>
    <message>
        <source>That folder or file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder or file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a snapshot CertMend can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertMend reads the certificate stores, checks every certificate&apos;s signature and chain, and reads the Schannel settings and HTTPS bindings. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished">Fertig.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be read; CertMend shows what it could read. The list is below and in the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &lt;i&gt;Back&lt;/i&gt; to choose another source, or scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores read: %1. Certificates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What CertMend found (Next explains it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::StatusBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>certmend::ui::TrainingPanel</name>
    <message>
        <source>Training notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to notice on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::TrustSettingsPage</name>
    <message>
        <source>absent — %1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — unreadable (must be REG_DWORD), so %3 applies (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (set in registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the binding names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the binding names no usable store and ClientAuthIssuer is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no binding store and ClientAuthIssuer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no binding store, ClientAuthIssuer is empty, and Root mixes roots with other certificates: only those others count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel trust settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this server decides which client certificates to trust, and which issuers it names to the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry (SCHANNEL key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendTrustedIssuerList:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientAuthTrustMode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this means for a client right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: the server names its trusted issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: the server names no issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; = %2 is not &quot;%3&quot;: Schannel ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misspelled values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS binding is known (the snapshot has no sslcert.txt). The list below is what a binding without a Ctl Store Name gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no such store on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctl Store Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers come from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here stands in the way of client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted issuers list of a binding without a CTL store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS binding %1 and its trusted issuers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers in the list: %1. Over 16 KB: Schannel cuts the list (event 36885) and some clients are never asked for their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers in the list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certmend::ui::WelcomePage</name>
    <message>
        <source>Welcome to CertMend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertMend finds why IIS rejects client certificates with 403.16 or 403.7 — a certificate in the wrong Windows store, or Schannel settings that shrink the list of trusted issuers. It shows what is wrong in plain words and fixes it with a backup you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which machine should CertMend look at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;his computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this computer directly is not available in this version yet: take a snapshot folder on the server and open it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on Windows: this computer runs %1. Open a snapshot folder taken on the server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot &amp;folder or certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot folder or certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with manifest.json and stores/, or a .cer, .p7b or .sst file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;training scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup… (undo an earlier fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A fix was interrupted.&lt;/b&gt; The backup %1 (machine %2) records a change that did not finish. Restore it first so that the store is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a snapshot folder or certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots and certificates (manifest.json *.cer *.crt *.der *.pem *.p7b *.sst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds and fixes Windows trust-store problems behind IIS 403.16 and 403.7 client-certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect the training scenario &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect a snapshot folder or certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the wizard and save each page as &lt;dir&gt;/NN-&lt;page&gt;.png, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
