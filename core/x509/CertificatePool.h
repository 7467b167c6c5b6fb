#pragma once

#include "x509/Certificate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace certmend {

/// Every distinct certificate of a scan, by SHA-1, with a stable integer id and a subject-name index.
class CertificatePool
{
public:
    /// Adds `certificate` unless a certificate with its SHA-1 is already in; returns the (existing) id.
    /// A null certificate is not added (-1).
    int add(const Certificate& certificate);

    int size() const { return static_cast<int>(m_certificates.size()); }
    bool isEmpty() const { return m_certificates.isEmpty(); }
    /// The certificate with id `id` (0 <= id < size()).
    const Certificate& at(int id) const { return m_certificates.at(id); }
    /// The id of the certificate with this SHA-1 thumbprint (any case), -1 when absent.
    int indexOf(const QString& sha1) const;
    /// Ids of the certificates whose encoded subject is `subjectDer`: the candidate issuers of a certificate.
    QList<int> withSubject(const QByteArray& subjectDer) const;
    const QList<Certificate>& certificates() const { return m_certificates; }

private:
    QList<Certificate> m_certificates;
    QHash<QString, int> m_bySha1;
    QHash<QByteArray, QList<int>> m_bySubject;
};

} // namespace certmend
