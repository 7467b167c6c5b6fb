#include "TestPki.h"

#include "x509/OpenSslPtr.h"

#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <openssl/err.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <atomic>

namespace certmend::test {

namespace {

[[noreturn]] void fail(const char* what)
{
    qFatal("TestPki: %s failed: %s", what, qPrintable(drainOpenSslErrors()));
}

template <typename T> T* check(T* p, const char* what)
{
    if (!p)
        fail(what);
    return p;
}

void check(int ok, const char* what)
{
    if (ok <= 0)
        fail(what);
}

std::atomic<qint64> serialCounter{1000};

QString tmpDir()
{
    const QString fromTest = qEnvironmentVariable("CERTMEND_TEST_TMP");
    return fromTest.isEmpty() ? QStringLiteral(CERTMEND_BINARY_DIR "/tests/tmp") : fromTest;
}

// Windows' labels that OpenSSL spells differently.
QByteArray opensslField(const QString& label)
{
    if (label == QLatin1String("S"))
        return "ST";
    if (label == QLatin1String("E"))
        return "emailAddress";
    if (label == QLatin1String("G"))
        return "GN";
    return label.toLatin1();
}

X509NamePtr buildName(const QString& text, int type = MBSTRING_UTF8)
{
    X509NamePtr name(check(X509_NAME_new(), "X509_NAME_new"));
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Most specific first in the text, least specific first in the DER.
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString part = it->trimmed();
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            qFatal("TestPki: bad name part '%s'", qPrintable(part));
        const QByteArray value = part.mid(eq + 1).toUtf8();
        check(X509_NAME_add_entry_by_txt(name.get(), opensslField(part.left(eq)).constData(), type,
                                         reinterpret_cast<const unsigned char*>(value.constData()),
                                         static_cast<int>(value.size()), -1, 0),
              "X509_NAME_add_entry_by_txt");
    }
    return name;
}

void addOctetExtension(X509* x, int nid, const QByteArray& bytes)
{
    ASN1_OCTET_STRING* octets = check(ASN1_OCTET_STRING_new(), "ASN1_OCTET_STRING_new");
    check(ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                static_cast<int>(bytes.size())),
          "ASN1_OCTET_STRING_set");
    check(X509_add1_ext_i2d(x, nid, octets, 0, X509V3_ADD_REPLACE), "X509_add1_ext_i2d(SKI)");
    ASN1_OCTET_STRING_free(octets);
}

void addAuthorityKeyId(X509* x, const QByteArray& keyId)
{
    AUTHORITY_KEYID* akid = check(AUTHORITY_KEYID_new(), "AUTHORITY_KEYID_new");
    akid->keyid = check(ASN1_OCTET_STRING_new(), "ASN1_OCTET_STRING_new");
    check(ASN1_OCTET_STRING_set(akid->keyid, reinterpret_cast<const unsigned char*>(keyId.constData()),
                                static_cast<int>(keyId.size())),
          "ASN1_OCTET_STRING_set");
    check(X509_add1_ext_i2d(x, NID_authority_key_identifier, akid, 0, X509V3_ADD_REPLACE), "X509_add1_ext_i2d(AKI)");
    AUTHORITY_KEYID_free(akid);
}

void addConstraints(X509* x, const CertOptions& options)
{
    BASIC_CONSTRAINTS* bc = check(BASIC_CONSTRAINTS_new(), "BASIC_CONSTRAINTS_new");
    bc->ca = options.ca ? 0xFF : 0;
    if (options.ca && options.pathLength >= 0) {
        bc->pathlen = check(ASN1_INTEGER_new(), "ASN1_INTEGER_new");
        check(ASN1_INTEGER_set(bc->pathlen, options.pathLength), "ASN1_INTEGER_set");
    }
    check(X509_add1_ext_i2d(x, NID_basic_constraints, bc, 1, X509V3_ADD_REPLACE), "X509_add1_ext_i2d(BC)");
    BASIC_CONSTRAINTS_free(bc);

    ASN1_BIT_STRING* usage = check(ASN1_BIT_STRING_new(), "ASN1_BIT_STRING_new");
    if (options.ca) {
        check(ASN1_BIT_STRING_set_bit(usage, 5, 1), "keyCertSign"); // keyCertSign
        check(ASN1_BIT_STRING_set_bit(usage, 6, 1), "cRLSign");     // cRLSign
    } else {
        check(ASN1_BIT_STRING_set_bit(usage, 0, 1), "digitalSignature");
    }
    check(X509_add1_ext_i2d(x, NID_key_usage, usage, 1, X509V3_ADD_REPLACE), "X509_add1_ext_i2d(KU)");
    ASN1_BIT_STRING_free(usage);

    if (!options.eku.isEmpty()) {
        EXTENDED_KEY_USAGE* eku = check(sk_ASN1_OBJECT_new_null(), "sk_ASN1_OBJECT_new_null");
        for (const QString& purpose : options.eku)
            sk_ASN1_OBJECT_push(eku, check(OBJ_txt2obj(purpose.toLatin1().constData(), 0), "OBJ_txt2obj"));
        check(X509_add1_ext_i2d(x, NID_ext_key_usage, eku, 0, X509V3_ADD_REPLACE), "X509_add1_ext_i2d(EKU)");
        sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    }
}

const EVP_MD* digestFor(TestDigest digest)
{
    switch (digest) {
    case TestDigest::Sha1:
        return EVP_sha1();
    case TestDigest::Md5:
        return EVP_md5();
    case TestDigest::Sha256:
        break;
    }
    return EVP_sha256();
}

QByteArray toDer(X509* x)
{
    const int length = i2d_X509(x, nullptr);
    check(length, "i2d_X509");
    QByteArray der(length, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    check(i2d_X509(x, &p), "i2d_X509");
    return der;
}

QByteArray replaceAll(QByteArray der, const QByteArray& from, const QByteArray& to)
{
    if (!der.contains(from))
        qFatal("TestPki: signature algorithm OID not found in the certificate");
    return der.replace(from, to);
}

} // namespace

QByteArray TestKey::keyId() const
{
    X509_PUBKEY* pub = nullptr;
    check(X509_PUBKEY_set(&pub, pkey.get()), "X509_PUBKEY_set");
    const unsigned char* bits = nullptr;
    int length = 0;
    check(X509_PUBKEY_get0_param(nullptr, &bits, &length, nullptr, pub), "X509_PUBKEY_get0_param");
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    check(EVP_Digest(bits, static_cast<size_t>(length), md, &mdLength, EVP_sha1(), nullptr), "EVP_Digest");
    X509_PUBKEY_free(pub);
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(mdLength));
}

bool operator==(const TestKey& a, const TestKey& b)
{
    return a.pkey == b.pkey || (a.pkey && b.pkey && EVP_PKEY_eq(a.pkey.get(), b.pkey.get()) == 1);
}

TestKey TestKey::generate(KeyType type)
{
    EVP_PKEY* key = type == KeyType::Rsa2048 ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256");
    return TestKey{type, std::shared_ptr<EVP_PKEY>(check(key, "key generation"), EVP_PKEY_free)};
}

TestKey TestKey::cached(KeyType type, int index)
{
    static QMutex mutex;
    static QHash<QPair<int, int>, TestKey> keys;
    QMutexLocker lock(&mutex);
    const auto slot = qMakePair(static_cast<int>(type), index);
    if (const auto it = keys.constFind(slot); it != keys.constEnd())
        return it.value();
    const QString path =
        QStringLiteral("%1/testpki-%2-%3.pem")
            .arg(tmpDir(), type == KeyType::Rsa2048 ? QStringLiteral("rsa2048") : QStringLiteral("p256"))
            .arg(index);
    TestKey key;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray pem = file.readAll();
        BioPtr bio(check(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), "BIO_new_mem_buf"));
        if (EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr))
            key = TestKey{type, std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free)};
        ERR_clear_error();
    }
    if (key.isNull()) {
        key = generate(type);
        BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
        check(PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr), "PEM_write");
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(data, length);
            out.commit();
        }
    }
    keys.insert(slot, key);
    return key;
}

TestKey TestKey::next(KeyType type)
{
    if (type == KeyType::EcP256)
        return generate(type);
    // RSA-2048 generation takes about a second here: a pool of keys, handed out in turn, keeps suites fast
    // while an issuer and its subject still get different keys.
    static std::atomic<int> turn{0};
    constexpr int PoolSize = 6;
    return cached(type, turn++ % PoolSize);
}

QByteArray TestPki::printableNameDer(const QString& name)
{
    const X509NamePtr built = buildName(name, V_ASN1_PRINTABLESTRING);
    unsigned char* out = nullptr;
    const int length = i2d_X509_NAME(built.get(), &out);
    check(length, "i2d_X509_NAME");
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

QString TestPki::subjectFor(const QString& cn)
{
    return QStringLiteral("CN=%1, O=CertMend Test").arg(cn);
}

TestCert TestPki::issue(const CertOptions& options, const TestCert* issuer)
{
    const TestKey key = options.key.isNull() ? TestKey::next(options.keyType) : options.key;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = options.notBefore.isValid() ? options.notBefore : now.addDays(-1);
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : now.addYears(1);

    X509Ptr x(check(X509_new(), "X509_new"));
    check(X509_set_version(x.get(), options.v1NoExtensions ? X509_VERSION_1 : X509_VERSION_3), "X509_set_version");
    check(ASN1_INTEGER_set_int64(X509_get_serialNumber(x.get()), options.serial ? options.serial : ++serialCounter),
          "serial");
    const X509NamePtr subject =
        buildName(options.subject.isEmpty() ? subjectFor(QStringLiteral("Test")) : options.subject);
    check(X509_set_subject_name(x.get(), subject.get()), "X509_set_subject_name");
    X509NamePtr issuerName;
    if (!options.issuerNameDer.isEmpty()) {
        const auto* p = reinterpret_cast<const unsigned char*>(options.issuerNameDer.constData());
        issuerName.reset(check(d2i_X509_NAME(nullptr, &p, options.issuerNameDer.size()), "d2i_X509_NAME"));
    }
    check(X509_set_issuer_name(x.get(), issuerName ? issuerName.get()
                                        : issuer   ? X509_get_subject_name(issuer->cert.native())
                                                   : subject.get()),
          "X509_set_issuer_name");
    check(ASN1_TIME_set(X509_getm_notBefore(x.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch())), "notBefore");
    check(ASN1_TIME_set(X509_getm_notAfter(x.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch())), "notAfter");
    check(X509_set_pubkey(x.get(), key.get()), "X509_set_pubkey");

    const TestKey& signer = issuer ? issuer->key : key;
    if (!options.v1NoExtensions) {
        addConstraints(x.get(), options);
        if (options.subjectKeyId)
            addOctetExtension(x.get(), NID_subject_key_identifier, key.keyId());
        if (options.authorityKeyIdOverride)
            addAuthorityKeyId(x.get(), *options.authorityKeyIdOverride);
        else if (options.authorityKeyId)
            addAuthorityKeyId(x.get(), signer.keyId());
    }
    check(X509_sign(x.get(), signer.get(), digestFor(options.digest)), "X509_sign");
    auto parsed = Certificate::fromDer(toDer(x.get()), QStringLiteral("TestPki"));
    if (!parsed)
        qFatal("TestPki: generated certificate does not parse: %s", qPrintable(parsed.error().message()));
    return TestCert{parsed.value(), key};
}

TestCert TestPki::makeRoot(const QString& cn, KeyType type)
{
    CertOptions options;
    options.subject = subjectFor(cn);
    options.keyType = type;
    return issue(options);
}

TestCert TestPki::makeIntermediate(const QString& cn, const TestCert& issuer, KeyType type)
{
    CertOptions options;
    options.subject = subjectFor(cn);
    options.keyType = type;
    return issue(options, &issuer);
}

TestCert TestPki::makeEndEntity(const QString& cn, const TestCert& issuer, bool clientAuth, KeyType type)
{
    CertOptions options;
    options.subject = subjectFor(cn);
    options.keyType = type;
    options.ca = false;
    if (clientAuth)
        options.eku << QStringLiteral("clientAuth");
    return issue(options, &issuer);
}

TestCert TestPki::makeCrossSigned(const TestCert& subjectCert, const TestCert& issuer)
{
    CertOptions options;
    options.subject = subjectCert.cert.subject();
    options.key = subjectCert.key;
    return issue(options, &issuer);
}

TestCert TestPki::makeSelfIssuedRollover(const TestCert& oldRoot, const TestKey& newKey)
{
    if (newKey == oldRoot.key)
        qFatal("TestPki::makeSelfIssuedRollover: the new key is the old root's key");
    CertOptions options;
    options.subject = oldRoot.cert.subject();
    options.key = newKey;
    // Issued "by" the old root: same name, old key signs, AKI = old key id.
    return issue(options, &oldRoot);
}

TestCert TestPki::makeExpired(const QString& cn, const TestCert* issuer, KeyType type)
{
    CertOptions options;
    options.subject = subjectFor(cn);
    options.keyType = type;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.notBefore = now.addYears(-2);
    options.notAfter = now.addMonths(-1);
    return issue(options, issuer);
}

QByteArray TestPki::withUnverifiableAlgorithm(const QByteArray& der)
{
    static const QByteArray sha256Rsa = QByteArray::fromHex("06092a864886f70d01010b");
    static const QByteArray md2Rsa = QByteArray::fromHex("06092a864886f70d010102");
    static const QByteArray ecdsaSha256 = QByteArray::fromHex("06082a8648ce3d040302");
    static const QByteArray ecdsaUnassigned = QByteArray::fromHex("06082a8648ce3d040309");
    if (der.contains(sha256Rsa))
        return replaceAll(der, sha256Rsa, md2Rsa);
    return replaceAll(der, ecdsaSha256, ecdsaUnassigned);
}

QByteArray TestPki::withBrokenSignature(const QByteArray& der)
{
    QByteArray broken = der;
    broken[broken.size() - 1] = static_cast<char>(broken.at(broken.size() - 1) ^ 0x01);
    return broken;
}

QByteArray TestPki::toPem(const QList<Certificate>& certificates)
{
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    for (const Certificate& certificate : certificates)
        check(PEM_write_bio_X509(bio.get(), certificate.native()), "PEM_write_bio_X509");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray TestPki::toPkcs7(const QList<Certificate>& certificates, bool pem)
{
    std::unique_ptr<PKCS7, OpenSslDeleter<PKCS7_free>> p7(check(PKCS7_new(), "PKCS7_new"));
    check(PKCS7_set_type(p7.get(), NID_pkcs7_signed), "PKCS7_set_type");
    check(PKCS7_content_new(p7.get(), NID_pkcs7_data), "PKCS7_content_new");
    for (const Certificate& certificate : certificates)
        check(PKCS7_add_certificate(p7.get(), certificate.native()), "PKCS7_add_certificate");
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    if (pem)
        check(PEM_write_bio_PKCS7(bio.get(), p7.get()), "PEM_write_bio_PKCS7");
    else
        check(i2d_PKCS7_bio(bio.get(), p7.get()), "i2d_PKCS7_bio");
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace certmend::test
