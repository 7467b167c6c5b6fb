#pragma once

#include "x509/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace certmend::test {

/// The key algorithms tests use. EC is the default: RSA key generation is slow.
enum class KeyType
{
    EcP256,
    Rsa2048,
};

/// A private key for signing test certificates (shared, immutable).
struct TestKey
{
    KeyType type = KeyType::EcP256;
    std::shared_ptr<EVP_PKEY> pkey;

    EVP_PKEY* get() const { return pkey.get(); }
    bool isNull() const { return !pkey; }
    /// SHA-1 of the subjectPublicKey bits: the key identifier the generated SKI/AKI extensions carry.
    QByteArray keyId() const;

    /// A fresh key. RSA keys come from a small pool of cached() keys handed out in turn; EC keys are new each time.
    static TestKey next(KeyType type = KeyType::EcP256);
    /// Key number `index` of a set kept as PEM under the build tree's test tmp folder, so that slow RSA
    /// generation happens once per build tree, not once per run.
    static TestKey cached(KeyType type, int index);
    /// Always a newly generated key (slow for RSA).
    static TestKey generate(KeyType type);

    /// Same public key.
    friend bool operator==(const TestKey& a, const TestKey& b);
};

/// A generated certificate with its private key, ready to issue others.
struct TestCert
{
    Certificate cert;
    TestKey key;

    const QByteArray& der() const { return cert.der(); }
};

/// The digest used to sign. Md5 only works with RSA keys.
enum class TestDigest
{
    Sha256,
    Sha1,
    Md5,
};

/// Everything about a generated certificate; the make… helpers fill in sensible defaults.
struct CertOptions
{
    QString subject; ///< "CN=x, O=y, C=z" most specific first (as Windows shows it); CN=Test if empty
    KeyType keyType = KeyType::EcP256;
    TestKey key;                 ///< the subject key; a TestKey::next(keyType) when null
    QDateTime notBefore;         ///< default: now - 1 day
    QDateTime notAfter;          ///< default: now + 1 year
    qint64 serial = 0;           ///< 0: a process-wide counter
    bool ca = true;              ///< basicConstraints cA=TRUE (critical) and keyUsage keyCertSign|cRLSign
    int pathLength = -1;         ///< with ca: pathLenConstraint, -1 = none
    QStringList eku;             ///< dotted OIDs or OpenSSL short names ("clientAuth", "serverAuth")
    bool v1NoExtensions = false; ///< an X.509 v1 certificate: no extensions at all
    bool subjectKeyId = true;    ///< add SKI = key id of the subject key
    bool authorityKeyId = true;  ///< add AKI = key id of the signing key (or authorityKeyIdOverride)
    std::optional<QByteArray> authorityKeyIdOverride; ///< AKI keyIdentifier bytes to write instead
    TestDigest digest = TestDigest::Sha256;
    QByteArray issuerNameDer; ///< DER of the issuer name to write instead of the issuer's subject (encoding tests)
};

/// Generates test PKIs with OpenSSL, in memory. Every function aborts the test (qFatal) if OpenSSL fails.
class TestPki
{
public:
    /// A self-signed CA root.
    static TestCert makeRoot(const QString& cn, KeyType type = KeyType::EcP256);
    /// A CA certificate issued by `issuer`.
    static TestCert makeIntermediate(const QString& cn, const TestCert& issuer, KeyType type = KeyType::EcP256);
    /// A non-CA certificate issued by `issuer`, with EKU clientAuth when `clientAuth`.
    static TestCert makeEndEntity(const QString& cn, const TestCert& issuer, bool clientAuth = true,
                                  KeyType type = KeyType::EcP256);
    /// The same subject name and key as `subjectCert`, issued by `issuer` (a cross-certificate).
    static TestCert makeCrossSigned(const TestCert& subjectCert, const TestCert& issuer);
    /// Key rollover: subject = issuer = oldRoot's name, key = newKey, signed by oldRoot's key, AKI = old key id.
    /// `newKey` must differ from the old key (checked).
    static TestCert makeSelfIssuedRollover(const TestCert& oldRoot, const TestKey& newKey);
    /// Validity ended a month ago; self-signed when `issuer` is null.
    static TestCert makeExpired(const QString& cn, const TestCert* issuer = nullptr, KeyType type = KeyType::EcP256);
    /// The general form: self-signed when `issuer` is null.
    static TestCert issue(const CertOptions& options, const TestCert* issuer = nullptr);

    /// The DER with its signature algorithm OID replaced (same length) by one OpenSSL here cannot verify:
    /// md2WithRSAEncryption for RSA, an unassigned ecdsa-with-… arc for EC. Both occurrences (TBS and outer).
    static QByteArray withUnverifiableAlgorithm(const QByteArray& der);
    /// The DER with the last signature byte flipped: parses, never verifies.
    static QByteArray withBrokenSignature(const QByteArray& der);

    /// PEM text of one or more certificates ("-----BEGIN CERTIFICATE-----" blocks).
    static QByteArray toPem(const QList<Certificate>& certificates);
    /// A certs-only PKCS#7 SignedData (.p7b) made with OpenSSL's PKCS7 API: DER, or PEM ("-----BEGIN PKCS7-----").
    static QByteArray toPkcs7(const QList<Certificate>& certificates, bool pem = false);
    /// DER of `name` ("CN=x, O=y") with every attribute as PrintableString: equal as text to the UTF8String
    /// names the generator writes, different as bytes.
    static QByteArray printableNameDer(const QString& name);
    /// "CN=<cn>, O=CertMend Test" — the default subject of the make… helpers.
    static QString subjectFor(const QString& cn);
};

} // namespace certmend::test
