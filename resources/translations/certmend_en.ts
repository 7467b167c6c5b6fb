<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrustedIssuerList</name>
    <message numerus="yes">
        <source>The trusted issuers list comes from the store "%1" that the binding names (Ctl Store Name): %n certificate(s).</source>
        <translation>
            <numerusform>The trusted issuers list comes from the store "%1" that the binding names (Ctl Store Name): %n certificate.</numerusform>
            <numerusform>The trusted issuers list comes from the store "%1" that the binding names (Ctl Store Name): %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trusted issuers list comes from the Client Authentication Issuers store (ClientAuthIssuer): %n certificate(s).</source>
        <translation>
            <numerusform>The trusted issuers list comes from the Client Authentication Issuers store (ClientAuthIssuer): %n certificate.</numerusform>
            <numerusform>The trusted issuers list comes from the Client Authentication Issuers store (ClientAuthIssuer): %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Client Authentication Issuers store is empty, so the trusted issuers list is the whole Trusted Root Certification Authorities store (Root): %n certificate(s).</source>
        <translation>
            <numerusform>The Client Authentication Issuers store is empty, so the trusted issuers list is the whole Trusted Root Certification Authorities store (Root): %n certificate.</numerusform>
            <numerusform>The Client Authentication Issuers store is empty, so the trusted issuers list is the whole Trusted Root Certification Authorities store (Root): %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Client Authentication Issuers store is empty, so Windows uses the Trusted Root Certification Authorities store (Root). Root mixes real (self-signed) roots with %n certificate(s) that are not self-signed, and in that case only those become the trusted issuers list.</source>
        <translation>
            <numerusform>The Client Authentication Issuers store is empty, so Windows uses the Trusted Root Certification Authorities store (Root). Root mixes real (self-signed) roots with %n certificate that is not self-signed, and in that case only that one becomes the trusted issuers list.</numerusform>
            <numerusform>The Client Authentication Issuers store is empty, so Windows uses the Trusted Root Certification Authorities store (Root). Root mixes real (self-signed) roots with %n certificates that are not self-signed, and in that case only those become the trusted issuers list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real root(s) are left out: client certificates from their CAs are rejected (403.16), or, when the list is sent, browsers offer no certificate at all (403.7).</source>
        <translation>
            <numerusform>%n real root is left out: client certificates from its CA are rejected (403.16), or, when the list is sent, browsers offer no certificate at all (403.7).</numerusform>
            <numerusform>%n real roots are left out: client certificates from their CAs are rejected (403.16), or, when the list is sent, browsers offer no certificate at all (403.7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certmend::ui::CertMendWizard</name>
    <message numerus="yes">
        <source>%n screenshot(s) written.</source>
        <translation>
            <numerusform>%n screenshot written.</numerusform>
            <numerusform>%n screenshots written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certmend::ui::FindingsPage</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n)</source>
        <translation>
            <numerusform>%1 — %2 (%n)</numerusform>
            <numerusform>%1 — %2 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certmend::ui::RestoreJob</name>
    <message numerus="yes">
        <source>The backup is complete and unchanged (%n file(s)).</source>
        <translation>
            <numerusform>The backup is complete and unchanged (%n file).</numerusform>
            <numerusform>The backup is complete and unchanged (%n files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certmend::ui::RestorePage</name>
    <message numerus="yes">
        <source>Verified: all %n file(s) match the SHA-256 in the manifest.</source>
        <translation>
            <numerusform>Verified: the file matches the SHA-256 in the manifest.</numerusform>
            <numerusform>Verified: all %n files match the SHA-256 in the manifest.</numerusform>
        </translation>
    </message>
</context>
</TS>