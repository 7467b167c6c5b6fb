#include "CertificateFields.h"

#include <openssl/asn1.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include <optional>

namespace certmend::detail {

namespace {

QString hexUpper(const unsigned char* data, int length)
{
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(data), length).toHex().toUpper());
}

QByteArray bytesOf(const ASN1_STRING* s)
{
    if (!s)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

QString oidText(const ASN1_OBJECT* obj)
{
    char buffer[128];
    const int n = OBJ_obj2txt(buffer, sizeof buffer, obj, 1);
    return n > 0 ? QString::fromLatin1(buffer, std::min<int>(n, sizeof buffer - 1)) : QString();
}

// Windows' attribute abbreviations (certutil, certlm.msc), which differ from OpenSSL's for a few attributes.
QString attributeLabel(const ASN1_OBJECT* obj)
{
    switch (OBJ_obj2nid(obj)) {
    case NID_commonName:
        return QStringLiteral("CN");
    case NID_organizationName:
        return QStringLiteral("O");
    case NID_organizationalUnitName:
        return QStringLiteral("OU");
    case NID_localityName:
        return QStringLiteral("L");
    case NID_stateOrProvinceName:
        return QStringLiteral("S");
    case NID_countryName:
        return QStringLiteral("C");
    case NID_pkcs9_emailAddress:
        return QStringLiteral("E");
    case NID_domainComponent:
        return QStringLiteral("DC");
    case NID_streetAddress:
        return QStringLiteral("STREET");
    case NID_serialNumber:
        return QStringLiteral("SERIALNUMBER");
    case NID_givenName:
        return QStringLiteral("G");
    case NID_surname:
        return QStringLiteral("SN");
    case NID_title:
        return QStringLiteral("T");
    case NID_initials:
        return QStringLiteral("I");
    case NID_postalCode:
        return QStringLiteral("PostalCode");
    default:
        return QStringLiteral("OID.") + oidText(obj);
    }
}

QString entryValue(const X509_NAME_ENTRY* entry)
{
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (n < 0) {
        ERR_clear_error();
        return QStringLiteral("#") + QString::fromLatin1(bytesOf(X509_NAME_ENTRY_get_data(entry)).toHex());
    }
    QString value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), n);
    OPENSSL_free(utf8);
    return value;
}

// Quoting as Windows' CertNameToStr does (CERT_X500_NAME_STR): whole value in quotes, inner quotes doubled.
QString quoted(QString value)
{
    static const QString special = QStringLiteral(",+=<>#;\"\r\n");
    bool needs = value.isEmpty() ? false : (value.front().isSpace() || value.back().isSpace());
    for (int i = 0; !needs && i < value.size(); ++i)
        needs = special.contains(value.at(i));
    if (!needs)
        return value;
    return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Most specific first, ", " between RDNs and " + " inside a multi-valued RDN: how Windows shows names.
QString nameText(const X509_NAME* name)
{
    QString text;
    const int count = X509_NAME_entry_count(name);
    int previousSet = -1;
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int set = X509_NAME_ENTRY_set(entry);
        if (!text.isEmpty())
            text += set == previousSet ? QStringLiteral(" + ") : QStringLiteral(", ");
        previousSet = set;
        text += attributeLabel(X509_NAME_ENTRY_get_object(entry)) + QLatin1Char('=') + quoted(entryValue(entry));
    }
    return text;
}

QString lastEntry(const X509_NAME* name, int nid)
{
    int found = -1;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0; i = X509_NAME_get_index_by_NID(name, nid, i))
        found = i;
    return found < 0 ? QString() : entryValue(X509_NAME_get_entry(name, found));
}

QString displayNameOf(const X509_NAME* name, const QString& full)
{
    QString shown = lastEntry(name, NID_commonName);
    if (shown.isEmpty())
        shown = lastEntry(name, NID_organizationName);
    return shown.isEmpty() ? full : shown;
}

QByteArray nameDer(const X509_NAME* name)
{
    const unsigned char* encoded = nullptr;
    size_t length = 0;
    if (!X509_NAME_get0_der(name, &encoded, &length))
        return {};
    return QByteArray(reinterpret_cast<const char*>(encoded), static_cast<qsizetype>(length));
}

std::optional<QDateTime> toDateTime(const ASN1_TIME* time)
{
    struct tm t = {};
    if (!time || !ASN1_TIME_to_tm(time, &t))
        return std::nullopt;
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

const EVP_MD* fetchedDigest(const char* name)
{
    // Explicit fetches once per process: the implicit fetch behind EVP_sha1() takes a global lock per call,
    // which serialises parallel parsing.
    static EVP_MD* sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static EVP_MD* sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return qstrcmp(name, "SHA1") == 0 ? sha1 : sha256;
}

QString ekuName(const ASN1_OBJECT* obj)
{
    switch (OBJ_obj2nid(obj)) {
    case NID_server_auth:
        return QStringLiteral("Server Authentication");
    case NID_client_auth:
        return QStringLiteral("Client Authentication");
    case NID_code_sign:
        return QStringLiteral("Code Signing");
    case NID_email_protect:
        return QStringLiteral("Secure Email");
    case NID_time_stamp:
        return QStringLiteral("Time Stamping");
    case NID_OCSP_sign:
        return QStringLiteral("OCSP Signing");
    case NID_anyExtendedKeyUsage:
        return QStringLiteral("Any Purpose");
    case NID_ms_smartcard_login:
        return QStringLiteral("Smart Card Logon");
    case NID_ipsecEndSystem:
        return QStringLiteral("IP security end system");
    case NID_undef:
        return oidText(obj);
    default:
        return QString::fromLatin1(OBJ_nid2ln(OBJ_obj2nid(obj)));
    }
}

QStringList keyUsageNames(quint32 bits)
{
    static const std::pair<quint32, const char*> names[] = {
        {KU_DIGITAL_SIGNATURE, "Digital Signature"},
        {KU_NON_REPUDIATION, "Non Repudiation"},
        {KU_KEY_ENCIPHERMENT, "Key Encipherment"},
        {KU_DATA_ENCIPHERMENT, "Data Encipherment"},
        {KU_KEY_AGREEMENT, "Key Agreement"},
        {KU_KEY_CERT_SIGN, "Certificate Sign"},
        {KU_CRL_SIGN, "CRL Sign"},
        {KU_ENCIPHER_ONLY, "Encipher Only"},
        {KU_DECIPHER_ONLY, "Decipher Only"},
    };
    QStringList list;
    for (const auto& [bit, name] : names) {
        if (bits & bit)
            list << QString::fromLatin1(name);
    }
    return list;
}

void readExtensions(X509* x, CertificateFields& d)
{
    // X509_get_extension_flags caches all extensions (and the SHA-1 fingerprint) once.
    const uint32_t flags = X509_get_extension_flags(x);
    d.hasExtensions = X509_get_ext_count(x) > 0;
    d.hasBasicConstraints = flags & EXFLAG_BCONS;
    d.isCa = flags & EXFLAG_CA;
    const long pathLength = X509_get_pathlen(x);
    d.pathLength = d.isCa && pathLength >= 0 ? static_cast<int>(pathLength) : -1;
    d.hasKeyUsage = flags & EXFLAG_KUSAGE;
    if (d.hasKeyUsage) {
        d.keyUsageBits = X509_get_key_usage(x);
        d.keyUsage = keyUsageNames(d.keyUsageBits);
    }
    if (flags & EXFLAG_XKUSAGE) {
        if (auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr))) {
            for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i)
                d.extendedKeyUsage << ekuName(sk_ASN1_OBJECT_value(eku, i));
            EXTENDED_KEY_USAGE_free(eku);
        }
    }
    d.subjectKeyId = bytesOf(X509_get0_subject_key_id(x));
    d.authorityKeyId = bytesOf(X509_get0_authority_key_id(x));
}

void readKey(const X509* x, CertificateFields& d)
{
    EVP_PKEY* key = X509_get0_pubkey(x);
    if (!key) {
        ERR_clear_error();
        const ASN1_OBJECT* algorithm = nullptr;
        X509_PUBKEY_get0_param(const_cast<ASN1_OBJECT**>(&algorithm), nullptr, nullptr, nullptr,
                               X509_get_X509_PUBKEY(x));
        const int nid = algorithm ? OBJ_obj2nid(algorithm) : NID_undef;
        d.keyType = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : oidText(algorithm);
        return;
    }
    d.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        d.keyType = QStringLiteral("RSA");
        return;
    case EVP_PKEY_RSA_PSS:
        d.keyType = QStringLiteral("RSA-PSS");
        return;
    case EVP_PKEY_DSA:
        d.keyType = QStringLiteral("DSA");
        return;
    case EVP_PKEY_ED25519:
        d.keyType = QStringLiteral("Ed25519");
        return;
    case EVP_PKEY_ED448:
        d.keyType = QStringLiteral("Ed448");
        return;
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        QString curve;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length)) {
            const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group));
            curve = QString::fromLatin1(nist ? nist : group);
        }
        ERR_clear_error();
        d.keyType = curve.isEmpty() ? QStringLiteral("EC") : QStringLiteral("EC (%1)").arg(curve);
        return;
    }
    default: {
        const char* name = EVP_PKEY_get0_type_name(key);
        d.keyType = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
        return;
    }
    }
}

} // namespace

Result<void> readCertificateFields(X509* x, CertificateFields& d)
{
    readExtensions(x, d);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(x, fetchedDigest("SHA1"), digest, &length))
        return makeError(ErrorCode::OpenSsl, QStringLiteral("SHA-1 thumbprint failed"));
    d.sha1 = hexUpper(digest, static_cast<int>(length));
    if (!X509_digest(x, fetchedDigest("SHA256"), digest, &length))
        return makeError(ErrorCode::OpenSsl, QStringLiteral("SHA-256 thumbprint failed"));
    d.sha256 = hexUpper(digest, static_cast<int>(length));

    const X509_NAME* subject = X509_get_subject_name(x);
    const X509_NAME* issuer = X509_get_issuer_name(x);
    d.subject = nameText(subject);
    d.issuer = nameText(issuer);
    d.displayName = displayNameOf(subject, d.subject);
    d.issuerDisplayName = displayNameOf(issuer, d.issuer);
    d.subjectDer = nameDer(subject);
    d.issuerDer = nameDer(issuer);
    if (d.issuerDer == d.subjectDer)
        d.issuerDer = d.subjectDer; // share the bytes: self-issued certificates are most of a Root store

    const ASN1_INTEGER* serial = X509_get0_serialNumber(x);
    d.serialNumber = QString::fromLatin1(bytesOf(serial).toHex().toUpper());
    const auto notBefore = toDateTime(X509_get0_notBefore(x));
    const auto notAfter = toDateTime(X509_get0_notAfter(x));
    if (!notBefore || !notAfter)
        return makeError(ErrorCode::BadFormat, QStringLiteral("invalid validity dates"));
    d.notBefore = *notBefore;
    d.notAfter = *notAfter;
    d.version = static_cast<int>(X509_get_version(x)) + 1;
    readKey(x, d);
    const int signatureNid = X509_get_signature_nid(x);
    if (signatureNid != NID_undef) {
        d.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(signatureNid));
    } else {
        const X509_ALGOR* algorithm = nullptr;
        X509_get0_signature(nullptr, &algorithm, x);
        const ASN1_OBJECT* oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
        d.signatureAlgorithm = oid ? oidText(oid) : QString();
    }
    return {};
}

// Whether a failed X509_verify failed because this build cannot verify the algorithm at all.
QString unsupportedAlgorithmReason(const X509* x)
{
    const int signatureNid = X509_get_signature_nid(x);
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (signatureNid == NID_undef || !OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid)) {
        const X509_ALGOR* algorithm = nullptr;
        X509_get0_signature(nullptr, &algorithm, x);
        const ASN1_OBJECT* oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
        return QStringLiteral("unknown signature algorithm %1").arg(oid ? oidText(oid) : QStringLiteral("?"));
    }
    if (digestNid != NID_undef) {
        EVP_MD* md = EVP_MD_fetch(nullptr, OBJ_nid2sn(digestNid), nullptr);
        if (!md)
            return QStringLiteral("digest %1 (%2) is not available in this OpenSSL")
                .arg(QString::fromLatin1(OBJ_nid2sn(digestNid)), QString::fromLatin1(OBJ_nid2ln(signatureNid)));
        EVP_MD_free(md);
    }
    return {};
}

} // namespace certmend::detail
