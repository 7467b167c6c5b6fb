#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

typedef struct x509_st X509;

namespace certmend::detail {

/// Everything a Certificate shows, read once from the parsed object (Certificate's shared data).
struct CertificateFields
{
    QString subject;
    QString issuer;
    QString displayName;
    QString issuerDisplayName;
    QByteArray subjectDer;
    QByteArray issuerDer;
    QString serialNumber;
    QString sha1;
    QString sha256;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType;
    int keyBits = 0;
    QString signatureAlgorithm;
    int version = 1;
    bool hasExtensions = false;
    bool hasBasicConstraints = false;
    bool isCa = false;
    int pathLength = -1;
    bool hasKeyUsage = false;
    quint32 keyUsageBits = 0;
    QStringList keyUsage;
    QStringList extendedKeyUsage;
    QByteArray subjectKeyId;
    QByteArray authorityKeyId;
};

/// Reads every field of `x` into `d`; the Error (no file) says what could not be read.
Result<void> readCertificateFields(X509* x, CertificateFields& d);
/// Why a failed X509_verify of `x` means "cannot be checked here" (unknown OID, digest not available) rather
/// than "does not match"; empty when the algorithm itself is usable.
QString unsupportedAlgorithmReason(const X509* x);

} // namespace certmend::detail
