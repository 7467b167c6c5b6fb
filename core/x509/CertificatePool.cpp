#include "CertificatePool.h"

namespace certmend {

int CertificatePool::add(const Certificate& certificate)
{
    if (certificate.isNull())
        return -1;
    const auto it = m_bySha1.constFind(certificate.sha1Thumbprint());
    if (it != m_bySha1.constEnd())
        return it.value();
    const int id = size();
    m_certificates.append(certificate);
    m_bySha1.insert(certificate.sha1Thumbprint(), id);
    m_bySubject[certificate.subjectDer()].append(id);
    return id;
}

int CertificatePool::indexOf(const QString& sha1) const
{
    return m_bySha1.value(sha1.toUpper(), -1);
}

QList<int> CertificatePool::withSubject(const QByteArray& subjectDer) const
{
    return m_bySubject.value(subjectDer);
}

} // namespace certmend
